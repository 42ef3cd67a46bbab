import AgoraModel
import GRDB

extension Schema {
  /// Migration "v3", for analysis runs that write a row per text:
  /// - near-duplicate keys are kept as 64-bit hashes (``ContentHash/key64(_:)`` of the folded
  ///   text) instead of the folded text itself, without an index: analysis groups copies in
  ///   memory, so the key only has to be remembered. Existing keys are hashed, so that stored
  ///   analyses stay valid.
  /// - `text_analysis`, `theme_member` and `inferred_answer` become `WITHOUT ROWID` tables:
  ///   each row lives in its primary key's b-tree only, instead of a table and an index.
  ///   `inferred_answer`'s key takes the option too, so that a comment keeps every position it
  ///   takes on a multi-choice question (v1 kept one).
  static func hashDuplicateKeys(_ db: Database) throws {
    try db.execute(
      sql: """
        CREATE TABLE text_analysis_v2 (
          item_kind TEXT NOT NULL CHECK (item_kind IN ('answer', 'comment')),
          item_id INTEGER NOT NULL,
          text_hash TEXT NOT NULL,
          language TEXT NOT NULL,
          sentiment REAL NOT NULL,
          sentiment_label TEXT NOT NULL CHECK (sentiment_label IN ('pos', 'neu', 'neg')),
          duplicate_hash INTEGER NOT NULL,
          is_duplicate INTEGER NOT NULL DEFAULT 0,
          PRIMARY KEY (item_kind, item_id)
        ) WITHOUT ROWID;
        """)
    let rows = try Row.fetchCursor(
      db,
      sql: """
        SELECT item_kind, item_id, text_hash, language, sentiment, sentiment_label,
          duplicate_key, is_duplicate
        FROM text_analysis ORDER BY item_kind, item_id
        """)
    let insert = try db.makeStatement(
      sql: "INSERT INTO text_analysis_v2 VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
    var hashes: [String: Int64] = [:]
    while let row = try rows.next() {
      let key: String = row[6]
      let hash = hashes[key] ?? ContentHash.key64(key)
      hashes[key] = hash
      try insert.execute(arguments: [row[0], row[1], row[2], row[3], row[4], row[5], hash, row[7]])
    }
    try db.execute(
      sql: """
        DROP TABLE text_analysis;
        ALTER TABLE text_analysis_v2 RENAME TO text_analysis;
        CREATE TABLE theme_member_v2 (
          run_id INTEGER NOT NULL REFERENCES analysis_run(id) ON DELETE CASCADE,
          question_id TEXT NOT NULL,
          item_kind TEXT NOT NULL CHECK (item_kind IN ('answer', 'comment')),
          item_id INTEGER NOT NULL,
          theme_id INTEGER NOT NULL,
          PRIMARY KEY (run_id, question_id, item_kind, item_id)
        ) WITHOUT ROWID;
        INSERT INTO theme_member_v2 SELECT run_id, question_id, item_kind, item_id, theme_id
          FROM theme_member;
        DROP TABLE theme_member;
        ALTER TABLE theme_member_v2 RENAME TO theme_member;
        CREATE TABLE inferred_answer_v2 (
          run_id INTEGER NOT NULL REFERENCES analysis_run(id) ON DELETE CASCADE,
          question_id TEXT NOT NULL,
          item_kind TEXT NOT NULL CHECK (item_kind IN ('answer', 'comment')),
          item_id INTEGER NOT NULL,
          option_id TEXT NOT NULL,
          PRIMARY KEY (run_id, question_id, item_kind, item_id, option_id)
        ) WITHOUT ROWID;
        INSERT INTO inferred_answer_v2 SELECT run_id, question_id, item_kind, item_id, option_id
          FROM inferred_answer;
        DROP TABLE inferred_answer;
        ALTER TABLE inferred_answer_v2 RENAME TO inferred_answer;
        """)
  }
}
