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
      let run = try Self.latestRun(db, surveyID: surveyID)
      try Self.readCommentCounts(db, surveyID: surveyID, run: run, filter: filter, into: &facts)
      try Self.readDays(db, surveyID: surveyID, run: run, filter: filter, into: &facts)
      if let run {
        try Self.readTextFacts(db, surveyID: surveyID, run: run, filter: filter, into: &facts)
      }
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

  /// Responses per day from the responses; comments per day and the day's mean sentiment
  /// from the latest analysis run's tallies.
  static func readDays(
    _ db: Database, surveyID: String, run: Int64?, filter: FactFilter,
    into facts: inout SurveyFacts
  ) throws {
    let responses = FactSQL.responseFilter(filter, alias: "r")
    var days: [String: DayFact] = [:]
    for row in try Row.fetchAll(
      db,
      sql: """
        SELECT substr(r.completed_at, 1, 10), COUNT(*) FROM response r
        WHERE r.survey_id = ? AND r.status = 'complete' \(responses.sql) GROUP BY 1
        """, arguments: StatementArguments([surveyID] + responses.arguments))
    {
      days[row[0]] = DayFact(day: row[0], responses: row[1], comments: 0, sentiment: nil)
    }
    guard let run else {
      facts.days = days.values.sorted { $0.day < $1.day }
      return
    }
    let comments = FactSQL.tallyFilter(filter, answersAlwaysCount: false)
    let texts = FactSQL.tallyFilter(filter, answersAlwaysCount: true)
    let rows = try Row.fetchAll(
      db,
      sql: """
        SELECT day, SUM(comments), SUM(sentiment_sum), SUM(analysed) FROM (
          SELECT day, comments, sentiment_sum, comments AS analysed FROM comment_tally
          WHERE run_id = ? AND day IS NOT NULL \(comments.sql)
          UNION ALL
          SELECT day, 0, sentiment_sum, texts FROM text_tally
          WHERE run_id = ? AND item_kind = 'answer' AND day IS NOT NULL \(texts.sql)
        ) GROUP BY day
        """,
      arguments: [run] + StatementArguments(comments.arguments) + [run]
        + StatementArguments(texts.arguments))
    for row in rows {
      let day: String = row[0]
      let analysed: Int = row[3]
      let sum: Double = row[2]
      var fact = days[day] ?? DayFact(day: day, responses: 0, comments: 0, sentiment: nil)
      fact.comments = row[1]
      fact.sentiment = analysed > 0 ? sum / Double(analysed) : nil
      days[day] = fact
    }
    facts.days = days.values.sorted { $0.day < $1.day }
  }

  /// Counted comments per platform: from the latest run's tallies, else (nothing analysed yet)
  /// from the comments themselves.
  static func readCommentCounts(
    _ db: Database, surveyID: String, run: Int64?, filter: FactFilter,
    into facts: inout SurveyFacts
  ) throws {
    let published =
      try Int.fetchOne(
        db, sql: "SELECT COUNT(*) FROM comment WHERE survey_id = ? AND analysable = 1",
        arguments: [surveyID]) ?? 0
    guard let run else {
      let comments = FactSQL.commentFilter(filter)
      for row in try Row.fetchAll(
        db,
        sql: """
          SELECT c.platform, COUNT(*) FROM comment c
          WHERE c.survey_id = ? AND c.analysable = 1 \(comments.sql) GROUP BY 1
          """, arguments: StatementArguments([surveyID] + comments.arguments))
      {
        facts.commentsBySource[row[0]] = row[1]
      }
      facts.unanalysed = published
      return
    }
    let tally = FactSQL.tallyFilter(filter, answersAlwaysCount: false)
    for row in try Row.fetchAll(
      db,
      sql: """
        SELECT source, SUM(comments) FROM comment_tally WHERE run_id = ? \(tally.sql)
        GROUP BY 1
        """, arguments: [run] + StatementArguments(tally.arguments))
    {
      facts.commentsBySource[row[0]] = row[1]
    }
    let analysed =
      try Int.fetchOne(
        db, sql: "SELECT SUM(comments) FROM comment_tally WHERE run_id = ?", arguments: [run]) ?? 0
    facts.unanalysed = max(0, published - analysed)
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

  /// Comments `c` (before any analysis).
  static func commentFilter(_ filter: FactFilter) -> Fragment {
    var fragment = Fragment()
    if !filter.sources.isEmpty {
      fragment.add(sourceList("c.platform", filter.sources), filter.sources)
    }
    if let since = filter.since { fragment.add("c.created_at >= ?", [since]) }
    return fragment
  }

  /// The tally tables (`text_tally`, `comment_tally`, `inferred_tally`), optionally through a
  /// table alias; near-duplicate comments are left out when collapsing, answers never
  /// (`answersAlwaysCount`).
  static func tallyFilter(_ filter: FactFilter, answersAlwaysCount: Bool, alias: String? = nil)
    -> Fragment
  {
    let p = alias.map { "\($0)." } ?? ""
    var fragment = Fragment()
    if !filter.sources.isEmpty {
      fragment.add(sourceList("\(p)source", filter.sources), filter.sources)
    }
    if let since = filter.since { fragment.add("\(p)day >= ?", [since]) }
    if !filter.languages.isEmpty {
      fragment.add(sourceList("\(p)language", filter.languages), filter.languages)
    }
    if filter.collapseDuplicates {
      fragment.add(
        answersAlwaysCount
          ? "(\(p)item_kind = 'answer' OR \(p)is_duplicate = 0)" : "\(p)is_duplicate = 0", [])
    }
    return fragment
  }

  /// Text items `ti` joined with their analysis as `t`, for picking quotes.
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
      fragment.add(sourceList("t.language", filter.languages), filter.languages)
    }
    return fragment
  }
}
