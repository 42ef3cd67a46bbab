import Foundation

/// The language and sentiment of one text, without themes.
public struct TextReading: Sendable, Hashable {
  /// The detected language.
  public var language: Language
  /// The text's sentiment.
  public var sentiment: Sentiment
  /// A key equal for near-identical texts (see ``TextAnalyzer/duplicateKey(_:)``).
  public var duplicateKey: String
}

extension TextAnalyzer {
  /// Language, sentiment and near-duplicate key of each text, on all cores, in input order.
  public func readings(_ texts: [String]) -> [TextReading] {
    let analyzer = sentiment
    return Parallel.map(count: texts.count, minimumChunk: 256) { range in
      let tokenizer = Tokenizer()
      let detector = LanguageDetector()
      return range.map { index in
        let tokens = tokenizer.tokens(texts[index])
        let language = detector.detect(tokens: tokens, raw: texts[index])
        return TextReading(
          language: language,
          sentiment: analyzer.analyze(tokens: tokens, language: language).overall,
          duplicateKey: Self.duplicateKey(texts[index]))
      }
    }
  }

  /// A key equal for texts that differ only in case, accents, punctuation, emoji and spacing:
  /// the letters and digits of the text, case- and diacritic-folded, in order.
  public static func duplicateKey(_ text: String) -> String {
    let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    return String(
      folded.unicodeScalars.filter { $0.properties.isAlphabetic || ("0"..."9").contains($0) }
        .map(Character.init))
  }
}
