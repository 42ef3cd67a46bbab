/// How authors' names are stored.
public enum AuthorPolicy: String, Sendable, Hashable, Codable {
  /// Replaced by an HMAC-SHA-256 under the database's own random salt (the default).
  case pseudonymised
  /// Kept as exported (`--keep-authors`).
  case kept
}
