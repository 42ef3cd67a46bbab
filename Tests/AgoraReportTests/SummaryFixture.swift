import AgoraReport
import Foundation

/// Summaries built by hand for the renderer tests: the Grok 3 survey, and a hostile one.
enum SummaryFixture {
  /// A tally from counts per option and source (`counts[option][source]`), with the shares,
  /// intervals and source test worked out the way the summary builder does.
  static func tally(
    _ options: [(id: String, label: String, counts: [Int])], sources: [String]
  ) -> Tally {
    let sourceTotals = sources.indices.map { s in options.reduce(0) { $0 + $1.counts[s] } }
    let answered = sourceTotals.reduce(0, +)
    let rows = options.map { option in
      OptionCount(
        id: option.id, label: option.label,
        all: Proportion(count: option.counts.reduce(0, +), total: answered),
        bySource: sources.indices.map {
          Proportion(count: option.counts[$0], total: sourceTotals[$0])
        })
    }
    return Tally(
      answered: answered, options: rows, sources: sources,
      sourcesDiffer: sources.count > 1 ? Statistics.chiSquare(options.map(\.counts)) : nil,
      smallSample: answered < 30)
  }

  /// A cross-tab from counts (`counts[row][column]`), shares within each column.
  static func crossTab(
    by: String, columns: [String], rows: [(label: String, counts: [Int])], sentiment: [Double?]
  ) -> CrossTab {
    let totals = columns.indices.map { c in rows.reduce(0) { $0 + $1.counts[c] } }
    return CrossTab(
      by: by, columns: columns,
      rows: rows.map { row in
        CrossTabRow(
          label: row.label,
          cells: row.counts.enumerated().map { Proportion(count: $1, total: totals[$0]) })
      },
      sentiment: sentiment, test: Statistics.chiSquare(rows.map(\.counts)))
  }

  /// Number stats of a scale from how many chose each value.
  static func numbers(_ counts: [(value: Double, count: Int)]) -> NumberStats? {
    Statistics.numberStats(counts.flatMap { Array(repeating: $0.value, count: $0.count) })
  }

  /// 2025-02-20 09:00 UTC.
  static let generatedAt = Date(timeIntervalSince1970: 1_740_042_000)

  /// The Grok 3 survey: answers from the terminal and a paper form, comments from Disqus and
  /// Reddit.
  static let grok3 = Summary(
    survey: SurveyInfo(
      id: "grok3", title: "Grok 3 : qu'en pensent nos lecteurs ?", revision: 2, language: "fr",
      article: "https://example.org/2025/02/18/grok-3-musk-ia-la-plus-intelligente"),
    generatedAt: generatedAt,
    filters: SummaryFilters(since: "2025-02-14", by: "q1"),
    sources: [
      SourceCount(source: "terminal", responses: 84, comments: 0),
      SourceCount(source: "file", responses: 48, comments: 0),
      SourceCount(source: "disqus", responses: 0, comments: 212),
      SourceCount(source: "reddit", responses: 0, comments: 131),
    ],
    questions: [
      QuestionSummary(
        id: "q1",
        prompt:
          "Grok 3 est-il vraiment « l'IA la plus intelligente du monde », comme l'affirme "
          + "Elon Musk ?",
        type: "yes_no",
        tally: tally(
          [("yes", "Oui", [21, 15]), ("no", "Non", [63, 33])], sources: ["terminal", "file"])),
      QuestionSummary(
        id: "q2", prompt: "Faut-il entraîner les IA sur des données synthétiques ?", type: "single",
        tally: tally(
          [
            ("future", "Oui, c'est l'avenir", [30, 8]),
            ("complement", "Seulement en complément", [28, 12]),
            ("collapse", "Non, risque d'effondrement", [14, 22]),
            ("unsure", "Je ne sais pas", [12, 6]),
          ], sources: ["terminal", "file"]),
        inferred: tally(
          [
            ("future", "Oui, c'est l'avenir", [7, 4]),
            ("complement", "Seulement en complément", [15, 10]),
            ("collapse", "Non, risque d'effondrement", [30, 18]),
            ("unsure", "Je ne sais pas", [8, 4]),
          ], sources: ["disqus", "reddit"]),
        crossTab: crossTab(
          by: "q1", columns: ["Oui", "Non"],
          rows: [
            ("Oui, c'est l'avenir", [20, 18]), ("Seulement en complément", [9, 31]),
            ("Non, risque d'effondrement", [3, 33]), ("Je ne sais pas", [4, 14]),
          ], sentiment: [nil, nil])),
      QuestionSummary(
        id: "q3",
        prompt: "Quelle confiance accordez-vous aux annonces d'Elon Musk sur l'IA ? (1 à 5)",
        type: "scale",
        tally: tally(
          [
            ("1", "1 — aucune", [18, 20]), ("2", "2", [16, 13]), ("3", "3", [20, 11]),
            ("4", "4", [18, 4]), ("5", "5 — totale", [12, 0]),
          ], sources: ["terminal", "file"]),
        numbers: numbers([(1, 38), (2, 29), (3, 31), (4, 22), (5, 12)])),
      QuestionSummary(
        id: "q4", prompt: "L'offre de 97,4 milliards de dollars pour OpenAI est-elle sérieuse ?",
        type: "single",
        tally: tally(
          [("yes", "Oui", [5]), ("no", "Non", [14]), ("unsure", "Sans avis", [5])],
          sources: ["terminal"])),
      QuestionSummary(
        id: "q5", prompt: "Qu'est-ce qui vous inquiète ou vous enthousiasme dans Grok 3 ?",
        type: "text", text: grok3Text),
    ],
    trend: [
      DayCount(day: "2025-02-14", responses: 31, comments: 142, sentiment: -0.12),
      DayCount(day: "2025-02-15", responses: 42, comments: 98, sentiment: -0.05),
      DayCount(day: "2025-02-16", responses: 27, comments: 54, sentiment: 0.02),
      DayCount(day: "2025-02-17", responses: 18, comments: 31, sentiment: 0.08),
      DayCount(day: "2025-02-18", responses: 14, comments: 18, sentiment: nil),
    ])

