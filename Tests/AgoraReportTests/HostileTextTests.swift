import Foundation
import Testing

@testable import AgoraReport

/// Imported text is hostile: no renderer may let it act on the reader's terminal, browser,
/// Markdown viewer or spreadsheet.
@Suite struct HostileTextTests {
  /// Escape sequences, bidi overrides, markup and formulas that comments may carry.
  static let payloads = [
    "\u{1B}[31mred\u{1B}[0m", "\u{1B}]8;;http://evil\u{07}click\u{1B}]8;;\u{07}",
    "\u{1B}]0;title\u{07}", "abc\u{202E}cba", "over\rwrite", "<script>alert(1)</script>",
    "=HYPERLINK(\"http://x\")", "+cmd", "@SUM(1)", "-2+3", "[x](javascript:alert(1))",
    "| pipe", "\u{9B}31m", "\u{1B}P1$qm\u{1B}\\", "del\u{7F}", "\u{2066}iso\u{2069}",
    "\ttab", "nul\u{0}", "&#x202E;", "# heading", "\u{85}nel",
  ]

  /// The payload for field `index`, so that every field gets a different one.
  static func evil(_ index: Int) -> String {
    payloads[index % payloads.count]
  }

  /// Every payload, one after another.
  static let all = payloads.joined(separator: " ")

  /// A summary in which every string a renderer shows is hostile.
  static let summary: Summary = {
    let quote = { (i: Int) in
      Quote(text: all, source: evil(i), author: evil(i + 1), date: evil(i + 2))
    }
    let options = payloads.indices.map { ("o\($0)", evil($0), [$0 + 1, 2 * $0 + 3]) }
    var question = QuestionSummary(
      id: evil(0), prompt: all, type: evil(1),
      tally: SummaryFixture.tally(options, sources: [evil(2), evil(3)]))
    question.inferred = SummaryFixture.tally(options, sources: [evil(4), evil(5)])
    question.crossTab = SummaryFixture.crossTab(
      by: evil(0), columns: [evil(6), evil(7)],
      rows: payloads.indices.map { (evil($0), [$0 + 2, 30 - $0]) }, sentiment: [0.1, -0.2])
    question.text = TextResults(
      total: 40, bySource: [SourceCount(source: evil(8), responses: 0, comments: 40)],
      sentiment: SentimentSplit(
        positive: Proportion(count: 10, total: 40), neutral: Proportion(count: 10, total: 40),
        negative: Proportion(count: 20, total: 40), mean: -0.2),
      languages: [LanguageCount(language: evil(9), count: 40)],
      themes: payloads.indices.map { i in
        ThemeResult(
          id: i, label: evil(i), size: Proportion(count: 2, total: 40), mood: 0.1,
          quotes: [quote(i), quote(i + 3)])
      },
      duplicates: [DuplicateGroup(count: 3, sources: [evil(10), evil(11)], sample: all)])
    return Summary(
      survey: SurveyInfo(id: evil(12), title: all, revision: 1, language: evil(13), article: all),
      generatedAt: SummaryFixture.generatedAt,
      filters: SummaryFilters(sources: [evil(14)], since: evil(15), by: evil(0)),
      sources: payloads.indices.map { SourceCount(source: evil($0), responses: 1, comments: 2) },
      questions: [question],
      trend: payloads.indices.map {
        DayCount(day: evil($0), responses: 1, comments: 1, sentiment: 0)
      })
  }()

  /// Code points that act on a terminal or reorder text: C0 but newline, DEL, C1, bidi
  /// embeddings, overrides and isolates.
  static func isDangerous(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x0A: false
    case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: true
    default: false
    }
  }

  static func render(_ renderer: some SummaryRendering) -> String {
    GoldenTests.render(summary, renderer)
  }

  @Test(arguments: [40, 80, 200])
  func terminalHasNoControlCharacters(width: Int) {
    let output = Self.render(TerminalRenderer(width: width))
    let bad = output.unicodeScalars.filter(Self.isDangerous)
    #expect(bad.isEmpty, "\(bad.map { String($0.value, radix: 16) })")
    #expect(output.contains("␛[31mred"))
    #expect(output.contains("⟨U+202E⟩"))
  }

  @Test func terminalColoursAreOnlyItsOwn() throws {
    let output = Self.render(TerminalRenderer(color: true))
    let sgr = try Regex(#"\x1B\[[0-9;]*m"#)
    let rest = output.replacing(sgr, with: "")
    let bad = rest.unicodeScalars.filter(Self.isDangerous)
    #expect(bad.isEmpty, "\(bad.map { String($0.value, radix: 16) })")
    #expect(rest.count < output.count)
  }

  @Test func markdownCannotFormatOrControl() {
    let output = Self.render(MarkdownRenderer())
    let bad = output.unicodeScalars.filter(Self.isDangerous)
    #expect(bad.isEmpty, "\(bad.map { String($0.value, radix: 16) })")
    #expect(!output.contains("[x]("))
    // Raw HTML needs an unescaped `<`; entities an unescaped `&`.
    // (`<` or `&` followed by a letter, `/`, `!`, `?` or `#`; our own `p <0.001` is no tag).
    let characters = Array(output)
    let unescaped = characters.indices.dropFirst().dropLast().filter { i in
      (characters[i] == "<" || characters[i] == "&") && characters[i - 1] != "\\"
        && (characters[i + 1].isLetter || "/!?#".contains(characters[i + 1]))
    }
    #expect(unescaped.isEmpty)
    #expect(output.contains(#"\<script\>"#))
    #expect(output.contains(#"\[x\](javascript:alert(1))"#))
    #expect(output.contains(#"\| pipe"#))
    for line in output.split(separator: "\n") where line.hasPrefix("|") {
      let cells = line.split(separator: "|", omittingEmptySubsequences: false)
      let escaped = line.components(separatedBy: #"\|"#).count - 1
      // Every table row has as many unescaped pipes as its header.
      #expect(cells.count - escaped >= 3)
    }
  }

  @Test func htmlIsEscaped() {
    let output = Self.render(HTMLRenderer())
    #expect(!output.lowercased().contains("<script"))
    #expect(output.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
    #expect(!output.contains("&#x202E;"))
    let bad = output.unicodeScalars.filter(Self.isDangerous)
    #expect(bad.isEmpty, "\(bad.map { String($0.value, radix: 16) })")
  }

  @Test func csvCellsCannotStartFormulas() {
    let output = Self.render(CSVRenderer())
    #expect(!output.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
    let rows = CSVParsing.rows(output)
    #expect(rows.count > 100)
    for row in rows {
      #expect(row.count == 9)
      for cell in row where Double(cell) == nil {
        let first = cell.first.map(String.init) ?? ""
        #expect(!["=", "+", "-", "@", "\t", "\r"].contains(first), "\(cell)")
      }
    }
    #expect(output.contains("'=HYPERLINK"))
    #expect(output.contains("'-2+3"))
  }

  @Test func jsonKeepsTheTextButEscapesControls() throws {
    let output = Self.render(JSONRenderer())
    #expect(!output.unicodeScalars.contains { $0.value < 0x20 && $0.value != 0x0A })
    let decoder = JSONDecoder()
    decoder.dateDecodingStrategy = .iso8601
    decoder.keyDecodingStrategy = .convertFromSnakeCase
    #expect(try decoder.decode(Summary.self, from: Data(output.utf8)) == Self.summary)
  }
}
