/// Splits delimited text (RFC 4180 and the usual deviations) into rows of fields, keeping the line
/// each row starts on.
///
/// Written here rather than taken from CSV.swift because errors and skipped rows must name the
/// source line, and a quoted field may span lines, which CSV.swift's reader does not report.
/// Accepts LF, CRLF and CR line ends; `""` inside quotes is one quote; a quote inside an
/// unquoted field is kept as written.
struct DelimitedParser {
  private let bytes: [UInt8]
  private let delimiter: UInt8
  private var index: Int
  private var line = 1

  /// A parser over `text` from its start, or after a `sep=X` line when it has one.
  init(text: String, delimiter: UInt8?) {
    var bytes = Array(text.utf8)
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
    self.bytes = bytes
    index = 0
    var chosen = delimiter
    if bytes.count >= 5, bytes[0...3].elementsEqual(Array("sep=".utf8)) {
      chosen = chosen ?? bytes[4]
      index = 5
      while index < bytes.count, bytes[index] != 10, bytes[index] != 13 { index += 1 }
      if index < bytes.count, bytes[index] == 13 { index += 1 }
      if index < bytes.count, bytes[index] == 10 { index += 1 }
      line = 2
    }
    self.delimiter = chosen ?? Self.guessDelimiter(bytes[index...])
  }

  /// The delimiter among `,` `;` tab `|` seen most often in the first line, outside quotes.
  static func guessDelimiter(_ bytes: ArraySlice<UInt8>) -> UInt8 {
    var counts: [UInt8: Int] = [44: 0, 59: 0, 9: 0, 124: 0]
    var quoted = false
    for byte in bytes {
      if byte == 34 { quoted.toggle() }
      if !quoted, byte == 10 || byte == 13 { break }
      if !quoted, let count = counts[byte] { counts[byte] = count + 1 }
    }
    return [44, 59, 9, 124].max { (counts[$0] ?? 0) < (counts[$1] ?? 0) } ?? 44
  }

  /// The next row with the line it starts on, or `nil` at the end; throws when a quoted field
  /// is never closed.
  mutating func next(file: String) throws(ImportError) -> (line: Int, fields: [String])? {
    while index < bytes.count, bytes[index] == 10 || bytes[index] == 13 { newline() }
    guard index < bytes.count else { return nil }
    let start = line
    var fields: [String] = []
    var field: [UInt8] = []
    var fieldStart = index
    var quotedField = false
    while index < bytes.count {
      let byte = bytes[index]
      if byte == 34, index == fieldStart {
        let quoteLine = line
        index += 1
        quotedField = true
        while true {
          guard index < bytes.count else {
            throw .malformed(
              file: file, line: quoteLine, column: nil,
              expected: "a quoted field is never closed",
              hint: "close the quote with \", or double quotes inside it (\"\")")
          }
          let inner = bytes[index]
          if inner == 34 {
            if index + 1 < bytes.count, bytes[index + 1] == 34 {
              field.append(34)
              index += 2
              continue
            }
            index += 1
            break
          }
          if inner == 10 || (inner == 13 && !(index + 1 < bytes.count && bytes[index + 1] == 10)) {
            line += 1
          }
          field.append(inner)
          index += 1
        }
        continue
      }
      if byte == delimiter {
        fields.append(Self.string(field, bytes: bytes, from: fieldStart, to: index, quotedField))
        field.removeAll(keepingCapacity: true)
        quotedField = false
        index += 1
        fieldStart = index
        continue
      }
      if byte == 10 || byte == 13 { break }
      if quotedField { field.append(byte) }
      index += 1
    }
    fields.append(Self.string(field, bytes: bytes, from: fieldStart, to: index, quotedField))
    if index < bytes.count { newline() }
    return (start, fields)
  }

  private static func string(
    _ field: [UInt8], bytes: [UInt8], from start: Int, to end: Int, _ quoted: Bool
  ) -> String {
    quoted
      ? String(decoding: field, as: UTF8.self)
      : String(decoding: bytes[start..<end], as: UTF8.self)
  }

  private mutating func newline() {
    if bytes[index] == 13, index + 1 < bytes.count, bytes[index + 1] == 10 { index += 1 }
    index += 1
    line += 1
  }
}
