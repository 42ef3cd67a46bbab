import Testing

@testable import AgoraText

@Suite struct ThemeTests {
  static let texts: [String] = {
    let football = [
      "the football match ended with a late goal", "our football team won the match",
      "a great goal in the football final", "the football coach praised the team",
      "football fans celebrated the goal", "the match was the best football this season",
      "team scored a goal in the football derby", "football players trained before the match",
    ]
    let cooking = [
      "bake the bread in a hot oven", "this bread recipe needs flour and butter",
      "the oven recipe for chocolate cake", "add butter and flour to the cake recipe",
      "fresh bread from the oven smells great", "my cake recipe uses less butter",
      "knead the bread dough with flour", "the oven must be hot for the cake",
    ]
    let stocks = [
      "stock market prices fell sharply", "investors sold shares as the market dropped",
      "the stock price of the bank rose", "shares and stock markets rallied today",
      "market investors bought bank shares", "the stock exchange closed with prices up",
      "bank shares led the stock market", "investors fear the market will fall",
    ]
    return football + cooking + stocks
  }()

  @Test func findsThreeSubjects() {
    let result = TextAnalyzer().themes(Self.texts, themeCount: 3)
    #expect(result.themes.count == 3)
    let gold = (0..<24).map { $0 / 8 }
    let found = result.assignments.map { $0 ?? -1 }
    #expect(Metrics.normalizedMutualInformation(gold, found) > 0.8)
    #expect(result.themes.allSatisfy { $0.representatives.count == 3 })
    let labels = result.themes.map(\.label).joined(separator: " ")
    #expect(labels.contains("football"))
  }

  @Test func choosesKWithoutBeingTold() {
    var options = ThemeOptions()
    options.vectors = .tfidf
    let result = TextAnalyzer(themeOptions: options).themes(Self.texts)
    #expect(result.vectors == .tfidf)
    #expect((2...5).contains(result.themes.count))
    #expect(!result.selectionScores.isEmpty)
  }

  @Test func findsSemanticCommunitiesWithoutBeingTold() throws {
    try #require(SemanticTable.bundled != nil)
    let result = TextAnalyzer().themes(Self.texts)
    #expect(result.vectors == .semantic)
    #expect(result.selectionScores.isEmpty)
    let gold = (0..<24).map { $0 / 8 }
    let found = result.assignments.map { $0 ?? -1 }
    #expect(Metrics.normalizedMutualInformation(gold, found) > 0.8)
    #expect(result.outlierShare <= 0.2)
  }

  @Test func forcedCountUsesKMeansOnTheSemanticVectors() throws {
    try #require(SemanticTable.bundled != nil)
    let result = TextAnalyzer().themes(Self.texts, themeCount: 4)
    #expect(result.vectors == .semantic)
    #expect(result.themes.count == 4)
  }

  @Test func isDeterministic() {
    let first = TextAnalyzer().analyze(Self.texts)
    let second = TextAnalyzer().analyze(Self.texts)
    #expect(first.themes == second.themes)
    #expect(first.texts == second.texts)
  }

  @Test func facadeGivesMoodAndLanguages() {
    let result = TextAnalyzer().analyze(Self.texts, themeCount: 3)
    #expect(result.texts.count == 24)
    #expect(result.themes.reduce(0) { $0 + $1.theme.size } == 24)
    #expect(result.themes.allSatisfy { $0.languages.values.reduce(0, +) == $0.theme.size })
    #expect(result.texts[0].language == .english)
  }
}

@Suite struct LabelledFileTests {
  @Test func parsesByHeaderName() throws {
    let file = try LabelledFile(contents: "text\tlabel\nbon film\tpos\n", file: "f.tsv")
    #expect(file.rows == [LabelledFile.Row(line: 2, label: "pos", score: nil, text: "bon film")])
  }

  @Test func missingColumnNamesTheFile() {
    #expect(throws: TextError.missingColumn(file: "f.tsv", column: "label", found: ["text"])) {
      try LabelledFile(contents: "text\nbon\n", file: "f.tsv")
    }
  }

  @Test func badRowNamesTheLine() {
    let error = TextError.badRow(file: "f.tsv", line: 3, reason: "expected 2 fields, found 1")
    #expect(throws: error) {
      try LabelledFile(contents: "label\ttext\npos\tok\nneg\n", file: "f.tsv")
    }
    #expect(error.description.hasPrefix("f.tsv:3:"))
  }
}
