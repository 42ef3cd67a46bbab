/// Tokenises a text once and reads from its tokens what the pipeline needs: its language and
/// its analysis terms (see ``TermExtractor``).
///
/// A `.other` text is read as English, and in French too, so that a corpus that is mostly
/// French can read it in French: one word then gives one stem across the corpus.
/// Holds stemmers, so it is not `Sendable`: make one per task.
final class TokenReader {
  private let tokenizer = Tokenizer()
  private let detector = LanguageDetector()
  private let extractor = TermExtractor()

  /// What one text gives.
  struct Read {
    /// The tokens.
    var tokens: [Token]
    /// The detected language.
    var language: Language
    /// The terms read in `language` (English when `.other`).
    var terms: [Term]
    /// For a `.other` text, the terms read in French.
    var frenchTerms: [Term]?
  }

  /// Tokenises `text` and reads its language and terms.
  func read(_ text: String) -> Read {
    let tokens = tokenizer.tokens(text)
    let language = detector.detect(tokens: tokens, raw: text)
    let reading = language == .other ? .english : language
    return Read(
      tokens: tokens, language: language,
      terms: extractor.terms(tokens: tokens, language: reading),
      frenchTerms: language == .other ? extractor.terms(tokens: tokens, language: .french) : nil)
  }
}
