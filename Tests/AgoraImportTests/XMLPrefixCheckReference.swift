import Foundation

@testable import AgoraImport

/// The namespace-prefix check as it read bytes one at a time, kept to test the one that skips
/// text with `memchr` against: both must find the same prefixes on the same lines and stop at
/// the same places.
///
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
struct XMLPrefixCheckReference {
  private var declared: Set<[UInt8]> = [Array("xml".utf8), Array("xmlns".utf8)]
  /// Each prefix used, with the line it is first used on and how many prefixes were used
  /// before it (so that, of two on one line, the first named is the first used).
  private var used: [[UInt8]: (line: Int, order: Int)] = [:]
  private var line = 1

  /// The first undeclared prefix of a whole document and the line it is used on, if any.
  static func undeclaredPrefix(in data: Data) -> (prefix: String, line: Int)? {
    var check = XMLPrefixCheckReference()
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
  mutating func scan(_ bytes: ArraySlice<UInt8>, isLast: Bool) -> Int {
    var index = bytes.startIndex
    while index < bytes.endIndex {
      let byte = bytes[index]
      guard byte == 60 else {
        if byte == 10 { line += 1 }
        index += 1
        continue
      }
      guard let end = Self.end(ofMarkupAt: index, in: bytes) else {
        // Cut off: scanned again with more bytes, or, at the end, scanned as it is.
        if !isLast { return index }
        scanMarkup(bytes[index...])
        return bytes.endIndex
      }
      scanMarkup(bytes[index..<end])
      index = end
    }
    return index
  }

  /// Where the markup starting at `start` (a `<`) ends: past its `]]>`, `-->`, `?>` or `>`
  /// (outside quotes, for a tag); `nil` when `bytes` ends first.
  private static func end(ofMarkupAt start: Int, in bytes: ArraySlice<UInt8>) -> Int? {
    let rest = bytes[(start + 1)...]
    if rest.count < 8 { return nil }
    for (opening, closing) in sections where rest.starts(with: opening) {
      return end(of: closing, in: rest)
    }
    var quote: UInt8?
    for index in rest.indices {
      let byte = rest[index]
      if let open = quote {
        if byte == open { quote = nil }
      } else if byte == 34 || byte == 39 {
        quote = byte
      } else if byte == 62 {
        return index + 1
      }
    }
    return nil
  }

  /// Markup that is not a tag, by how it opens and closes: CDATA, comments, processing
  /// instructions, doctypes.
  private static let sections: [([UInt8], [UInt8])] = [
    (Array("![CDATA[".utf8), Array("]]>".utf8)), (Array("!--".utf8), Array("-->".utf8)),
    (Array("?".utf8), Array("?>".utf8)), (Array("!".utf8), Array(">".utf8)),
  ]
  private static let xmlns = Array("xmlns:".utf8)

  /// Where the first `terminator` in `bytes` ends, if any.
  private static func end(of terminator: [UInt8], in bytes: ArraySlice<UInt8>) -> Int? {
    var index = bytes.startIndex
    while index + terminator.count <= bytes.endIndex {
      if bytes[index] == terminator[0],
        bytes[index..<(index + terminator.count)].elementsEqual(terminator)
      {
        return index + terminator.count
      }
      index += 1
    }
    return nil
  }

  /// Notes the prefixes used and declared in one piece of markup (`<…>`), and counts its lines.
  private mutating func scanMarkup(_ markup: ArraySlice<UInt8>) {
    let lines = markup.reduce(0) { $0 + ($1 == 10 ? 1 : 0) }
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
