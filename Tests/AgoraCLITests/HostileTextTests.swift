import Foundation
import Testing

/// Imported comments full of escape sequences, bidi overrides, markup and formulas reach every
/// output format without acting on the reader.
@Suite(.serialized)
struct HostileTextTests {
  static let comments = [
    "Grok est fiable \u{1B}[31mROUGE\u{1B}[0m et \u{1B}]8;;http://evil.example\u{07}lien\u{1B}]8;;\u{07}",
    "Titre \u{1B}]0;pwned\u{07} données synthétiques \u{202E}fiable\u{202C} \u{9B}2J",
    "<script>alert(1)</script> données synthétiques <img src=x onerror=alert(2)>",
    "=HYPERLINK(\"http://evil.example\",\"clic\") données synthétiques pas fiable",
    "+cmd|' /C calc'!A0 données synthétiques",
    "@SUM(1+1) données synthétiques [x](javascript:alert(1)) | pipe",
    "-2+3 données synthétiques\r\nligne cachée \u{0}\u{7F}",
  ]

  /// Scalars that must never reach a terminal or a Markdown file from imported text.
  static func forbidden(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x00...0x08, 0x0B, 0x0C, 0x0E...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069:
      true
    default: false
    }
  }

  func prepared() throws -> AgoraProcess {
    let agora = try AgoraProcess()
    let rows = Self.comments.enumerated().map { index, text in
      "\(index + 1),\"\(text.replacingOccurrences(of: "\"", with: "\"\""))\""
    }
    try agora.write("hostile.csv", (["id,message"] + rows).joined(separator: "\n") + "\n")
    let imported = try agora.run([
      "import", "hostile.csv", "--survey", "grok-3", "--question", "synthetic-data",
    ])
    #expect(imported.status == 0, "\(imported.stderr)")
    #expect(try agora.run(["analyze", "grok-3", "--themes", "2"]).status == 0)
    return agora
  }

  @Test func everyFormatNeutralisesTheText() throws {
    let agora = try prepared()
    for format in ["terminal", "md", "html", "csv", "json"] {
      let result = try agora.run(["summary", "grok-3", "--format", format])
      #expect(result.status == 0, "\(format): \(result.stderr)")
      let output = result.stdout
      #expect(output.contains("synth"), "\(format) shows the comments' themes")
      if format != "csv" {
        #expect(output.contains("ROUGE") || output.contains("calc"), "\(format) quotes comments")
      }
      switch format {
      case "terminal", "md":
        let bad = output.unicodeScalars.filter(Self.forbidden)
        #expect(bad.isEmpty, "\(format) lets through \(bad.map { String($0.value, radix: 16) })")
      case "html":
        #expect(!output.contains("<script>alert"))
        #expect(!output.contains("<img src=x"))
        #expect(!output.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x202E })
      case "csv":
        for line in output.split(separator: "\r\n") {
          for cell in line.split(separator: ",") where cell.hasPrefix("\"") {
            #expect(!"=+-@".contains(cell.dropFirst().first ?? " "), "formula cell \(cell)")
          }
        }
      default:
        let bad = output.unicodeScalars.filter { $0.value < 0x20 && $0 != "\n" }
        #expect(bad.isEmpty, "raw control characters in JSON")
      }
    }
  }

  @Test func themesCommandIsSafeToo() throws {
    let agora = try prepared()
    let result = try agora.run(["themes", "grok-3", "--question", "synthetic-data"])
    #expect(result.status == 0)
    #expect(result.stdout.unicodeScalars.filter(Self.forbidden).isEmpty)
  }
}
