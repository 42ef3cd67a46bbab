/// Lexicon-and-rules sentiment in the manner of VADER (Hutto & Gilbert 2014), for French and
/// English.
///
/// Each word takes its lexicon valence v (−4 … 4; idioms of two words first). In English (and
/// other non-French text) a positive lexicon valence counts ×0.75 (VADER's lexicon leans
/// positive on review text), `too` before another word counts −1 (excess: `too long`), and
/// `like` opening a sentence or after a verb of seeming or a copula (`feels like`, `is like`)
/// compares and counts 0; a sentence with a negator and no other valence (`the dial is not
/// backlit`) sums to −0.5, a mild complaint. Then:
/// a word in capitals inside a text not all in capitals adds ±0.733; each booster among the 3
/// words before adds ±0.293·f (f = 1, 0.95, 0.9 by distance; diminishers subtract); a negator
/// among the 3 words before (`ne pas jamais rien aucun sans`, `not never n't without`…)
/// multiplies by −0.74 once; inside a sentence, words before the last contrast word
/// (`mais pourtant cependant`, `but however yet`) count ×0.5 and words after ×1.5.
/// A sentence's sum s gains ±0.292 per `!` (at most 4), and ±0.18 per `?` when there are 2 or 3.
/// The score is s / √(s² + 15) in [−1, 1]; the text's score uses the sum over its sentences.
/// Label: `pos` when score ≥ the language's threshold, `neg` when ≤ its opposite, else `neu`;
/// default threshold 0.05 (VADER's) for English and other text, 0.12 for French (VADER-FR's
/// translated lexicon gives everyday French words small valences, which a wider neutral band
/// absorbs).
public struct SentimentAnalyzer: Sendable {
  /// The lexicon used.
  public var lexicon: SentimentLexicon
  /// The score beyond which an English (or other) text is positive or negative. Default 0.05.
  public var threshold: Double
  /// The score beyond which a French text is positive or negative. Default 0.12.
  public var frenchThreshold: Double

  /// Creates an analyzer.
  public init(
    lexicon: SentimentLexicon = .standard, threshold: Double = 0.05,
    frenchThreshold: Double = 0.12
  ) {
    self.lexicon = lexicon
    self.threshold = threshold
    self.frenchThreshold = frenchThreshold
  }

  /// The threshold used for text in `language`.
  public func threshold(for language: Language) -> Double {
    language == .french ? frenchThreshold : threshold
  }

  /// The sentiment of `text`; its language is detected when `language` is `nil`.
  public func analyze(_ text: String, language: Language? = nil) -> TextSentiment {
    let tokens = Tokenizer().tokens(text)
    let resolved = language ?? LanguageDetector().detect(tokens: tokens, raw: text)
    return analyze(tokens: tokens, language: resolved)
  }

  /// The sentiment of already tokenised text in `language`.
  public func analyze(tokens: [Token], language: Language) -> TextSentiment {
    let shouting = tokens.filter { $0.kind == .word }.allSatisfy(\.isAllCaps)
    let threshold = threshold(for: language)
    var sentences: [Sentiment] = []
    var total = 0.0
    var current: [Token] = []
    func close(_ marks: [Token]) {
      let hasContent = current.contains { $0.kind != .punctuation }
      guard hasContent else {
        current = []
        return
      }
      var sum = sentenceSum(current, language: language, shouting: shouting)
      sum += emphasis(marks, sum)
      total += sum
      sentences.append(Sentiment(score: Self.normalise(sum), threshold: threshold))
      current = []
    }
    var index = 0
    while index < tokens.count {
      let token = tokens[index]
      if token.kind == .punctuation, [".", "!", "?", ";", "..."].contains(token.text) {
        var marks: [Token] = []
        while index < tokens.count, tokens[index].kind == .punctuation {
          marks.append(tokens[index])
          index += 1
        }
        close(marks)
        continue
      }
      current.append(token)
      index += 1
    }
    close([])
    return TextSentiment(
      overall: Sentiment(score: Self.normalise(total), threshold: threshold),
      sentences: sentences)
  }

  /// s / √(s² + 15): VADER's normalisation of a valence sum to [−1, 1].
  public static func normalise(_ sum: Double) -> Double {
    sum / (sum * sum + 15).squareRoot()
  }

  private func emphasis(_ marks: [Token], _ sum: Double) -> Double {
    guard sum != 0 else { return 0 }
    let exclamations = marks.filter { $0.text == "!" }.count
    let questions = marks.filter { $0.text == "?" }.count
    var amount = Double(min(exclamations, 4)) * 0.292
    if questions > 1 { amount += questions <= 3 ? Double(questions) * 0.18 : 0.96 }
    return sum > 0 ? amount : -amount
  }

  /// The valence English rules give the word at `index` instead of its lexicon valence:
  /// `too` before another word, `like` as a comparison; `nil` elsewhere.
  private func englishValence(_ words: [Token], at index: Int, language: Language) -> Double? {
    guard language != .french else { return nil }
    switch words[index].text {
    case "too":
      return index + 1 < words.count && words[index + 1].kind == .word
        ? SentimentRules.excess : 0
    case "like":
      return index == 0 || SentimentRules.comparisonVerbs.contains(words[index - 1].text)
        ? 0 : nil
    default: return nil
    }
  }

  private func sentenceSum(_ tokens: [Token], language: Language, shouting: Bool) -> Double {
    let words = tokens.filter { $0.kind != .punctuation }
    var valences = [Double](repeating: 0, count: words.count)
    var skip = Set<Int>()
    var contrastAt: Int?
    for (index, token) in words.enumerated() {
      if SentimentRules.contrasts.contains(token.text) { contrastAt = index }
      if skip.contains(index) { continue }
      var value: Double
      if index + 1 < words.count, SentimentRules.idiomStarts.contains(token.text),
        let idiom = SentimentRules.idioms[token.text + " " + words[index + 1].text]
      {
        valences[index] = idiom
        skip.insert(index + 1)
        continue
      }
      switch token.kind {
      case .emoji: value = SentimentRules.emoji[token.text] ?? 0
      case .emoticon: value = Emoticons.valence[token.text] ?? 0
      case .word:
        if SentimentRules.boosters[token.text] != nil
          || SentimentRules.negators.contains(token.text)
        {
          continue
        }
        value =
          englishValence(words, at: index, language: language)
          ?? lexicon.valence(token.text, language: language) ?? 0
        if value > 0, language != .french { value *= SentimentRules.englishPositiveScale }
      default: continue
      }
      guard value != 0 else { continue }
      if token.isAllCaps && !shouting { value += value > 0 ? 0.733 : -0.733 }
      var negated = false
      for distance in 1...3 where index - distance >= 0 {
        let previous = words[index - distance]
        if SentimentRules.contrasts.contains(previous.text) { break }
        if let direction = SentimentRules.boosters[previous.text] {
          var step = SentimentRules.boost * direction * [1, 0.95, 0.9][distance - 1]
          if previous.isAllCaps && !shouting { step += 0.733 * direction }
          value += value > 0 ? step : -step
        }
        if SentimentRules.negators.contains(previous.text) { negated = true }
      }
      if negated { value *= SentimentRules.negationFactor }
      valences[index] = value
    }
    if language != .french, valences.allSatisfy({ $0 == 0 }),
      words.contains(where: { SentimentRules.negators.contains($0.text) })
    {
      return SentimentRules.bareNegation
    }
    if let contrastAt {
      for index in valences.indices {
        if index < contrastAt {
          valences[index] *= 0.5
        } else if index > contrastAt {
          valences[index] *= 1.5
        }
      }
    }
    return valences.reduce(0, +)
  }
}