  /// The free-text results of the Grok 3 survey.
  static let grok3Text = TextResults(
    total: 343,
    bySource: [
      SourceCount(source: "terminal", responses: 61, comments: 0),
      SourceCount(source: "disqus", responses: 0, comments: 170),
      SourceCount(source: "reddit", responses: 0, comments: 112),
    ],
    sentiment: SentimentSplit(
      positive: Proportion(count: 89, total: 343), neutral: Proportion(count: 121, total: 343),
      negative: Proportion(count: 133, total: 343), mean: -0.08),
    languages: [
      LanguageCount(language: "fr", count: 214), LanguageCount(language: "en", count: 118),
      LanguageCount(language: "other", count: 11),
    ],
    themes: [
      ThemeResult(
        id: 3, label: "données synthétiques · synthetic data",
        size: Proportion(count: 118, total: 343), mood: -0.21,
        quotes: [
          Quote(
            text:
              "Entraîner une IA sur ses propres sorties, c'est la photocopie de la photocopie : "
              + "on finit par tout brouiller.",
            source: "disqus", author: "a1b2c3", date: "2025-02-14"),
          Quote(
            text:
              "Synthetic data is fine for maths, but for facts it just amplifies the model's "
              + "own mistakes.",
            source: "reddit", author: "7f3e9d", date: "2025-02-15"),
          Quote(
            text: "Si les données réelles sont épuisées, il faudra bien trouver autre chose.",
            source: "terminal", author: nil, date: "2025-02-16"),
        ]),
      ThemeResult(
        id: 1, label: "benchmarks · Musk · « la plus intelligente »",
        size: Proportion(count: 97, total: 343), mood: -0.34,
        quotes: [
          Quote(
            text:
              "Smartest AI on Earth according to the guy who owns it. Show me independent "
              + "benchmarks.",
            source: "reddit", author: "c4d5e6", date: "2025-02-14"),
          Quote(
            text:
              "Les graphiques de xAI comparent Grok 3 à des modèles qui ne sont déjà plus les "
              + "meilleurs.",
            source: "disqus", author: "9b8a7c", date: "2025-02-15"),
        ]),
      ThemeResult(
        id: 2, label: "OpenAI · rachat · open source",
        size: Proportion(count: 64, total: 343), mood: 0.12,
        quotes: [
          Quote(
            text:
              "L'offre pour OpenAI est surtout un coup de com', mais elle pose la vraie question "
              + "de la mission à but non lucratif.",
            source: "disqus", author: "0d1e2f", date: "2025-02-17"),
          Quote(
            text: "If Grok 2 really gets open-sourced, that's a genuine win for everyone.",
            source: "terminal", author: "Camille", date: "2025-02-18"),
        ]),
    ],
    duplicates: [
      DuplicateGroup(
        count: 14, sources: ["disqus", "reddit"],
        sample: "Grok 3 est juste un ChatGPT avec l'ego de Musk en plus. Boycott !")
    ])
}
