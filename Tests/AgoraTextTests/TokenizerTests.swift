import Testing

@testable import AgoraText

@Suite struct TokenizerTests {
  @Test(arguments: [
    ("L'avion d'Air France", ["le", "avion", "de", "air", "france"]),
    ("Qu’il vienne, j’arrive", ["que", "il", "vienne", ",", "je", "arrive"]),
    ("Je n'aime pas", ["je", "ne", "aime", "pas"]),
    ("I don't like it", ["i", "do", "not", "like", "it"]),
    ("peut-être demain", ["peut", "être", "demain"]),
    ("Voir https://x.fr/a?b=1 @bob", ["voir", "<url>", "<user>"]),
    ("Prix 3,5 euros", ["prix", "3,5", "euros"]),
    ("C++ et C# sur ASP.NET", ["c++", "et", "c#", "sur", "asp.net"]),
    ("Trop bien :) 😂👍", ["trop", "bien", ":)", "😂", "👍"]),
    ("génial:D ^^", ["génial", ":D", "^^"]),
    ("aujourd'hui #Climat!", ["aujourd'hui", "climat", "!"]),
  ])
  func tokens(text: String, expected: [String]) {
    #expect(Tokenizer().tokens(text).map(\.text) == expected)
  }

  @Test func kindsAndCapitals() {
    let tokens = Tokenizer().tokens("GREAT job 😂 :( 42")
    #expect(tokens.map(\.kind) == [.word, .word, .emoji, .emoticon, .number])
    #expect(tokens[0].isAllCaps)
    #expect(!tokens[1].isAllCaps)
  }

  @Test func elidedTokensAreMarked() {
    let tokens = Tokenizer().tokens("l'IA")
    #expect(tokens.map(\.isElided) == [true, false])
    #expect(tokens[1].surface == "IA")
  }
}

@Suite struct LanguageTests {
  @Test(arguments: [
    ("Je pense que les données synthétiques sont utiles.", Language.french),
    ("I think synthetic data is useful for training.", Language.english),
    ("C'est nul", Language.french),
    ("This is great", Language.english),
    ("Привет мир как дела", Language.other),
    ("42", Language.other),
  ])
  func detects(text: String, expected: Language) {
    #expect(LanguageDetector().detect(text) == expected)
  }
}

@Suite struct TermTests {
  @Test(arguments: [
    ("french", "continuation", "continu"),
    ("french", "synthétiques", "synthet"),
    ("english", "running", "run"),
    ("english", "connections", "connect"),
  ])
  func stems(language: String, word: String, expected: String) throws {
    let stemmer = try #require(Stemmer(language: language == "french" ? .french : .english))
    #expect(stemmer.stem(word) == expected)
  }

  @Test func noStemmerForOther() {
    #expect(Stemmer(language: .other) == nil)
  }

  @Test func stopWordsAreDropped() {
    #expect(analysisTerms(of: "Les chats et les chiens", language: .french) == ["chat", "chien"])
    #expect(analysisTerms(of: "The cats and the dogs", language: .english) == ["cat", "dog"])
  }

  @Test func bilingualConceptsMeet() {
    let french = analysisTerms(of: "des données synthétiques fiables", language: .french)
    let english = analysisTerms(of: "reliable synthetic data", language: .english)
    #expect(Set(french) == ["~data", "~synthetic", "~reliable"])
    #expect(Set(english) == Set(french))
  }

  @Test(arguments: ["le", "de", "que", "pas", "très"])
  func frenchStopWords(word: String) {
    #expect(StopWords.french.contains(word))
    #expect(!StopWords.english.contains(word))
  }
}
