import AgoraReport
import Testing

@testable import AgoraTerminal

/// What the home draws: sizes, figures, labels, and imported text made harmless.
struct HomeFrameTests {
  /// Key paths to every page.
  static let pages: [(name: String, keys: [Key])] = [
    ("surveys", []),
    ("survey", [.enter]),
    ("questions", [.character("r")]),
    ("chart", [.character("r"), .enter]),
    ("numbers", [.character("r"), .down, .enter]),
    ("text chart", [.character("r"), .end, .enter]),
    ("themes", [.character("r"), .end, .enter, .enter]),
    ("quotes", [.character("r"), .end, .enter, .enter, .enter]),
    ("imports", [.character("i")]),
    ("hostile survey", [.down, .enter]),
  ]

  @Test(arguments: [(80, 24), (100, 30), (40, 10), (20, 6)])
  func everyPageFitsTheScreen(width: Int, height: Int) {
    for page in Self.pages {
      let (state, _) = HomeFixture.home(after: page.keys, width: width, height: height)
      let frame = state.frame()
      #expect(frame.lines.count == height, "\(page.name)")
      for line in frame.lines {
        #expect(TerminalWidth.of(line.text) <= width, "\(page.name): \(line.text)")
      }
      #expect(frame.lines.last?.text.contains("q quit") == true || width < 60, "\(page.name)")
    }
  }

  @Test func importedTextCannotReachTheTerminal() {
    for page in Self.pages {
      let (state, _) = HomeFixture.home(after: page.keys, width: 100, height: 30)
      let text = state.frame().text
      #expect(!text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" }, "\(page.name)")
      #expect(!text.unicodeScalars.contains { $0.value == 0x202E }, "\(page.name)")
    }
    let (quotes, _) = HomeFixture.home(
      after: [.character("r"), .end, .enter, .enter, .enter], width: 100, height: 30)
    #expect(quotes.frame().text.contains("Evil ␛[2J␛]8;;http://x␇link⟨U+202E⟩reversed"))
  }

  @Test func surveyListShowsCounts() {
    let text = HomeFixture.home(after: []).0.frame().text
    #expect(text.contains("  survey        responses  in progress  comments  title"))
    #expect(
      text.contains(
        "▸ grok-3              132            2       343  Grok 3 : qu'en pensez-vous ?"))
    #expect(
      text.contains("  hostile␛[31m          0            0         1  Evil ␛]0;owned␇ title"))
    #expect(text.contains("↑/↓ move · Enter open · a answer · r results · i imports · q quit"))
  }

  @Test func chartShowsSharesIntervalsSourcesAndInferredApart() {
    let text = HomeFixture.home(after: [.character("r"), .enter], width: 100, height: 30).0
      .frame().text
    #expect(text.contains("Agora › grok-3 › Results › synthetic"))
    #expect(text.contains("74 answered · all sources together, each apart below"))
    #expect(text.contains("51.4% (40.2–62.4)  n=38"))
    #expect(text.contains("terminal 68.2% (53.4–80.0) n=30 · file 26.7% (14.2–44.4) n=8"))
    #expect(text.contains("sources differ (χ² p=0.009)"))
    #expect(text.contains("◇ Inferred from comments — not direct answers, counted apart"))
    #expect(text.contains("37 comments"))
    #expect(text.contains("Sources: all together (s) · Languages: all (l)"))
  }

  @Test func textChartThemesAndQuotes() {
    let chart = HomeFixture.home(after: [.character("r"), .end, .enter], width: 100, height: 30)
      .0.frame().text
    #expect(chart.contains("343 texts · terminal 61 · disqus 282"))
    #expect(chart.contains("negative  38.8% (33.8–44.0)  n=133"))
    #expect(chart.contains("Languages: fr 62.4% · en 37.6%"))
    #expect(chart.contains("2 themes — t opens them"))
    let themes = HomeFixture.home(
      after: [.character("r"), .end, .enter, .enter], width: 100, height: 30
    ).0.frame().text
    #expect(themes.contains("▸ données synthétiques · synthetic data"))
    #expect(themes.contains("34.4% (29.6–39.6)   n=118  -0.21 negative"))
    let quotes = HomeFixture.home(
      after: [.character("r"), .end, .enter, .enter, .down, .enter], width: 100, height: 30
    ).0.frame().text
    #expect(quotes.contains("benchmarks · Musk"))
    #expect(quotes.contains("“Show me independent benchmarks.”"))
    #expect(quotes.contains("— terminal, Camille, 2025-02-15"))
  }

  @Test func importsShowBatchesAndCounts() {
    let text = HomeFixture.home(after: [.character("i")], width: 100, height: 30).0.frame().text
    #expect(text.contains("exports/grok-3/disqus-export.xml"))
    #expect(text.contains("#1 · 2025-02-20 09:00 UTC · routed: opinion 30"))
    #expect(text.contains("evil␛[31m.csv"))
    #expect(text.contains("2 batches · 38 new comments in all"))
  }

  @Test func longFileNamesKeepTheirEnd() {
    let text = HomeFixture.home(after: [.character("i")], width: 80, height: 30).0.frame().text
    #expect(text.contains("…grok-3/disqus-export.xml  disqus"))
  }

  @Test func longPagesSayThereIsMore() {
    let text = HomeFixture.home(after: [.character("r"), .end, .enter], width: 80, height: 12)
      .0.frame().text
    #expect(text.contains("↓ more ("))
  }
}
