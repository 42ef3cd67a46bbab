/// Scalar classes used by the tokenizer.
enum CharacterClass {
  /// Whether the scalar separates tokens.
  static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.isASCII { return scalar.value <= 0x20 || scalar.value == 0x7F }
    return scalar.properties.isWhitespace
  }

  /// Whether the scalar can be part of a word: letters, digits, combining marks, underscore.
  static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.isASCII {
      let value = scalar.value
      return (value >= 0x30 && value <= 0x39) || (value >= 0x41 && value <= 0x5A)
        || (value >= 0x61 && value <= 0x7A) || value == 0x5F
    }
    let properties = scalar.properties
    if properties.isEmojiPresentation { return false }
    return properties.isAlphabetic || properties.numericType != nil
      || properties.generalCategory == .nonspacingMark
  }

  /// Whether the scalar starts an emoji (pictographs and symbols shown as emoji).
  static func isEmoji(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    guard value >= 0x2190 else { return false }
    if value == 0xFE0F || value == 0x200D || (value >= 0x1F3FB && value <= 0x1F3FF) {
      return false
    }
    return scalar.properties.isEmoji
  }

  /// The punctuation token for the scalar, or `nil` when it is not kept.
  static func punctuation(_ scalar: Unicode.Scalar) -> String? {
    switch scalar {
    case "!", "?", ".", ",", ";", ":": return String(scalar)
    case "\u{2026}": return "..."
    case "\u{00A1}": return "!"
    case "\u{00BF}": return "?"
    default: return nil
    }
  }
}
