import GRDB

extension Schema {
  /// Migration "v4": a comment's route is kept in its own row, and author pseudonyms are shorter.
  ///
  /// Storing a comment cost two b-tree writes, the comment and its route, and a route row was
  /// about a quarter of an import's storing time. Agora routes a comment to one question (the
  /// best match, or the survey's general question), so:
  /// - `comment.question_id` and `comment.confidence` hold the route (`NULL` for a comment that
  ///   was not routed, such as a moderated one), and `comment_route` goes. Agora has only ever
  ///   stored one route per comment; were there several, the most confident would be kept.
  /// - Pseudonyms (``AuthorNaming``) are the first 16 hex digits of the keyed hash instead of
  ///   all 64: 64 bits tell a survey's authors apart as well, in a quarter of the space. Stored
  ///   pseudonyms are cut to their first 16 digits, so an author keeps the same one. Names kept
  ///   with `--keep-authors` are left alone, except a name of exactly 64 lowercase hex digits,
  ///   which cannot be told from a pseudonym.
  static func routeInComment(_ db: Database) throws {
    try db.execute(
      sql: """
        DROP VIEW text_item;
        DROP VIEW text_fact;
        ALTER TABLE comment ADD COLUMN question_id TEXT;
        ALTER TABLE comment ADD COLUMN confidence REAL;
        UPDATE comment SET (question_id, confidence) = (
          SELECT r.question_id, r.confidence FROM comment_route r WHERE r.comment_id = comment.id
          ORDER BY r.confidence DESC, r.question_id LIMIT 1)
        WHERE id IN (SELECT comment_id FROM comment_route);
        DROP TABLE comment_route;
        UPDATE comment SET author_hash = substr(author_hash, 1, 16)
          WHERE length(author_hash) = 64 AND author_hash NOT GLOB '*[^0-9a-f]*';
        """)
    try createTextViewsV4(db)
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
