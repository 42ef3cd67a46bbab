import AgoraModel
import Foundation

/// Reads a Mastodon status context (`/api/v1/statuses/ID/context`): the `ancestors` and
/// `descendants` statuses, threaded by `in_reply_to_id`. Text comes from the `content` HTML
/// (mentions keep their `@name`); the author is the account's `acct`.
public struct MastodonReader: Sendable {
  /// Creates a reader.
  public init() {}

  func read(parsed: Any, options: ReadOptions) throws(ImportError) -> ReadResult {
    guard let context = parsed as? [String: Any],
      let descendants = context["descendants"] as? [Any]
    else {
      throw .unexpectedShape(
        file: options.file, format: .mastodon, expected: "a status context with descendants")
    }
    let statuses = (context["ancestors"] as? [Any] ?? []) + descendants
    var result = ReadResult()
    for (index, item) in statuses.enumerated() {
      guard let status = item as? [String: Any] else {
        try options.reject("expected a status object", line: index + 1, into: &result)
        continue
      }
      let content = JSONValue.string(status["content"]) ?? ""
      let account = status["account"] as? [String: Any]
      result.comments.append(
        ImportedComment(
          externalID: JSONValue.string(status["id"]),
          parentExternalID: JSONValue.string(status["in_reply_to_id"]),
          author: JSONValue.string(account?["acct"] ?? account?["username"]),
          createdAt: JSONValue.date(status["created_at"]), rawText: content,
          text: CommentText.plain(content, markup: .html), moderation: .published,
          line: index + 1))
    }
    return result
  }
}
