import AgoraModel

/// A row or item that could not be imported, and why.
public struct SkippedRow: Sendable, Hashable, Codable {
  /// Its line (or item number) in the export.
  public var line: Int
  /// What is wrong with it.
  public var reason: String

  /// Creates a skipped row.
  public init(line: Int, reason: String) {
    self.line = line
    self.reason = reason
  }
}

/// What a reader found in one export, in the export's order.
public struct ReadResult: Sendable {
  /// The comments, moderated ones included.
  public var comments: [ImportedComment] = []
  /// Rows that were unusable and skipped (only with `skipBadRows`).
  public var skipped: [SkippedRow] = []
  /// Items that are not comments (Reddit `more` stubs, the story itself), not counted as read.
  public var nonComments = 0
  /// Comments the export says exist but does not hold: the export is partial.
  public var notInFile = 0

  /// Creates an empty result.
  public init() {}
}
