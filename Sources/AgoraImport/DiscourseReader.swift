import AgoraModel
import Foundation

/// Reads a Discourse topic (`/t/ID.json`, `post_stream.posts`). A post's id is
/// `TOPIC/POST_NUMBER`, stable across pages, so a reply to a post number missing from the file
/// (a gap left by a deleted post, or a later page) keeps a parent id that a later import can
/// match. Text comes from `cooked` HTML (quotes are `<aside class="quote">`), raw text from `raw`
/// when present. Moderator actions and small actions are notices; deleted posts are deleted;
/// hidden posts are unapproved.
public struct DiscourseReader: Sendable {
  /// Creates a reader.
  public init() {}

  func read(parsed: Any, options: ReadOptions) throws(ImportError) -> ReadResult {
    guard let topic = parsed as? [String: Any],
      let stream = topic["post_stream"] as? [String: Any],
      let posts = stream["posts"] as? [Any]
    else {
      throw .unexpectedShape(
        file: options.file, format: .discourse, expected: "a topic with post_stream.posts")
    }
    var result = ReadResult()
    // `stream` lists the ids of every post of the topic; a page carries only some of them.
    if let all = stream["stream"] as? [Any] { result.notInFile = max(0, all.count - posts.count) }
    for (index, item) in posts.enumerated() {
      guard let post = item as? [String: Any] else {
        try options.reject("expected a post object", line: index + 1, into: &result)
        continue
      }
      let topicID = JSONValue.string(post["topic_id"] ?? topic["id"]) ?? "topic"
      let cooked = JSONValue.string(post["cooked"]) ?? ""
      var moderation = Moderation.published
      if post["deleted_at"] is String || JSONValue.isTrue(post["user_deleted"]) {
        moderation = .deleted
      } else if JSONValue.isTrue(post["hidden"]) {
        moderation = .unapproved
      } else if let type = post["post_type"] as? NSNumber, [2, 3].contains(type.intValue) {
        moderation = .notice
      }
      var author = JSONValue.string(post["username"])
      if let name = author, ModerationWords.isDeletedAccount(name) { author = nil }
      result.comments.append(
        ImportedComment(
          externalID: JSONValue.string(post["post_number"]).map { "\(topicID)/\($0)" },
          parentExternalID: JSONValue.string(post["reply_to_post_number"]).map {
            "\(topicID)/\($0)"
          },
          author: author, createdAt: JSONValue.date(post["created_at"]),
          rawText: JSONValue.string(post["raw"]) ?? cooked,
          text: CommentText.plain(cooked, markup: .html), moderation: moderation,
          line: index + 1))
    }
    return result
  }
}
