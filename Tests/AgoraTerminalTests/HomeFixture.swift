import AgoraModel
import AgoraReport
import AgoraTerminal
import Foundation

/// A hand-built summary and survey list for the home's tests.
enum HomeFixture {
  static let surveys = [
    HomeSurvey(
      id: "grok-3", title: "Grok 3 : qu'en pensez-vous ?", completeResponses: 132,
      inProgressResponses: 2, comments: 343),
    HomeSurvey(
      id: "hostile\u{1B}[31m", title: "Evil \u{1B}]0;owned\u{07} title", completeResponses: 0,
      inProgressResponses: 0, comments: 1),
  ]

  /// One option's counts per source (`counts[source]`), shares within each source.
  static func tally(
    _ options: [(id: String, label: String, counts: [Int])], sources: [String]
  ) -> Tally {
    let totals = sources.indices.map { s in options.reduce(0) { $0 + $1.counts[s] } }
    let answered = totals.reduce(0, +)
    return Tally(
      answered: answered,
      options: options.map { option in
        OptionCount(
          id: option.id, label: option.label,
          all: Proportion(count: option.counts.reduce(0, +), total: answered),
          bySource: sources.indices.map { Proportion(count: option.counts[$0], total: totals[$0]) })
      }, sources: sources,
      sourcesDiffer: ChiSquare(statistic: 11.62, degreesOfFreedom: 3, pValue: 0.009),
      smallSample: answered < 30)
  }

  static let text = TextResults(
    total: 343,
    bySource: [
      SourceCount(source: "terminal", responses: 61, comments: 0),
      SourceCount(source: "disqus", responses: 0, comments: 282),
    ],
    sentiment: SentimentSplit(
      positive: Proportion(count: 89, total: 343), neutral: Proportion(count: 121, total: 343),
      negative: Proportion(count: 133, total: 343), mean: -0.08),
    languages: [
      LanguageCount(language: "fr", count: 214), LanguageCount(language: "en", count: 129),
    ],
    themes: [
      ThemeResult(
        id: 3, label: "données synthétiques · synthetic data",
        size: Proportion(count: 118, total: 343), mood: -0.21,
        quotes: [
          Quote(
            text: "C'est la photocopie de la photocopie : on finit par tout brouiller.",
            source: "disqus", author: "a1b2c3", date: "2025-02-14"),
          Quote(
            text: "Evil \u{1B}[2J\u{1B}]8;;http://x\u{07}link\u{202E}reversed",
            source: "disqus\u{1B}[5m", author: nil, date: nil),
        ]),
      ThemeResult(
        id: 1, label: "benchmarks · Musk", size: Proportion(count: 97, total: 343), mood: -0.34,
        quotes: [
          Quote(
            text: "Show me independent benchmarks.", source: "terminal", author: "Camille",
            date: "2025-02-15")
        ]),
    ],
    duplicates: [])

  static let summary = Summary(
    survey: SurveyInfo(
      id: "grok-3", title: "Grok 3 : qu'en pensez-vous ?", revision: 1, language: "fr",
      article: nil),
    generatedAt: Date(timeIntervalSince1970: 1_740_042_000), filters: FactFilter(),
    sources: [
      SourceCount(source: "terminal", responses: 132, comments: 0),
      SourceCount(source: "disqus", responses: 0, comments: 282),
    ],
    questions: [
      QuestionSummary(
        id: "synthetic", prompt: "Faut-il entraîner les IA sur des données synthétiques ?",
        type: "single",
        tally: tally(
          [
            ("future", "Oui, c'est l'avenir", [30, 8]),
            ("collapse", "Non, risque d'effondrement", [14, 22]),
          ], sources: ["terminal", "file"]),
        inferred: tally(
          [("future", "Oui, c'est l'avenir", [7]), ("collapse", "Non, risque", [30])],
          sources: ["disqus"])),
      QuestionSummary(
        id: "credibility", prompt: "Ces déclarations sont-elles crédibles ?", type: "scale",
        numbers: NumberStats(count: 120, mean: 2.4, median: 2, margin: 0.21)),
      QuestionSummary(id: "opinion", prompt: "Qu'en pensez-vous ?", type: "text", text: text),
    ],
    trend: [])

  static let imports = [
    HomeImport(
      id: 1, fileName: "exports/grok-3/disqus-export.xml", format: "disqus",
      importedAt: "2025-02-20 09:00 UTC",
      counts: counts(
        read: 40, new: 38, duplicate: 0, skipped: 2, moderated: ["spam": 2],
        routed: ["opinion": 30])),
    HomeImport(
      id: 2, fileName: "evil\u{1B}[31m.csv", format: "csv", importedAt: "2025-02-21 10:00 UTC",
      counts: counts(read: 5, new: 0, duplicate: 5)),
  ]

  static func counts(
    read: Int, new: Int, duplicate: Int, skipped: Int = 0, moderated: [String: Int] = [:],
    routed: [String: Int] = [:]
  ) -> ImportCounts {
    var counts = ImportCounts()
    counts.read = read
    counts.new = new
    counts.duplicate = duplicate
    counts.skipped = skipped
    counts.moderated = moderated
    counts.routed = routed
    return counts
  }

  /// The home at 80×24 after `keys`, with summaries and imports handed over as asked for.
  static func home(after keys: [Key], width: Int = 80, height: Int = 24) -> (
    HomeState, [HomeCommand]
  ) {
    var state = HomeState(surveys: surveys)
    state.resize(width: width, height: height)
    var commands: [HomeCommand] = []
    for key in keys {
      let command = state.handle(key)
      commands.append(command)
      switch command {
      case .loadSummary: state.show(summary: summary)
      case .loadImports: state.show(imports: imports)
      default: break
      }
    }
    return (state, commands)
  }
}
