import AgoraModel
import Foundation

/// Reads a Reddit thread (`[post listing, comment listing]` or a comment listing): `t1` comments
/// through nested `replies` (which Reddit writes as `""` when there are none); `more` stubs and
/// the `t3` post are counted as non-comments. Ids lose their `t1_`/`t3_` prefix; replies to the
/// post are top level.
public struct RedditReader: Sendable {
  /// Creates a reader.
  public init() {}

  /// The comments in a parsed Reddit thread.
  func read(parsed: Any, options: ReadOptions) throws(ImportError) -> ReadResult {
    let listings: [Any] = (parsed as? [Any]) ?? [parsed]
    guard listings.contains(where: { Self.kind($0) == "Listing" }) else {
      throw .unexpectedShape(
        file: options.file, format: .reddit, expected: "a Listing, as in …/comments/ID.json")
    }
    var result = ReadResult()
    var counter = 0
    for listing in listings { walk(listing, counter: &counter, into: &result) }
    return result
  }

  static func kind(_ value: Any) -> String? {
    (value as? [String: Any])?["kind"] as? String
  }

  private func walk(_ node: Any, counter: inout Int, into result: inout ReadResult) {
    guard let object = node as? [String: Any], let data = object["data"] as? [String: Any] else {
      return
    }
    switch object["kind"] as? String {
    case "Listing":
      for child in data["children"] as? [Any] ?? [] {
        walk(child, counter: &counter, into: &result)
      }
    case "t1":
      counter += 1
      result.comments.append(comment(data, item: counter))
      if let replies = data["replies"] as? [String: Any] {
        walk(replies, counter: &counter, into: &result)
      }
    case "more":
      result.nonComments += 1
      // A `more` stub stands for replies the export left out; `count` says how many.
      let children = (data["children"] as? [Any])?.count ?? 0
      result.notInFile += max(children, JSONValue.int(data["count"]) ?? 0)
    default:
      result.nonComments += 1
    }
  }

  private func comment(_ data: [String: Any], item: Int) -> ImportedComment {
    let body = JSONValue.string(data["body"]) ?? ""
    var author = JSONValue.string(data["author"])
    if let name = author, ModerationWords.isDeletedAccount(name) { author = nil }
    var moderation = Moderation.published
    if body == "[deleted]" || body == "[removed]" {
      moderation = .deleted
    } else if JSONValue.isTrue(data["stickied"]),
      JSONValue.string(data["distinguished"]) == "moderator"
    {
      moderation = .notice
    } else if JSONValue.isTrue(data["spam"]) {
      moderation = .spam
    }
    let parent = JSONValue.string(data["parent_id"])
    return ImportedComment(
      externalID: JSONValue.string(data["id"]),
      parentExternalID: parent.flatMap { $0.hasPrefix("t3_") ? nil : Self.unprefixed($0) },
      author: author, createdAt: JSONValue.date(data["created_utc"]), rawText: body,
      text: moderation == .deleted ? "" : CommentText.plain(body, markup: .escapedMarkdown),
      moderation: moderation, line: item)
  }

  private static func unprefixed(_ id: String) -> String {
    id.hasPrefix("t1_") ? String(id.dropFirst(3)) : id
  }
}
