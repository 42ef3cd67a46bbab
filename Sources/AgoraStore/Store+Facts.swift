import AgoraModel
import Foundation
import GRDB

extension Store {
  /// Reads everything a summary of `surveyID` needs, aggregated in SQL, in one read transaction.
  public func facts(surveyID: String, filter: FactFilter) throws(StoreError) -> SurveyFacts {
    try read("summarise \(surveyID)") { db in
      var facts = SurveyFacts()
      let responses = FactSQL.responseFilter(filter, alias: "r")
      let base = "r.survey_id = ? AND r.status = 'complete'" + responses.sql
      let arguments = [surveyID] + responses.arguments
      for row in try Row.fetchAll(
        db, sql: "SELECT r.source, COUNT(*) FROM response r WHERE \(base) GROUP BY r.source",
        arguments: StatementArguments(arguments))
      {
        facts.responsesBySource[row[0]] = row[1]
      }
      facts.choiceCounts = try Row.fetchAll(
        db,
        sql: """
          SELECT c.question_id, c.option_id, r.source, COUNT(*) FROM answer_choice c
          JOIN response r ON r.id = c.response_id WHERE \(base) GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
          """, arguments: StatementArguments(arguments)
      ).map { ChoiceFact(questionID: $0[0], optionID: $0[1], source: $0[2], count: $0[3]) }
      facts.answeredCounts = try Row.fetchAll(
        db,
        sql: """
          SELECT a.question_id, r.source, COUNT(*) FROM answer a
          JOIN response r ON r.id = a.response_id WHERE \(base) GROUP BY 1, 2 ORDER BY 1, 2
          """, arguments: StatementArguments(arguments)
      ).map { AnsweredFact(questionID: $0[0], source: $0[1], count: $0[2]) }
      for row in try Row.fetchAll(
        db,
        sql: """
          SELECT a.question_id, a.number FROM answer a JOIN response r ON r.id = a.response_id
          WHERE \(base) AND a.number IS NOT NULL ORDER BY 1, 2
          """, arguments: StatementArguments(arguments))
      {
        facts.numbers[row[0], default: []].append(row[1])
      }
      try Self.readTextFacts(db, surveyID: surveyID, filter: filter, into: &facts)
      try Self.readDays(db, surveyID: surveyID, filter: filter, into: &facts)
      if let by = filter.by {
        try Self.readCrossTab(db, by: by, base: base, arguments: arguments, into: &facts)
      }
      return facts
    }
  }

  static func readCrossTab(
    _ db: Database, by: String, base: String, arguments: [String], into facts: inout SurveyFacts
  ) throws {
    facts.crossCounts = try Row.fetchAll(
      db,
      sql: """
        SELECT c.question_id, c.option_id, b.option_id, COUNT(*) FROM answer_choice c
        JOIN answer_choice b ON b.response_id = c.response_id AND b.question_id = ?
        JOIN response r ON r.id = c.response_id
        WHERE \(base) AND c.question_id <> ? GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
        """, arguments: StatementArguments([by] + arguments + [by])
    ).map { CrossFact(questionID: $0[0], optionID: $0[1], byOptionID: $0[2], count: $0[3]) }
    facts.crossSentiment = try Row.fetchAll(
      db,
      sql: """
        SELECT a.question_id, b.option_id, AVG(t.sentiment) FROM answer a
        JOIN text_analysis t ON t.item_kind = 'answer' AND t.item_id = a.rowid
        JOIN answer_choice b ON b.response_id = a.response_id AND b.question_id = ?
        JOIN response r ON r.id = a.response_id
        WHERE \(base) GROUP BY 1, 2 ORDER BY 1, 2
        """, arguments: StatementArguments([by] + arguments)
    ).map { CrossSentimentFact(questionID: $0[0], byOptionID: $0[1], mean: $0[2]) }
  }

