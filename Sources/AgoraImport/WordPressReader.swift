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
    final class State {
      var result = ReadResult()
      var comment: [String: String]?
      var line = 0
      var sawChannel = false
    }
    let state = State()
    let fields: Set<String> = [
      "wp:comment_id", "wp:comment_author", "wp:comment_date", "wp:comment_date_gmt",
      "wp:comment_content", "wp:comment_approved", "wp:comment_type", "wp:comment_parent",
    ]
    let handlers = XMLStream.Handlers(
      start: { name, _, line in
        if name == "channel" { state.sawChannel = true }
        if name == "wp:comment" {
          state.comment = [:]
          state.line = line
        }
      },
      end: { name, text, _ in
        if name == "wp:comment", let comment = state.comment {
          state.result.comments.append(Self.comment(comment, line: state.line))
          state.comment = nil
        } else if fields.contains(name), state.comment != nil {
          state.comment?[String(name.dropFirst("wp:comment_".count))] = text
        }
      })
    try XMLStream.parse(data, file: options.file, format: .wordpress, handlers: handlers)
    if !state.sawChannel {
      throw .unexpectedShape(file: options.file, format: .wordpress, expected: "<rss><channel>")
    }
    return state.result
  }

  private static func comment(_ fields: [String: String], line: Int) -> ImportedComment {
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
