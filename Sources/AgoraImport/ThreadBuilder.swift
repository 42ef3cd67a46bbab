import AgoraModel

/// Rebuilds the reply tree of what a reader found, whatever the export's order.
///
/// Comments without an id get `h:` and the first 20 hex digits of the SHA-256 of their parent,
/// author, date and raw text, so the same comment gets the same id on every import. The first
/// comment with an id wins; later ones are counted as duplicates. A reply whose parent is not in
/// the file is kept, with its parent id, and counted. Output is in tree order: each comment
/// followed by its replies, siblings (and roots) in file order.
public struct ThreadBuilder: Sendable {
  /// The comments of one export, threaded.
  public struct Thread: Sendable {
    /// The comments in tree order, each with an id.
    public var comments: [ImportedComment]
    /// How deep each comment is (0 for top level and replies to unknown parents), by position.
    public var depths: [Int]
    /// Comments dropped because an earlier one had the same id.
    public var duplicates: Int
    /// Replies whose parent is not in the file.
    public var repliesToUnknown: Int
  }

  /// Creates a builder.
  public init() {}

  /// The thread of `comments`.
  public func thread(_ comments: [ImportedComment]) -> Thread {
    var unique: [ImportedComment] = []
    unique.reserveCapacity(comments.count)
    var seen: Set<String> = []
    var duplicates = 0
    for var comment in comments {
      let id = comment.externalID ?? Self.contentID(comment)
      comment.externalID = id
      if comment.parentExternalID == id { comment.parentExternalID = nil }
      guard seen.insert(id).inserted else {
        duplicates += 1
        continue
      }
      unique.append(comment)
    }
    var children: [String: [Int]] = [:]
    var roots: [Int] = []
    var orphans = 0
    for (index, comment) in unique.enumerated() {
      if let parent = comment.parentExternalID, seen.contains(parent) {
        children[parent, default: []].append(index)
      } else {
        if comment.parentExternalID != nil { orphans += 1 }
        roots.append(index)
      }
    }
    var order: [Int] = []
    var depths: [Int] = []
    order.reserveCapacity(unique.count)
    var placed = [Bool](repeating: false, count: unique.count)
    var stack: [(Int, Int)] = roots.reversed().map { ($0, 0) }
    // Comments in a parent cycle are never reached from a root; each starts a tree of its own.
    var next = 0
    while order.count < unique.count {
      if stack.isEmpty {
        while next < unique.count, placed[next] { next += 1 }
        guard next < unique.count else { break }
        stack.append((next, 0))
      }
      guard let (index, depth) = stack.popLast(), !placed[index] else { continue }
      placed[index] = true
      order.append(index)
      depths.append(depth)
      let id = unique[index].externalID ?? ""
      for child in (children[id] ?? []).reversed() { stack.append((child, depth + 1)) }
    }
    return Thread(
      comments: order.map { unique[$0] }, depths: depths, duplicates: duplicates,
      repliesToUnknown: orphans)
  }

  /// The id of a comment that has none, from its content.
  static func contentID(_ comment: ImportedComment) -> String {
    let date = comment.createdAt.map { "\($0.timeIntervalSince1970)" } ?? ""
    let key = [comment.parentExternalID ?? "", comment.author ?? "", date, comment.rawText]
      .joined(separator: "\u{1F}")
    return "h:" + ContentHash.sha256(key).prefix(20)
  }
}
