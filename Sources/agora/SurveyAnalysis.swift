import AgoraModel
import AgoraStore
import AgoraText
import Foundation

/// One `agora analyze` run: reads the survey's free text from the store, analyses what is new or
/// changed, finds the themes of each text question, infers positions for choice questions, and
/// saves it all as one analysis run.
struct SurveyAnalysis {
  let store: Store
  let survey: Survey
  var themeCount: Int?
  var onlyQuestion: String?
  var analyzer = TextAnalyzer()

  /// What a run did, for the command's report.
  struct Outcome {
    var texts = 0
    var analysed = 0
    var themes: [String: [StoredTheme]] = [:]
    var inferred = 0
  }

  func run(progress: (String) -> Void, at date: Date) throws -> Outcome {
    var outcome = Outcome()
    let items = try store.textItems(surveyID: survey.id)
    var unique: [String: TextItem] = [:]
    for item in items {
      unique["\(item.kind)#\(item.id)"] = unique["\(item.kind)#\(item.id)"] ?? item
    }
    let keys = unique.keys.sorted()
    outcome.texts = keys.count
    let changed = keys.compactMap { unique[$0] }.filter {
      $0.analysedHash != ContentHash.sha256($0.text)
    }
    progress("reading \(changed.count) new or changed texts of \(keys.count)")
    let readings = analyzer.readings(changed.map(\.text))
    var sentiment: [String: Double] = [:]
    for item in unique.values { sentiment["\(item.kind)#\(item.id)"] = item.analysedSentiment }
    var analyses: [ItemAnalysis] = []
    for (item, reading) in zip(changed, readings) {
      sentiment["\(item.kind)#\(item.id)"] = reading.sentiment.score
      analyses.append(
        ItemAnalysis(
          kind: item.kind, id: item.id, textHash: ContentHash.sha256(item.text),
          language: reading.language.rawValue, sentiment: reading.sentiment.score,
          label: reading.sentiment.label.rawValue, duplicateKey: reading.duplicateKey))
    }
    outcome.analysed = analyses.count
    let previous = try store.latestThemes(surveyID: survey.id)
    var themes: [StoredTheme] = []
    for question in survey.textQuestions {
      let old = previous.filter { $0.questionID == question.id }
      if let onlyQuestion, onlyQuestion != question.id {
        themes += old
        continue
      }
      let members = items.filter { $0.questionID == question.id }
      progress("finding the themes of \(question.id) (\(members.count) texts)")
      let found = themesOf(members, question: question.id, sentiment: sentiment, previous: old)
      outcome.themes[question.id] = found
      themes += found
    }
    let inferred = inferredAnswers(items)
    outcome.inferred = inferred.count
    try store.saveAnalysis(
      surveyID: survey.id,
      parameters: [
        "themes": themeCount.map(String.init) ?? "auto", "question": onlyQuestion ?? "all",
      ],
      items: analyses, themes: themes, inferred: inferred, at: date)
    return outcome
  }

  /// The themes of one question's texts, with ids kept from `previous` where a theme persists.
  func themesOf(
    _ items: [TextItem], question: String, sentiment: [String: Double], previous: [StoredTheme]
  ) -> [StoredTheme] {
    guard items.count >= 2 else { return [] }
    var reader = analyzer
    reader.themeOptions.range = 2...Self.maximumThemes(for: items.count)
    let result = reader.themes(items.map(\.text), themeCount: themeCount)
    let refs = items.map { ThemeRepresentative(kind: $0.kind, id: $0.id) }
    var found = result.themes.map { theme in
      let members = theme.members.map { refs[$0] }
      let moods = members.compactMap { sentiment["\($0.kind)#\($0.id)"] }
      return StoredTheme(
        questionID: question, themeID: theme.id, label: theme.label, members: members,
        mood: moods.isEmpty ? 0 : moods.reduce(0, +) / Double(moods.count),
        representatives: theme.representatives.map { refs[$0] })
    }
    ThemeIdentity.keep(previous, in: &found)
    return found
  }

  /// The most themes worth showing a reader for `count` texts: √(count/2), at least 2 and at
  /// most 12 (100 texts → 7 themes; 300 → 12).
  static func maximumThemes(for count: Int) -> Int {
    min(12, max(2, Int((Double(count) / 2).squareRoot())))
  }

  /// Positions inferred from the comments on the free-text question named by a choice
  /// question's `infer_from` (respondents answered the choice question themselves).
  func inferredAnswers(_ items: [TextItem]) -> [InferredAnswer] {
    var inferred: [InferredAnswer] = []
    for question in survey.questions {
      guard let source = question.inferFrom, !question.options.isEmpty else { continue }
      let matcher = PositionMatcher(
        phrases: Dictionary(
          uniqueKeysWithValues: question.options.map { option in
            (option.id, option.match.values.flatMap { $0 })
          }), allowsSeveral: question.kind.name == "multi")
      for item in items where item.questionID == source && item.kind == "comment" {
        for option in matcher.positions(of: item.text) {
          inferred.append(
            InferredAnswer(
              questionID: question.id, item: ThemeRepresentative(kind: item.kind, id: item.id),
              optionID: option))
        }
      }
    }
    return inferred
  }
}

/// Keeps theme ids stable across runs: a new theme takes the id of the previous theme it shares
/// the most members with (Jaccard overlap of at least 0.3, best pairs first); the others get ids
/// after the largest id ever used.
enum ThemeIdentity {
  static func keep(_ previous: [StoredTheme], in themes: inout [StoredTheme]) {
    guard !previous.isEmpty else { return }
    var pairs: [(overlap: Double, new: Int, old: Int)] = []
    for (n, theme) in themes.enumerated() {
      let members = Set(theme.members)
      for (o, old) in previous.enumerated() {
        let shared = members.intersection(old.members).count
        let union = members.union(old.members).count
        if union > 0, Double(shared) / Double(union) >= 0.3 {
          pairs.append((Double(shared) / Double(union), n, o))
        }
      }
    }
    pairs.sort { ($0.overlap, -$0.new, -$0.old) > ($1.overlap, -$1.new, -$1.old) }
    var assigned: [Int: Int] = [:]
    var taken: Set<Int> = []
    for pair in pairs where assigned[pair.new] == nil && !taken.contains(pair.old) {
      assigned[pair.new] = previous[pair.old].themeID
      taken.insert(pair.old)
    }
    var next = (previous.map(\.themeID).max() ?? -1) + 1
    for index in themes.indices {
      if let id = assigned[index] {
        themes[index].themeID = id
      } else {
        themes[index].themeID = next
        next += 1
      }
    }
  }
}
