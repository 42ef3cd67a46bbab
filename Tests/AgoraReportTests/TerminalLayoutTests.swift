import Testing

@testable import AgoraReport

/// Bars, sparklines and wrapping used by the terminal renderer.
@Suite struct TerminalLayoutTests {
  @Test(arguments: [
    (0.0, "          "), (1.0, "██████████"), (0.5, "█████     "), (0.42, "████▎     "),
    (0.0125, "▏         "), (1.5, "██████████"), (-1.0, "          "),
  ])
  func bar(share: Double, expected: String) {
    #expect(TerminalLayout.bar(share, width: 10) == expected)
  }

  @Test func sparkline() {
    #expect(TerminalLayout.sparkline([0, 7, 14, 3]) == "▁▅█▃")
    #expect(TerminalLayout.sparkline([0, 0]) == "▁▁")
    #expect(TerminalLayout.sparkline([]) == "")
  }

  @Test func wrapBreaksAtSpacesAndCountsWideCharacters() {
    #expect(
      TerminalLayout.wrap("one two three four", width: 9, first: "- ", rest: "  ")
        == ["- one two", "  three", "  four"])
    #expect(TerminalLayout.wrap("日本語の文章", width: 6) == ["日本語", "の文章"])
    #expect(TerminalLayout.wrap("abcdefghij", width: 4) == ["abcd", "efgh", "ij"])
    #expect(TerminalLayout.wrap("a\n\nb", width: 4) == ["a", "", "b"])
  }

  @Test func fitPadsOrCuts() {
    #expect(TerminalLayout.fit("abc", width: 5) == "abc  ")
    #expect(TerminalLayout.fit("abcdef", width: 4) == "abc…")
  }

  @Test func numbersReadTheSameEverywhere() {
    #expect(Figures.percent(0.42) == "42.0%")
    #expect(Figures.share(Proportion(count: 5, total: 10)) == "50.0% (23.7–76.3)")
    #expect(Figures.signed(0.32) == "+0.32")
    #expect(Figures.signed(-0.001) == "0.00")
    #expect(Figures.mood(-0.21) == "-0.21 negative")
    #expect(Figures.pValue(0.0027) == "0.003")
    #expect(Figures.pValue(0.0004) == "<0.001")
    #expect(Figures.timestamp(SummaryFixture.generatedAt) == "2025-02-20 09:00 UTC")
  }
}
