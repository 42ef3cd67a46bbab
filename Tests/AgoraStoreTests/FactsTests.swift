import AgoraModel
import Foundation
import Testing

@testable import AgoraStore

/// The counts a summary is built from, aggregated in SQL, with filters.
struct FactsTests {
  static let yaml = """
    id: demo
    title: Demo
    languages: [fr]
    questions:
      - {id: tried, type: yes_no, prompt: Testé ?}
      - {id: rating, type: scale, prompt: Note ?, min: 1, max: 5}
      - {id: why, type: text, prompt: Pourquoi ?}
    """

  let day1 = Date(timeIntervalSince1970: 1_739_500_000)  // 2025-02-14
  let day2 = Date(timeIntervalSince1970: 1_739_600_000)  // 2025-02-15

  /// Three complete responses (two from the terminal on day 1, one from a file on day 2), one in
  /// progress, and two imported comments on day 2 that are the same words in another case; all
  /// analysed.
  func store() throws -> Store {
    let store = try Store()
    let loaded = LoadedSurvey(
      survey: try SurveyFile.parse(Self.yaml, file: "demo.yaml"),
      contentHash: ContentHash.sha256(Self.yaml), text: Self.yaml)
    _ = try store.saveSurvey(loaded, at: day1)
    let rows: [(String, String, String, Double, String, Date)] = [
      ("a", "terminal", "yes", 4, "Très bien !", day1),
      ("b", "terminal", "no", 2, "Très bien !", day1),
      ("c", "file", "yes", 5, "Nul.", day2),
    ]
    for (name, source, tried, rating, why, date) in rows {
      _ = try store.saveCompleteResponse(
        surveyID: "demo", respondent: name, source: source, language: "fr",
        answers: [
          Answer(questionID: "tried", value: .choice(tried)),
          Answer(questionID: "rating", value: .number(rating)),
          Answer(questionID: "why", value: .text(why)),
        ], at: date)
    }
    _ = try store.startResponse(
      surveyID: "demo", respondent: "d", source: "terminal", language: "fr", at: day2)
    let comments = ["Super !", "SUPER"].enumerated().map { index, text in
      RoutedComment(
        comment: ImportedComment(
          externalID: "c\(index)", createdAt: day2, rawText: text, text: text),
        questionID: "why", confidence: 1)
    }
    _ = try store.importBatch(
      NewImportBatch(
        surveyID: "demo", fileName: "c.csv", sha256: "00", format: "csv", platform: "csv",
        importedAt: day2, counts: ImportCounts(), partial: false),
      comments: comments, authors: .kept)
    let items = try store.textItems(surveyID: "demo")
    let analyses = items.map { item in
      ItemAnalysis(
        kind: item.kind, id: item.id, textHash: ContentHash.sha256(item.text),
        language: item.text == "Nul." ? "en" : "fr",
        sentiment: item.text == "Nul." ? -0.5 : 0.5, label: item.text == "Nul." ? "neg" : "pos",
        duplicateKey: item.text.lowercased().filter(\.isLetter))
    }
    let members = items.map { ThemeRepresentative(kind: $0.kind, id: $0.id) }
    try store.saveAnalysis(
      surveyID: "demo", parameters: ["vectors": "semantic"], items: analyses,
      themes: [
        StoredTheme(
          questionID: "why", themeID: 7, label: "bien", members: members, mood: 0.17,
          representatives: members.reversed(), outliers: [members[0]])
      ], inferred: [], at: day2)
    return store
  }

  @Test func themesKeepTheirOutliersAndTheRunItsParameters() throws {
    let store = try store()
    let themes = try store.latestThemes(surveyID: "demo")
    #expect(themes.count == 1)
    #expect(themes.first?.outliers.count == 1)
    #expect(themes.first?.outliers.first == themes.first?.members.first)
    #expect(try store.latestAnalysisParameters(surveyID: "demo") == ["vectors": "semantic"])
  }

