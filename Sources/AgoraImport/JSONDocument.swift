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

extension JSONDocument {
  /// A JSON object whose values are all strings, whole numbers of at most 15 digits, booleans or
  /// null, read straight from its UTF-8 bytes without Foundation. Records are nearly always this
  /// flat, and Foundation's boxing of every value costs more than the rest of an import.
  struct FlatObject {
    /// One value; a whole number of at most 15 digits is exact in a `Double`, as Foundation
    /// reads it.
    enum Value {
      case string(String)
      case integer(Int)
      case boolean(Bool)
      case null
    }

    /// The keys, sorted, and the value of each.
    private(set) var keys: [String]
    private var values: [Value]

    /// The object `utf8` holds, or `nil` when it is anything else — nested values, other numbers,
    /// duplicate keys, lone surrogates, invalid UTF-8, invalid JSON — so that the caller parses
    /// it with `parse` and gets exactly Foundation's values and errors.
    init?(utf8: UnsafeBufferPointer<UInt8>) {
      guard UTF8Validation.isValid(utf8) else { return nil }
      var reader = FlatReader(bytes: utf8)
      guard reader.object() else { return nil }
      (keys, values) = (reader.keys, reader.values)
      if keys.indices.dropFirst().contains(where: { keys[$0 - 1] >= keys[$0] }) {
        let order = keys.indices.sorted { keys[$0] < keys[$1] }
        keys = order.map { reader.keys[$0] }
        values = order.map { reader.values[$0] }
        // Foundation keeps one of two equal keys; which one is its business.
        for index in keys.indices.dropFirst() where keys[index - 1] == keys[index] { return nil }
      }
    }

    /// The value under `key`, if any.
    subscript(key: String) -> Value? {
      keys.firstIndex(of: key).map { values[$0] }
    }
  }
}

/// Reads one flat JSON object from well-formed UTF-8; every method fails where the bytes stray
/// from what `FlatObject` takes.
private struct FlatReader {
  let bytes: UnsafeBufferPointer<UInt8>
  var index = 0
  /// The object's keys and values in the order read.
  var keys: [String] = []
  var values: [JSONDocument.FlatObject.Value] = []

  private var byte: UInt8? { index < bytes.count ? bytes[index] : nil }

  /// Reads the object into `keys` and `values`; whether it was one.
  mutating func object() -> Bool {
    skipSpace()
    guard byte == UInt8(ascii: "{") else { return false }
    index += 1
    skipSpace()
    if byte == UInt8(ascii: "}") {
      index += 1
    } else {
      while true {
        guard byte == UInt8(ascii: "\""), let key = string() else { return false }
        skipSpace()
        guard byte == UInt8(ascii: ":") else { return false }
        index += 1
        skipSpace()
        guard let value = value() else { return false }
        keys.append(key)
        values.append(value)
        skipSpace()
        if byte == UInt8(ascii: ",") {
          index += 1
          skipSpace()
        } else if byte == UInt8(ascii: "}") {
          index += 1
          break
        } else {
          return false
        }
      }
    }
    skipSpace()
    return index == bytes.count
  }

  private mutating func skipSpace() {
    while let byte, byte == 32 || byte == 10 || byte == 13 || byte == 9 { index += 1 }
  }

  private mutating func value() -> JSONDocument.FlatObject.Value? {
    switch byte ?? 0 {
    case UInt8(ascii: "\""): string().map { .string($0) }
    case UInt8(ascii: "t"): literal("true") ? .boolean(true) : nil
    case UInt8(ascii: "f"): literal("false") ? .boolean(false) : nil
    case UInt8(ascii: "n"): literal("null") ? .null : nil
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): integer()
    default: nil
    }
  }

  private mutating func literal(_ word: StaticString) -> Bool {
    let count = word.utf8CodeUnitCount
    guard index + count <= bytes.count else { return false }
    for offset in 0..<count where bytes[index + offset] != word.utf8Start[offset] { return false }
    index += count
    return true
  }

  /// A whole number of 1 to 15 digits with no leading zero; not `-0`, which Foundation may read
  /// as a `Double`.
  private mutating func integer() -> JSONDocument.FlatObject.Value? {
    let negative = byte == UInt8(ascii: "-")
    if negative { index += 1 }
    let start = index
    var value = 0
    while let byte, byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") {
      value = value * 10 + Int(byte - UInt8(ascii: "0"))
      index += 1
      if index - start > 15 { return nil }
    }
    let digits = index - start
    guard digits > 0, digits == 1 || bytes[start] != UInt8(ascii: "0") else { return nil }
    if negative && value == 0 { return nil }
    return .integer(negative ? -value : value)
  }

  /// The string that starts at the opening quote under `index`.
  private mutating func string() -> String? {
    index += 1
    let start = index
    while let byte {
      if byte == UInt8(ascii: "\"") {
        let text = String(
          decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
        index += 1
        return text
      }
      if byte == UInt8(ascii: "\\") { return escapedString(from: start) }
      if byte < 0x20 { return nil }
      index += 1
    }
    return nil
  }

  private mutating func escapedString(from start: Int) -> String? {
    var utf8 = Array(bytes[start..<index])
    while let byte {
      index += 1
      switch byte {
      case UInt8(ascii: "\""): return String(decoding: utf8, as: UTF8.self)
      case UInt8(ascii: "\\"):
        guard let escaped = self.byte else { return nil }
        index += 1
        switch escaped {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): utf8.append(escaped)
        case UInt8(ascii: "b"): utf8.append(8)
        case UInt8(ascii: "f"): utf8.append(12)
        case UInt8(ascii: "n"): utf8.append(10)
        case UInt8(ascii: "r"): utf8.append(13)
        case UInt8(ascii: "t"): utf8.append(9)
        case UInt8(ascii: "u"):
          guard let scalar = unicodeEscape() else { return nil }
          UTF8.encode(scalar) { utf8.append($0) }
        default: return nil
        }
      case ..<0x20: return nil
      default: utf8.append(byte)
      }
    }
    return nil
  }

  /// The scalar of `\uXXXX` after its `u`, or of a surrogate pair; `nil` for a lone surrogate.
  private mutating func unicodeEscape() -> Unicode.Scalar? {
    guard let unit = hex() else { return nil }
    guard (0xD800..<0xDC00).contains(unit) else { return Unicode.Scalar(unit) }
    guard index + 2 <= bytes.count, bytes[index] == UInt8(ascii: "\\"),
      bytes[index + 1] == UInt8(ascii: "u")
    else { return nil }
    index += 2
    guard let low = hex(), (0xDC00..<0xE000).contains(low) else { return nil }
    return Unicode.Scalar(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00))
  }

  private mutating func hex() -> UInt32? {
    guard index + 4 <= bytes.count else { return nil }
    var value: UInt32 = 0
    for _ in 0..<4 {
      guard let digit = Character(Unicode.Scalar(bytes[index])).hexDigitValue else { return nil }
      value = value << 4 | UInt32(digit)
      index += 1
    }
    return value
  }
}
