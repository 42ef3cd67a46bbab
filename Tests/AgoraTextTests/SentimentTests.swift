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
    ("It is too long", .english, .negative),
    ("The table is in the kitchen too", .english, .neutral),
    ("It feels like a movie", .english, .neutral),
    ("Like a movie", .english, .neutral),
    ("I like it", .english, .positive),
    ("It doesn't work", .english, .negative),
    ("The main dial is not backlit", .english, .negative),
    ("It should have been a movie", .english, .negative),
    ("Le bouton ne tourne pas", .french, .neutral),
    ("Oh non", .french, .negative),
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
    #expect(score("The start is bad yet the end is great", .english) > 0)
  }

  @Test func englishPositivesAreScaled() {
    let plain = SentimentAnalyzer(lexicon: SentimentLexicon(english: ["nice": 2], french: [:]))
    let expected = SentimentAnalyzer.normalise(2 * 0.75)
    #expect(abs(plain.analyze("nice", language: .english).overall.score - expected) < 1e-12)
    #expect(plain.analyze("nice", language: .french).overall.score == 0)
  }

  @Test func frenchNeutralBandIsWider() {
    let lexicon = SentimentLexicon(english: ["fine": 0.3], french: ["fine": 0.3])
    let analyzer = SentimentAnalyzer(lexicon: lexicon)
    #expect(analyzer.threshold(for: .english) == 0.05)
    #expect(analyzer.threshold(for: .french) == 0.12)
    #expect(analyzer.analyze("fine", language: .english).overall.label == .positive)
    #expect(analyzer.analyze("fine", language: .french).overall.label == .neutral)
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
