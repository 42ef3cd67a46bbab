import Foundation

/// Why an imported item is kept out of analysis, when it is.
public enum Moderation: String, Sendable, Hashable, Codable, CaseIterable {
  /// A normal, published comment.
  case published
  /// Deleted by its author or a moderator.
  case deleted
  /// Marked as spam.
  case spam
  /// Waiting for approval or refused.
  case unapproved
  /// A pingback or trackback, not a reader's comment.
  case pingback
  /// A notice by the platform or a moderator.
  case notice
  /// Not a comment at all (a job ad, a poll).
  case other
}

/// A comment read from another platform's export, before it is stored.
public struct ImportedComment: Sendable, Hashable, Codable {
  /// The platform's id for the comment, as a string; `nil` when the export has none.
  public var externalID: String?
  /// The platform's id of the comment this one replies to.
  public var parentExternalID: String?
  /// The author's name or handle as exported (hashed before storing unless kept on purpose).
  public var author: String?
  /// When the comment was written, if the export says.
  public var createdAt: Date?
  /// The text as exported (HTML or Markdown included).
  public var rawText: String
  /// The plain text the reader wrote, without quoted text, used for analysis.
  public var text: String
  /// Whether it is published, deleted, spam…
  public var moderation: Moderation
  /// The line (or item number) in the export where it starts, for error messages.
  public var line: Int?

  /// Whether analysis reads the comment: it is published (or moderated ones are included) and
  /// has text of its own, not only quotes of others.
  public func isAnalysable(includingModerated: Bool = false) -> Bool {
    (includingModerated || moderation == .published) && !text.isEmpty
  }

  /// Creates a comment.
  public init(
    externalID: String?, parentExternalID: String? = nil, author: String? = nil,
    createdAt: Date? = nil, rawText: String, text: String, moderation: Moderation = .published,
    line: Int? = nil
  ) {
    self.externalID = externalID
    self.parentExternalID = parentExternalID
    self.author = author
    self.createdAt = createdAt
    self.rawText = rawText
    self.text = text
    self.moderation = moderation
    self.line = line
  }
}
