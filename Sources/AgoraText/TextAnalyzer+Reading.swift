import Foundation

/// The language and sentiment of one text, without themes, and what later steps need from its
/// tokens (terms for themes, folded words for positions), so that a text is tokenised once.
public struct TextReading: Sendable, Hashable {
  /// The detected language.
  public var language: Language
  /// The text's sentiment.
  public var sentiment: Sentiment
  /// A key equal for near-identical texts (see ``TextAnalyzer/duplicateKey(_:)``).
  public var duplicateKey: String
  /// The folded words stemmed in French, as ``PositionMatcher/positions(words:)`` takes them.
  public var matchWords: [String]
  /// The analysis terms, read in the detected language (English when it is `.other`).
  var terms: [Term]
  /// For a `.other` text, its terms read in French (used when its corpus is mostly French).
  var frenchTerms: [Term]?
}

/// The readings of many texts: each distinct text read once.
public struct TextReadings: Sendable {
  /// The distinct texts, in order of first appearance.
  public let distinct: [String]
  /// For each input text, the index of its distinct text.
  public let slots: [Int]
  /// The reading of each distinct text.
  public let readings: [TextReading]

  /// The reading of input text `index`.
  public subscript(index: Int) -> TextReading { readings[slots[index]] }
}

extension TextAnalyzer {
  /// Language, sentiment and near-duplicate key of each text, on all cores, in input order.
  /// Each distinct text is read once.
  public func readings(_ texts: [String]) -> [TextReading] {
    let read = read(texts)
    return read.slots.map { read.readings[$0] }
  }

  /// Reads every distinct text once (texts are equal when their UTF-8 bytes are), on all
  /// cores; results do not depend on the number of cores.
  public func read(_ texts: [String]) -> TextReadings {
    let analyzer = sentiment
    let distinct = Distinct(texts.map(ExactText.init))
    let unique = distinct.values.map(\.text)
    let readings = Parallel.map(count: unique.count, minimumChunk: 256) { range in
      let reader = TokenReader()
      let french = Stemmer(language: .french)
      return range.map { index -> TextReading in
        let text = unique[index]
        let read = reader.read(text)
        let words = Self.foldedWords(text)
        return TextReading(
          language: read.language,
          sentiment: analyzer.analyze(tokens: read.tokens, language: read.language).overall,
          duplicateKey: words.joined(),
          matchWords: words.map { french?.stem($0) ?? $0 },
          terms: read.terms, frenchTerms: read.frenchTerms)
      }
    }
    return TextReadings(distinct: unique, slots: distinct.slots, readings: readings)
  }

  /// A key equal for texts that differ only in case, accents, punctuation, emoji and spacing:
  /// the letters and digits of the text, case- and diacritic-folded, in order.
  public static func duplicateKey(_ text: String) -> String {
    foldedWords(text).joined()
  }

  /// The runs of letters and digits of `text`, case- and diacritic-folded, in order.
  static func foldedWords(_ text: String) -> [String] {
    var words: [String] = []
    var bytes: [UInt8] = []
    for scalar in Folding.folded(text) {
      let isWord =
        scalar.isASCII
        ? (scalar >= "a" && scalar <= "z") || (scalar >= "0" && scalar <= "9")
          || (scalar >= "A" && scalar <= "Z")
        : scalar.properties.isAlphabetic
      if isWord {
        UTF8.encode(scalar) { bytes.append($0) }
      } else if !bytes.isEmpty {
        words.append(String(decoding: bytes, as: UTF8.self))
        bytes.removeAll(keepingCapacity: true)
      }
    }
    if !bytes.isEmpty { words.append(String(decoding: bytes, as: UTF8.self)) }
    return words
  }
}

/// A string compared and hashed by its UTF-8 bytes: faster than `String`'s Unicode-aware
/// equality, and two texts that differ in their bytes are read apart.
struct ExactText: Hashable {
  let text: String

  static func == (left: ExactText, right: ExactText) -> Bool {
    var a = left.text
    var b = right.text
    return a.withUTF8 { x in
      b.withUTF8 { y in
        guard x.count == y.count, let p = x.baseAddress, let q = y.baseAddress else {
          return x.count == y.count
        }
        return memcmp(p, q, x.count) == 0
      }
    }
  }

  func hash(into hasher: inout Hasher) {
    var text = text
    text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
  }
}
