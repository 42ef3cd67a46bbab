import Foundation

/// Finds namespace prefixes used in tags but never declared.
///
/// Foundation's XMLParser on Linux crashes (a forced unwrap of the namespace URI) when an element
/// or attribute uses a prefix that no `xmlns:` declares, which a damaged export easily does; this
/// byte scan runs first so that such a file is an error, not a crash. Declarations are treated as
/// global, and CDATA, comments, processing instructions and doctypes are skipped.
///
/// The scan reads a file in pieces: `scan` consumes the markup that is complete in what it is
/// given and leaves the rest (a tag or section cut by the end of the piece) for the next call,
/// so a file of any size is checked in bounded memory.
struct XMLPrefixCheck {
  private var declared: Set<[UInt8]> = [Array("xml".utf8), Array("xmlns".utf8)]
  /// Each prefix used, with the line it is first used on and how many prefixes were used
  /// before it (so that, of two on one line, the first named is the first used).
  private var used: [[UInt8]: (line: Int, order: Int)] = [:]
  /// The line the scan has reached (internal, with ``scanMarkup(_:)`` and ``sections``, for the
  /// tests' byte-by-byte reference of the scan).
  var line = 1

  /// The first undeclared prefix of a whole document and the line it is used on, if any.
  static func undeclaredPrefix(in data: Data) -> (prefix: String, line: Int)? {
    var check = XMLPrefixCheck()
    _ = check.scan([UInt8](data)[...], isLast: true)
    return check.undeclared()
  }

  /// The first undeclared prefix (by line) of what was scanned, and its line.
  func undeclared() -> (prefix: String, line: Int)? {
    used.filter { !declared.contains($0.key) }.min { $0.value.order < $1.value.order }
      .map { (String(decoding: $0.key, as: UTF8.self), $0.value.line) }
  }

  /// Scans `bytes`, the next piece of the document (`isLast` when nothing follows); returns
  /// where the scan stopped: the rest starts markup that is cut off, to be scanned again with
  /// the next piece after it.
  ///
  /// Text between markup is skipped with `memchr` and its lines counted in one pass; markup is
  /// read in place, without bounds checks on every byte.
  mutating func scan(_ bytes: ArraySlice<UInt8>, isLast: Bool) -> Int {
    let start = bytes.startIndex
    let stopped = bytes.withUnsafeBufferPointer { buffer -> Int in
      guard let base = buffer.baseAddress else { return 0 }
      var offset = 0
      while offset < buffer.count {
        guard
          let found = memchr(base + offset, 60, buffer.count - offset)?
            .assumingMemoryBound(to: UInt8.self)
        else {
          line += Self.lineBreaks(in: UnsafeBufferPointer(rebasing: buffer[offset...]))
          return buffer.count
        }
        let markup = base.distance(to: found)
        line += Self.lineBreaks(in: UnsafeBufferPointer(rebasing: buffer[offset..<markup]))
        guard let end = Self.end(ofMarkupAt: markup, in: buffer) else {
          // Cut off: scanned again with more bytes, or, at the end, scanned as it is.
          if !isLast { return markup }
          scanMarkup(bytes[(start + markup)...])
          return buffer.count
        }
        scanMarkup(bytes[(start + markup)..<(start + end)])
        offset = end
      }
      return offset
    }
    return start + stopped
  }

  /// How many line feeds `bytes` holds.
  private static func lineBreaks(in bytes: UnsafeBufferPointer<UInt8>) -> Int {
    var count = 0
    for byte in bytes { count &+= byte == 10 ? 1 : 0 }
    return count
  }

