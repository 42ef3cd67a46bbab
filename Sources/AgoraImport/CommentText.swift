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
    var body =
      contains(13, in: body)
      ? body.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
      : body
    // The steps pass bytes on; a `String` is made once, at the end.
    var text: [UInt8] = []
    body.withUTF8 { bytes in
      text.reserveCapacity(bytes.count + 8)
      switch markup {
      case .html:
        HTMLText.text(bytes, keepingQuotes: false, into: &text)
      case .escapedMarkdown:
        HTMLEntities.decode(bytes, bytes.indices, into: &text)
      case .plain:
        text += bytes
      }
    }
    if text.contains(UInt8(ascii: "[")) {
      text = Array(removingBBQuotes(String(decoding: text, as: UTF8.self)).utf8)
    }
    if text.contains(UInt8(ascii: ">")) {
      text = text.withUnsafeBufferPointer { bytes in
        var kept: [UInt8] = []
        removingQuotedLines(bytes, into: &kept)
        return kept
      }
    }
    return text.withUnsafeBufferPointer(tidy(bytes:))
  }

  /// Whether the UTF-8 of `text` has `byte`; reading the bytes in place is several times faster
  /// than iterating `text.utf8`.
  static func contains(_ byte: UInt8, in text: String) -> Bool {
    text.utf8.withContiguousStorageIfAvailable { $0.contains(byte) } ?? text.utf8.contains(byte)
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
  ///
  /// Eight bytes are judged at a time, without a branch per byte: each test gives a mask with
  /// the top bit of every byte that passes it, and a byte's neighbours are the masks shifted by
  /// a byte, with the last bytes of the previous eight. The bytes after the last eight are
  /// judged one by one.
  static func isAlreadyPlain(bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let base = bytes.baseAddress, let last = bytes.last, last != 32, last != 10 else {
      return false
    }
    let raw = UnsafeRawPointer(base)
    // The text starts as if after a space.
    var (lastSpaces, lastBreaks, lastC2s): (UInt64, UInt64, UInt64) = (1 << 63, 0, 0)
    var index = 0
    while index + 8 <= bytes.count {
      let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
      let spaces = ByteMask.equal(word, 32)
      let breaks = ByteMask.equal(word, 10)
      let c2s = ByteMask.equal(word, 0xC2)
      let afterSpace = spaces << 8 | lastSpaces >> 56
      let afterBreak = breaks << 8 | lastBreaks >> 56
      let twoAfterBreak = breaks << 16 | lastBreaks >> 48
      let markup =
        ByteMask.equal(word, UInt8(ascii: "<")) | ByteMask.equal(word, UInt8(ascii: "&"))
        | ByteMask.equal(word, UInt8(ascii: ">")) | ByteMask.equal(word, UInt8(ascii: "["))
        | ByteMask.equal(word, 13) | ByteMask.equal(word, 9)
      let spacing =
        spaces & (afterSpace | afterBreak) | breaks & afterSpace | breaks & afterBreak
        & twoAfterBreak | ByteMask.equal(word, 0xA0) & (c2s << 8 | lastC2s >> 56)
      if markup | spacing != 0 { return false }
      (lastSpaces, lastBreaks, lastC2s) = (spaces, breaks, c2s)
      index += 8
    }
    while index < bytes.count {
      guard isPlain(bytes, at: index) else { return false }
      index += 1
    }
    return true
  }

  /// Whether the byte at `index` of `bytes` leaves the text plain, judged with the one or two
  /// before it (a space stands for the bytes before the text).
  private static func isPlain(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
    let byte = bytes[index]
    if byte > UInt8(ascii: ">"), byte != UInt8(ascii: "["), byte != 0xA0 { return true }
    let previous = index > 0 ? bytes[index - 1] : 32
    switch byte {
    case UInt8(ascii: "<"), UInt8(ascii: "&"), UInt8(ascii: ">"), UInt8(ascii: "["), 13, 9:
      return false
    case 0xA0 where previous == 0xC2:
      return false
    case 32:
      return previous != 32 && previous != 10
    case 10:
      // A space before the break, or a third line break in a row.
      return previous != 32 && !(previous == 10 && index >= 2 && bytes[index - 2] == 10)
    default:
      return true
    }
  }

  /// `text` without its lines that start with `>`.
  static func removingQuotedLines(_ text: String) -> String {
    guard contains(UInt8(ascii: ">"), in: text) else { return text }
    var text = text
    return text.withUTF8 { bytes in
      var output: [UInt8] = []
      removingQuotedLines(bytes, into: &output)
      return String(decoding: output, as: UTF8.self)
    }
  }

  /// Appends the lines of the text `bytes` that do not start with `>` to `output`.
  static func removingQuotedLines(_ bytes: UnsafeBufferPointer<UInt8>, into output: inout [UInt8]) {
    output.reserveCapacity(bytes.count)
    var kept = 0
    forEachLine(of: bytes) { line in
      var start = line.lowerBound
      while start < line.upperBound, bytes[start] == 9 || bytes[start] == 32,
        HTMLText.standsAlone(bytes, at: start, count: 1)
      {
        start += 1
      }
      if start < line.upperBound, bytes[start] == UInt8(ascii: ">"),
        HTMLText.standsAlone(bytes, at: start, count: 1)
      {
        return
      }
      if kept > 0 { output.append(10) }
      kept += 1
      output += bytes[line]
    }
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
  ///
  /// Spaces are space, tab, carriage return and no-break space, each when it is a `Character`
  /// of its own (a carriage return before a line feed is not).
  static func tidy(_ text: String) -> String {
    var text = text
    return text.withUTF8(tidy(bytes:))
  }

  /// The text `bytes` tidied as ``tidy(_:)`` says.
  static func tidy(bytes: UnsafeBufferPointer<UInt8>) -> String {
    // Each space or line break written stands for at least as many bytes read.
    String(unsafeUninitializedCapacity: bytes.count) { output in
      var count = 0
      func write(_ byte: UInt8) {
        output[count] = byte
        count += 1
      }
      var blank = false
      forEachLine(of: bytes) { line in
        var words = 0
        var index = line.lowerBound
        while index < line.upperBound {
          let space = spaceLength(bytes, at: index)
          if space > 0 {
            index += space
            continue
          }
          var end = index + 1
          // Most bytes start no space; only the first bytes of the four spaces are looked at.
          while end < line.upperBound {
            let byte = bytes[end]
            if byte == 9 || byte == 13 || byte == 32 || byte == 0xC2,
              spaceLength(bytes, at: end) > 0
            {
              break
            }
            end += 1
          }
          if words > 0 {
            write(32)
          } else if blank {
            write(10)
            write(10)
          } else if count > 0 {
            write(10)
          }
          words += 1
          let word = UnsafeBufferPointer(rebasing: bytes[index..<end])
          UnsafeMutableRawBufferPointer(UnsafeMutableBufferPointer(rebasing: output[count...]))
            .copyMemory(from: UnsafeRawBufferPointer(word))
          count += end - index
          index = end
        }
        blank = words == 0 ? count > 0 : false
      }
      return count
    }
  }

  /// The length in bytes of the space `Character` at `index`, or 0 when there is none.
  private static func spaceLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
    switch bytes[index] {
    case 9: 1
    case 13: index + 1 < bytes.count && bytes[index + 1] == 10 ? 0 : 1
    case 32: HTMLText.standsAlone(bytes, at: index, count: 1) ? 1 : 0
    case 0xC2:
      index + 1 < bytes.count && bytes[index + 1] == 0xA0
        && HTMLText.standsAlone(bytes, at: index, count: 2) ? 2 : 0
    default: 0
    }
  }

  /// Calls `body` with the range of each line of `bytes`, split at every line feed that is not
  /// part of a carriage return and line feed, as `String` splits its `Character`s.
  private static func forEachLine(
    of bytes: UnsafeBufferPointer<UInt8>, _ body: (Range<Int>) -> Void
  ) {
    var start = 0
    for index in bytes.indices where bytes[index] == 10 {
      if index > 0, bytes[index - 1] == 13 { continue }
      body(start..<index)
      start = index + 1
    }
    body(start..<bytes.count)
  }
}

/// Eight bytes in a word, tested all at once.
enum ByteMask {
  private static let low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F

  /// The top bit of each byte of `word` that is `byte`, and no other bit. Exact: adding within
  /// the low seven bits of a byte never carries into the next byte.
  static func equal(_ word: UInt64, _ byte: UInt8) -> UInt64 {
    let zeros = word ^ (0x0101_0101_0101_0101 &* UInt64(byte))
    return ~((zeros & low7) &+ low7 | zeros | low7)
  }
}
