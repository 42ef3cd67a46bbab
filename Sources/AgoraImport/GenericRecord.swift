import AgoraModel

/// The parts of one row of a generic export (CSV, JSON), before they become a comment.
struct GenericRecord {
  var id: String?
  var parent: String?
  var author: String?
  var date: String?
  var status: String?
  var text: String

  /// The comment this row describes, read at `line`; `nil` parent ids such as `0` mean top level.
  func comment(line: Int) -> ImportedComment {
    // Most texts are plain: checking that first spares looking for HTML in them.
    let cleaned =
      CommentText.isAlreadyPlain(text)
      ? text : CommentText.cleaned(text, markup: looksLikeHTML ? .html : .plain)
    var moderation = status.map(ModerationWords.moderation) ?? .published
    var author = author.flatMap { $0.isEmpty ? nil : $0 }
    if let name = author, ModerationWords.isDeletedAccount(name) { author = nil }
    if moderation == .published, text.utf8.count == 9, text == "[deleted]" || text == "[removed]" {
      moderation = .deleted
    }
    return ImportedComment(
      externalID: id.flatMap { $0.isEmpty ? nil : $0 },
      parentExternalID: parent.flatMap { $0.isEmpty || $0 == "0" || $0 == "null" ? nil : $0 },
      author: author, createdAt: date.flatMap(DateParser.date), rawText: text, text: cleaned,
      moderation: moderation, line: line)
  }

  /// HTML tags, or the entities of HTML-escaped text (`&gt;` quoting, `&amp;`, `&#39;`).
  private var looksLikeHTML: Bool {
    guard text.utf8.contains(where: { $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: "&") }) else {
      return false
    }
    return ["</", "<br", "<p>", "&gt;", "&lt;", "&amp;", "&quot;", "&#"].contains {
      text.contains($0)
    }
  }
}
