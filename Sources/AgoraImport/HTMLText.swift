/// Plain text from the HTML of a comment, keeping its paragraphs and line breaks.
///
/// The work is done on UTF-8 bytes. Where a tag or entity character sits next to a non-ASCII
/// scalar, the result still follows Swift's `Character`s: a `<` with a combining mark after it,
/// for instance, is not a tag start (see ``standsAlone(_:at:count:)``).
enum HTMLText {
  /// What a tag does to the text around it.
  private enum Tag {
    case lineBreak, quote, skipped, listItem, paragraph, other
  }

  /// The text of `html` with blockquotes left out and entities decoded once.
  static func text(_ html: String) -> String {
    text(html, keepingQuotes: false)
  }

  /// The text of `html`; quoted blocks are kept when `keepingQuotes`.
  static func text(_ html: String, keepingQuotes: Bool) -> String {
    guard
      CommentText.contains(UInt8(ascii: "<"), in: html)
        || CommentText.contains(UInt8(ascii: "&"), in: html)
    else { return html }
    var html = html
    return html.withUTF8 { bytes in
      var output: [UInt8] = []
      text(bytes, keepingQuotes: keepingQuotes, into: &output)
      return String(decoding: output, as: UTF8.self)
    }
  }

  /// Appends the text of the HTML `bytes` to `output`, as ``text(_:keepingQuotes:)`` says.
  static func text(
    _ bytes: UnsafeBufferPointer<UInt8>, keepingQuotes: Bool, into output: inout [UInt8]
  ) {
    output.reserveCapacity(output.count + bytes.count + 8)
    var quoteDepth = 0
    var skipDepth = 0
    var position = 0
    while let open = find(UInt8(ascii: "<"), in: bytes, from: position) {
      if quoteDepth == 0 || keepingQuotes, skipDepth == 0 {
        HTMLEntities.decode(bytes, position..<open, into: &output)
      }
      guard let close = find(UInt8(ascii: ">"), in: bytes, from: open + 1) else {
        position = open
        break
      }
      position = close + 1
      let (closing, tag) = kind(of: bytes, open + 1..<close)
      switch tag {
      case .lineBreak:
        output.append(10)
      case .quote:
        quoteDepth = max(0, quoteDepth + (closing ? -1 : 1))
        output += [10, 10]
      case .skipped:
        skipDepth = max(0, skipDepth + (closing ? -1 : 1))
      case .listItem where !closing:
        output += [10, UInt8(ascii: "-"), 32]
      case .paragraph, .listItem:
        output += [10, 10]
      case .other:
        break
      }
    }
    if quoteDepth == 0 || keepingQuotes, skipDepth == 0 {
      HTMLEntities.decode(bytes, position..<bytes.count, into: &output)
    }
  }

  /// The first `byte` at or after `start` that is a `Character` of its own.
  private static func find(
    _ byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from start: Int
  ) -> Int? {
    var index = start
    while index < bytes.count {
      if bytes[index] == byte, standsAlone(bytes, at: index, count: 1) { return index }
      index += 1
    }
    return nil
  }

  /// Whether the tag between `<` and `>` at `range` closes, and what its name makes it.
  private static func kind(
    of bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>
  ) -> (closing: Bool, tag: Tag) {
    var index = range.lowerBound
    while index < range.upperBound, bytes[index] == UInt8(ascii: "/") { index += 1 }
    let nameStart = index
    while index < range.upperBound, isASCIILetterOrDigit(bytes[index]) { index += 1 }
    guard index == range.upperBound || bytes[index] < 0x80 else {
      // A non-ASCII scalar may join the name's last letter or be a letter itself.
      return kind(ofTag: String(decoding: bytes[range], as: UTF8.self))
    }
    let closing = !range.isEmpty && bytes[range.lowerBound] == UInt8(ascii: "/")
    // No tag name the switch knows is longer than 10 bytes; longer ones stay out of `String`.
    guard index - nameStart <= 10 else { return (closing, .other) }
    let letters = bytes[nameStart..<index]
    let name =
      letters.contains { (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0) }
      ? String(decoding: letters.map(lowercased), as: UTF8.self)
      : String(decoding: letters, as: UTF8.self)
    return (closing, tag(named: name))
  }

  /// Whether a tag closes and what it is, read by `Character` as the text is.
  private static func kind(ofTag text: String) -> (closing: Bool, tag: Tag) {
    let tag = Substring(text)
    let name = String(tag.drop { $0 == "/" }.prefix { $0.isLetter || $0.isNumber }).lowercased()
    return (tag.first == "/", self.tag(named: name))
  }

  private static func tag(named name: String) -> Tag {
    switch name {
    case "br": .lineBreak
    case "blockquote", "aside": .quote
    case "script", "style": .skipped
    case "li": .listItem
    case "p", "div", "ul", "ol", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table",
      "section", "article":
      .paragraph
    default: .other
    }
  }

  private static func isASCIILetterOrDigit(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
      UInt8(ascii: "0")...UInt8(ascii: "9"):
      true
    default: false
    }
  }

  private static func lowercased(_ byte: UInt8) -> UInt8 {
    (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte + 32 : byte
  }

  /// Whether the `count` bytes at `index` — one printable scalar that is not a control, a
  /// prepended mark nor a mark itself — make a `Character` of their own in `bytes`.
  ///
  /// Such a scalar joins the scalar before it only when that one is a prepended mark (U+0600
  /// and above), and the scalar after it only when that one extends (U+0300 and above:
  /// combining marks, joiners, spacing marks). Those rare neighbours are asked of Swift's own
  /// grapheme breaking, so the bytes are split where `String`'s `Character`s are.
  static func standsAlone(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, count: Int) -> Bool {
    let end = index + count
    if end < bytes.count, bytes[end] >= 0xCC {
      var next = end + 1
      while next < bytes.count, bytes[next] & 0xC0 == 0x80 { next += 1 }
      if String(decoding: bytes[index..<next], as: UTF8.self).count != 2 { return false }
    }
    if index > 0, bytes[index - 1] >= 0x80 {
      var previous = index - 1
      while previous > 0, bytes[previous] & 0xC0 == 0x80 { previous -= 1 }
      if bytes[previous] >= 0xD8,
        String(decoding: bytes[previous..<end], as: UTF8.self).count != 2
      {
        return false
      }
    }
    return true
  }
}
