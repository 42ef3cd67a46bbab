import GRDB

extension Schema {
  /// Migration "v4": a comment's route is kept in its own row, its unique key starts with the
  /// external id, its foreign keys (and those of the analysis tables written many rows at a
  /// time) are checked at commit, and author pseudonyms are shorter.
  ///
  /// Storing a comment cost two b-tree writes, the comment and its route, and a route row was
  /// about a quarter of an import's storing time. Agora routes a comment to one question (the
  /// best match, or the survey's general question), so:
  /// - `comment.question_id` and `comment.confidence` hold the route (`NULL` for a comment that
  ///   was not routed, such as a moderated one), and `comment_route` goes. Agora has only ever
  ///   stored one route per comment; were there several, the most confident would be kept.
  /// - The unique key is `(external_id, platform, survey_id)`: the same columns, with the one
  ///   that tells comments apart first, so that finding a key's place in the index compares one
  ///   column instead of three (the survey and the platform are mostly the same for all).
  /// - The comment's foreign keys are checked when its transaction commits (`DEFERRABLE
  ///   INITIALLY DEFERRED`) rather than row by row: with a key that could fail halfway through a
  ///   statement, SQLite journals every page an `INSERT` of several rows changes, in case it must
  ///   undo the statement alone, which wrote about eight times the database's size to a temporary
  ///   file during a large import. A comment that points nowhere still fails its transaction.
  /// - Pseudonyms (``AuthorNaming``) are the first 16 hex digits of the keyed hash instead of
  ///   all 64: 64 bits tell a survey's authors apart as well, in a quarter of the space. Stored
  ///   pseudonyms are cut to their first 16 digits, so an author keeps the same one. Names kept
  ///   with `--keep-authors` are left alone, except a name of exactly 64 lowercase hex digits,
  ///   which cannot be told from a pseudonym.
  ///
  /// Comment ids and the AUTOINCREMENT high-water mark are kept, so analysis results keep
  /// pointing at their comments.
  static func routeInComment(_ db: Database) throws {
    try db.execute(
      sql: """
        DROP VIEW text_item;
        DROP VIEW text_fact;
        CREATE TABLE comment_v4 (
          id INTEGER PRIMARY KEY AUTOINCREMENT,
          survey_id TEXT NOT NULL
            REFERENCES survey(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
          batch_id INTEGER NOT NULL REFERENCES import_batch(id) DEFERRABLE INITIALLY DEFERRED,
          platform TEXT NOT NULL,
          moderation TEXT NOT NULL,
          analysable INTEGER NOT NULL,
          created_at TEXT,
          author_hash TEXT,
          external_id TEXT NOT NULL,
          parent_external_id TEXT,
          source_line INTEGER,
          text TEXT NOT NULL,
          raw_text TEXT,
          question_id TEXT,
          confidence REAL,
          UNIQUE (external_id, platform, survey_id)
        );
        INSERT INTO comment_v4 (id, survey_id, batch_id, platform, moderation, analysable,
          created_at, author_hash, external_id, parent_external_id, source_line, text, raw_text,
          question_id, confidence)
        SELECT c.id, c.survey_id, c.batch_id, c.platform, c.moderation, c.analysable,
          c.created_at,
          CASE WHEN length(c.author_hash) = 64 AND c.author_hash NOT GLOB '*[^0-9a-f]*'
            THEN substr(c.author_hash, 1, 16) ELSE c.author_hash END,
          c.external_id, c.parent_external_id, c.source_line, c.text, c.raw_text,
          (SELECT question_id FROM comment_route WHERE comment_id = c.id
            ORDER BY confidence DESC, question_id LIMIT 1),
          (SELECT confidence FROM comment_route WHERE comment_id = c.id
            ORDER BY confidence DESC, question_id LIMIT 1)
        FROM comment c
        ORDER BY c.id;
        INSERT INTO sqlite_sequence (name, seq)
          SELECT 'comment_v4', 0 FROM sqlite_sequence WHERE name = 'comment'
            AND NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = 'comment_v4');
        UPDATE sqlite_sequence
          SET seq = (SELECT MAX(seq) FROM sqlite_sequence WHERE name IN ('comment', 'comment_v4'))
          WHERE name = 'comment_v4';
        DROP TABLE comment_route;
        DROP TABLE comment;
        ALTER TABLE comment_v4 RENAME TO comment;
        CREATE INDEX comment_analysable ON comment(survey_id, analysable);
        """)
    try createTextViewsV4(db)
    try deferRunKeys(db)
  }

