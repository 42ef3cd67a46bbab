import Foundation
import Testing

/// `agora answer --from`, plain mode through a pipe, and `agora responses`, run as a binary.
struct AnswerCommandTests {
  @Test func savesAValidFileAndRefusesAnInvalidOne() throws {
    try CLI.withScratchFolder { folder in
      let good = """
        {"respondent": "alice", "language": "en", "answers": {"opinion": "Impressive",
          "tried": "yes", "tried-rating": 4, "synthetic-data-reliable": "depends",
          "openai-bid-reasons": ["publicity", "other"], "openai-bid-reasons.other": "Ego"}}
        """
      try good.write(
        to: folder.appendingPathComponent("good.json"), atomically: true, encoding: .utf8)
      let saved = try CLI.run(
        ["answer", "grok-3", "--db", "t.sqlite", "--from", "good.json"], in: folder)
      #expect(saved.status == 0)
      #expect(saved.output == "Saved response #1 of alice: 5 answers.\n")

      let bad = #"{"answers": {"tried": "no", "tried-rating": 9, "assistant": "bing"}}"#
      try bad.write(
        to: folder.appendingPathComponent("bad.json"), atomically: true, encoding: .utf8)
      let refused = try CLI.run(
        ["answer", "grok-3", "--db", "t.sqlite", "--from", "bad.json"], in: folder)
      #expect(refused.status == 1)
      #expect(
        refused.error == """
          error: bad.json: 3 problem(s), nothing saved:
            tried-rating: not asked given the other answers; remove it
            synthetic-data-reliable: an answer is required
            assistant: unknown option 'bing'

          """)

      let table = try CLI.run(["responses", "grok-3", "--db", "t.sqlite"], in: folder)
      let lines = table.output.split(separator: "\n").map(String.init)
      #expect(lines.count == 3)
      #expect(
        lines.first
          == "id  respondent  status    source  lang  answered  started           completed"
      )
      #expect(lines.last?.hasPrefix("1   alice       complete  file    en    5         ") == true)
      let json = try CLI.responses("grok-3", in: folder)
      let answers = json.first?["answers"] as? [String: Any] ?? [:]
      #expect(answers["openai-bid-reasons"] as? [String] == ["publicity", "other"])
      #expect(answers["openai-bid-reasons.other"] as? String == "Ego")
      #expect(answers["tried-rating"] as? Int == 4)
    }
  }

  @Test func answersFromAPipeAndResumes() throws {
    try CLI.withScratchFolder { folder in
      let first = try CLI.run(
        ["answer", "grok-3", "--db", "t.sqlite"], in: folder, input: "Bof\n\n3\nn\n")
      #expect(first.status == 0)
      #expect(first.output.contains("[4/9] Avez-vous testé les précédentes versions de Grok ?"))
      #expect(first.error.contains("--respondent tester` to resume"))
      let second = try CLI.run(
        ["answer", "grok-3", "--db", "t.sqlite", "--resume", "--lang", "en"], in: folder,
        input: "\n\n\n2\n\n\n\n\ny\n")
      #expect(second.status == 0)
      #expect(second.output.contains("[5/9] Is training on synthetic data reliable? (required)"))
      #expect(second.output.hasSuffix("Thank you! Your answers are saved. (#1, tester)\n"))
      let json = try CLI.responses("grok-3", in: folder)
      #expect(json.count == 1)
      #expect(json.first?["status"] as? String == "complete")
      let answers = json.first?["answers"] as? [String: Any] ?? [:]
      #expect(answers["opinion"] as? String == "Bof")
      #expect(answers["tried"] as? String == "no")
      #expect(answers["synthetic-data-reliable"] as? String == "unreliable")
      #expect(answers.count == 4)
    }
  }
}
