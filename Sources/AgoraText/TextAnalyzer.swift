/// What Agora learns from one text.
public struct TextInsight: Sendable, Hashable, Codable {
  /// The detected language.
  public var language: Language
  /// The text's sentiment (per sentence too).
  public var sentiment: TextSentiment
  /// The id of the text's theme, or `nil` when it has no known term.
  public var theme: Int?
}

/// A theme with its mood and language mix.
public struct ThemeSummary: Sendable, Hashable, Codable {
  /// The theme (id, label, size, members, representatives).
  public var theme: Theme
  /// The mean sentiment score of its members, in [−1, 1].
  public var mood: Double
  /// How many members are in each language.
  public var languages: [Language: Int]
}

/// The result of ``TextAnalyzer/analyze(_:themeCount:)``.
public struct TextAnalysisResult: Sendable {
  /// One insight per input text, in input order.
  public var texts: [TextInsight]
  /// The themes, largest first.
  public var themes: [ThemeSummary]
  /// The model-selection score of each number of themes tried (empty when k was forced).
  public var selectionScores: [Int: Double]
}

/// The façade of the text pipeline: language, sentiment and themes of many texts.
///
/// Tokenising, language detection, terms and sentiment run in chunks on all cores; results do
/// not depend on the number of cores.
public struct TextAnalyzer: Sendable {
  /// The sentiment analyzer used.
  public var sentiment: SentimentAnalyzer
  /// Theme options (the `themeCount` argument of ``analyze(_:themeCount:)`` overrides its own).
  public var themeOptions: ThemeOptions

  /// Creates an analyzer with the default sentiment and theme settings.
  public init(
    sentiment: SentimentAnalyzer = SentimentAnalyzer(), themeOptions: ThemeOptions = ThemeOptions()
  ) {
    self.sentiment = sentiment
    self.themeOptions = themeOptions
  }

  /// Language, sentiment and theme of each text, and the themes; `themeCount` forces k.
  public func analyze(_ texts: [String], themeCount: Int? = nil) -> TextAnalysisResult {
    let (prepared, slots) = prepare(texts, withSentiment: true)
    var options = themeOptions
    if let themeCount { options.themeCount = themeCount }
    let found = ThemeFinder(options: options).findThemes(
      distinct: prepared.map(\.terms), slots: slots, texts: texts,
      languages: prepared.map(\.language))
    var insights: [TextInsight] = []
    insights.reserveCapacity(texts.count)
    for (index, slot) in slots.enumerated() {
      let item = prepared[slot]
      insights.append(
        TextInsight(
          language: item.language,
          sentiment: item.sentiment
            ?? TextSentiment(
              overall: Sentiment(score: 0, threshold: 1), sentences: []),
          theme: found.assignments[index]))
    }
    let summaries = found.themes.map { theme in
      var languages: [Language: Int] = [:]
      var total = 0.0
      for member in theme.members {
        languages[insights[member].language, default: 0] += 1
        total += insights[member].sentiment.overall.score
      }
      return ThemeSummary(
        theme: theme, mood: theme.members.isEmpty ? 0 : total / Double(theme.members.count),
        languages: languages)
    }
    return TextAnalysisResult(
      texts: insights, themes: summaries, selectionScores: found.selectionScores)
  }

  /// The sentiment of each text (language detected per text), computed on all cores.
  public func sentiments(_ texts: [String]) -> [TextSentiment] {
    let analyzer = sentiment
    return Parallel.map(count: texts.count, minimumChunk: 256) { range in
      range.map { analyzer.analyze(texts[$0]) }
    }
  }

  /// The themes of `texts` alone (no sentiment), computed on all cores.
  public func themes(_ texts: [String], themeCount: Int? = nil) -> ThemeResult {
    let (prepared, slots) = prepare(texts, withSentiment: false)
    var options = themeOptions
    if let themeCount { options.themeCount = themeCount }
    return ThemeFinder(options: options).findThemes(
      distinct: prepared.map(\.terms), slots: slots, texts: texts,
      languages: prepared.map(\.language))
  }

  private struct Prepared: Sendable {
    let language: Language
    let terms: [Term]
    let sentiment: TextSentiment?
  }

  /// The reading of each distinct text, and for each text the index of its distinct text.
  private func prepare(_ texts: [String], withSentiment: Bool) -> (
    prepared: [Prepared], slots: [Int]
  ) {
    let analyzer = sentiment
    let distinct = Distinct(texts.map(ExactText.init))
    let unique = distinct.values
    let firstPass = Parallel.map(count: unique.count, minimumChunk: 256) { range in
      let reader = TokenReader()
      return range.map { index -> (Prepared, [Term]?) in
        let read = reader.read(unique[index].text)
        let feeling =
          withSentiment ? analyzer.analyze(tokens: read.tokens, language: read.language) : nil
        return (
          Prepared(language: read.language, terms: read.terms, sentiment: feeling),
          read.frenchTerms
        )
      }
    }
    let french = Self.readsFrench(distinct.slots.map { firstPass[$0].0.language })
    let prepared = firstPass.map { item, frenchTerms in
      guard french, let frenchTerms else { return item }
      return Prepared(language: item.language, terms: frenchTerms, sentiment: item.sentiment)
    }
    return (prepared, distinct.slots)
  }

  /// Whether texts too short to tell are read in French: they are read in the corpus's main
  /// language, so that one word always gives one stem across the corpus. Every copy of a
  /// text counts.
  static func readsFrench(_ languages: [Language]) -> Bool {
    var french = 0
    var english = 0
    for language in languages {
      if language == .french { french += 1 } else if language == .english { english += 1 }
    }
    return french > english
  }
}
