import AgoraModel
import Foundation

/// Reads a WordPress eXtended RSS export: every `<wp:comment>` of every item. The GMT date is
/// preferred to the local one; `comment_approved` `0` is unapproved, `spam` spam, `trash`
/// deleted; pingbacks and trackbacks are kept as `.pingback`. Author e-mails and IP addresses
/// are never read.
public struct WordPressReader: Sendable {
  /// Creates a reader.
  public init() {}

  /// The comments in a WXR export.
  public func read(_ data: Data, options: ReadOptions) throws(ImportError) -> ReadResult {
    let comments = Comments()
    var result = ReadResult()
    let handlers = comments.handlers { result.comments.append($0) }
    try XMLStream.parse(data, file: options.file, format: .wordpress, handlers: handlers)
    try comments.checkShape(file: options.file)
    return result
  }

  /// Reads the export of `input` in chunks (checked first by `XMLStream.check`), handing each
  /// comment to `emit` as soon as it is read.
  func stream(_ input: XMLFileInput, emit: @escaping (ImportedComment) throws -> Void) throws {
    let comments = Comments()
    try XMLStream.parse(input, format: .wordpress, handlers: comments.handlers(emit: emit))
    try comments.checkShape(file: input.path)
  }

  /// The comments of one export, as they are parsed.
  private final class Comments {
    var comment: [String: String]?
    var line = 0
    var sawChannel = false
    let fields: Set<String> = [
      "wp:comment_id", "wp:comment_author", "wp:comment_date", "wp:comment_date_gmt",
      "wp:comment_content", "wp:comment_approved", "wp:comment_type", "wp:comment_parent",
    ]

    /// Handlers that hand each comment to `emit`.
    func handlers(emit: @escaping (ImportedComment) throws -> Void) -> XMLStream.Handlers {
      XMLStream.Handlers(
        start: { name, _, line in
          if name == "channel" { self.sawChannel = true }
          if name == "wp:comment" {
            self.comment = [:]
            self.line = line
          }
        },
        end: { name, text, _ in
          if name == "wp:comment", let comment = self.comment {
            self.comment = nil
            try emit(WordPressReader.comment(comment, line: self.line))
          } else if self.fields.contains(name), self.comment != nil {
            self.comment?[String(name.dropFirst("wp:comment_".count))] = text
          }
        })
    }

    /// Throws when the document had no channel: it is not a WXR export.
    func checkShape(file: String) throws(ImportError) {
      if !sawChannel {
        throw .unexpectedShape(file: file, format: .wordpress, expected: "<rss><channel>")
      }
    }
  }

  fileprivate static func comment(_ fields: [String: String], line: Int) -> ImportedComment {
    let content = fields["content"] ?? ""
    var moderation: Moderation =
      switch fields["approved"]?.lowercased() ?? "1" {
      case "0": .unapproved
      case "spam": .spam
      case "trash", "post-trashed": .deleted
      default: .published
      }
    if moderation == .published, ["pingback", "trackback"].contains(fields["type"] ?? "") {
      moderation = .pingback
    }
    let gmt = fields["date_gmt"].flatMap { $0.hasPrefix("0000") ? nil : DateParser.date($0) }
    var author = fields["author"].flatMap { $0.isEmpty ? nil : $0 }
    if let name = author, ModerationWords.isDeletedAccount(name) { author = nil }
    return ImportedComment(
      externalID: fields["id"].flatMap { $0.isEmpty ? nil : $0 },
      parentExternalID: fields["parent"].flatMap { $0 == "0" || $0.isEmpty ? nil : $0 },
      author: author, createdAt: gmt ?? fields["date"].flatMap(DateParser.date),
      rawText: content, text: CommentText.plain(content, markup: .html), moderation: moderation,
      line: line)
  }
}
