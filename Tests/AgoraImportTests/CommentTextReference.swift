import Foundation

@testable import AgoraImport

/// The conversion to plain text as it was written first, over `Character`s; the byte-level one
/// must give the same bytes on every input.
enum ReferenceCommentText {
  static func cleaned(_ body: String, markup: Markup) -> String {
    let body =
      body.utf8.contains(13)
      ? body.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
      : body
    var text: String
    switch markup {
    case .html:
      text = html(body, keepingQuotes: false)
    case .escapedMarkdown:
      text = decode(body)
    case .plain:
      text = body
    }
    if text.utf8.contains(UInt8(ascii: "[")) { text = CommentText.removingBBQuotes(text) }
    return tidy(removingQuotedLines(text))
  }

  static func removingQuotedLines(_ text: String) -> String {
    guard text.utf8.contains(UInt8(ascii: ">")) else { return text }
    return text.split(separator: "\n", omittingEmptySubsequences: false)
      .filter { !$0.drop { $0 == " " || $0 == "\t" }.hasPrefix(">") }
      .joined(separator: "\n")
  }

  static func tidy(_ text: String) -> String {
    var lines: [String] = []
    var blank = false
    for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
      let words = rawLine.split { $0 == " " || $0 == "\t" || $0 == "\r" || $0 == "\u{A0}" }
      if words.isEmpty {
        blank = !lines.isEmpty
        continue
      }
      if blank { lines.append("") }
      blank = false
      lines.append(words.joined(separator: " "))
    }
    return lines.joined(separator: "\n")
  }

  private static let paragraphTags: Set<String> = [
    "p", "div", "ul", "ol", "li", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table",
    "aside", "section", "article", "blockquote",
  ]

  static func html(_ html: String, keepingQuotes: Bool) -> String {
    guard html.contains("<") || html.contains("&") else { return html }
    var output = ""
    var quoteDepth = 0
    var skipDepth = 0
    var rest = Substring(html)
    while let open = rest.firstIndex(of: "<") {
      if quoteDepth == 0 || keepingQuotes, skipDepth == 0 {
        output += decode(String(rest[..<open]))
      }
      guard let close = rest[open...].firstIndex(of: ">") else {
        rest = rest[open...]
        break
      }
      let tag = rest[rest.index(after: open)..<close]
      rest = rest[rest.index(after: close)...]
      let closing = tag.first == "/"
      let name = String(
        tag.drop { $0 == "/" }.prefix { $0.isLetter || $0.isNumber }
      ).lowercased()
      switch name {
      case "br":
        output += "\n"
      case "blockquote", "aside":
        quoteDepth = max(0, quoteDepth + (closing ? -1 : 1))
        output += "\n\n"
      case "script", "style":
        skipDepth = max(0, skipDepth + (closing ? -1 : 1))
      case "li" where !closing:
        output += "\n- "
      default:
        if paragraphTags.contains(name) { output += "\n\n" }
      }
    }
    if quoteDepth == 0 || keepingQuotes, skipDepth == 0 {
      output += decode(String(rest))
    }
    return output
  }

  /// `text` with each character reference replaced once (`&amp;lt;` gives `&lt;`); references
  /// that are unknown or malformed are kept as written.
  static func decode(_ text: String) -> String {
    guard text.contains("&") else { return text }
    var output = ""
    output.reserveCapacity(text.utf8.count)
    var rest = Substring(text)
    while let amp = rest.firstIndex(of: "&") {
      output += rest[..<amp]
      let afterAmp = rest.index(after: amp)
      let window = rest[afterAmp...].prefix(12)
      if let semicolon = window.firstIndex(of: ";"),
        let decoded = character(rest[afterAmp..<semicolon])
      {
        output += decoded
        rest = rest[rest.index(after: semicolon)...]
      } else {
        output += "&"
        rest = rest[afterAmp...]
      }
    }
    return output + rest
  }

  /// References are resolved as the production code resolves them; what is compared is how
  /// text around them is read.
  private static func character(_ name: Substring) -> String? {
    HTMLEntities.character(String(name))
  }
}
