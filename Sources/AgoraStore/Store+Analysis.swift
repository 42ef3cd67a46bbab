import AgoraModel
import Foundation
import GRDB

/// A free text to analyse: an answer to a text question or an imported comment.
public struct TextItem: Sendable, Hashable {
  /// `answer` or `comment`.
  public var kind: String
  /// The answer's rowid or the comment's id.
  public var id: Int64
  /// The question it answers (a comment routed to several appears once per question).
  public var questionID: String
  /// The text.
  public var text: String
  /// The hash of the text its stored analysis was made from, if any.
  public var analysedHash: String?
  /// The stored sentiment, if analysed.
  public var analysedSentiment: Double?
}

/// The analysis of one item's text.
public struct ItemAnalysis: Sendable, Hashable {
  /// `answer` or `comment`.
  public var kind: String
  /// The answer's rowid or the comment's id.
  public var id: Int64
  /// The hash of the analysed text.
  public var textHash: String
  /// `fr`, `en` or `other`.
  public var language: String
  /// Sentiment in [-1, 1].
  public var sentiment: Double
  /// `pos`, `neu` or `neg`.
  public var label: String
  /// Equal for near-identical texts.
  public var duplicateKey: String

  /// Creates an item analysis.
  public init(
    kind: String, id: Int64, textHash: String, language: String, sentiment: Double,
    label: String, duplicateKey: String
  ) {
    self.kind = kind
    self.id = id
    self.textHash = textHash
    self.language = language
    self.sentiment = sentiment
    self.label = label
    self.duplicateKey = duplicateKey
  }
}

/// A theme found in one question's texts.
public struct StoredTheme: Sendable, Hashable {
  /// The question.
  public var questionID: String
  /// The theme's id (stable across runs where the theme persists).
  public var themeID: Int
  /// Its label.
  public var label: String
  /// Its members.
  public var members: [ThemeRepresentative]
  /// Its mean sentiment.
  public var mood: Double
  /// Its most representative members, best first.
  public var representatives: [ThemeRepresentative]
  /// Members that are outliers: near no theme, attached to this one for tallies.
  public var outliers: [ThemeRepresentative]

  /// Creates a theme.
  public init(
    questionID: String, themeID: Int, label: String, members: [ThemeRepresentative], mood: Double,
    representatives: [ThemeRepresentative], outliers: [ThemeRepresentative] = []
  ) {
    self.questionID = questionID
    self.themeID = themeID
    self.label = label
    self.members = members
    self.mood = mood
    self.representatives = representatives
    self.outliers = outliers
  }
}

/// A position inferred from an item's text for a choice question.
public struct InferredAnswer: Sendable, Hashable {
  /// The choice question.
  public var questionID: String
  /// The item.
  public var item: ThemeRepresentative
  /// The option its text takes.
  public var optionID: String

  /// Creates an inferred answer.
  public init(questionID: String, item: ThemeRepresentative, optionID: String) {
    self.questionID = questionID
    self.item = item
    self.optionID = optionID
  }
}

extension Store {
  /// Every free text of a survey that analysis counts: complete answers to text questions and
  /// published, routed comments.
  public func textItems(surveyID: String) throws(StoreError) -> [TextItem] {
    try read("read the texts of \(surveyID)") { db in
      // A cursor, so that rows are not all held twice (as rows, then as items).
      let rows = try Row.fetchCursor(
        db,
        sql: """
          SELECT ti.item_kind, ti.item_id, ti.question_id, ti.text, t.text_hash, t.sentiment
          FROM text_item ti
          LEFT JOIN text_analysis t ON t.item_kind = ti.item_kind AND t.item_id = ti.item_id
          WHERE ti.survey_id = ? ORDER BY ti.item_kind, ti.item_id, ti.question_id
          """, arguments: [surveyID])
      var items: [TextItem] = []
      while let row = try rows.next() {
        items.append(
          TextItem(
            kind: row[0], id: row[1], questionID: row[2], text: row[3], analysedHash: row[4],
            analysedSentiment: row[5]))
      }
      return items
    }
  }

  /// The parameters of the latest analysis run of a survey (empty before the first run).
  public func latestAnalysisParameters(surveyID: String) throws(StoreError) -> [String: String] {
    try read("read the latest analysis parameters") { db in
      guard let run = try Self.latestRun(db, surveyID: surveyID),
        let json = try String.fetchOne(
          db, sql: "SELECT parameters FROM analysis_run WHERE id = ?", arguments: [run])
      else { return [:] }
      return try StoredJSON.decode([String: String].self, json)
    }
  }

