import Foundation

/// Turns an export's bytes into text: a UTF-8 or UTF-16 byte-order mark is honoured and removed;
/// without one, UTF-16 is recognised by its zero bytes, valid UTF-8 is read as UTF-8, and
/// anything else as Latin-1 (every byte is a Latin-1 character, so this never fails).
public enum TextDecoding {
  /// The text of `data`.
  public static func string(_ data: Data) -> String {
    let bytes = [UInt8](data.prefix(4))
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
      return String(decoding: data.dropFirst(3), as: UTF8.self)
    }
    if bytes.starts(with: [0xFF, 0xFE]) {
      return String(data: data.dropFirst(2), encoding: .utf16LittleEndian) ?? latin1(data)
    }
    if bytes.starts(with: [0xFE, 0xFF]) {
      return String(data: data.dropFirst(2), encoding: .utf16BigEndian) ?? latin1(data)
    }
    if bytes.count >= 2, bytes[1] == 0, bytes[0] != 0 {
      return String(data: data, encoding: .utf16LittleEndian) ?? latin1(data)
    }
    if bytes.count >= 2, bytes[0] == 0, bytes[1] != 0 {
      return String(data: data, encoding: .utf16BigEndian) ?? latin1(data)
    }
    return String(validatingUTF8Data: data) ?? latin1(data)
  }

  private static func latin1(_ data: Data) -> String {
    String(data.map { Character(Unicode.Scalar($0)) })
  }
}

extension String {
  /// The UTF-8 text of `data`, or `nil` when it is not valid UTF-8.
  fileprivate init?(validatingUTF8Data data: Data) {
    guard let text = String(bytes: data, encoding: .utf8) else { return nil }
    self = text
  }
}
