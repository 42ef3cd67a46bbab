import AgoraModel
import AgoraStore
import Foundation
import Testing

/// Several writers on one database file at once: nothing lost, no "database is locked".
struct ConcurrentAnswerTests {
  @Test func fourWritersOfFiftyAnswersEachLoseNothing() async throws {
    let folder = try CLI.scratchFolder()
    let path = folder.appendingPathComponent("t.sqlite").path
    let survey = Survey(
      id: "load", title: LocalizedText(plain: "Load"), languages: ["fr"],
      questions: (0..<50).map {
        Question(id: "q\($0)", kind: .text(maxLength: 100), prompt: LocalizedText(plain: "Q\($0)"))
      })
    let setup = try Store(path: path)
    _ = try setup.saveSurvey(
      LoadedSurvey(survey: survey, contentHash: "h", text: ""), fileName: "load.yaml",
      at: Date())
    try await withThrowingTaskGroup(of: Void.self) { group in
      for writer in 0..<4 {
        group.addTask {
          // Each writer opens its own connection pool, as separate processes would.
          let store = try Store(path: path)
          let response = try store.startResponse(
            surveyID: "load", respondent: "writer-\(writer)", source: "terminal", language: "fr",
            at: Date())
          for index in 0..<50 {
            try store.saveAnswer(
              Answer(questionID: "q\(index)", value: .text("w\(writer) a\(index)")),
              responseID: response.id, at: Date())
          }
          try store.completeResponse(response.id, at: Date())
        }
      }
      try await group.waitForAll()
    }
    let responses = try Store(path: path).responses(surveyID: "load")
    #expect(responses.count == 4)
    #expect(responses.allSatisfy { $0.status == .complete })
    #expect(responses.map(\.answers.count) == [50, 50, 50, 50])
    #expect(Set(responses.map(\.respondent)) == ["writer-0", "writer-1", "writer-2", "writer-3"])
  }
}
