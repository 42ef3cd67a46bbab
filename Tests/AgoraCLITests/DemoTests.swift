import Foundation
import Testing

/// `agora demo` on a fresh clone's files: the whole job, twice, and never on someone's database.
@Suite(.serialized)
struct DemoTests {
  @Test func runsTheWholeJobAndStartsFreshEachTime() throws {
    let agora = try AgoraProcess(copyExports: true)
    for _ in 0..<2 {
      let result = try agora.run(["demo", "--format", "json"])
      #expect(result.status == 0, "\(result.stderr)")
      #expect(result.stderr.contains("Loaded 60 sample answers; imported 5 exports;"))
      let summary =
        try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
      let sources = summary?["sources"] as? [[String: Any]] ?? []
      #expect(
        sources.map { $0["source"] as? String ?? "" }
          == ["csv", "disqus", "hackernews", "reddit", "sample", "wordpress"])
      let sample = sources.first { $0["source"] as? String == "sample" }
      #expect(sample?["responses"] as? Int == 60)
      let questions = summary?["questions"] as? [[String: Any]] ?? []
      let opinion = questions.first { $0["id"] as? String == "opinion" }?["text"] as? [String: Any]
      #expect(((opinion?["themes"] as? [Any])?.count ?? 0) >= 2)
    }
  }

  @Test func terminalReportHasEveryQuestion() throws {
    let agora = try AgoraProcess(copyExports: true)
    let result = try agora.run(["demo"], environment: ["COLUMNS": "100"])
    #expect(result.status == 0, "\(result.stderr)")
    for prompt in [
      "Quel est votre avis sur le sujet ?", "Avez-vous testé les précédentes versions de Grok ?",
      "Inferred from comments — not direct answers",
    ] {
      #expect(result.stdout.contains(prompt), "missing \(prompt)")
    }
    #expect(!result.stdout.contains("\u{1B}"), "no escape sequences when not on a terminal")
  }

  @Test func refusesToReplaceADatabaseItDidNotMake() throws {
    let agora = try AgoraProcess(copyExports: true)
    _ = try agora.run(["survey", "add", "surveys", "--db", "mine.sqlite"])
    let result = try agora.run(["demo", "--db", "mine.sqlite"])
    #expect(result.status == 1)
    #expect(result.stderr.contains("it exists and was not made by `agora demo`"))
    #expect(try agora.run(["survey", "list", "--db", "mine.sqlite"]).stdout.contains("grok-3"))
  }
}
