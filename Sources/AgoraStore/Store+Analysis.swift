import AgoraModel
import Foundation
import GRDB

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
  /// ``ContentHash/key64(_:)`` of the near-duplicate key: equal for near-identical texts.
  public var duplicateHash: Int64

  /// Creates an item analysis; `duplicateKey` is equal for near-identical texts.
  public init(
    kind: String, id: Int64, textHash: String, language: String, sentiment: Double,
    label: String, duplicateKey: String
  ) {
    self.init(
      kind: kind, id: id, textHash: textHash, language: language, sentiment: sentiment,
      label: label, duplicateHash: ContentHash.key64(duplicateKey))
  }

  /// Creates an item analysis from the hash of its near-duplicate key (computed once for
  /// many copies of a text).
  public init(
    kind: String, id: Int64, textHash: String, language: String, sentiment: Double,
    label: String, duplicateHash: Int64
  ) {
    self.kind = kind
    self.id = id
    self.textHash = textHash
    self.language = language
    self.sentiment = sentiment
    self.label = label
    self.duplicateHash = duplicateHash
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
  /// near-duplicate flags, the run's themes and inferred answers, and its tallies. `texts` are
  /// the survey's texts as ``textItems(surveyID:)`` gave them (read again when `nil`).
  /// Returns the run's id.
  ///
  /// A comment is a near-duplicate when an earlier comment (smaller id) of the same survey has
  /// the same duplicate key; answers never are.
  @discardableResult
  public func saveAnalysis(
    surveyID: String, parameters: [String: String], items: [ItemAnalysis], themes: [StoredTheme],
    inferred: [InferredAnswer], texts: [TextItem]? = nil, at date: Date
  ) throws(StoreError) -> Int64 {
    try saveAnalysis(
      surveyID: surveyID, parameters: parameters, items: items, inferred: inferred, texts: texts,
      at: date
    ) { themes }
  }

  /// ``saveAnalysis(surveyID:parameters:items:themes:inferred:texts:at:)`` with the themes
  /// asked for only once the items' analyses are written, so that they can still be being
  /// found meanwhile.
  @discardableResult
  public func saveAnalysis(
    surveyID: String, parameters: [String: String], items: [ItemAnalysis],
    inferred: [InferredAnswer], texts: [TextItem]? = nil, at date: Date,
    themes: @Sendable () -> [StoredTheme]
  ) throws(StoreError) -> Int64 {
    try write("save the analysis of \(surveyID)") { db in
      try db.execute(
        sql: "INSERT INTO analysis_run (survey_id, started_at, parameters) VALUES (?, ?, ?)",
        arguments: [surveyID, StoredDate.string(date), try StoredJSON.encode(parameters)])
      let run = db.lastInsertedRowID
      let current = try AnalysedTexts(
        texts: texts ?? Self.textItems(db, surveyID: surveyID), changed: items)
      try current.save(db)
      try Self.insertInferred(inferred, run: run, db)
      let themes = themes()
      // The tallies are counted on another core while the themes are written.
      let tallies = Background {
        RunTallies(
          texts: current.texts, analyses: current.analyses, themes: themes, inferred: inferred)
      }
      try Self.insertThemes(themes, run: run, db)
      try tallies.value().insert(run: run, db)
      return run
    }
  }

  static func insertThemes(_ themes: [StoredTheme], run: Int64, _ db: Database) throws {
    // Members go in in key order (the first theme listed keeps an item), so that rows are
    // appended to the table's b-trees instead of inserted all over them.
    var members: [String: [(kind: String, id: Int64, order: Int, theme: Int)]] = [:]
    var order = 0
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
        members[theme.questionID, default: []].append((item.kind, item.id, order, theme.themeID))
        order += 1
      }
    }
    var member = BatchInsert(
      db, "INSERT OR FAIL INTO theme_member (run_id, question_id, item_kind, item_id, theme_id)",
      columns: 5, tail: "ON CONFLICT DO NOTHING")
    for question in members.keys.sorted() {
      // Kinds are `answer` and `comment` alone (the table checks it), in that order.
      let sorted = (members[question] ?? []).sorted {
        ($0.kind == "comment" ? 1 : 0, $0.id, $0.order) < (
          $1.kind == "comment" ? 1 : 0, $1.id, $1.order
        )
      }
      for item in sorted {
        try member.add(run, question, item.kind, item.id, item.theme)
      }
    }
    try member.finish()
  }

  /// Inserts the run's inferred answers (each position of an item on a question once).
  static func insertInferred(_ inferred: [InferredAnswer], run: Int64, _ db: Database) throws {
    var answer = BatchInsert(
      db,
      "INSERT OR FAIL INTO inferred_answer (run_id, question_id, item_kind, item_id, option_id)",
      columns: 5, tail: "ON CONFLICT DO NOTHING")
    for item in inferred {
      try answer.add(run, item.questionID, item.item.kind, item.item.id, item.optionID)
    }
    try answer.finish()
  }
}