  /// The themes of the latest analysis run of a survey, for keeping theme ids stable.
  public func latestThemes(surveyID: String) throws(StoreError) -> [StoredTheme] {
    try read("read the latest themes") { db in
      guard let run = try Self.latestRun(db, surveyID: surveyID) else { return [] }
      let members = try Row.fetchAll(
        db,
        sql: """
          SELECT question_id, theme_id, item_kind, item_id FROM theme_member WHERE run_id = ?
          ORDER BY question_id, theme_id, item_kind, item_id
          """, arguments: [run])
      var grouped: [String: [ThemeRepresentative]] = [:]
      for row in members {
        grouped["\(row[0] as String)#\(row[1] as Int)", default: []].append(
          ThemeRepresentative(kind: row[2], id: row[3]))
      }
      return try Row.fetchAll(
        db,
        sql: """
          SELECT question_id, theme_id, label, mood, details FROM theme WHERE run_id = ?
          ORDER BY question_id, theme_id
          """, arguments: [run]
      ).map { row in
        let details = try StoredJSON.decode(ThemeDetails.self, row[4])
        return StoredTheme(
          questionID: row[0], themeID: row[1], label: row[2],
          members: grouped["\(row[0] as String)#\(row[1] as Int)"] ?? [], mood: row[3],
          representatives: details.representatives, outliers: details.outliers ?? [])
      }
    }
  }

  /// Saves one analysis run in one transaction: the new or changed items' analyses, the
  /// near-duplicate flags, and the run's themes and inferred answers. Returns the run's id.
  @discardableResult
  public func saveAnalysis(
    surveyID: String, parameters: [String: String], items: [ItemAnalysis], themes: [StoredTheme],
    inferred: [InferredAnswer], at date: Date
  ) throws(StoreError) -> Int64 {
    try write("save the analysis of \(surveyID)") { db in
      try db.execute(
        sql: "INSERT INTO analysis_run (survey_id, started_at, parameters) VALUES (?, ?, ?)",
        arguments: [surveyID, StoredDate.string(date), try StoredJSON.encode(parameters)])
      let run = db.lastInsertedRowID
      let upsert = try db.cachedStatement(
        sql: """
          INSERT INTO text_analysis
            (item_kind, item_id, text_hash, language, sentiment, sentiment_label, duplicate_key)
          VALUES (?, ?, ?, ?, ?, ?, ?)
          ON CONFLICT (item_kind, item_id) DO UPDATE SET text_hash = excluded.text_hash,
            language = excluded.language, sentiment = excluded.sentiment,
            sentiment_label = excluded.sentiment_label, duplicate_key = excluded.duplicate_key
          """)
      for item in items {
        try upsert.execute(arguments: [
          item.kind, item.id, item.textHash, item.language, item.sentiment, item.label,
          item.duplicateKey,
        ])
      }
      // Near-duplicate comments (copy-paste campaigns) count once: every copy but the first.
      // Direct answers are never folded. The copies are looked up by key: left to itself,
      // SQLite scans every earlier comment for each comment instead (quadratic).
      try db.execute(
        sql: """
          UPDATE text_analysis SET is_duplicate = (
            item_kind = 'comment' AND EXISTS (SELECT 1 FROM text_analysis o
              INDEXED BY text_analysis_duplicate
              WHERE o.duplicate_key = text_analysis.duplicate_key AND o.item_kind = 'comment'
                AND o.item_id < text_analysis.item_id))
          """)
      try Self.insertThemes(themes, inferred: inferred, run: run, db)
      try Self.buildTallies(run: run, surveyID: surveyID, db)
      return run
    }
  }

  static func insertThemes(
    _ themes: [StoredTheme], inferred: [InferredAnswer], run: Int64, _ db: Database
  ) throws {
    let member = try db.cachedStatement(
      sql: """
        INSERT OR IGNORE INTO theme_member (run_id, question_id, item_kind, item_id, theme_id)
        VALUES (?, ?, ?, ?, ?)
        """)
    for theme in themes {
      try db.execute(
        sql: """
          INSERT INTO theme (run_id, question_id, theme_id, label, size, mood, details)
          VALUES (?, ?, ?, ?, ?, ?, ?)
          """,
        arguments: [
          run, theme.questionID, theme.themeID, theme.label, theme.members.count, theme.mood,
          try StoredJSON.encode(
            ThemeDetails(
              representatives: theme.representatives,
              outliers: theme.outliers.isEmpty ? nil : theme.outliers)),
        ])
      for item in theme.members {
        try member.execute(arguments: [run, theme.questionID, item.kind, item.id, theme.themeID])
      }
    }
    let answer = try db.cachedStatement(
      sql: """
        INSERT OR IGNORE INTO inferred_answer (run_id, question_id, item_kind, item_id, option_id)
        VALUES (?, ?, ?, ?, ?)
        """)
    for item in inferred {
      try answer.execute(arguments: [
        run, item.questionID, item.item.kind, item.item.id, item.optionID,
      ])
    }
  }
}