  /// Where the markup starting at `start` (a `<`) ends: past its `]]>`, `-->`, `?>` or `>`
  /// (outside quotes, for a tag); `nil` when `bytes` ends first.
  private static func end(ofMarkupAt start: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    let rest = start + 1
    if bytes.count - rest < 8 { return nil }
    for (opening, closing) in sections where starts(bytes, at: rest, with: opening) {
      return end(of: closing, in: bytes, from: rest)
    }
    var quote: UInt8 = 0
    var index = rest
    while index < bytes.count {
      let byte = bytes[index]
      if quote != 0 {
        if byte == quote { quote = 0 }
      } else if byte == 34 || byte == 39 {
        quote = byte
      } else if byte == 62 {
        return index + 1
      }
      index += 1
    }
    return nil
  }

  /// Markup that is not a tag, by how it opens and closes: CDATA, comments, processing
  /// instructions, doctypes.
  static let sections: [([UInt8], [UInt8])] = [
    (Array("![CDATA[".utf8), Array("]]>".utf8)), (Array("!--".utf8), Array("-->".utf8)),
    (Array("?".utf8), Array("?>".utf8)), (Array("!".utf8), Array(">".utf8)),
  ]
  private static let xmlns = Array("xmlns:".utf8)

  /// Whether `bytes` holds `prefix` at `offset`.
  private static func starts(
    _ bytes: UnsafeBufferPointer<UInt8>, at offset: Int, with prefix: [UInt8]
  ) -> Bool {
    guard bytes.count - offset >= prefix.count, let base = bytes.baseAddress else { return false }
    return memcmp(base + offset, prefix, prefix.count) == 0
  }

  /// Where the first `terminator` in `bytes` from `offset` on ends, if any.
  private static func end(
    of terminator: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, from offset: Int
  ) -> Int? {
    guard let base = bytes.baseAddress, let first = terminator.first else { return nil }
    var position = offset
    while position + terminator.count <= bytes.count,
      let found = memchr(base + position, Int32(first), bytes.count - position)
    {
      let at = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
      if at + terminator.count <= bytes.count, memcmp(base + at, terminator, terminator.count) == 0
      {
        return at + terminator.count
      }
      position = at + 1
    }
    return nil
  }

  /// Notes the prefixes used and declared in one piece of markup (`<…>`), and counts its lines.
  mutating func scanMarkup(_ markup: ArraySlice<UInt8>) {
    let lines = markup.withUnsafeBufferPointer(Self.lineBreaks(in:))
    defer { line += lines }
    let rest = markup.dropFirst()
    guard let first = rest.first, first != 33, first != 63 else { return }
    var index = rest.startIndex
    var lineHere = line
    func name() -> ArraySlice<UInt8> {
      let start = index
      while index < rest.endIndex, Self.isNameByte(rest[index]) { index += 1 }
      return rest[start..<index]
    }
    if rest[index] == 47 { index += 1 }
    note(name(), line: lineHere)
    while index < rest.endIndex {
      switch rest[index] {
      case 62: return
      case 10:
        lineHere += 1
        index += 1
      case 34, 39:
        let quote = rest[index]
        index += 1
        while index < rest.endIndex, rest[index] != quote {
          if rest[index] == 10 { lineHere += 1 }
          index += 1
        }
        index += 1
      case 32, 9, 13, 47, 61:
        index += 1
      default:
        let attribute = name()
        if attribute.isEmpty {
          index += 1
        } else if attribute.starts(with: Self.xmlns) {
          declared.insert(Array(attribute.dropFirst(6)))
        } else {
          note(attribute, line: lineHere)
        }
      }
    }
  }

  private mutating func note(_ name: ArraySlice<UInt8>, line: Int) {
    guard let colon = name.firstIndex(of: 58), colon > name.startIndex else { return }
    let prefix = Array(name[..<colon])
    if used[prefix] == nil { used[prefix] = (line, used.count) }
  }

  private static func isNameByte(_ byte: UInt8) -> Bool {
    !(byte == 32 || byte == 9 || byte == 10 || byte == 13 || byte == 62 || byte == 47
      || byte == 61 || byte == 34 || byte == 39 || byte == 60)
  }
}
