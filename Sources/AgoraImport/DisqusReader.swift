import AgoraModel
import Foundation

/// Reads a Disqus XML export: every `<post dsq:id>` is a comment (`<thread>` elements are the
/// articles); `<parent dsq:id>` gives the reply; `isDeleted` and `isSpam` moderate. Author
/// e-mails and IP addresses are never read.
public struct DisqusReader: Sendable {
  /// Creates a reader.
  public init() {}

  /// The comments in a Disqus export.
  public func read(_ data: Data, options: ReadOptions) throws(ImportError) -> ReadResult {
    final class State {
      var result = ReadResult()
      var post: [String: String]?
      var postLine = 0
      var depth = 0
    }
    let state = State()
    let handlers = XMLStream.Handlers(
      start: { name, attributes, line in
        if name == "post", state.post == nil {
          state.post = ["id": attributes["dsq:id"] ?? ""]
          state.postLine = line
          state.depth = 0
        } else if state.post != nil {
          state.depth += 1
          if name == "parent", let id = attributes["dsq:id"] { state.post?["parent"] = id }
        }
      },
      end: { name, text, _ in
        guard var post = state.post else { return }
        if name == "post", state.depth == 0 {
          state.result.comments.append(Self.comment(post, line: state.postLine))
          state.post = nil
          return
        }
        state.depth -= 1
        switch name {
        case "message", "createdAt", "isDeleted", "isSpam", "isApproved", "name", "username":
          post[name] = text
        default: break
        }
        state.post = post
      })
    try XMLStream.parse(data, file: options.file, format: .disqus, handlers: handlers)
    if state.result.comments.isEmpty, !data.prefix(4096).contains(Array("<disqus".utf8)) {
      throw .unexpectedShape(file: options.file, format: .disqus, expected: "<disqus> with <post>")
    }
    return state.result
  }

  private static func comment(_ post: [String: String], line: Int) -> ImportedComment {
    let message = post["message"] ?? ""
    var moderation = Moderation.published
    if post["isDeleted"] == "true" {
      moderation = .deleted
    } else if post["isSpam"] == "true" {
      moderation = .spam
    } else if post["isApproved"] == "false" {
      moderation = .unapproved
    }
    var author = post["name"].flatMap { $0.isEmpty ? nil : $0 } ?? post["username"]
    if let name = author, ModerationWords.isDeletedAccount(name) { author = nil }
    return ImportedComment(
      externalID: post["id"].flatMap { $0.isEmpty ? nil : $0 },
      parentExternalID: post["parent"], author: author,
      createdAt: post["createdAt"].flatMap(DateParser.date), rawText: message,
      text: CommentText.plain(message, markup: .html), moderation: moderation, line: line)
  }
}
