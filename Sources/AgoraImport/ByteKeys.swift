import Foundation

/// A text as a dictionary key compared byte by byte: `String` keys hash and compare by canonical
/// equivalence, which normalises every non-ASCII text each time, and cost more than routing the
/// text again. Texts that differ only in normalisation are simply different keys.
struct TextKey: Hashable {
  var text: String

  static func == (left: TextKey, right: TextKey) -> Bool {
    var (left, right) = (left.text, right.text)
    return left.withUTF8 { leftBytes in
      right.withUTF8 { rightBytes in
        guard leftBytes.count == rightBytes.count else { return false }
        guard let leftStart = leftBytes.baseAddress, let rightStart = rightBytes.baseAddress else {
          return true
        }
        return memcmp(leftStart, rightStart, leftBytes.count) == 0
      }
    }
  }

  func hash(into hasher: inout Hasher) {
    var text = text
    text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
  }
}

/// A word's UTF-8 bytes as a dictionary key, hashed in one call rather than byte by byte.
struct WordKey: Hashable {
  var bytes: [UInt8]

  func hash(into hasher: inout Hasher) {
    bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
  }
}
