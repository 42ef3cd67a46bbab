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
    try withDatabase(migratedUpTo: "v1") { queue, path in
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
  }

  @Test func aVersion1DatabaseWithCommentsUpgradesAndKeepsThem() throws {
    try withDatabase(migratedUpTo: "v1") { queue, path in
      try queue.write { db in
        try db.execute(
          sql: """
            INSERT INTO survey (id, created_at) VALUES ('old', '2025-02-14');
            INSERT INTO import_batch (survey_id, file_name, sha256, format, platform, imported_at,
              counts) VALUES ('old', 'f.xml', 'x', 'disqus', 'disqus', '2025-02-14', '{}');
            INSERT INTO comment (id, survey_id, batch_id, platform, moderation, created_at,
              author_hash, external_id, parent_external_id, source_line, text, raw_text) VALUES
              (7, 'old', 1, 'disqus', 'published', '2025-02-13T08:00:00.000Z', 'a1', 'd1', NULL, 3,
                'Bien vu', '<p>Bien vu</p>'),
              (8, 'old', 1, 'disqus', 'spam', NULL, NULL, 'd2', 'd1', 4, 'Achetez', 'Achetez'),
              (9, 'old', 1, 'disqus', 'published', NULL, 'a2', 'd3', 'd1', 5, 'Même texte',
                'Même texte'),
              (12, 'old', 1, 'disqus', 'published', NULL, NULL, 'd9', NULL, 6, 'Effacé', 'Effacé');
            DELETE FROM comment WHERE id = 12;
            INSERT INTO comment_route (comment_id, question_id, confidence) VALUES
              (7, 'opinion', 0.75), (9, 'claims', 0.5);
            INSERT INTO text_analysis (item_kind, item_id, text_hash, language, sentiment,
              sentiment_label, duplicate_key) VALUES ('comment', 9, 'h', 'fr', 0.1, 'neu', 'k');
            """)
      }
      try queue.close()
      let store = try Store(path: path)
      #expect(try store.appliedMigrations() == ["v1", "v2", "v3", "v4", "v5"])
      let comments = try store.comments(surveyID: "old", includingModerated: true)
      #expect(comments.map(\.id) == [7, 8, 9])
      #expect(comments.map(\.rawText) == ["<p>Bien vu</p>", "Achetez", "Même texte"])
      #expect(comments.map(\.text) == ["Bien vu", "Achetez", "Même texte"])
      #expect(comments.map(\.parentExternalID) == [nil, "d1", "d1"])
      #expect(comments.map(\.author) == ["a1", nil, "a2"])
      #expect(comments.map(\.routes) == [["opinion": 0.75], [:], ["claims": 0.5]])
      let upgraded = try store.read("upgraded") { db in
        (
          try Int.fetchAll(db, sql: "SELECT analysable FROM comment ORDER BY id"),
          try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM comment WHERE raw_text IS NULL"),
          try Int.fetchAll(
            db, sql: "SELECT item_id FROM text_item WHERE item_kind = 'comment' ORDER BY 1"),
          try Int.fetchOne(db, sql: "SELECT item_id FROM text_analysis")
        )
      }
      #expect(upgraded.0 == [1, 0, 1])
      #expect(upgraded.1 == 2)
      #expect(upgraded.2 == [7, 9])
      #expect(upgraded.3 == 9)
      let batch = NewImportBatch(
        surveyID: "old", fileName: "g.csv", sha256: "y", format: "csv", platform: "disqus",
        importedAt: date, counts: ImportCounts(), partial: false)
      let newComments = [
        ImportedComment(
          externalID: "d4", parentExternalID: "d1", rawText: "Nouveau", text: "Nouveau"),
        ImportedComment(
          externalID: "d5", parentExternalID: "d404", rawText: "Orphelin", text: "Orphelin"),
      ]
      let counts = try store.importBatch(
        batch,
        comments: newComments.map {
          RoutedComment(comment: $0, questionID: "opinion", confidence: 1)
        },
        authors: .kept)
      #expect(counts.new == 2)
      // Only this batch's replies count, and a parent of an earlier batch is known.
      #expect(counts.repliesToUnknown == 1)
      // Ids keep growing past the deleted comment's.
      #expect(try store.comments(surveyID: "old").map(\.id) == [7, 9, 13, 14])
      // Nothing looks comments up by batch or by whether they are analysable, so only the
      // unique key is indexed.
      let indexes = try store.read("indexes") { db in
        try String.fetchAll(
          db,
          sql:
            "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'comment' ORDER BY 1"
        )
      }
      #expect(indexes == ["sqlite_autoindex_comment_1"])
    }
  }

  @Test func aVersion3DatabaseKeepsRoutesInCommentsAndShortensPseudonyms() throws {
    try withDatabase(migratedUpTo: "v3") { queue, path in
      let pseudonym = String(repeating: "0123456789abcdef", count: 4)
      let kept = String(repeating: "Z", count: 64)
      try queue.write { db in
        try db.execute(
          sql: """
            INSERT INTO survey (id, created_at) VALUES ('old', '2025-02-14');
            INSERT INTO import_batch (survey_id, file_name, sha256, format, platform, imported_at,
              counts) VALUES ('old', 'f.csv', 'x', 'csv', 'csv', '2025-02-14', '{}');
            INSERT INTO comment (id, survey_id, batch_id, platform, moderation, analysable,
              author_hash, external_id, text) VALUES
              (1, 'old', 1, 'csv', 'published', 1, ?, 'c1', 'Un'),
              (2, 'old', 1, 'csv', 'published', 1, 'Gérard', 'c2', 'Deux'),
              (3, 'old', 1, 'csv', 'spam', 0, ?, 'c3', 'Trois'),
              (4, 'old', 1, 'csv', 'published', 1, NULL, 'c4', 'Effacé');
            DELETE FROM comment WHERE id = 4;
            INSERT INTO comment_route (comment_id, question_id, confidence) VALUES
              (1, 'claims', 0.25), (1, 'opinion', 0.75), (2, 'claims', 0.5);
            """, arguments: [pseudonym, kept])
      }
      try queue.close()
      let store = try Store(path: path)
      #expect(try store.appliedMigrations() == ["v1", "v2", "v3", "v4", "v5"])
      let comments = try store.comments(surveyID: "old", includingModerated: true)
      // The most confident route is kept; a comment without one has none.
      #expect(comments.map(\.routes) == [["opinion": 0.75], ["claims": 0.5], [:]])
      // Pseudonyms are cut to 16 digits; a kept name is left as it is.
      #expect(comments.map(\.author) == ["0123456789abcdef", "Gérard", kept])
      let texts = try store.read("texts") { db in
        try String.fetchAll(db, sql: "SELECT question_id FROM text_item ORDER BY item_id")
      }
      #expect(texts == ["opinion", "claims"])
      let tables = try store.read("tables") { db in
        try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE name = 'comment_route'")
      }
      #expect(tables.isEmpty)
      // The unique key starts with the external id; ids go on after the deleted comment's.
      let key = try store.read("key") { db in
        try String.fetchAll(
          db, sql: "SELECT name FROM pragma_index_info('sqlite_autoindex_comment_1')")
      }
      #expect(key == ["external_id", "platform", "survey_id"])
      let batch = NewImportBatch(
        surveyID: "old", fileName: "g.csv", sha256: "y", format: "csv", platform: "csv",
        importedAt: Date(), counts: ImportCounts(), partial: false)
      let counts = try store.importBatch(
        batch,
        comments: [
          RoutedComment(
            comment: ImportedComment(externalID: "c5", rawText: "Cinq", text: "Cinq"),
            questionID: "opinion", confidence: 1),
          RoutedComment(
            comment: ImportedComment(externalID: "c1", rawText: "Un", text: "Un"),
            questionID: "opinion", confidence: 1),
        ], authors: .kept)
      #expect(counts.new == 1)
      #expect(counts.duplicate == 1)
      #expect(try store.comments(surveyID: "old").map(\.id) == [1, 2, 5])
    }
  }

  @Test func storedDatesSortAsTimeDoes() {
    let early = Date(timeIntervalSince1970: 1_739_500_000.25)
    let text = StoredDate.string(early)
    #expect(text == "2025-02-14T02:26:40.250Z")
    #expect(StoredDate.date(text) == early)
  }
}
