import Foundation

/// Case and diacritic folding (`é` → `e`, `É` → `e`), as Foundation's
/// `folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)` gives it.
///
/// Foundation is slow on many short strings, so scalars up to U+024F (the Latin letters) and a
/// few typographic marks are folded through a table made by Foundation itself, one scalar at a
/// time: these fold alone, never with a neighbour. A text holding any other scalar (a
/// combining accent, another script) is folded by Foundation.
enum Folding {
  /// The case- and diacritic-folded scalars of `text`.
  static func folded(_ text: String) -> [Unicode.Scalar] {
    var output: [Unicode.Scalar] = []
    output.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      if scalar.isASCII {
        let value = scalar.value
        output.append(value >= 0x41 && value <= 0x5A ? Unicode.Scalar(UInt8(value + 0x20)) : scalar)
      } else if let folded = table(scalar) {
        output.append(contentsOf: folded)
      } else {
        return Array(
          text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .unicodeScalars)
      }
    }
    return output
  }

  /// `text` with its diacritics removed (case kept), as Foundation's
  /// `folding(options: .diacriticInsensitive, locale: nil)` gives it.
  static func withoutDiacritics(_ text: String) -> String {
    var output = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      if scalar.isASCII {
        output.append(scalar)
      } else if scalar.value < UInt32(latinKeepingCase.count) {
        output.append(contentsOf: latinKeepingCase[Int(scalar.value)])
      } else {
        return text.folding(options: .diacriticInsensitive, locale: nil)
      }
    }
    return String(output)
  }

  /// The folding of one scalar from the table, or `nil` when it is not in it.
  static func table(_ scalar: Unicode.Scalar) -> [Unicode.Scalar]? {
    if scalar.value < UInt32(latin.count) { return latin[Int(scalar.value)] }
    return marks[scalar]
  }

  private static func foundation(
    _ scalar: Unicode.Scalar,
    _ options: String.CompareOptions = [.caseInsensitive, .diacriticInsensitive]
  ) -> [Unicode.Scalar] {
    Array(String(scalar).folding(options: options, locale: nil).unicodeScalars)
  }

  private static let latin: [[Unicode.Scalar]] = (0..<0x250).map { value in
    Unicode.Scalar(UInt32(value)).map { foundation($0) } ?? []
  }

  private static let latinKeepingCase: [[Unicode.Scalar]] = (0..<0x250).map { value in
    Unicode.Scalar(UInt32(value)).map { foundation($0, .diacriticInsensitive) } ?? []
  }

  /// Typographic apostrophes, quotes, dashes, ellipsis, euro and no-break spaces.
  private static let marks: [Unicode.Scalar: [Unicode.Scalar]] = Dictionary(
    uniqueKeysWithValues: [
      0x2018, 0x2019, 0x201C, 0x201D, 0x2013, 0x2014, 0x2026, 0x20AC, 0x202F, 0x2009,
    ].compactMap(Unicode.Scalar.init).map { ($0, foundation($0)) })
}
