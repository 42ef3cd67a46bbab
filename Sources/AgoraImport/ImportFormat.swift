/// The export formats the importers read.
public enum ImportFormat: String, Sendable, Hashable, Codable, CaseIterable {
  /// Delimited text (comma, semicolon, tab, pipe) with a header row.
  case csv
  /// A JSON array of comment objects.
  case json
  /// JSON Lines: one comment object per line.
  case jsonl
  /// Disqus XML export.
  case disqus
  /// WordPress eXtended RSS (WXR) export.
  case wordpress
  /// A Reddit thread as returned by `…/comments/ID.json`.
  case reddit
  /// Hacker News: an Algolia item tree or Firebase items.
  case hackernews
  /// A Discourse topic (`/t/ID.json`).
  case discourse
  /// YouTube Data API `commentThreads` responses.
  case youtube
  /// A Mastodon status context (`/api/v1/statuses/ID/context`).
  case mastodon

  /// The name used in messages.
  public var displayName: String {
    switch self {
    case .csv: "CSV"
    case .json: "JSON"
    case .jsonl: "JSON Lines"
    case .disqus: "Disqus"
    case .wordpress: "WordPress"
    case .reddit: "Reddit"
    case .hackernews: "Hacker News"
    case .discourse: "Discourse"
    case .youtube: "YouTube"
    case .mastodon: "Mastodon"
    }
  }

  /// The platform that comment ids belong to: the key of idempotent imports with the external id.
  public var platform: String {
    switch self {
    case .json, .jsonl: "json"
    default: rawValue
    }
  }
}
