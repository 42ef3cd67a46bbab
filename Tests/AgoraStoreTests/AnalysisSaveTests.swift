import AgoraModel
import Foundation
import GRDB
import Testing

@testable import AgoraStore

/// Saving an analysis run: near-duplicate flags and tallies worked out in memory, checked
/// against the SQL aggregates they replace; the "v3" upgrade of duplicate keys.
struct AnalysisSaveTests {
  /// The facts fixture, analysed again with inferred positions: the second comment takes two
  /// positions, one of them listed twice.
  func store() throws -> Store {
    let store = try FactsTests().store()
    let items = try store.textItems(surveyID: "demo")
    let comments = items.filter { $0.kind == "comment" }.map {
      ThemeRepresentative(kind: $0.kind, id: $0.id)
    }
    try store.saveAnalysis(
      surveyID: "demo", parameters: [:], items: [],
      themes: [
        StoredTheme(
          questionID: "why", themeID: 1, label: "super", members: comments, mood: 0.5,
          representatives: comments),
        StoredTheme(
          questionID: "why", themeID: 2, label: "all",
          members: items.map {
            ThemeRepresentative(kind: $0.kind, id: $0.id)
          }, mood: 0, representatives: []),
      ],
      inferred: [
        InferredAnswer(questionID: "tried", item: comments[1], optionID: "yes"),
        InferredAnswer(questionID: "tried", item: comments[1], optionID: "no"),
        InferredAnswer(questionID: "tried", item: comments[1], optionID: "yes"),
        InferredAnswer(questionID: "tried", item: comments[0], optionID: "no"),
      ], at: Date(timeIntervalSince1970: 1_739_700_000))
    return store
  }

  /// The rows of `table` for the latest run, sorted, sums rounded.
  func rows(_ store: Store, _ sql: String) throws -> [String] {
    try store.read("rows") { db in
      try Row.fetchAll(db, sql: sql).map { row in
        row.databaseValues.map { value -> String in
          switch value.storage {
          case .double(let number): String(format: "%.9f", number)
          case .int64(let number): String(number)
          case .string(let text): text
          case .null: "NULL"
          case .blob(let data): data.base64EncodedString()
          }
        }.joined(separator: "|")
      }.sorted()
    }
  }