  /// The analysis tables written many rows at a time check their run's key at commit, for the
  /// same reason as `comment`'s keys: `text_tally`, `theme_member` and `inferred_answer` are
  /// made again with `run_id … DEFERRABLE INITIALLY DEFERRED`, their rows and index kept.
  private static func deferRunKeys(_ db: Database) throws {
    try db.execute(
      sql: """
        CREATE TABLE text_tally_v4 (
          run_id INTEGER NOT NULL
            REFERENCES analysis_run(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
          question_id TEXT NOT NULL,
          item_kind TEXT NOT NULL,
          source TEXT NOT NULL,
          day TEXT,
          language TEXT NOT NULL,
          sentiment_label TEXT NOT NULL,
          is_duplicate INTEGER NOT NULL,
          theme_id INTEGER,
          texts INTEGER NOT NULL,
          sentiment_sum REAL NOT NULL
        );
        INSERT INTO text_tally_v4 SELECT run_id, question_id, item_kind, source, day, language,
          sentiment_label, is_duplicate, theme_id, texts, sentiment_sum
          FROM text_tally ORDER BY rowid;
        DROP TABLE text_tally;
        ALTER TABLE text_tally_v4 RENAME TO text_tally;
        CREATE INDEX text_tally_run ON text_tally(run_id, question_id);
        CREATE TABLE theme_member_v4 (
          run_id INTEGER NOT NULL
            REFERENCES analysis_run(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
          question_id TEXT NOT NULL,
          item_kind TEXT NOT NULL CHECK (item_kind IN ('answer', 'comment')),
          item_id INTEGER NOT NULL,
          theme_id INTEGER NOT NULL,
          PRIMARY KEY (run_id, question_id, item_kind, item_id)
        ) WITHOUT ROWID;
        INSERT INTO theme_member_v4 SELECT run_id, question_id, item_kind, item_id, theme_id
          FROM theme_member;
        DROP TABLE theme_member;
        ALTER TABLE theme_member_v4 RENAME TO theme_member;
        CREATE TABLE inferred_answer_v4 (
          run_id INTEGER NOT NULL
            REFERENCES analysis_run(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
          question_id TEXT NOT NULL,
          item_kind TEXT NOT NULL CHECK (item_kind IN ('answer', 'comment')),
          item_id INTEGER NOT NULL,
          option_id TEXT NOT NULL,
          PRIMARY KEY (run_id, question_id, item_kind, item_id, option_id)
        ) WITHOUT ROWID;
        INSERT INTO inferred_answer_v4 SELECT run_id, question_id, item_kind, item_id, option_id
          FROM inferred_answer;
        DROP TABLE inferred_answer;
        ALTER TABLE inferred_answer_v4 RENAME TO inferred_answer;
        """)
  }

  /// The views analysis reads: complete answers to text questions, and analysable routed
  /// comments.
  private static func createTextViewsV4(_ db: Database) throws {
    try db.execute(
      sql: """
        CREATE VIEW text_item AS
          SELECT 'answer' AS item_kind, a.rowid AS item_id, r.survey_id, a.question_id,
                 r.source, p.name AS author, a.answered_at AS created_at, a.text, 1.0 AS confidence
          FROM answer a
          JOIN response r ON r.id = a.response_id
          JOIN respondent p ON p.id = r.respondent_id
          WHERE a.text IS NOT NULL AND r.status = 'complete'
          UNION ALL
          SELECT 'comment', c.id, c.survey_id, c.question_id, c.platform, c.author_hash,
                 c.created_at, c.text, c.confidence
          FROM comment c
          WHERE c.analysable = 1 AND c.question_id IS NOT NULL;
        CREATE VIEW text_fact AS
          SELECT 'answer' AS item_kind, a.rowid AS item_id, r.survey_id, a.question_id,
                 r.source, a.answered_at AS created_at
          FROM answer a
          JOIN response r ON r.id = a.response_id
          WHERE a.text IS NOT NULL AND r.status = 'complete'
          UNION ALL
          SELECT 'comment', c.id, c.survey_id, c.question_id, c.platform, c.created_at
          FROM comment c
          WHERE c.analysable = 1 AND c.question_id IS NOT NULL;
        """)
  }
}
