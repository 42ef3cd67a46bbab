import AgoraModel
import Foundation
import GRDB

/// One item an analysis run picked to represent a theme (stored in `theme.details`).
public struct ThemeRepresentative: Sendable, Hashable, Codable {
  /// `answer` or `comment`.
  public var kind: String
  /// The answer's rowid or the comment's id.
  public var id: Int64

  /// Creates a representative.
  public init(kind: String, id: Int64) {
    self.kind = kind
    self.id = id
  }
}

/// What the `theme.details` column holds.
struct ThemeDetails: Codable {
  var representatives: [ThemeRepresentative]
}

extension Store {
  static func latestRun(_ db: Database, surveyID: String) throws -> Int64? {
    try Int64.fetchOne(
      db, sql: "SELECT MAX(id) FROM analysis_run WHERE survey_id = ?", arguments: [surveyID])
  }

  static func readTextFacts(
    _ db: Database, surveyID: String, filter: FactFilter, into facts: inout SurveyFacts
  ) throws {
    let texts = FactSQL.textFilter(filter)
    let join = "LEFT JOIN text_analysis t ON t.item_kind = ti.item_kind AND t.item_id = ti.item_id"
    let arguments = StatementArguments([surveyID] + texts.arguments)
    for row in try Row.fetchAll(
      db,
      sql: """
        SELECT ti.question_id, ti.source, t.sentiment_label, t.language, COUNT(*), SUM(t.sentiment)
        FROM text_item ti \(join) WHERE ti.survey_id = ? \(texts.sql) GROUP BY 1, 2, 3, 4
        """, arguments: arguments)
    {
      let count: Int = row[4]
      var text = facts.texts[row[0], default: TextFacts()]
      text.bySource[row[1], default: 0] += count
      if let label: String = row[2] { text.sentiment[label, default: 0] += count }
      if let language: String = row[3] { text.languages[language, default: 0] += count }
      text.sentimentSum += row[5] ?? 0
      facts.texts[row[0]] = text
    }
    for row in try Row.fetchAll(
      db,
      sql: """
        SELECT ti.question_id, COUNT(*), group_concat(DISTINCT ti.source), MIN(ti.text)
        FROM text_item ti JOIN text_analysis t
          ON t.item_kind = ti.item_kind AND t.item_id = ti.item_id
        WHERE ti.survey_id = ? AND ti.item_kind = 'comment'
          \(FactSQL.textFilter(filter.withoutCollapse).sql)
        GROUP BY ti.question_id, t.duplicate_key HAVING COUNT(*) > 1
        ORDER BY 2 DESC, 4
        """,
      arguments: StatementArguments(
        [surveyID] + FactSQL.textFilter(filter.withoutCollapse).arguments))
    {
      let sources = (row[2] as String? ?? "").split(separator: ",").map(String.init).sorted()
      facts.texts[row[0], default: TextFacts()].duplicates.append(
        DuplicateFact(count: row[1], sources: sources, sample: row[3]))
    }
    guard let run = try latestRun(db, surveyID: surveyID) else { return }
    try readThemes(db, run: run, surveyID: surveyID, filter: filter, into: &facts)
    let inferredArguments =
      StatementArguments([run]) + StatementArguments([surveyID] + texts.arguments)
    facts.inferredCounts = try Row.fetchAll(
      db,
      sql: """
        SELECT question_id, option_id, source, COUNT(*) FROM (
          SELECT DISTINCT ia.question_id, ia.option_id, ti.source, ia.item_kind, ia.item_id
          FROM inferred_answer ia
          JOIN text_item ti ON ti.item_kind = ia.item_kind AND ti.item_id = ia.item_id \(join)
          WHERE ia.run_id = ? AND ti.survey_id = ? \(texts.sql)
        ) GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
        """, arguments: inferredArguments
    ).map { ChoiceFact(questionID: $0[0], optionID: $0[1], source: $0[2], count: $0[3]) }
  }

  static func readThemes(
    _ db: Database, run: Int64, surveyID: String, filter: FactFilter,
    into facts: inout SurveyFacts
  ) throws {
    let texts = FactSQL.textFilter(filter)
    let rows = try Row.fetchAll(
      db,
      sql: """
        SELECT m.question_id, m.theme_id, th.label, COUNT(*), AVG(t.sentiment), th.details
        FROM theme_member m
        JOIN theme th ON th.run_id = m.run_id AND th.question_id = m.question_id
          AND th.theme_id = m.theme_id
        JOIN text_item ti ON ti.item_kind = m.item_kind AND ti.item_id = m.item_id
          AND ti.question_id = m.question_id
        LEFT JOIN text_analysis t ON t.item_kind = ti.item_kind AND t.item_id = ti.item_id
        WHERE m.run_id = ? AND ti.survey_id = ? \(texts.sql)
        GROUP BY 1, 2 ORDER BY 1, 4 DESC, 2
        """, arguments: StatementArguments([run]) + StatementArguments([surveyID] + texts.arguments)
    )
    for row in rows {
      let questionID: String = row[0]
      let details = try StoredJSON.decode(ThemeDetails.self, row[5])
      var quotes: [QuoteFact] = []
      for representative in details.representatives where quotes.count < 3 {
        if let quote = try Row.fetchOne(
          db,
          sql: """
            SELECT ti.text, ti.source, ti.author, ti.created_at FROM text_item ti \(
              "LEFT JOIN text_analysis t ON t.item_kind = ti.item_kind AND t.item_id = ti.item_id")
            WHERE ti.item_kind = ? AND ti.item_id = ? AND ti.question_id = ? \(texts.sql)
            """,
          arguments: [representative.kind, representative.id, questionID]
            + StatementArguments(texts.arguments))
        {
          quotes.append(
            QuoteFact(text: quote[0], source: quote[1], author: quote[2], createdAt: quote[3]))
        }
      }
      facts.texts[questionID, default: TextFacts()].themes.append(
        ThemeFact(id: row[1], label: row[2], size: row[3], mood: row[4] ?? 0, quotes: quotes))
    }
  }
}

extension FactFilter {
  /// The same filter counting every copy of near-duplicates.
  var withoutCollapse: FactFilter {
    var filter = self
    filter.collapseDuplicates = false
    return filter
  }
}
