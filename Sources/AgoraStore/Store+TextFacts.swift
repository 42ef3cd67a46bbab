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
  /// Outlier members (absent when there are none, and in runs made before outliers existed).
  var outliers: [ThemeRepresentative]?
}

extension Store {
  static func latestRun(_ db: Database, surveyID: String) throws -> Int64? {
    try Int64.fetchOne(
      db, sql: "SELECT MAX(id) FROM analysis_run WHERE survey_id = ?", arguments: [surveyID])
  }

  /// Free-text facts from the run's tallies: counts per source, sentiment and language; themes
  /// with quotes; near-duplicate groups; inferred positions.
  static func readTextFacts(
    _ db: Database, surveyID: String, run: Int64, filter: FactFilter,
    into facts: inout SurveyFacts
  ) throws {
    let texts = FactSQL.tallyFilter(filter, answersAlwaysCount: true)
    for row in try Row.fetchAll(
      db,
      sql: """
        SELECT question_id, source, sentiment_label, language, SUM(texts), SUM(sentiment_sum)
        FROM text_tally WHERE run_id = ? \(texts.sql) GROUP BY 1, 2, 3, 4
        """, arguments: [run] + StatementArguments(texts.arguments))
    {
      let count: Int = row[4]
      var text = facts.texts[row[0], default: TextFacts()]
      text.bySource[row[1], default: 0] += count
      text.sentiment[row[2], default: 0] += count
      text.languages[row[3], default: 0] += count
      text.sentimentSum += row[5] ?? 0
      facts.texts[row[0]] = text
    }
    for row in try Row.fetchAll(
      db,
      sql: """
        SELECT question_id, copies, sources, sample FROM duplicate_group WHERE run_id = ?
        ORDER BY copies DESC, sample
        """, arguments: [run])
    {
      let sources = (row[2] as String? ?? "").split(separator: ",").map(String.init).sorted()
      facts.texts[row[0], default: TextFacts()].duplicates.append(
        DuplicateFact(count: row[1], sources: sources, sample: row[3]))
    }
    try readThemes(db, run: run, filter: filter, into: &facts)
    let inferred = FactSQL.tallyFilter(filter, answersAlwaysCount: false)
    facts.inferredCounts = try Row.fetchAll(
      db,
      sql: """
        SELECT question_id, option_id, source, SUM(comments) FROM inferred_tally
        WHERE run_id = ? \(inferred.sql) GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
        """, arguments: [run] + StatementArguments(inferred.arguments)
    ).map { ChoiceFact(questionID: $0[0], optionID: $0[1], source: $0[2], count: $0[3]) }
  }

  /// Themes with their size and mood under the filter, and up to three quotes that pass it.
  static func readThemes(
    _ db: Database, run: Int64, filter: FactFilter, into facts: inout SurveyFacts
  ) throws {
    let texts = FactSQL.tallyFilter(filter, answersAlwaysCount: true, alias: "tt")
    let rows = try Row.fetchAll(
      db,
      sql: """
        SELECT tt.question_id, tt.theme_id, th.label, SUM(tt.texts), SUM(tt.sentiment_sum),
          th.details
        FROM text_tally tt
        JOIN theme th ON th.run_id = tt.run_id AND th.question_id = tt.question_id
          AND th.theme_id = tt.theme_id
        WHERE tt.run_id = ? \(texts.sql)
        GROUP BY 1, 2 ORDER BY 1, 4 DESC, 2
        """, arguments: [run] + StatementArguments(texts.arguments))
    let quotes = FactSQL.textFilter(filter)
    for row in rows {
      let questionID: String = row[0]
      let size: Int = row[3]
      let details = try StoredJSON.decode(ThemeDetails.self, row[5])
      var picked: [QuoteFact] = []
      for representative in details.representatives where picked.count < 3 {
        if let quote = try Row.fetchOne(
          db,
          sql: """
            SELECT ti.text, ti.source, ti.author, ti.created_at FROM text_item ti
            LEFT JOIN text_analysis t ON t.item_kind = ti.item_kind AND t.item_id = ti.item_id
            WHERE ti.item_kind = ? AND ti.item_id = ? AND ti.question_id = ? \(quotes.sql)
            """,
          arguments: [representative.kind, representative.id, questionID]
            + StatementArguments(quotes.arguments))
        {
          picked.append(
            QuoteFact(text: quote[0], source: quote[1], author: quote[2], createdAt: quote[3]))
        }
      }
      let sum: Double = row[4]
      facts.texts[questionID, default: TextFacts()].themes.append(
        ThemeFact(
          id: row[1], label: row[2], size: size, mood: size > 0 ? sum / Double(size) : 0,
          quotes: picked))
    }
  }
}
