import GRDB

/// The database schema, as named migrations that are never edited once shipped.
enum Schema {
  static var migrator: DatabaseMigrator {
    var migrator = DatabaseMigrator()
    migrator.registerMigration("v1") { db in
      try createSurveyTables(db)
      try createResponseTables(db)
      try createImportTables(db)
      try createAnalysisTables(db)
    }
    migrator.registerMigration("v2") { db in try narrowCommentTables(db) }
    // Foreign keys stay on while "v3" runs (it rebuilds no table), which spares a check of
    // every foreign key of the database afterwards.
    migrator.registerMigration("v3", foreignKeyChecks: .immediate) { db in
      try hashDuplicateKeys(db)
    }
    migrator.registerMigration("v4") { db in try routeInComment(db) }
    migrator.registerMigration("v5", foreignKeyChecks: .immediate) { db in
      try dropAnalysableIndex(db)
    }
    return migrator
  }

  private static func createSurveyTables(_ db: Database) throws {
    try db.execute(
      sql: """
        CREATE TABLE setting (
          key TEXT PRIMARY KEY NOT NULL,
          value TEXT NOT NULL
        );
        CREATE TABLE survey (
          id TEXT PRIMARY KEY NOT NULL,
          created_at TEXT NOT NULL
        );
        CREATE TABLE survey_revision (
          id INTEGER PRIMARY KEY AUTOINCREMENT,
          survey_id TEXT NOT NULL REFERENCES survey(id) ON DELETE CASCADE,
          number INTEGER NOT NULL,
          content_hash TEXT NOT NULL,
          definition TEXT NOT NULL,
          source_text TEXT NOT NULL,
          file_name TEXT,
          loaded_at TEXT NOT NULL,
          UNIQUE (survey_id, number)
        );
        CREATE TABLE question (
          revision_id INTEGER NOT NULL REFERENCES survey_revision(id) ON DELETE CASCADE,
          id TEXT NOT NULL,
          position INTEGER NOT NULL,
          kind TEXT NOT NULL,
          prompt TEXT NOT NULL,
          PRIMARY KEY (revision_id, id)
        );
        CREATE TABLE question_option (
          revision_id INTEGER NOT NULL,
          question_id TEXT NOT NULL,
          id TEXT NOT NULL,
          position INTEGER NOT NULL,
          label TEXT NOT NULL,
          asks_for_text INTEGER NOT NULL DEFAULT 0,
          PRIMARY KEY (revision_id, question_id, id),
          FOREIGN KEY (revision_id, question_id) REFERENCES question(revision_id, id)
            ON DELETE CASCADE
        );
        """)
  }

  private static func createResponseTables(_ db: Database) throws {
    try db.execute(
      sql: """
        CREATE TABLE respondent (
          id INTEGER PRIMARY KEY AUTOINCREMENT,
          name TEXT NOT NULL UNIQUE
        );
        CREATE TABLE response (
          id INTEGER PRIMARY KEY AUTOINCREMENT,
          survey_id TEXT NOT NULL REFERENCES survey(id) ON DELETE CASCADE,
          revision_id INTEGER NOT NULL REFERENCES survey_revision(id),
          respondent_id INTEGER NOT NULL REFERENCES respondent(id),
          status TEXT NOT NULL CHECK (status IN ('in_progress', 'complete')),
          source TEXT NOT NULL,
          language TEXT NOT NULL,
          started_at TEXT NOT NULL,
          completed_at TEXT
        );
        CREATE INDEX response_survey ON response(survey_id, status);
        CREATE INDEX response_respondent ON response(respondent_id, survey_id);
        CREATE TABLE answer (
          response_id INTEGER NOT NULL REFERENCES response(id) ON DELETE CASCADE,
          question_id TEXT NOT NULL,
          value TEXT NOT NULL,
          number REAL,
          text TEXT,
          other_text TEXT,
          answered_at TEXT NOT NULL,
          PRIMARY KEY (response_id, question_id)
        );
        CREATE TABLE answer_choice (
          response_id INTEGER NOT NULL,
          question_id TEXT NOT NULL,
          option_id TEXT NOT NULL,
          PRIMARY KEY (response_id, question_id, option_id),
          FOREIGN KEY (response_id, question_id) REFERENCES answer(response_id, question_id)
            ON DELETE CASCADE
        );
        CREATE INDEX answer_choice_question ON answer_choice(question_id, option_id);
        """)
  }

