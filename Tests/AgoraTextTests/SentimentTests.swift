import Testing

@testable import AgoraText

@Suite struct SentimentTests {
  let analyzer = SentimentAnalyzer()

  func score(_ text: String, _ language: Language) -> Double {
    analyzer.analyze(text, language: language).overall.score
  }

  @Test(arguments: [
    ("C'est un bon film", Language.french, SentimentLabel.positive),
    ("Ce n'est pas un bon film", .french, .negative),
    ("Je n'aime pas du tout", .french, .negative),
    ("Ce n'est jamais bon", .french, .negative),
    ("pas mal du tout", .french, .positive),
    ("pas terrible ce film", .french, .negative),
    ("bof", .french, .negative),
    ("mdr", .french, .positive),
    ("c'est top", .french, .positive),
    ("It is a good movie", .english, .positive),
    ("It is not a good movie", .english, .negative),
    ("It isn't good", .english, .negative),
    ("not bad at all", .english, .positive),
    ("The table is in the kitchen", .english, .neutral),
    ("La table est dans la cuisine", .french, .neutral),
    ("😂👍", .other, .positive),
    (":(", .other, .negative),
  ])
  func labels(text: String, language: Language, expected: SentimentLabel) {
    #expect(analyzer.analyze(text, language: language).overall.label == expected)
  }

  @Test func intensifiersAndDiminishers() {
    #expect(score("très bon", .french) > score("bon", .french))
    #expect(score("un peu bon", .french) < score("bon", .french))
    #expect(score("very good", .english) > score("good", .english))
    #expect(score("slightly good", .english) < score("good", .english))
  }

  @Test func contrastWeighsTheSecondClause() {
    #expect(score("Le début est bon mais la fin est horrible", .french) < 0)
    #expect(score("The start is bad but the end is great", .english) > 0)
  }

  @Test func emphasis() {
    #expect(score("good!!!", .english) > score("good", .english))
    #expect(score("the food is GOOD", .english) > score("the food is good", .english))
  }

  @Test func normalisationIsVaders() {
    #expect(abs(SentimentAnalyzer.normalise(1) - 1 / 4.0) < 1e-12)
    #expect(SentimentAnalyzer.normalise(0) == 0)
  }

  @Test func sentencesAreScoredApart() {
    let result = analyzer.analyze("J'adore. Je déteste.", language: .french)
    #expect(result.sentences.map(\.label) == [.positive, .negative])
  }
}
