import AgoraModel
import Foundation

/// Reads YouTube Data API `commentThreads` responses (one, or an array of pages): each thread's
/// top-level comment and the replies it carries. `textOriginal` is preferred to the HTML
/// `textDisplay`; `moderationStatus` `heldForReview` and `rejected` are unapproved,
/// `likelySpam` spam.
public struct YouTubeReader: Sendable {
  /// Creates a reader.
  public init() {}

  func read(parsed: Any, options: ReadOptions) throws(ImportError) -> ReadResult {
    let pages = (parsed as? [Any]) ?? [parsed]
    let threads = pages.compactMap { ($0 as? [String: Any])?["items"] as? [Any] }.joined()
    guard pages.contains(where: { ($0 as? [String: Any])?["items"] is [Any] }) else {
      throw .unexpectedShape(
        file: options.file, format: .youtube, expected: "a commentThreads response with items")
    }
    var result = ReadResult()
    var item = 0
    for case let thread as [String: Any] in threads {
      let snippet = thread["snippet"] as? [String: Any]
      if let top = snippet?["topLevelComment"] as? [String: Any] {
        item += 1
        result.comments.append(comment(top, item: item))
      }
      let replies = (thread["replies"] as? [String: Any])?["comments"] as? [Any] ?? []
      // A thread carries at most a few of its replies; the rest need their own request.
      let total = JSONValue.int(snippet?["totalReplyCount"]) ?? 0
      result.notInFile += max(0, total - replies.count)
      for case let reply as [String: Any] in replies {
        item += 1
        result.comments.append(comment(reply, item: item))
      }
    }
    return result
  }

  private func comment(_ object: [String: Any], item: Int) -> ImportedComment {
    let snippet = object["snippet"] as? [String: Any] ?? [:]
    let original = JSONValue.string(snippet["textOriginal"])
    let display = JSONValue.string(snippet["textDisplay"]) ?? ""
    let moderation: Moderation =
      switch JSONValue.string(snippet["moderationStatus"]) {
      case "heldForReview", "rejected": .unapproved
      case "likelySpam": .spam
      default: .published
      }
    return ImportedComment(
      externalID: JSONValue.string(object["id"]),
      parentExternalID: JSONValue.string(snippet["parentId"]),
      author: JSONValue.string(snippet["authorDisplayName"]),
      createdAt: JSONValue.date(snippet["publishedAt"]), rawText: original ?? display,
      text: original.map { CommentText.plain($0, markup: .plain) }
        ?? CommentText.plain(display, markup: .html),
      moderation: moderation, line: item)
  }
}
