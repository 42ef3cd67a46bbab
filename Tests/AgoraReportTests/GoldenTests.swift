import Foundation
import Testing

@testable import AgoraReport

/// Each renderer's output for the Grok 3 fixture, compared exactly with a reviewed file.
///
/// Run with `AGORA_UPDATE_GOLDEN=1` to rewrite the files in `Fixtures/golden/` from the current
/// output, then review the diff before committing it.
@Suite struct GoldenTests {
  /// The source folder of the golden files (written to when updating).
  static let goldenFolder = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().appendingPathComponent("Fixtures/golden")

  /// Compares `output` with `Fixtures/golden/<name>`, or rewrites it when asked to.
  static func compare(_ output: String, with name: String) throws {
    let source = goldenFolder.appendingPathComponent(name)
    if ProcessInfo.processInfo.environment["AGORA_UPDATE_GOLDEN"] == "1" {
      try output.write(to: source, atomically: true, encoding: .utf8)
      return
    }
    let url = try #require(
      Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures/golden"))
    let expected = try String(contentsOf: url, encoding: .utf8)
    if output != expected {
      let outputLines = output.split(separator: "\n", omittingEmptySubsequences: false)
      let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
      let common = min(outputLines.count, expectedLines.count)
      let line = (0..<common).first { outputLines[$0] != expectedLines[$0] } ?? common
      let got = outputLines.dropFirst(line).first.map(String.init) ?? "(end)"
      let want = expectedLines.dropFirst(line).first.map(String.init) ?? "(end)"
      Issue.record("\(name) differs at line \(line + 1): got «\(got)», expected «\(want)»")
    }
  }

  /// The fixture drawn by every renderer, and the golden file each output is compared with.
  static let outputs: [(name: String, render: @Sendable (Summary) -> String)] = [
    ("summary.txt", { summary in render(summary, TerminalRenderer()) }),
    ("summary-color.txt", { summary in render(summary, TerminalRenderer(width: 60, color: true)) }),
    ("summary-narrow.txt", { summary in render(summary, TerminalRenderer(width: 40)) }),
    ("summary.md", { summary in render(summary, MarkdownRenderer()) }),
    ("summary.html", { summary in render(summary, HTMLRenderer()) }),
    ("summary.csv", { summary in render(summary, CSVRenderer()) }),
    ("summary.json", { summary in render(summary, JSONRenderer()) }),
  ]

  /// The output of any renderer as a string.
  static func render(_ summary: Summary, _ renderer: some SummaryRendering) -> String {
    var out = ""
    renderer.render(summary, to: &out)
    return out
  }

  @Test(arguments: 0..<outputs.count)
  func matchesGolden(_ index: Int) throws {
    let (name, render) = Self.outputs[index]
    try Self.compare(render(SummaryFixture.grok3), with: name)
  }

  @Test(arguments: [40, 60, 80, 120])
  func terminalLinesFitTheWidth(width: Int) {
    let output = Self.render(SummaryFixture.grok3, TerminalRenderer(width: width))
    for line in output.split(separator: "\n") {
      #expect(TerminalWidth.of(String(line)) <= width, "\(line)")
    }
  }

  @Test func jsonRoundTrips() throws {
    let json = Self.render(SummaryFixture.grok3, JSONRenderer())
    let decoder = JSONDecoder()
    decoder.dateDecodingStrategy = .iso8601
    decoder.keyDecodingStrategy = .convertFromSnakeCase
    let decoded = try decoder.decode(Summary.self, from: Data(json.utf8))
    #expect(decoded == SummaryFixture.grok3)
  }

  @Test func csvRowsHaveNineCells() {
    let csv = Self.render(SummaryFixture.grok3, CSVRenderer())
    let rows = CSVParsing.rows(csv)
    #expect(rows.first == CSVRenderer.columns)
    #expect(rows.count > 100)
    for row in rows { #expect(row.count == 9, "\(row)") }
  }
}
