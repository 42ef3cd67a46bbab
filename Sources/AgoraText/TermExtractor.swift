/// One analysis term of a text: its key (stem, or `~concept`) and the word it came from.
public struct Term: Sendable, Hashable {
  /// The key used for vectors: a Snowball stem, or a `~concept` from ``ConceptMap``.
  public var key: String
  /// The lower-case word as written (for labels).
  public var surface: String
  /// Whether a stop word or a dropped token stood between this term and the previous one.
  public var followsGap: Bool

  /// Creates a term.
  public init(key: String, surface: String, followsGap: Bool = false) {
    self.key = key
    self.surface = surface
    self.followsGap = followsGap
  }
}

/// Turns text into analysis terms: tokens, stop words removed, bilingual concepts applied,
/// stems through Snowball.
///
/// Keeps words and numbers of at least 2 characters (numbers of 4 digits or fewer are kept,
/// longer numbers dropped); drops punctuation, URLs, mentions, emoji and emoticons.
/// Holds one stemmer per language and so is not `Sendable`: make one per task.
public final class TermExtractor {
  private let tokenizer = Tokenizer(keepsSpecialTokens: false)
  private let french = Stemmer(language: .french)
  private let english = Stemmer(language: .english)
  /// Whether ``ConceptMap`` is applied. Default `true`.
  public let usesConcepts: Bool

  /// Creates an extractor.
  public init(usesConcepts: Bool = true) {
    self.usesConcepts = usesConcepts
  }

  /// The terms of `text` read as `language`.
  public func terms(_ text: String, language: Language) -> [Term] {
    terms(tokens: tokenizer.tokens(text), language: language)
  }

  /// The terms of already tokenised text read as `language`.
  public func terms(tokens: [Token], language: Language) -> [Term] {
    let stopWords = StopWords.list(for: language)
    let stemmer: Stemmer? =
      switch language {
      case .french: french
      case .english: english
      case .other: nil
      }
    var output: [Term] = []
    output.reserveCapacity(tokens.count)
    var gap = false
    for token in tokens {
      guard token.kind == .word || token.kind == .number else {
        gap = true
        continue
      }
      let word = token.text
      if token.isElided || word.count < 2 || stopWords.contains(word) {
        gap = true
        continue
      }
      if token.kind == .number && word.count > 4 {
        gap = true
        continue
      }
      let key: String
      if usesConcepts, let concept = ConceptMap.concepts[word] {
        key = concept
      } else if let stemmer, token.kind == .word {
        key = stemmer.stem(word)
      } else {
        key = word
      }
      output.append(Term(key: key, surface: word, followsGap: gap))
      gap = false
    }
    return output
  }
}

/// Term keys of a text, for routing comments to questions.
///
/// Stop words removed, bilingual concepts applied, stems through Snowball; when `language` is
/// `nil` it is detected. Creates its own stemmers, so it is safe to call from any task.
public func analysisTerms(of text: String, language: Language? = nil) -> [String] {
  let tokens = Tokenizer(keepsSpecialTokens: false).tokens(text)
  let resolved = language ?? LanguageDetector().detect(tokens: tokens, raw: text)
  return TermExtractor().terms(tokens: tokens, language: resolved).map(\.key)
}
