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
    let posts = Posts()
    var result = ReadResult()
    let handlers = posts.handlers { result.comments.append($0) }
    try XMLStream.parse(data, file: options.file, format: .disqus, handlers: handlers)
    try posts.checkShape(head: data.prefix(4096), file: options.file)
    return result
  }

  /// Reads the export of `input` in chunks (checked first by `XMLStream.check`, which gave its
  /// first bytes `head`), handing each comment to `emit` as soon as it is read.
  func stream(
    _ input: XMLFileInput, head: [UInt8], emit: @escaping (ImportedComment) throws -> Void
  ) throws {
    let posts = Posts()
    try XMLStream.parse(input, format: .disqus, handlers: posts.handlers(emit: emit))
    try posts.checkShape(head: head, file: input.path)
  }

  /// The posts of one export, as they are parsed.
  private final class Posts {
    var post: Post?
    var postLine = 0
    var depth = 0
    var count = 0

    /// Handlers that hand each post to `emit`.
    func handlers(emit: @escaping (ImportedComment) throws -> Void) -> XMLStream.Handlers {
      XMLStream.Handlers(
        start: { name, attributes, line in
          if name == "post", self.post == nil {
            self.post = Post(id: attributes["dsq:id"] ?? "")
            self.postLine = line
            self.depth = 0
          } else if self.post != nil {
            self.depth += 1
            if name == "parent", let id = attributes["dsq:id"] { self.post?.parent = id }
          }
        },
        end: { name, text, _ in
          guard let post = self.post else { return }
          if name == "post", self.depth == 0 {
            self.post = nil
            self.count += 1
            try emit(DisqusReader.comment(post, line: self.postLine))
            return
          }
          self.depth -= 1
          switch name {
          case "message": self.post?.message = text
          case "createdAt": self.post?.createdAt = text
          case "isDeleted": self.post?.isDeleted = text
          case "isSpam": self.post?.isSpam = text
          case "isApproved": self.post?.isApproved = text
          case "name": self.post?.name = text
          case "username": self.post?.username = text
          default: break
          }
        })
    }

    /// Throws when there was no post and the document's first bytes `head` are not a Disqus
    /// export's.
    func checkShape(head: some Collection<UInt8>, file: String) throws(ImportError) {
      if count == 0, !head.prefix(4096).contains(Array("<disqus".utf8)) {
        throw .unexpectedShape(file: file, format: .disqus, expected: "<disqus> with <post>")
      }
    }
  }

  /// The elements of one `<post>` that make its comment, as written (the last one of a name).
  fileprivate struct Post {
    var id: String
    var parent: String?
    var message: String?
    var createdAt: String?
    var isDeleted: String?
    var isSpam: String?
    var isApproved: String?
    var name: String?
    var username: String?
  }

  fileprivate static func comment(_ post: Post, line: Int) -> ImportedComment {
    let message = post.message ?? ""
    var moderation = Moderation.published
    if post.isDeleted == "true" {
      moderation = .deleted
    } else if post.isSpam == "true" {
      moderation = .spam
    } else if post.isApproved == "false" {
      moderation = .unapproved
    }
    var author = post.name.flatMap { $0.isEmpty ? nil : $0 } ?? post.username
    if let name = author, ModerationWords.isDeletedAccount(name) { author = nil }
    return ImportedComment(
      externalID: post.id.isEmpty ? nil : post.id, parentExternalID: post.parent, author: author,
      createdAt: post.createdAt.flatMap(DateParser.date), rawText: message,
      text: CommentText.plain(message, markup: .html), moderation: moderation, line: line)
  }
}
