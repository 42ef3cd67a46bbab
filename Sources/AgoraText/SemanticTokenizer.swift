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
    if text.utf8.allSatisfy({ $0 < 0x80 }) {
      asciiTokens(text, into: &tokens)
      return tokens
    }
    let nfc = text.precomposedStringWithCanonicalMapping
    let lowered = nfc.lowercased().precomposedStringWithCanonicalMapping
    var current = String.UnicodeScalarView()
    for scalar in lowered.unicodeScalars {
      if isWordScalar(scalar) {
        current.append(scalar)
      } else if !current.isEmpty {
        tokens.append(String(current))
        current = String.UnicodeScalarView()
      }
    }
    if !current.isEmpty { tokens.append(String(current)) }
    return tokens
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
    let scalars = Array("<\(word)>".unicodeScalars)
    var ids: [Int] = []
    for length in lengths where length <= scalars.count {
      for start in 0...(scalars.count - length) {
        var hash: UInt32 = 0x811C_9DC5
        for scalar in scalars[start..<(start + length)] {
          for byte in String(scalar).utf8 {
            hash = (hash ^ UInt32(byte)) &* 0x0100_0193
          }
        }
        ids.append(Int(hash % UInt32(buckets)))
      }
    }
    return ids
  }

  private static func asciiTokens(_ text: String, into tokens: inout [String]) {
    var current: [UInt8] = []
    for byte in text.utf8 {
      switch byte {
      case 0x41...0x5A: current.append(byte + 0x20)
      case 0x61...0x7A, 0x30...0x39: current.append(byte)
      default:
        if !current.isEmpty {
          tokens.append(String(decoding: current, as: UTF8.self))
          current.removeAll(keepingCapacity: true)
        }
      }
    }
    if !current.isEmpty { tokens.append(String(decoding: current, as: UTF8.self)) }
  }

  private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
    isLetter(scalar) || scalar.properties.generalCategory == .decimalNumber
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
