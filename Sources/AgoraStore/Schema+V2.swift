import GRDB

extension Schema {
  /// Migration "v2": comment tables that cost less to write, and comments marked analysable.
  ///
  /// About half the time of a large import went to SQLite's writes, so:
  /// - `comment.raw_text` is `NULL` when the export's text is already the plain text (most
  ///   comments), instead of a second copy of it;
  /// - `comment.analysable` says whether analysis reads the comment: published comments, and
  ///   moderated ones imported with `--include-moderated`;
  /// - the four-column `comment_facts` index becomes `comment_analysable (survey_id,
  ///   analysable)`, which still covers the counts summaries read;
  /// - the `comment_batch` index goes: an import finds its own comments by id (they all come
  ///   after the ids stored before it), and nothing else looks comments up by batch;
  /// - `comment_route` is keyed by its primary key alone (`WITHOUT ROWID`), and loses the
  ///   `comment_route_question` index that no query used.
  ///
  /// Comment ids are kept, so analysis results keep pointing at their comments. GRDB runs the
  /// migration with foreign keys off and checks them afterwards.
  static func narrowCommentTables(_ db: Database) throws {
    try db.execute(
      sql: """
        DROP VIEW text_item;
        DROP VIEW text_fact;
        CREATE TABLE comment_v2 (
          id INTEGER PRIMARY KEY AUTOINCREMENT,
          survey_id TEXT NOT NULL REFERENCES survey(id) ON DELETE CASCADE,
          batch_id INTEGER NOT NULL REFERENCES import_batch(id),
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
          UNIQUE (survey_id, platform, external_id)
        );
        INSERT INTO comment_v2 (id, survey_id, batch_id, platform, moderation, analysable,
          created_at, author_hash, external_id, parent_external_id, source_line, text, raw_text)
        SELECT id, survey_id, batch_id, platform, moderation, moderation = 'published',
          created_at, author_hash, external_id, parent_external_id, source_line, text,
          NULLIF(raw_text, text)
        FROM comment ORDER BY id;
        -- AUTOINCREMENT never gives an id twice, not even that of a deleted comment (analyses
        -- point at comment ids): the new table takes over the old one's high-water mark.
        INSERT INTO sqlite_sequence (name, seq)
          SELECT 'comment_v2', 0 FROM sqlite_sequence WHERE name = 'comment'
            AND NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = 'comment_v2');
        UPDATE sqlite_sequence
          SET seq = (SELECT MAX(seq) FROM sqlite_sequence WHERE name IN ('comment', 'comment_v2'))
          WHERE name = 'comment_v2';
        DROP TABLE comment;
        ALTER TABLE comment_v2 RENAME TO comment;
        CREATE INDEX comment_analysable ON comment(survey_id, analysable);
        CREATE TABLE comment_route_v2 (
          comment_id INTEGER NOT NULL REFERENCES comment(id) ON DELETE CASCADE,
          question_id TEXT NOT NULL,
          confidence REAL NOT NULL,
          PRIMARY KEY (comment_id, question_id)
        ) WITHOUT ROWID;
        INSERT INTO comment_route_v2 SELECT comment_id, question_id, confidence
          FROM comment_route ORDER BY comment_id, question_id;
        DROP TABLE comment_route;
        ALTER TABLE comment_route_v2 RENAME TO comment_route;
        """)
    try createTextViews(db)
  }

  /// The views analysis reads: complete answers to text questions, and analysable routed
  /// comments.
  private static func createTextViews(_ db: Database) throws {
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
          SELECT 'comment', c.id, c.survey_id, cr.question_id, c.platform, c.author_hash,
                 c.created_at, c.text, cr.confidence
          FROM comment c
          JOIN comment_route cr ON cr.comment_id = c.id
          WHERE c.analysable = 1;
        CREATE VIEW text_fact AS
          SELECT 'answer' AS item_kind, a.rowid AS item_id, r.survey_id, a.question_id,
                 r.source, a.answered_at AS created_at
          FROM answer a
          JOIN response r ON r.id = a.response_id
          WHERE a.text IS NOT NULL AND r.status = 'complete'
          UNION ALL
          SELECT 'comment', c.id, c.survey_id, cr.question_id, c.platform, c.created_at
          FROM comment c
          JOIN comment_route cr ON cr.comment_id = c.id
          WHERE c.analysable = 1;
        """)
  }
}
