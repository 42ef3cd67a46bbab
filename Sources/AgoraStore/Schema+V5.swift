import GRDB

extension Schema {
  /// Migration "v5": comments are no longer indexed by `(survey_id, analysable)`.
  ///
  /// Every comment stored wrote that index too, about a tenth of an import's time in SQLite,
  /// and it spared little: analysis reads almost every comment of its survey, which a scan of the
  /// table does faster than a walk along the index with a look-up of each row (0.35 s against
  /// 0.56 s for a million comments). Counting a survey's analysable comments scans the table
  /// instead (about 0.1 s more for a million).
  static func dropAnalysableIndex(_ db: Database) throws {
    try db.execute(sql: "DROP INDEX comment_analysable")
  }
}
