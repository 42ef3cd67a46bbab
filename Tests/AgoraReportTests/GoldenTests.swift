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

  @Test func terminal() throws {
    var out = ""
    TerminalRenderer().render(SummaryFixture.grok3, to: &out)
    try Self.compare(out, with: "summary.txt")
  }
}
