import Testing

@testable import agora

/// The analysis progress bar's line.
struct ProgressBarTests {
  @Test(arguments: [
    (0.0, "[░░░░░░░░░░░░░░░░░░░░]   0%  reading"),
    (0.35, "[███████░░░░░░░░░░░░░]  35%  reading"),
    (1.0, "[████████████████████] 100%  reading"),
    (1.7, "[████████████████████] 100%  reading"),
    (-1.0, "[░░░░░░░░░░░░░░░░░░░░]   0%  reading"),
  ])
  func drawsTheShareDone(_ fraction: Double, _ expected: String) {
    #expect(ProgressBar.line(fraction, "reading", columns: 80) == expected)
  }

  @Test func staysWithinTheTerminal() {
    let line = ProgressBar.line(0.5, String(repeating: "x", count: 200), columns: 40)
    #expect(line.count == 39)
    #expect(line.hasPrefix("[██████████░░░░░░░░░░]  50%  xxx"))
  }
}
