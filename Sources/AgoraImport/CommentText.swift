import Foundation

/// How an export writes a comment's body.
public enum Markup: Sendable, Hashable {
  /// HTML (Disqus, WordPress, Hacker News, Discourse `cooked`).
  case html
  /// Markdown whose `&`, `<` and `>` are written as entities (Reddit `body`).
  case escapedMarkdown
  /// Plain text, possibly with BBCode `[quote]` or `>` quoted lines (CSV, JSON, forums).
  case plain
}

/// Turns a comment's body into the plain text the reader wrote.
///
/// HTML tags are removed (paragraphs and `<br>` become line breaks, links keep their text,
/// `<script>` and `<style>` vanish), entities are decoded exactly once, and quoted text —
/// `<blockquote>`, lines starting with `>`, `[quote]…[/quote]` — is left out.
public enum CommentText {
  /// The reader's own plain text in `body`.
  public static func plain(_ body: String, markup: Markup) -> String {
    isAlreadyPlain(body) ? body : cleaned(body, markup: markup)
  }

  /// The plain text of a `body` that ``isAlreadyPlain(_:)`` found is not plain yet.
  static func cleaned(_ body: String, markup: Markup) -> String {
    // "\r\n" is one Character in Swift, so line ends are made "\n" before splitting lines.
    let body =
      body.utf8.contains(13)
      ? body.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
      : body
    var text: String
    switch markup {
    case .html:
      text = HTMLText.text(body)
    case .escapedMarkdown:
      text = HTMLEntities.decode(body)
    case .plain:
      text = body
    }
    if text.utf8.contains(UInt8(ascii: "[")) { text = removingBBQuotes(text) }
    return tidy(removingQuotedLines(text))
  }

  /// Whether `text` has nothing to decode, strip or tidy: no markup or quote characters, no
  /// carriage return, tab or no-break space, no space at either end or next to a line break,
  /// no double space and no more than one empty line. Most comments are; checking is one pass
  /// over the bytes.
  static func isAlreadyPlain(_ text: String) -> Bool {
    // Reading the bytes in place is several times faster than iterating `text.utf8`.
    var text = text
    return text.withUTF8(isAlreadyPlain(bytes:))
  }

  /// Whether the UTF-8 `bytes` of a text are already plain, as ``isAlreadyPlain(_:)`` says.
  static func isAlreadyPlain(bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let last = bytes.last, last != 32, last != 10 else { return false }
    // Bytes are judged by the one or two before them, so most bytes need only the first test.
    for index in bytes.indices {
      let byte = bytes[index]
      if byte > UInt8(ascii: ">"), byte != UInt8(ascii: "["), byte != 0xA0 { continue }
      let previous = index > 0 ? bytes[index - 1] : 32
      switch byte {
      case UInt8(ascii: "<"), UInt8(ascii: "&"), UInt8(ascii: ">"), UInt8(ascii: "["), 13, 9:
        return false
      case 0xA0 where previous == 0xC2:
        return false
      case 32:
        if previous == 32 || previous == 10 { return false }
      case 10:
        if previous == 32 { return false }
        // A third line break in a row.
        if previous == 10, index >= 2, bytes[index - 2] == 10 { return false }
      default:
        break
      }
    }
    return true
  }

  /// `text` without its lines that start with `>`.
  static func removingQuotedLines(_ text: String) -> String {
    guard text.utf8.contains(UInt8(ascii: ">")) else { return text }
    return text.split(separator: "\n", omittingEmptySubsequences: false)
      .filter { !$0.drop { $0 == " " || $0 == "\t" }.hasPrefix(">") }
      .joined(separator: "\n")
  }

  /// `text` without `[quote…]…[/quote]` blocks, nested ones included; an unclosed quote runs
  /// to the end.
  static func removingBBQuotes(_ text: String) -> String {
    var output = ""
    var depth = 0
    var rest = Substring(text)
    while true {
      let open = rest.range(of: "[quote", options: .caseInsensitive)
      let close = rest.range(of: "[/quote]", options: .caseInsensitive)
      if let open, close.map({ open.lowerBound < $0.lowerBound }) ?? true {
        if depth == 0 { output += rest[..<open.lowerBound] }
        depth += 1
        rest = rest[open.upperBound...]
        if let end = rest.firstIndex(of: "]") { rest = rest[rest.index(after: end)...] }
      } else if let close {
        if depth == 0 { output += rest[..<close.lowerBound] }
        depth = max(0, depth - 1)
        rest = rest[close.upperBound...]
      } else {
        break
      }
    }
    return depth == 0 ? output + rest : output
  }

  /// Spaces collapsed inside lines, lines trimmed, at most one empty line in a row, no empty
  /// lines at either end.
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
}
