import AgoraModel
import AgoraStore
import AgoraText
import Foundation

/// One `agora analyze` run: reads the survey's free text from the store, analyses what is new or
/// changed, finds the themes of each text question, infers positions for choice questions, and
/// saves it all as one analysis run.
struct SurveyAnalysis: Sendable {
  let store: Store
  let survey: Survey
  var themeCount: Int?
  var onlyQuestion: String?
  /// The space themes are found in (TF-IDF when the word table is missing).
  var vectors: VectorSpace = .semantic
  var analyzer = TextAnalyzer()

  /// What a run did, for the command's report.
  struct Outcome {
    var texts = 0
    var analysed = 0
    var themes: [String: [StoredTheme]] = [:]
    var inferred = 0
    /// The space the themes were found in (`nil` when no question had themes to find).
    var vectors: VectorSpace?
  }

  /// Runs the analysis; `progress` hears how far it is (0…1) and what it does, from any
  /// thread.
  func run(progress: @escaping @Sendable (Double, String) -> Void, at date: Date) throws -> Outcome
  {
    var outcome = Outcome()
    progress(0, "reading the texts of \(survey.id)")
    let items = try store.textItems(surveyID: survey.id)
    store.releaseMemory()
    progress(0.05, "reading \(items.count) texts")
    // Every distinct text is tokenised once; themes, positions and readings share it.
    let readings = analyzer.read(items.map(\.text))
    let questions = survey.textQuestions.filter { question in
      onlyQuestion.map { $0 == question.id } ?? true
    }
    let members = questions.map { question in
      items.indices.filter { items[$0].questionID == question.id }
    }
    // Themes depend on the texts alone: find them on another thread while the rest is read.
    let results = Background { members.map { findThemes(of: $0, in: readings) } }
    let positions = Background { inferredAnswers(items, readings: readings) }
    // Equal texts have equal hashes: hash each distinct text once.
    let hashes = readings.distinct.map(ContentHash.sha256)
    let duplicateHashes = readings.readings.map { ContentHash.key64($0.duplicateKey) }
    // A comment routed to several questions is one text, and its routes are next to one
    // another (items are ordered by kind and id): read it once.
    var analyses: [ItemAnalysis] = []
    var sentiments: [Double?] = []
    sentiments.reserveCapacity(items.count)
    for (index, item) in items.enumerated() {
      if index > 0, items[index - 1].id == item.id, items[index - 1].kind == item.kind {
        sentiments.append(sentiments[index - 1])
        continue
      }
      outcome.texts += 1
      let slot = readings.slots[index]
      guard item.analysedHash != hashes[slot] else {
        sentiments.append(item.analysedSentiment)
        continue
      }
      let sentiment = readings.readings[slot].sentiment
      sentiments.append(sentiment.score)
      analyses.append(
        ItemAnalysis(
          kind: item.kind, id: item.id, textHash: hashes[slot],
          language: readings.readings[slot].language.rawValue, sentiment: sentiment.score,
          label: sentiment.label.rawValue, duplicateHash: duplicateHashes[slot]))
    }
    progress(
      0.35,
      "saving \(analyses.count) new or changed texts of \(outcome.texts); finding the themes of "
        + "\(questions.count) questions")
    outcome.analysed = analyses.count
    let inferred = positions.value()
    outcome.inferred = inferred.count
    let previous = try store.latestThemes(surveyID: survey.id)
    // The themes as stored, ready once they are found (with the question they were found for,
    // or `nil` for the previous run's themes of a question not analysed now); the texts'
    // analyses are written meanwhile.
    let stored = Background { [sentiments] () -> [(question: String?, themes: [StoredTheme])] in
      var found: [String: (members: [Int], result: ThemeResult?)] = [:]
      for (index, result) in results.value().enumerated() {
        found[questions[index].id] = (members[index], result)
      }
      return survey.textQuestions.map { question in
        let old = previous.filter { $0.questionID == question.id }
        guard let (texts, result) = found[question.id] else { return (nil, old) }
        return (
          question.id,
          storedThemes(
            result, of: texts.map { ThemeRepresentative(kind: items[$0].kind, id: items[$0].id) },
            sentiments: texts.map { sentiments[$0] },
            question: question.id, previous: old)
        )
      }
    }
    try store.saveAnalysis(
      surveyID: survey.id,
      parameters: [
        "themes": themeCount.map(String.init) ?? "auto", "question": onlyQuestion ?? "all",
        "vectors": usedVectors.rawValue,
      ],
      items: analyses, inferred: inferred, texts: items, at: date
    ) {
      let themes = stored.value().flatMap(\.themes)
      progress(0.75, "saving \(themes.count) themes and the tallies")
      return themes
    }
    for case (let question?, let themes) in stored.value() {
      outcome.themes[question] = themes
    }
    outcome.vectors = results.value().lazy.compactMap { $0?.vectors }.first
    return outcome
  }

  /// The space themes are found in: semantic vectors need the bundled word table.
  var usedVectors: VectorSpace {
    vectors == .semantic && SemanticTable.bundled == nil ? .tfidf : vectors
  }

  /// The themes of one question's texts, given as indices of the texts `readings` read
  /// (`nil` under two texts).
  func findThemes(of members: [Int], in readings: TextReadings) -> ThemeResult? {
    guard members.count >= 2 else { return nil }
    var reader = analyzer
    reader.themeOptions.range = 2...Self.maximumThemes(for: members.count)
    reader.themeOptions.vectors = vectors
    return reader.themes(of: readings, items: members, themeCount: themeCount)
  }

  /// The themes found in one question's texts as stored, with their mood (the mean of the
  /// members' `sentiments`), and ids kept from `previous` where a theme persists.
  func storedThemes(
    _ result: ThemeResult?, of refs: [ThemeRepresentative], sentiments: [Double?],
    question: String, previous: [StoredTheme]
  ) -> [StoredTheme] {
    guard let result else { return [] }
    var found = result.themes.map { theme in
      let moods = theme.members.compactMap { sentiments[$0] }
      let outliers = theme.members.filter {
        result.outliers.indices.contains($0) && result.outliers[$0]
      }
      return StoredTheme(
        questionID: question, themeID: theme.id, label: theme.label,
        members: theme.members.map { refs[$0] },
        mood: moods.isEmpty ? 0 : moods.reduce(0, +) / Double(moods.count),
        representatives: theme.representatives.map { refs[$0] },
        outliers: outliers.map { refs[$0] })
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
  /// `readings` read the texts of `items`, in order.
  func inferredAnswers(_ items: [TextItem], readings: TextReadings) -> [InferredAnswer] {
    var inferred: [InferredAnswer] = []
    for question in survey.questions {
      guard let source = question.inferFrom, !question.options.isEmpty else { continue }
      let matcher = PositionMatcher(
        phrases: Dictionary(
          uniqueKeysWithValues: question.options.map { option in
            (option.id, option.match.values.flatMap { $0 })
          }), allowsSeveral: question.kind.name == "multi")
      // Copies of a text take the same positions.
      var known: [Int: [String]] = [:]
      for (index, item) in items.enumerated()
      where item.questionID == source && item.kind == "comment" {
        let slot = readings.slots[index]
        let positions = known[slot] ?? matcher.positions(words: readings.readings[slot].matchWords)
        known[slot] = positions
        for option in positions {
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
