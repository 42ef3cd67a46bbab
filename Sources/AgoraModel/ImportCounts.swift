/// What one import of one file found and did, as recorded with its batch.
public struct ImportCounts: Sendable, Hashable, Codable {
  /// Comments read from the file (moderated ones included, non-comments and bad rows not).
  public var read = 0
  /// Comments stored for the first time.
  public var new = 0
  /// Comments already stored, or repeated in the file, and so not added again.
  public var duplicate = 0
  /// Rows or items skipped as unusable.
  public var skipped = 0
  /// Items that are not comments (the story, Reddit `more` stubs).
  public var nonComments = 0
  /// Comments whose parent is in neither the file nor the database's batch (kept as replies).
  public var repliesToUnknown = 0
  /// Comments read per moderation category other than published.
  public var moderated: [String: Int] = [:]
  /// New comments routed per question id.
  public var routed: [String: Int] = [:]
  /// Comments the export says exist but does not hold (Reddit `more` stubs, Discourse posts on
  /// later pages, YouTube replies left out): the export is known to be partial.
  public var notInFile = 0
  /// New published comments with no text of their own (empty, or only quoting others): kept,
  /// not routed nor analysed.
  public var empty = 0

  /// Creates empty counts.
  public init() {}

  enum CodingKeys: String, CodingKey {
    case read, new, duplicate, skipped, moderated, routed, empty
    case nonComments = "non_comments"
    case repliesToUnknown = "replies_to_unknown"
    case notInFile = "not_in_file"
  }

  /// Decodes counts; `not_in_file` and `empty` may be missing (batches recorded before they
  /// existed).
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    read = try container.decode(Int.self, forKey: .read)
    new = try container.decode(Int.self, forKey: .new)
    duplicate = try container.decode(Int.self, forKey: .duplicate)
    skipped = try container.decode(Int.self, forKey: .skipped)
    nonComments = try container.decode(Int.self, forKey: .nonComments)
    repliesToUnknown = try container.decode(Int.self, forKey: .repliesToUnknown)
    moderated = try container.decode([String: Int].self, forKey: .moderated)
    routed = try container.decode([String: Int].self, forKey: .routed)
    notInFile = try container.decodeIfPresent(Int.self, forKey: .notInFile) ?? 0
    empty = try container.decodeIfPresent(Int.self, forKey: .empty) ?? 0
  }
}
