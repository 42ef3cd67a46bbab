import Testing

@testable import AgoraText

/// Positions inferred from phrases: stems, longest match, single vs multiple choice.
struct PositionMatcherTests {
  static func single() -> PositionMatcher {
    PositionMatcher(
      phrases: [
        "reliable": ["fiable", "reliable"], "unreliable": ["pas fiable", "not reliable"],
        "depends": ["ça dépend", "it depends"],
      ], allowsSeveral: false)
  }

  @Test(arguments: [
    ("C'est fiable.", ["reliable"]),
    ("Les données synthétiques sont FIABLES", ["reliable"]),
    ("Ce n'est pas fiable du tout", ["unreliable"]),
    ("Not reliable at all", ["unreliable"]),
    ("Ca depend des donnees", ["depends"]),
    ("Fiable ? Ça dépend.", []),
    ("Pas très fiable, franchement", []),
    ("It is not really reliable", []),
    ("Aucun rapport", []),
  ])
  func singleChoice(_ text: String, _ expected: [String]) {
    #expect(Self.single().positions(of: text) == expected)
  }

  @Test func multipleChoiceTakesEveryMatch() {
    let matcher = PositionMatcher(
      phrases: ["altman": ["altman", "rivalité"], "publicity": ["coup de com", "buzz"]],
      allowsSeveral: true)
    #expect(matcher.positions(of: "Un coup de com contre Sam Altman") == ["altman", "publicity"])
    #expect(matcher.positions(of: "Rien à voir") == [])
  }

  @Test func repeatedAndNestedPhrasesCountOnce() {
    let matcher = PositionMatcher(
      phrases: ["a": ["fiable", "fiable fiable"], "b": ["pas fiable"]], allowsSeveral: true)
    #expect(matcher.positions(of: "fiable fiable fiable") == ["a"])
    #expect(matcher.positions(of: "pas fiable, fiable") == ["b"])
    #expect(matcher.positions(words: []) == [])
  }
}