  @Test func talliesAreTheSQLAggregates() throws {
    let store = try store()
    let run = "(SELECT MAX(id) FROM analysis_run)"
    #expect(
      try rows(
        store,
        """
        SELECT question_id, item_kind, source, day, language, sentiment_label, is_duplicate,
          theme_id, texts, sentiment_sum FROM text_tally WHERE run_id = \(run)
        """)
        == rows(
          store,
          """
          SELECT f.question_id, f.item_kind, f.source, substr(f.created_at, 1, 10), t.language,
            t.sentiment_label, t.is_duplicate, m.theme_id, COUNT(*), SUM(t.sentiment)
          FROM text_fact f
          JOIN text_analysis t ON t.item_kind = f.item_kind AND t.item_id = f.item_id
          LEFT JOIN theme_member m ON m.run_id = \(run) AND m.question_id = f.question_id
            AND m.item_kind = f.item_kind AND m.item_id = f.item_id
          WHERE f.survey_id = 'demo' GROUP BY 1, 2, 3, 4, 5, 6, 7, 8
          """))
    #expect(
      try rows(
        store,
        """
        SELECT source, day, language, is_duplicate, comments, sentiment_sum FROM comment_tally
        WHERE run_id = \(run)
        """)
        == rows(
          store,
          """
          SELECT c.platform, substr(c.created_at, 1, 10), t.language, t.is_duplicate, COUNT(*),
            SUM(t.sentiment)
          FROM comment c JOIN text_analysis t ON t.item_kind = 'comment' AND t.item_id = c.id
          WHERE c.survey_id = 'demo' AND c.moderation = 'published' GROUP BY 1, 2, 3, 4
          """))
    let inferred = try rows(
      store,
      """
      SELECT question_id, option_id, source, day, language, is_duplicate, comments
      FROM inferred_tally WHERE run_id = \(run) AND option_id != ''
      """)
    #expect(inferred.count == 3, "both positions of the second comment, each once")
    #expect(
      try inferred
        == rows(
          store,
          """
          SELECT i.question_id, i.option_id, c.platform, substr(c.created_at, 1, 10),
            t.language, t.is_duplicate, COUNT(*)
          FROM inferred_answer i JOIN comment c ON c.id = i.item_id
          JOIN text_analysis t ON t.item_kind = 'comment' AND t.item_id = c.id
          WHERE i.run_id = \(run) AND i.item_kind = 'comment' AND c.survey_id = 'demo'
          GROUP BY 1, 2, 3, 4, 5, 6
          """))
    #expect(
      try rows(
        store,
        """
        SELECT question_id, source, day, language, is_duplicate, comments
        FROM inferred_tally WHERE run_id = \(run) AND option_id = ''
        """)
        == rows(
          store,
          """
          SELECT i.question_id, c.platform, substr(c.created_at, 1, 10), t.language,
            t.is_duplicate, COUNT(DISTINCT i.item_id)
          FROM inferred_answer i JOIN comment c ON c.id = i.item_id
          JOIN text_analysis t ON t.item_kind = 'comment' AND t.item_id = c.id
          WHERE i.run_id = \(run) AND i.item_kind = 'comment' AND c.survey_id = 'demo'
          GROUP BY 1, 2, 3, 4, 5
          """))
    #expect(
      try rows(
        store,
        "SELECT question_id, copies, sources, sample FROM duplicate_group WHERE run_id = \(run)")
        == rows(
          store,
          """
          SELECT f.question_id, COUNT(*), group_concat(DISTINCT f.source), MIN(c.text)
          FROM text_fact f
          JOIN text_analysis t ON t.item_kind = f.item_kind AND t.item_id = f.item_id
          JOIN comment c ON c.id = f.item_id
          WHERE f.survey_id = 'demo' AND f.item_kind = 'comment'
          GROUP BY f.question_id, t.duplicate_hash HAVING COUNT(*) > 1
          """))
  }

  @Test func equalKeysMakeLaterCommentsDuplicates() throws {
    let store = try store()
    let flags = try rows(
      store, "SELECT item_kind, item_id, is_duplicate FROM text_analysis ORDER BY item_id")
    // Two answers share "Très bien !" but answers are never duplicates; the second comment is.
    #expect(flags.filter { $0.hasSuffix("|1") }.count == 1)
    #expect(flags.contains { $0.hasPrefix("comment|") && $0.hasSuffix("|1") })
    let items = try store.textItems(surveyID: "demo").filter { $0.kind == "comment" }
    #expect(items.map { $0.analysed?.isDuplicate } == [false, true])
    #expect(items[0].analysed?.duplicateHash == ContentHash.key64("super"))
    // The first copy changes: the second is no longer a duplicate.
    try store.saveAnalysis(
      surveyID: "demo", parameters: [:],
      items: [
        ItemAnalysis(
          kind: "comment", id: items[0].id, textHash: "x", language: "fr", sentiment: 0,
          label: "neu", duplicateKey: "autre")
      ], themes: [], inferred: [], at: Date(timeIntervalSince1970: 1_739_800_000))
    let after = try store.textItems(surveyID: "demo").filter { $0.kind == "comment" }
    #expect(after.map { $0.analysed?.isDuplicate } == [false, false])
  }

  @Test func anAnalysisOfATextReadBeforeAnotherRunReplacesThatRunsRow() throws {
    let store = try store()
    // The texts as read before the store's run: without analyses.
    let stale = try store.textItems(surveyID: "demo").map { item in
      var item = item
      item.analysed = nil
      return item
    }
    let comment = try #require(stale.first { $0.kind == "comment" })
    try store.saveAnalysis(
      surveyID: "demo", parameters: [:],
      items: [
        ItemAnalysis(
          kind: "comment", id: comment.id, textHash: "y", language: "en", sentiment: 0.5,
          label: "pos", duplicateKey: "neuf")
      ], themes: [], inferred: [], texts: stale, at: Date(timeIntervalSince1970: 1_739_900_000))
    let row = try rows(
      store,
      "SELECT text_hash, language, sentiment_label FROM text_analysis WHERE item_id = \(comment.id) AND item_kind = 'comment'"
    )
    #expect(row == ["y|en|pos"])
  }

  @Test func aVersionOneDatabaseKeepsItsAnalysesAndHashesItsDuplicateKeys() throws {
    try withDatabase(migratedUpTo: "v1") { queue, path in
      try queue.write { db in
        try db.execute(
          sql: """
            INSERT INTO survey (id, created_at) VALUES ('old', '2025-02-14');
            INSERT INTO analysis_run (id, survey_id, started_at, parameters)
              VALUES (1, 'old', '2025-02-14', '{}');
            INSERT INTO theme_member VALUES (1, 'why', 'comment', 2, 0);
            INSERT INTO inferred_answer VALUES (1, 'tried', 'comment', 3, 'yes');
            """)
        for (id, key) in [(1, "super"), (2, "super"), (3, "autre")] {
          try db.execute(
            sql: """
              INSERT INTO text_analysis (item_kind, item_id, text_hash, language, sentiment,
                sentiment_label, duplicate_key, is_duplicate) VALUES ('comment', ?, 'h', 'fr', 0.5,
                'pos', ?, ?)
              """, arguments: [id, key, id == 2])
        }
      }
      try queue.close()
      let store = try Store(path: path)
      #expect(try store.appliedMigrations() == ["v1", "v2", "v3", "v4", "v5"])
      let rows = try rows(
        store, "SELECT item_id, duplicate_hash, is_duplicate, text_hash FROM text_analysis")
      #expect(
        rows == [
          "1|\(ContentHash.key64("super"))|0|h", "2|\(ContentHash.key64("super"))|1|h",
          "3|\(ContentHash.key64("autre"))|0|h",
        ])
      let columns = try store.read("columns") { db in
        try db.columns(in: "text_analysis").map(\.name)
      }
      #expect(!columns.contains("duplicate_key"))
      #expect(try self.rows(store, "SELECT * FROM theme_member") == ["1|why|comment|2|0"])
      #expect(try self.rows(store, "SELECT * FROM inferred_answer") == ["1|tried|comment|3|yes"])
      #expect(try store.textItems(surveyID: "old").isEmpty)
    }
  }
}
