import AgoraModel
import Foundation
import GRDB
import Testing

@testable import AgoraStore

/// Surveys and responses round-trip through the store; revisions keep old answers attached.
struct StoreTests {
  static let yaml = """
    id: demo
    title: Demo
    languages: [fr]
    questions:
      - {id: tried, type: yes_no, prompt: Testé ?}
      - {id: why, type: text, prompt: Pourquoi ?, when: {question: tried, equals: "yes"}}
      - id: pick
        type: multi
        prompt: Lesquels ?
        options: [{id: a, label: A}, {id: b, label: B}, {id: other, label: Autre, other: true}]
    """

  static func loaded(_ yaml: String = yaml) throws -> LoadedSurvey {
    LoadedSurvey(
      survey: try SurveyFile.parse(yaml, file: "demo.yaml"), contentHash: ContentHash.sha256(yaml),
      text: yaml)
  }

  let date = Date(timeIntervalSince1970: 1_739_500_000)

  @Test func savingTheSameFileTwiceChangesNothing() throws {
    let store = try Store()
    #expect(try store.saveSurvey(Self.loaded(), at: date) == .new(revision: 1))
    #expect(try store.saveSurvey(Self.loaded(), at: date) == .unchanged(revision: 1))
    let stored = try #require(try store.survey("demo"))
    #expect(stored.revision == 1)
    #expect(stored.survey.questions.count == 3)
  }

  @Test func aChangedFileMakesARevisionAndAnswersKeepTheirs() throws {
    let store = try Store()
    _ = try store.saveSurvey(Self.loaded(), at: date)
    let response = try store.startResponse(
      surveyID: "demo", respondent: "alice", source: "terminal", language: "fr", at: date)
    try store.saveAnswer(
      Answer(questionID: "why", value: .text("Parce que")), responseID: response.id, at: date)
    let withoutWhy = Self.yaml.replacingOccurrences(
      of:
        "  - {id: why, type: text, prompt: Pourquoi ?, when: {question: tried, equals: \"yes\"}}\n",
      with: "")
    #expect(try store.saveSurvey(Self.loaded(withoutWhy), at: date) == .changed(revision: 2))
    #expect(try store.survey("demo")?.survey.question("why") == nil)
    #expect(try store.survey("demo", revision: 1)?.question("why") != nil)
    let responses = try store.responses(surveyID: "demo")
    #expect(responses.map(\.revision) == [1])
    #expect(responses.first?.answers == [Answer(questionID: "why", value: .text("Parce que"))])
  }

  @Test func answersRoundTripAndResponsesComplete() throws {
    let store = try Store()
    _ = try store.saveSurvey(Self.loaded(), at: date)
    let response = try store.startResponse(
      surveyID: "demo", respondent: "bob", source: "terminal", language: "fr", at: date)
    let answers = [
      Answer(questionID: "tried", value: .choice("yes")),
      Answer(questionID: "pick", value: .choices(["a", "other"]), otherText: "Mistral"),
    ]
    for answer in answers { try store.saveAnswer(answer, responseID: response.id, at: date) }
    #expect(try store.inProgressResponse(surveyID: "demo", respondent: "bob")?.answers == answers)
    try store.saveAnswer(
      Answer(questionID: "tried", value: .choice("no")), responseID: response.id, at: date)
    try store.removeAnswer(questionID: "pick", responseID: response.id)
    try store.completeResponse(response.id, at: date.addingTimeInterval(60))
    #expect(try store.inProgressResponse(surveyID: "demo", respondent: "bob") == nil)
    let stored = try #require(try store.responses(surveyID: "demo").first)
    #expect(stored.status == .complete)
    #expect(stored.answers == [Answer(questionID: "tried", value: .choice("no"))])
    #expect(stored.completedAt == date.addingTimeInterval(60))
    #expect(try store.surveys().first?.completeResponses == 1)
  }

  @Test func unknownSurveyAndResponseAreErrors() throws {
    let store = try Store()
    #expect(throws: StoreError.self) {
      _ = try store.startResponse(
        surveyID: "nope", respondent: "x", source: "terminal", language: "fr", at: date)
    }
    #expect(throws: StoreError.self) { try store.completeResponse(42, at: date) }
  }

  @Test func aDatabaseMadeByTheFirstMigrationOpens() throws {
    let path = FileManager.default.temporaryDirectory
      .appendingPathComponent("agora-v1-\(UUID().uuidString).sqlite").path
    defer { try? FileManager.default.removeItem(atPath: path) }
    let queue = try DatabaseQueue(path: path)
    try Schema.migrator.migrate(queue, upTo: "v1")
    try queue.write { db in
      try db.execute(sql: "INSERT INTO survey (id, created_at) VALUES ('old', '2025-02-14')")
    }
    try queue.close()
    let store = try Store(path: path)
    #expect(try store.appliedMigrations() == Schema.migrator.migrations)
    let count = try store.read("count") { db in
      try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM survey")
    }
    #expect(count == 1)
  }

  @Test func storedDatesSortAsTimeDoes() {
    let early = Date(timeIntervalSince1970: 1_739_500_000.25)
    let text = StoredDate.string(early)
    #expect(text == "2025-02-14T02:26:40.250Z")
    #expect(StoredDate.date(text) == early)
  }
}
