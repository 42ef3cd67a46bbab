import AgoraModel

/// The comments that a file's replies point to but that the file does not hold, found while the
/// file is read: after it is stored, only these can be missing from the database.
///
/// The file's ids are remembered as 64-bit digests of their bytes (``DigestSet``): a set of
/// strings, hashed with `Hasher`, took a fifth of the reading thread's time. A parent whose
/// digest is not among them is certainly outside the file; one whose digest is among them is
/// taken to be in it, which is wrong only when two different ids share a digest, about once in
/// 10^19 / (ids × parents) files (once in 10^9 files of 100,000 comments). Parents outside the
/// file are kept as they are, byte for byte, as SQLite compares them.
///
/// Remembering costs memory in step with the file's ids, so past ``limit`` ids and parents it
/// stops and knows nothing (``parents`` is `nil`).
public struct ParentsOutsideFile: Sendable {
  /// How many ids and parents are remembered at most: half a million ids take 8 MB, and 12 MB
  /// while the table grows to hold them. (A larger file's replies are read back instead.)
  public static let limit = 500_000

  /// Digests of the external ids of the file's comments so far.
  private var ids = DigestSet()
  /// Parents replied to that no comment of the file so far is.
  private var unseen: Set<TextKey> = []
  private var overflowed = false
  private let limit: Int

  /// Starts with no comments, remembering at most `limit` ids and parents.
  public init(limit: Int = Self.limit) {
    self.limit = limit
  }

  /// Notes `comments`, read after the ones noted before. A comment with no external id counts as
  /// the empty id, as it is stored.
  public mutating func add(_ comments: [ImportedComment]) {
    guard !overflowed else { return }
    // Comments are read in place: a copy retains and releases each of their strings.
    for index in comments.indices {
      let id = comments[index].externalID ?? ""
      ids.insert(Self.digest(id))
      // A parent may come after its replies.
      if !unseen.isEmpty { unseen.remove(TextKey(text: id)) }
      if let parent = comments[index].parentExternalID, !ids.contains(Self.digest(parent)) {
        unseen.insert(TextKey(text: parent))
      }
    }
    if ids.count + unseen.count > limit {
      overflowed = true
      ids = DigestSet()
      unseen = []
    }
  }

  /// The parents replied to that no comment noted is; `nil` when there were too many ids to
  /// remember.
  public var parents: Set<String>? { overflowed ? nil : Set(unseen.map(\.text)) }

  private static func digest(_ id: String) -> UInt64 {
    ByteDigest.of(id)
  }
}