  @Test func countsCompleteResponsesPerSourceAndOption() throws {
    let facts = try store().facts(surveyID: "demo", filter: FactFilter(collapseDuplicates: false))
    #expect(facts.responsesBySource == ["terminal": 2, "file": 1])
    #expect(
      Set(facts.choiceCounts) == [
        ChoiceFact(questionID: "tried", optionID: "yes", source: "terminal", count: 1),
        ChoiceFact(questionID: "tried", optionID: "no", source: "terminal", count: 1),
        ChoiceFact(questionID: "tried", optionID: "yes", source: "file", count: 1),
      ])
    #expect(facts.numbers["rating"] == [2, 4, 5])
    #expect(facts.commentsBySource == ["csv": 2])
    let why = try #require(facts.texts["why"])
    #expect(why.bySource == ["terminal": 2, "file": 1, "csv": 2])
    #expect(why.sentiment == ["pos": 4, "neg": 1])
    #expect(why.duplicates == [DuplicateFact(count: 2, sources: ["csv"], sample: "SUPER")])
    #expect(why.themes.first?.size == 5)
    #expect(why.themes.first?.quotes.first?.text == "SUPER")
    #expect(facts.days.map(\.day) == ["2025-02-14", "2025-02-15"])
    #expect(facts.days.map(\.responses) == [2, 1])
    #expect(facts.days.map(\.comments) == [0, 2])
  }

  @Test func nearDuplicateCommentsCountOnceByDefaultButAnswersNever() throws {
    let facts = try store().facts(surveyID: "demo", filter: FactFilter())
    #expect(facts.commentsBySource == ["csv": 1])
    #expect(facts.texts["why"]?.total == 4)
    #expect(facts.texts["why"]?.themes.first?.size == 4)
  }

  @Test func commentsImportedAfterTheAnalysisAreReportedNotCounted() throws {
    let store = try store()
    let late = RoutedComment(
      comment: ImportedComment(externalID: "late", createdAt: day2, rawText: "Bof", text: "Bof"),
      questionID: "why", confidence: 1)
    _ = try store.importBatch(
      NewImportBatch(
        surveyID: "demo", fileName: "d.csv", sha256: "01", format: "csv", platform: "csv",
        importedAt: day2, counts: ImportCounts(), partial: false),
      comments: [late], authors: .kept)
    let facts = try store.facts(surveyID: "demo", filter: FactFilter())
    #expect(facts.unanalysed == 1)
    #expect(facts.commentsBySource == ["csv": 1])
    #expect(facts.texts["why"]?.total == 4)
  }

  @Test func filtersBySourceAndDay() throws {
    let store = try store()
    let file = try store.facts(surveyID: "demo", filter: FactFilter(sources: ["file"]))
    #expect(file.responsesBySource == ["file": 1])
    #expect(file.texts["why"]?.themes.first?.quotes.map(\.text) == ["Nul."])
    #expect(file.commentsBySource.isEmpty)
    let late = try store.facts(surveyID: "demo", filter: FactFilter(since: "2025-02-15"))
    #expect(late.responsesBySource == ["file": 1])
    #expect(late.numbers["rating"] == [5])
  }

  @Test func filtersFreeTextByLanguage() throws {
    var filter = FactFilter(collapseDuplicates: false)
    filter.languages = ["en"]
    let english = try store().facts(surveyID: "demo", filter: filter)
    #expect(english.texts["why"]?.total == 1)
    #expect(english.texts["why"]?.languages == ["en": 1])
    #expect(english.texts["why"]?.themes.first?.quotes.map(\.text) == ["Nul."])
    // Choices and numbers carry no language: they are counted whatever the filter.
    #expect(english.responsesBySource == ["terminal": 2, "file": 1])
    #expect(english.numbers["rating"] == [2, 4, 5])
  }

  @Test func languagesAreWrittenOnlyWhenFiltered() throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = .sortedKeys
    let plain = String(decoding: try encoder.encode(FactFilter()), as: UTF8.self)
    #expect(plain == #"{"collapseDuplicates":true,"sources":[]}"#)
    var filter = FactFilter(sources: ["reddit"])
    filter.languages = ["fr"]
    let decoded = try JSONDecoder().decode(FactFilter.self, from: try encoder.encode(filter))
    #expect(decoded == filter)
    #expect(try JSONDecoder().decode(FactFilter.self, from: Data(plain.utf8)) == FactFilter())
  }

  @Test func crossTabsByAnotherQuestion() throws {
    let facts = try store().facts(
      surveyID: "demo", filter: FactFilter(collapseDuplicates: false, by: "tried"))
    #expect(
      Set(facts.crossSentiment) == [
        CrossSentimentFact(questionID: "why", byOptionID: "yes", mean: 0),
        CrossSentimentFact(questionID: "why", byOptionID: "no", mean: 0.5),
      ])
  }
}
