import Foundation

/// Finds namespace prefixes used in tags but never declared.
///
/// Foundation's XMLParser on Linux crashes (a forced unwrap of the namespace URI) when an element
/// or attribute uses a prefix that no `xmlns:` declares, which a damaged export easily does; this
/// byte scan runs first so that such a file is an error, not a crash. Declarations are treated as
/// global, and CDATA, comments, processing instructions and doctypes are skipped.
enum XMLPrefixCheck {
  /// The first undeclared prefix and the line it is used on, if any.
  static func undeclaredPrefix(in data: Data) -> (prefix: String, line: Int)? {
    let bytes = [UInt8](data)
    var declared: Set<[UInt8]> = [Array("xml".utf8), Array("xmlns".utf8)]
    var used: [([UInt8], Int)] = []
    var line = 1
    var index = 0
    func skip(past terminator: [UInt8]) {
      while index < bytes.count {
        if bytes[index] == 10 { line += 1 }
        if bytes[index] == terminator[0], index + terminator.count <= bytes.count,
          bytes[index..<(index + terminator.count)].elementsEqual(terminator)
        {
          index += terminator.count
          return
        }
        index += 1
      }
    }
    func isNameByte(_ byte: UInt8) -> Bool {
      !(byte == 32 || byte == 9 || byte == 10 || byte == 13 || byte == 62 || byte == 47
        || byte == 61 || byte == 34 || byte == 39 || byte == 60)
    }
    func name() -> [UInt8] {
      let start = index
      while index < bytes.count, isNameByte(bytes[index]) { index += 1 }
      return Array(bytes[start..<index])
    }
    func note(_ name: [UInt8]) {
      if let colon = name.firstIndex(of: 58), colon > 0 {
        used.append((Array(name[..<colon]), line))
      }
    }
    while index < bytes.count {
      let byte = bytes[index]
      if byte == 10 { line += 1 }
      guard byte == 60 else {
        index += 1
        continue
      }
      let rest = bytes[(index + 1)...].prefix(8)
      if rest.starts(with: Array("![CDATA[".utf8)) {
        skip(past: Array("]]>".utf8))
      } else if rest.starts(with: Array("!--".utf8)) {
        skip(past: Array("-->".utf8))
      } else if rest.starts(with: [63]) {
        skip(past: Array("?>".utf8))
      } else if rest.starts(with: [33]) {
        skip(past: [62])
      } else {
        index += 1
        if index < bytes.count, bytes[index] == 47 { index += 1 }
        note(name())
        tag: while index < bytes.count {
          switch bytes[index] {
          case 62: break tag
          case 10:
            line += 1
            index += 1
          case 34, 39:
            let quote = bytes[index]
            index += 1
            skip(past: [quote])
          case 32, 9, 13, 47, 61:
            index += 1
          default:
            let attribute = name()
            if attribute.isEmpty {
              index += 1
            } else if attribute.starts(with: Array("xmlns:".utf8)) {
              declared.insert(Array(attribute.dropFirst(6)))
            } else {
              note(attribute)
            }
          }
        }
      }
    }
    return used.first { !declared.contains($0.0) }.map {
      (String(decoding: $0.0, as: UTF8.self), $0.1)
    }
  }
}
