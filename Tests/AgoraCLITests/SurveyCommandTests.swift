import Foundation
import Testing

/// `agora validate` and `agora survey …` as a user runs them, output compared exactly.
@Suite(.serialized)
struct SurveyCommandTests {
  @Test func showLoadsTheSurveyFromTheSurveysFolderOnAFreshDatabase() throws {
    let agora = try AgoraProcess()
    let result = try agora.run(["survey", "show", "grok-3", "--lang", "en"])
    #expect(result.status == 0, "\(result.stderr)")
    let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.first == "grok-3 · Grok 3: what do you think? (revision 1)")
    #expect(
      result.stdout.contains(
        """
        5. tried-rating · scale 1–5 (1 = Very poor, 5 = Excellent) · when tried = yes
           How would you rate their performance?
        """))
    #expect(
      FileManager.default.fileExists(
        atPath: agora.folder.appendingPathComponent("agora.sqlite").path))
  }

  @Test func addSaysWhatIsNewChangedOrUnchanged() throws {
    let agora = try AgoraProcess()
    let first = try agora.run(["survey", "add", "surveys/"])
    #expect(first.stdout == "grok-3: new survey, revision 1 — surveys/grok-3.yaml\n")
    let again = try agora.run(["survey", "add", "surveys"])
    #expect(again.stdout == "grok-3: unchanged (revision 1) — surveys/grok-3.yaml\n")
    let path = agora.folder.appendingPathComponent("surveys/grok-3.yaml")
    let text = try String(contentsOf: path, encoding: .utf8)
    try (text + "\n# edited\n").write(to: path, atomically: true, encoding: .utf8)
    let changed = try agora.run(["survey", "add", "surveys/grok-3.yaml"])
    #expect(changed.stdout == "grok-3: changed, now revision 2 — surveys/grok-3.yaml\n")
    let list = try agora.run(["survey", "list"])
    #expect(
      list.stdout == """
        id      rev  responses  in progress  comments  title
        ──────  ───  ─────────  ───────────  ────────  ────────────────────────────
        grok-3  2    0          0            0         Grok 3 : qu'en pensez-vous ?

        """)
  }

  @Test func listAsJSON() throws {
    let agora = try AgoraProcess()
    _ = try agora.run(["survey", "add", "surveys"])
    let result = try agora.run(["survey", "list", "--json"])
    let rows = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]]
    #expect(rows?.first?["id"] as? String == "grok-3")
    #expect(rows?.first?["revision"] as? Int == 1)
  }

  @Test func dbOptionAndEnvironmentChooseTheFile() throws {
    let agora = try AgoraProcess()
    _ = try agora.run(["survey", "add", "surveys", "--db", "one.sqlite"])
    _ = try agora.run(["survey", "add", "surveys"], environment: ["AGORA_DB": "two.sqlite"])
    for name in ["one.sqlite", "two.sqlite"] {
      #expect(
        FileManager.default.fileExists(atPath: agora.folder.appendingPathComponent(name).path))
    }
    #expect(
      !FileManager.default.fileExists(
        atPath: agora.folder.appendingPathComponent("agora.sqlite").path))
  }

  @Test func validateReportsEveryProblemAndExitsOne() throws {
    let agora = try AgoraProcess(copySurveys: false)
    try agora.write("bad.yaml", "id: bad\ntitle: T\nlanguages: [fr]\nqestions: []\n")
    let result = try agora.run(["validate", "bad.yaml"])
    #expect(result.status == 1)
    #expect(result.stdout == "")
    #expect(
      result.stderr == """
        error: bad.yaml:4:1: unknown key `qestions` — did you mean `questions`?
        bad.yaml: 1 problem(s); fix them and run `agora validate bad.yaml` again

        """)
  }

  @Test func validateAcceptsTheShippedSurvey() throws {
    let agora = try AgoraProcess()
    let result = try agora.run(["validate", "surveys/grok-3.yaml"])
    #expect(result.status == 0)
    #expect(result.stdout == "surveys/grok-3.yaml: ok — survey `grok-3`, 11 questions\n")
  }

  @Test func usageErrorsExitTwoAndUnknownSurveysOne() throws {
    let agora = try AgoraProcess()
    #expect(try agora.run(["survey", "frobnicate"]).status == 2)
    let unknown = try agora.run(["survey", "show", "nope"])
    #expect(unknown.status == 1)
    #expect(unknown.stderr.hasPrefix("error: no survey `nope`"))
  }
}