  private static func createImportTables(_ db: Database) throws {
    try db.execute(
      sql: """
        CREATE TABLE import_batch (
          id INTEGER PRIMARY KEY AUTOINCREMENT,
          survey_id TEXT NOT NULL REFERENCES survey(id) ON DELETE CASCADE,
          file_name TEXT NOT NULL,
          sha256 TEXT NOT NULL,
          format TEXT NOT NULL,
          platform TEXT NOT NULL,
          imported_at TEXT NOT NULL,
          partial INTEGER NOT NULL DEFAULT 0,
          counts TEXT NOT NULL
        );
        CREATE TABLE comment (
          id INTEGER PRIMARY KEY AUTOINCREMENT,
          survey_id TEXT NOT NULL REFERENCES survey(id) ON DELETE CASCADE,
          batch_id INTEGER NOT NULL REFERENCES import_batch(id),
          platform TEXT NOT NULL,
          moderation TEXT NOT NULL,
          created_at TEXT,
          author_hash TEXT,
          external_id TEXT NOT NULL,
          parent_external_id TEXT,
          source_line INTEGER,
          text TEXT NOT NULL,
          raw_text TEXT NOT NULL,
          UNIQUE (survey_id, platform, external_id)
        );
        CREATE INDEX comment_batch ON comment(batch_id);
        CREATE INDEX comment_facts ON comment(survey_id, moderation, platform, created_at);
        CREATE TABLE comment_route (
          comment_id INTEGER NOT NULL REFERENCES comment(id) ON DELETE CASCADE,
          question_id TEXT NOT NULL,
          confidence REAL NOT NULL,
          PRIMARY KEY (comment_id, question_id)
        );
        CREATE INDEX comment_route_question ON comment_route(question_id);
        """)
  }

  /// Analysis results. Items are answers (by the answer's rowid) and comments (by id); each
  /// item's analysis remembers the hash of the text it was made from, so that only new or
  /// changed texts are analysed again.
  private static func createAnalysisTables(_ db: Database) throws {
    try db.execute(
      sql: """
        CREATE TABLE analysis_run (
          id INTEGER PRIMARY KEY AUTOINCREMENT,
          survey_id TEXT NOT NULL REFERENCES survey(id) ON DELETE CASCADE,
          started_at TEXT NOT NULL,
          parameters TEXT NOT NULL
        );
        CREATE TABLE text_analysis (
          item_kind TEXT NOT NULL CHECK (item_kind IN ('answer', 'comment')),
          item_id INTEGER NOT NULL,
          text_hash TEXT NOT NULL,
          language TEXT NOT NULL,
          sentiment REAL NOT NULL,
          sentiment_label TEXT NOT NULL CHECK (sentiment_label IN ('pos', 'neu', 'neg')),
          duplicate_key TEXT NOT NULL,
          is_duplicate INTEGER NOT NULL DEFAULT 0,
          PRIMARY KEY (item_kind, item_id)
        );
        CREATE INDEX text_analysis_duplicate ON text_analysis(duplicate_key);
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
          WHERE c.moderation = 'published';
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
          WHERE c.moderation = 'published';
        CREATE TABLE theme (
          run_id INTEGER NOT NULL REFERENCES analysis_run(id) ON DELETE CASCADE,
          question_id TEXT NOT NULL,
          theme_id INTEGER NOT NULL,
          label TEXT NOT NULL,
          size INTEGER NOT NULL,
          mood REAL NOT NULL,
          details TEXT NOT NULL,
          PRIMARY KEY (run_id, question_id, theme_id)
        );
        CREATE TABLE theme_member (
          run_id INTEGER NOT NULL REFERENCES analysis_run(id) ON DELETE CASCADE,
          question_id TEXT NOT NULL,
          item_kind TEXT NOT NULL CHECK (item_kind IN ('answer', 'comment')),
          item_id INTEGER NOT NULL,
          theme_id INTEGER NOT NULL,
          PRIMARY KEY (run_id, question_id, item_kind, item_id)
        );
        CREATE TABLE inferred_answer (
          run_id INTEGER NOT NULL REFERENCES analysis_run(id) ON DELETE CASCADE,
          question_id TEXT NOT NULL,
          item_kind TEXT NOT NULL CHECK (item_kind IN ('answer', 'comment')),
          item_id INTEGER NOT NULL,
          option_id TEXT NOT NULL,
          PRIMARY KEY (run_id, question_id, item_kind, item_id)
        );
        CREATE TABLE text_tally (
          run_id INTEGER NOT NULL REFERENCES analysis_run(id) ON DELETE CASCADE,
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
        CREATE INDEX text_tally_run ON text_tally(run_id, question_id);
        CREATE TABLE comment_tally (
          run_id INTEGER NOT NULL REFERENCES analysis_run(id) ON DELETE CASCADE,
          source TEXT NOT NULL,
          day TEXT,
          language TEXT NOT NULL,
          is_duplicate INTEGER NOT NULL,
          comments INTEGER NOT NULL,
          sentiment_sum REAL NOT NULL
        );
        CREATE INDEX comment_tally_run ON comment_tally(run_id);
        CREATE TABLE inferred_tally (
          run_id INTEGER NOT NULL REFERENCES analysis_run(id) ON DELETE CASCADE,
          question_id TEXT NOT NULL,
          option_id TEXT NOT NULL,
          source TEXT NOT NULL,
          day TEXT,
          language TEXT NOT NULL,
          is_duplicate INTEGER NOT NULL,
          comments INTEGER NOT NULL
        );
        CREATE INDEX inferred_tally_run ON inferred_tally(run_id, question_id);
        CREATE TABLE duplicate_group (
          run_id INTEGER NOT NULL REFERENCES analysis_run(id) ON DELETE CASCADE,
          question_id TEXT NOT NULL,
          copies INTEGER NOT NULL,
          sources TEXT NOT NULL,
          sample TEXT NOT NULL
        );
        CREATE INDEX duplicate_group_run ON duplicate_group(run_id, question_id);
        """)
  }
}