  static func readDays(
    _ db: Database, surveyID: String, filter: FactFilter, into facts: inout SurveyFacts
  ) throws {
    let texts = FactSQL.textFilter(filter)
    let responses = FactSQL.responseFilter(filter, alias: "r")
    let comments = FactSQL.commentFilter(filter, alias: "c")
    let rows = try Row.fetchAll(
      db,
      sql: """
        SELECT day, SUM(responses), SUM(comments), SUM(sentiment_sum), SUM(analysed) FROM (
          SELECT substr(r.completed_at, 1, 10) AS day, 1 AS responses, 0 AS comments,
                 0.0 AS sentiment_sum, 0 AS analysed
          FROM response r WHERE r.survey_id = ? AND r.status = 'complete' \(responses.sql)
          UNION ALL
          SELECT substr(c.created_at, 1, 10), 0, 1, 0.0, 0 FROM comment c
          LEFT JOIN text_analysis t ON t.item_kind = 'comment' AND t.item_id = c.id
          WHERE c.survey_id = ? AND c.moderation = 'published' AND c.created_at IS NOT NULL
            \(comments.sql)
          UNION ALL
          SELECT substr(ti.created_at, 1, 10), 0, 0, t.sentiment, 1 FROM text_item ti
          JOIN text_analysis t ON t.item_kind = ti.item_kind AND t.item_id = ti.item_id
          WHERE ti.survey_id = ? AND ti.created_at IS NOT NULL \(texts.sql)
        ) GROUP BY day ORDER BY day
        """,
      arguments: StatementArguments(
        [surveyID] + responses.arguments + [surveyID] + comments.arguments + [surveyID]
          + texts.arguments))
    facts.days = rows.map { row in
      let analysed: Int = row[4]
      let sum: Double = row[3]
      return DayFact(
        day: row[0], responses: row[1], comments: row[2],
        sentiment: analysed > 0 ? sum / Double(analysed) : nil)
    }
    let counted = comments.sql
    for row in try Row.fetchAll(
      db,
      sql: """
        SELECT c.platform, COUNT(*) FROM comment c
        LEFT JOIN text_analysis t ON t.item_kind = 'comment' AND t.item_id = c.id
        WHERE c.survey_id = ? AND c.moderation = 'published' \(counted) GROUP BY 1
        """, arguments: StatementArguments([surveyID] + comments.arguments))
    {
      facts.commentsBySource[row[0]] = row[1]
    }
  }
}

/// SQL fragments for a `FactFilter`, with their arguments.
enum FactSQL {
  struct Fragment {
    var sql = ""
    var arguments: [String] = []

    mutating func add(_ condition: String, _ values: [String]) {
      sql += " AND " + condition
      arguments += values
    }
  }

  static func sourceList(_ column: String, _ sources: [String]) -> String {
    "\(column) IN (\(sources.map { _ in "?" }.joined(separator: ", ")))"
  }

  static func responseFilter(_ filter: FactFilter, alias r: String) -> Fragment {
    var fragment = Fragment()
    if !filter.sources.isEmpty {
      fragment.add(sourceList("\(r).source", filter.sources), filter.sources)
    }
    if let since = filter.since { fragment.add("\(r).completed_at >= ?", [since]) }
    return fragment
  }

  /// Comments joined with their analysis as `t` (a left join: `t` may be null).
  static func commentFilter(_ filter: FactFilter, alias c: String) -> Fragment {
    var fragment = Fragment()
    if !filter.sources.isEmpty {
      fragment.add(sourceList("\(c).platform", filter.sources), filter.sources)
    }
    if let since = filter.since { fragment.add("\(c).created_at >= ?", [since]) }
    if filter.collapseDuplicates { fragment.add("COALESCE(t.is_duplicate, 0) = 0", []) }
    if !filter.languages.isEmpty {
      // Every query this fragment goes into joins `text_analysis` as `t`.
      fragment.add(sourceList("t.language", filter.languages), filter.languages)
    }
    return fragment
  }

  /// Text items `ti` joined with their analysis as `t` (a left join: `t` may be null).
  static func textFilter(_ filter: FactFilter) -> Fragment {
    var fragment = Fragment()
    if !filter.sources.isEmpty {
      fragment.add(sourceList("ti.source", filter.sources), filter.sources)
    }
    if let since = filter.since { fragment.add("ti.created_at >= ?", [since]) }
    if filter.collapseDuplicates {
      fragment.add("(ti.item_kind = 'answer' OR COALESCE(t.is_duplicate, 0) = 0)", [])
    }
    if !filter.languages.isEmpty {
      // Every query this fragment goes into joins `text_analysis` as `t`.
      fragment.add(sourceList("t.language", filter.languages), filter.languages)
    }
    return fragment
  }
}
