import AgoraModel

extension SummaryBuilder {
  func textResults(_ facts: TextFacts) -> TextResults {
    let analysed = facts.sentiment.values.reduce(0, +)
    let split = SentimentSplit(
      positive: Proportion(count: facts.sentiment["pos"] ?? 0, total: analysed),
      neutral: Proportion(count: facts.sentiment["neu"] ?? 0, total: analysed),
      negative: Proportion(count: facts.sentiment["neg"] ?? 0, total: analysed),
      mean: analysed > 0 ? facts.sentimentSum / Double(analysed) : 0)
    let total = facts.total
    return TextResults(
      total: total,
      bySource: facts.bySource.keys.sorted().map {
        SourceCount(source: $0, responses: 0, comments: facts.bySource[$0] ?? 0)
      },
      sentiment: split,
      languages: facts.languages.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map {
        LanguageCount(language: $0.key, count: $0.value)
      },
      themes: facts.themes.map { theme in
        ThemeResult(
          id: theme.id, label: theme.label, size: Proportion(count: theme.size, total: total),
          mood: theme.mood, quotes: theme.quotes.map(quote))
      },
      duplicates: facts.duplicates.prefix(5).map {
        DuplicateGroup(count: $0.count, sources: $0.sources, sample: cut($0.sample))
      })
  }

  func quote(_ fact: QuoteFact) -> Quote {
    let author = fact.author.map { name in
      name.count == 64 && name.allSatisfy(\.isHexDigit) ? String(name.prefix(8)) : name
    }
    return Quote(
      text: cut(fact.text), source: fact.source, author: author,
      date: fact.createdAt.map { String($0.prefix(10)) })
  }

  /// The text on one line, cut at the last word boundary before `quoteLength` with `…`.
  func cut(_ text: String) -> String {
    let flat = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    guard flat.count > quoteLength else { return flat }
    let head = flat.prefix(quoteLength)
    let boundary = head.lastIndex(of: " ") ?? head.endIndex
    return String(head[..<boundary]).trimmingTrailingPunctuation + "…"
  }

  func crossTab(_ question: Question, _ facts: SurveyFacts) -> CrossTab? {
    guard let byID = filters.by, byID != question.id, let by = survey.question(byID),
      !by.options.isEmpty
    else { return nil }
    let counts = facts.crossCounts.filter { $0.questionID == question.id }
    var table: [String: [String: Int]] = [:]
    var columnTotals: [String: Int] = [:]
    for fact in counts {
      table[fact.optionID, default: [:]][fact.byOptionID, default: 0] += fact.count
      columnTotals[fact.byOptionID, default: 0] += fact.count
    }
    let rows = question.options.map { option in
      CrossTabRow(
        label: text(option.label),
        cells: by.options.map {
          Proportion(count: table[option.id]?[$0.id] ?? 0, total: columnTotals[$0.id] ?? 0)
        })
    }
    let exclusive = question.kind.name != "multi"
    return CrossTab(
      by: byID, columns: by.options.map { text($0.label) }, rows: rows,
      sentiment: by.options.map { _ in nil },
      test: exclusive ? Statistics.chiSquare(rows.map { $0.cells.map(\.count) }) : nil)
  }
}

extension SummaryBuilder {
  /// For a text question with `--by`: the mean sentiment of its answers per option of `by`.
  func sentimentCrossTab(_ question: Question, _ facts: SurveyFacts) -> CrossTab? {
    guard let byID = filters.by, let by = survey.question(byID), !by.options.isEmpty else {
      return nil
    }
    let means = facts.crossSentiment.filter { $0.questionID == question.id }
    guard !means.isEmpty else { return nil }
    return CrossTab(
      by: byID, columns: by.options.map { text($0.label) }, rows: [],
      sentiment: by.options.map { option in means.first { $0.byOptionID == option.id }?.mean },
      test: nil)
  }
}

extension String {
  fileprivate var trimmingTrailingPunctuation: String {
    var text = self
    while let last = text.last, ",;:–-".contains(last) { text.removeLast() }
    return text
  }
}
