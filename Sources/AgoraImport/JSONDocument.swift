import Foundation

/// Parses JSON with Foundation and turns its errors into file:line:column messages.
enum JSONDocument {
  /// The parsed value of `data` (an array or object), or a `.malformed` error at the line and
  /// column where parsing stopped; `lineOffset` is added to the line for JSON Lines.
  static func parse(
    _ data: Data, file: String, lineOffset: Int = 0, hint: String
  ) throws(ImportError) -> Any {
    do {
      return try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
    } catch {
      let offset = byteOffset(in: "\(error)") ?? data.count
      let (line, column) = position(of: offset, in: data)
      throw .malformed(
        file: file, line: line + lineOffset, column: column, expected: "invalid JSON", hint: hint)
    }
  }

  /// The byte offset Foundation reports as "around character N", if any.
  private static func byteOffset(in message: String) -> Int? {
    guard let range = message.range(of: "character ") else { return nil }
    return Int(message[range.upperBound...].prefix { $0.isNumber })
  }

  /// The 1-based line and column of byte `offset`.
  static func position(of offset: Int, in data: Data) -> (line: Int, column: Int) {
    var line = 1
    var column = 1
    for byte in data.prefix(offset) {
      if byte == 10 {
        line += 1
        column = 1
      } else if byte & 0xC0 != 0x80 {
        column += 1
      }
    }
    return (line, column)
  }
}
