import GRDB

/// The aggregates an analysis run leaves behind, so that a summary reads a few hundred rows
/// instead of every text: per question, source, day, language, sentiment, duplicate flag and
/// theme. Written once per run, in the run's transaction.
extension Store {
  static func buildTallies(run: Int64, surveyID: String, _ db: Database) throws {
    let arguments: StatementArguments = [run, surveyID]
    try db.execute(
      sql: """
        INSERT INTO text_tally (run_id, question_id, item_kind, source, day, language,
          sentiment_label, is_duplicate, theme_id, texts, sentiment_sum)
        SELECT ?1, f.question_id, f.item_kind, f.source, substr(f.created_at, 1, 10), t.language,
          t.sentiment_label, t.is_duplicate, m.theme_id, COUNT(*), SUM(t.sentiment)
        FROM text_fact f
        JOIN text_analysis t ON t.item_kind = f.item_kind AND t.item_id = f.item_id
        LEFT JOIN theme_member m ON m.run_id = ?1 AND m.question_id = f.question_id
          AND m.item_kind = f.item_kind AND m.item_id = f.item_id
        WHERE f.survey_id = ?2
        GROUP BY 2, 3, 4, 5, 6, 7, 8, 9
        """, arguments: arguments)
    try db.execute(
      sql: """
        INSERT INTO comment_tally (run_id, source, day, language, is_duplicate, comments,
          sentiment_sum)
        SELECT ?1, c.platform, substr(c.created_at, 1, 10), t.language, t.is_duplicate, COUNT(*),
          SUM(t.sentiment)
        FROM comment c JOIN text_analysis t ON t.item_kind = 'comment' AND t.item_id = c.id
        WHERE c.survey_id = ?2 AND c.analysable = 1
        GROUP BY 2, 3, 4, 5
        """, arguments: arguments)
    try db.execute(
      sql: """
        INSERT INTO inferred_tally (run_id, question_id, option_id, source, day, language,
          is_duplicate, comments)
        SELECT ?1, i.question_id, i.option_id, c.platform, substr(c.created_at, 1, 10),
          t.language, t.is_duplicate, COUNT(*)
        FROM inferred_answer i
        JOIN comment c ON c.id = i.item_id
        JOIN text_analysis t ON t.item_kind = 'comment' AND t.item_id = c.id
        WHERE i.run_id = ?1 AND i.item_kind = 'comment' AND c.survey_id = ?2
        GROUP BY 2, 3, 4, 5, 6, 7
        """, arguments: arguments)
    try db.execute(
      sql: """
        INSERT INTO duplicate_group (run_id, question_id, copies, sources, sample)
        SELECT ?1, f.question_id, COUNT(*), group_concat(DISTINCT f.source), MIN(c.text)
        FROM text_fact f
        JOIN text_analysis t ON t.item_kind = f.item_kind AND t.item_id = f.item_id
        JOIN comment c ON c.id = f.item_id
        WHERE f.survey_id = ?2 AND f.item_kind = 'comment'
        GROUP BY f.question_id, t.duplicate_key HAVING COUNT(*) > 1
        """, arguments: arguments)
  }
}
