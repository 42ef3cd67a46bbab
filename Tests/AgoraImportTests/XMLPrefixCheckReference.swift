@testable import AgoraImport

/// The namespace-prefix check's scan as it read bytes one at a time, kept to test the one that
/// skips text with `memchr` against: both must stop at the same places and count the same lines.
/// The markup it finds is read by the check's own `scanMarkup`, so the prefixes found can only
/// differ where the scans do.
struct XMLPrefixCheckReference {
  private var check = XMLPrefixCheck()

  /// The first undeclared prefix (by line) of what was scanned, and its line.
  func undeclared() -> (prefix: String, line: Int)? {
    check.undeclared()
  }

  /// Scans `bytes` as `XMLPrefixCheck.scan` does, byte by byte.
  mutating func scan(_ bytes: ArraySlice<UInt8>, isLast: Bool) -> Int {
    var index = bytes.startIndex
    while index < bytes.endIndex {
      let byte = bytes[index]
      guard byte == 60 else {
        if byte == 10 { check.line += 1 }
        index += 1
        continue
      }
      guard let end = Self.end(ofMarkupAt: index, in: bytes) else {
        if !isLast { return index }
        check.scanMarkup(bytes[index...])
        return bytes.endIndex
      }
      check.scanMarkup(bytes[index..<end])
      index = end
    }
    return index
  }

  /// Where the markup starting at `start` (a `<`) ends: past its `]]>`, `-->`, `?>` or `>`
  /// (outside quotes, for a tag); `nil` when `bytes` ends first.
  private static func end(ofMarkupAt start: Int, in bytes: ArraySlice<UInt8>) -> Int? {
    let rest = bytes[(start + 1)...]
    if rest.count < 8 { return nil }
    for (opening, closing) in XMLPrefixCheck.sections where rest.starts(with: opening) {
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
}
