import Foundation

/// The tokeniser of the semantic word table, identical to the one in
/// `Resources/vectors/make_vectors.py` (a golden file checks both sides).
///
/// A text is NFC-normalised, lower-cased and normalised again; a token is a maximal run of
/// letters (general category L*) and decimal digits (Nd); everything else separates tokens,
/// so "l'homme" gives "l", "homme". Tokens without a letter are not embedded.
enum SemanticTokenizer {
  /// The tokens of `text`.
  static func tokens(_ text: String) -> [String] {
    var tokens: [String] = []
    forEachToken(text) { token, _ in tokens.append(String(decoding: token, as: UTF8.self)) }
    return tokens
  }

  /// Calls `body` with the UTF-8 bytes of each token of `text`, in order, and whether the
  /// token holds a letter; the bytes are valid only during the call.
  static func forEachToken(
    _ text: String, _ body: (UnsafeBufferPointer<UInt8>, Bool) -> Void
  ) {
    if text.utf8.allSatisfy({ $0 < 0x80 }) {
      asciiTokens(text, body)
      return
    }
    let nfc = isComposed(text) ? text : text.precomposedStringWithCanonicalMapping
    var lowered = nfc.lowercased()
    if !isComposed(lowered) { lowered = lowered.precomposedStringWithCanonicalMapping }
    let bytes = Array(lowered.utf8)
    bytes.withUnsafeBufferPointer { all in
      var offset = 0
      var start: Int?
      var letter = false
      for scalar in lowered.unicodeScalars {
        if isWordScalar(scalar) {
          if start == nil {
            start = offset
            letter = false
          }
          if !letter && isLetter(scalar) { letter = true }
        } else if let first = start {
          body(UnsafeBufferPointer(rebasing: all[first..<offset]), letter)
          start = nil
        }
        offset += UTF8.width(scalar)
      }
      if let first = start { body(UnsafeBufferPointer(rebasing: all[first..<offset]), letter) }
    }
  }

  /// Whether a token holds at least one letter (only those are embedded).
  static func hasLetter(_ token: String) -> Bool {
    token.unicodeScalars.contains { isLetter($0) }
  }

  /// The n-gram bucket ids of a word: n-grams of 3…5 code points of "<word>", each hashed
  /// with FNV-1a (32 bits) over its UTF-8 bytes, modulo `buckets`; in order, duplicates kept.
  static func buckets(
    of word: String, buckets: Int, lengths: ClosedRange<Int> = 3...5
  ) -> [Int] {
    let marked = "<\(word)>"
    let bytes = Array(marked.utf8)
    // Byte offset of every scalar boundary, so that an n-gram of code points is a byte range.
    var bounds = [0]
    for scalar in marked.unicodeScalars {
      bounds.append(bounds[bounds.count - 1] + UTF8.width(scalar))
    }
    let count = bounds.count - 1
    var ids: [Int] = []
    ids.reserveCapacity(lengths.count * count)
    for length in lengths where length <= count {
      for first in 0...(count - length) {
        var hash: UInt32 = 0x811C_9DC5
        for byte in bytes[bounds[first]..<bounds[first + length]] {
          hash = (hash ^ UInt32(byte)) &* 0x0100_0193
        }
        ids.append(Int(hash % UInt32(buckets)))
      }
    }
    return ids
  }

  private static func asciiTokens(
    _ text: String, _ body: (UnsafeBufferPointer<UInt8>, Bool) -> Void
  ) {
    var copy = text
    copy.withUTF8 { source in
      withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(1, source.count)) { lowered in
        var length = 0
        var letter = false
        func flush() {
          if length > 0 { body(UnsafeBufferPointer(rebasing: lowered[0..<length]), letter) }
          length = 0
          letter = false
        }
        for byte in source {
          switch byte {
          case 0x41...0x5A:
            lowered[length] = byte + 0x20
            length += 1
            letter = true
          case 0x61...0x7A:
            lowered[length] = byte
            length += 1
            letter = true
          case 0x30...0x39:
            lowered[length] = byte
            length += 1
          default:
            flush()
          }
        }
        flush()
      }
    }
  }

  /// Whether `text` is surely NFC already, so that normalising (slow, through Foundation) can
  /// be skipped: below U+0300 no scalar changes under NFC and none combines; general
  /// punctuation from U+2002, the currency signs, miscellaneous symbols and dingbats, the
  /// variation selectors and the emoji planes have no canonical decomposition, a combining
  /// class of 0, and are part of no canonical composition either (checked against Unicode 14).
  private static func isComposed(_ text: String) -> Bool {
    text.unicodeScalars.allSatisfy { scalar in
      let value = scalar.value
      return value < 0x300 || (0x2002...0x20CF).contains(value)
        || (0x2600...0x27BF).contains(value) || (0xFE00...0xFE0F).contains(value)
        || (0x1F000...0x1FAFF).contains(value)
    }
  }

  private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.isASCII { return isLetter(scalar) || (0x30...0x39).contains(scalar.value) }
    return isLetter(scalar) || scalar.properties.generalCategory == .decimalNumber
  }

  private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.isASCII {
      let value = scalar.value
      return (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)
    }
    switch scalar.properties.generalCategory {
    case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter:
      return true
    default:
      return false
    }
  }
}
