/// The comments that a file's replies point to but that the file does not hold, found while the
/// file is read: after it is stored, only these can be missing from the database.
///
/// Remembering costs memory in step with the file's ids, so past ``limit`` ids and parents it
/// stops and knows nothing (``parents`` is `nil`).
public struct ParentsOutsideFile: Sendable {
  /// How many ids and parents are remembered at most: a quarter of a million short ids take
  /// about 12 MB (a million took 47 MB more at the peak of an import).
  public static let limit = 250_000

  /// The external ids of the file's comments so far.
  private var ids: Set<String> = []
  /// Parents replied to that no comment of the file so far is.
  private var unseen: Set<String> = []
  private var overflowed = false
  private let limit: Int

  /// Starts with no comments, remembering at most `limit` ids and parents.
  public init(limit: Int = Self.limit) {
    self.limit = limit
  }

  /// Notes `comments`, read after the ones noted before. A comment with no external id counts as
  /// the empty id, as it is stored.
  public mutating func add(_ comments: some Sequence<ImportedComment>) {
    guard !overflowed else { return }
    for comment in comments {
      let id = comment.externalID ?? ""
      ids.insert(id)
      // A parent may come after its replies.
      if !unseen.isEmpty { unseen.remove(id) }
      if let parent = comment.parentExternalID, !ids.contains(parent) { unseen.insert(parent) }
    }
    if ids.count + unseen.count > limit {
      overflowed = true
      ids = []
      unseen = []
    }
  }

  /// The parents replied to that no comment noted is; `nil` when there were too many ids to
  /// remember.
  public var parents: Set<String>? { overflowed ? nil : unseen }
}
