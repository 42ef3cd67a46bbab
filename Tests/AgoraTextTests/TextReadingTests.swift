import Foundation
import Testing

@testable import AgoraText

/// Reading each distinct text once, and sharing its tokens with themes and positions.
@Suite struct TextReadingTests {
  static let texts = [
    "Les données synthétiques sont fiables !", "Not reliable at all, it amplifies biases",
    "Les données synthétiques sont fiables !", "Bof.", "Ça dépend de la qualité",
    "Les donnees synthetiques sont FIABLES", "ok", "Not reliable at all, it amplifies biases",
  ]

  @Test func copiesAreReadOnce() {
    let read = TextAnalyzer().read(Self.texts)
    #expect(read.distinct.count == 6)
    #expect(read.slots == [0, 1, 0, 2, 3, 4, 5, 1])
    #expect(read.distinct[read.slots[7]] == Self.texts[7])
  }

  @Test func textsThatDifferInTheirBytesAreReadApart() {
    // "é" precomposed and as "e" + combining acute: equal as Swift strings, not as bytes.
    let read = TextAnalyzer().read(["café noir", "cafe\u{301} noir"])
    #expect(read.distinct.count == 2)
    #expect(read[0].duplicateKey == read[1].duplicateKey)
  }

  @Test func readingsMatchEachTextReadAlone() {
    let analyzer = TextAnalyzer()
    let read = analyzer.read(Self.texts)
    for (index, text) in Self.texts.enumerated() {
      let reading = read[index]
      let sentiment = analyzer.sentiment.analyze(text)
      #expect(reading.language == LanguageDetector().detect(text))
      #expect(reading.sentiment == sentiment.overall)
      #expect(reading.duplicateKey == TextAnalyzer.duplicateKey(text))
      #expect(
        reading.matchWords == PositionMatcher.words(text, stemmer: Stemmer(language: .french)))
    }
    #expect(analyzer.readings(Self.texts) == Self.texts.indices.map { read[$0] })
    #expect(read[0].duplicateKey == "lesdonneessynthetiquessontfiables")
    #expect(read[0].duplicateKey == read[5].duplicateKey)
  }

  @Test func themesOfReadTextsAreThemesOfTheTexts() {
    let texts = ThemeTests.texts + ThemeTests.texts.prefix(5) + ["ok", "the"]
    let analyzer = TextAnalyzer()
    let read = analyzer.read(["unrelated text about nothing"] + texts)
    for count in [nil, 3] {
      let direct = analyzer.themes(texts, themeCount: count)
      let shared = analyzer.themes(
        of: read, items: Array(1...texts.count), themeCount: count)
      #expect(shared.themes == direct.themes)
      #expect(shared.assignments == direct.assignments)
      #expect(shared.selectionScores == direct.selectionScores)
    }
  }

  @Test func positionsFromWordsArePositionsOfTheText() {
    let matcher = PositionMatcherTests.single()
    let read = TextAnalyzer().read(Self.texts + ["Fiable, fiable, pas fiable et ça dépend"])
    for index in 0..<Self.texts.count + 1 {
      #expect(
        matcher.positions(words: read[index].matchWords)
          == matcher.positions(of: read.distinct[read.slots[index]]))
    }
  }

  @Test func foldingIsFoundationsFolding() {
    let latin = (0x20..<0x250).compactMap(Unicode.Scalar.init).map(String.init).joined()
    let texts = [
      latin, "L’IA « générative » coûte cher… 20 € — ŒUVRE, Ÿ, ß, ŉ", "Straße ÇA VA ?",
      "cafe\u{301} noir", "Ελληνικά", "emoji 👍🏽 ok", "",
    ]
    for text in texts {
      #expect(
        Folding.withoutDiacritics(text) == text.folding(options: .diacriticInsensitive, locale: nil)
      )
      #expect(
        Folding.folded(text)
          == Array(
            text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
              .unicodeScalars))
    }
  }

  @Test func possessiveIsFoundationsContains() {
    let texts = [
      "Musk's claims are bold", "it's", "'s ", "l's'", "x's \u{301}bad", "Grok’s model",
      "the 's  double", "nothing here", "ça c's ", "",
    ]
    for text in texts {
      #expect(LanguageDetector.hasPossessive(text) == text.contains("'s "))
    }
  }
}
