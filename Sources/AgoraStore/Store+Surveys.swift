import AgoraModel
import Foundation
import GRDB

/// What saving a survey file did.
public enum SurveySaveOutcome: Sendable, Hashable {
  /// A survey the store did not know; revision 1 was made.
  case new(revision: Int)
  /// The file changed since the last revision; a new revision was made.
  case changed(revision: Int)
  /// The file is the same as a known revision; nothing was written.
  case unchanged(revision: Int)

  /// The revision the file now corresponds to.
  public var revision: Int {
    switch self {
    case .new(let r), .changed(let r), .unchanged(let r): r
    }
  }
}

/// A survey as stored: its latest revision and counts of what was collected for it.
public struct StoredSurvey: Sendable, Hashable {
  /// The latest revision's definition.
  public var survey: Survey
  /// The latest revision's number (1, 2, …).
  public var revision: Int
  /// The latest revision's content hash.
  public var contentHash: String
  /// Complete responses, all revisions together.
  public var completeResponses: Int
  /// Responses still in progress.
  public var inProgressResponses: Int
  /// Imported comments.
  public var comments: Int
}

extension Store {
  /// Saves a survey file: a new survey, a new revision when its content changed, or nothing.
  public func saveSurvey(_ loaded: LoadedSurvey, fileName: String? = nil, at date: Date)
    throws(StoreError) -> SurveySaveOutcome
  {
    try write("save survey \(loaded.survey.id)") { db in
      let id = loaded.survey.id
      let latest = try Row.fetchOne(
        db,
        sql: """
          SELECT number, content_hash FROM survey_revision WHERE survey_id = ?
          ORDER BY number DESC LIMIT 1
          """, arguments: [id])
      if let latest, latest["content_hash"] == loaded.contentHash {
        return .unchanged(revision: latest["number"])
      }
      if latest == nil {
        try db.execute(
          sql: "INSERT INTO survey (id, created_at) VALUES (?, ?)",
          arguments: [id, StoredDate.string(date)])
      }
      let number = (latest?["number"] ?? 0) + 1
      try db.execute(
        sql: """
          INSERT INTO survey_revision
            (survey_id, number, content_hash, definition, source_text, file_name, loaded_at)
          VALUES (?, ?, ?, ?, ?, ?, ?)
          """,
        arguments: [
          id, number, loaded.contentHash, try StoredJSON.encode(loaded.survey), loaded.text,
          fileName, StoredDate.string(date),
        ])
      try insertQuestions(loaded.survey, revisionID: db.lastInsertedRowID, db)
      return latest == nil ? .new(revision: number) : .changed(revision: number)
    }
  }

  private func insertQuestions(_ survey: Survey, revisionID: Int64, _ db: Database) throws {
    for (position, question) in survey.questions.enumerated() {
      try db.execute(
        sql:
          "INSERT INTO question (revision_id, id, position, kind, prompt) VALUES (?, ?, ?, ?, ?)",
        arguments: [
          revisionID, question.id, position, question.kind.name,
          try StoredJSON.encode(question.prompt),
        ])
      for (index, option) in question.options.enumerated() {
        try db.execute(
          sql: """
            INSERT INTO question_option
              (revision_id, question_id, id, position, label, asks_for_text)
            VALUES (?, ?, ?, ?, ?, ?)
            """,
          arguments: [
            revisionID, question.id, option.id, index, try StoredJSON.encode(option.label),
            option.asksForText,
          ])
      }
    }
  }

  /// Every stored survey with its latest revision and counts, sorted by id.
  public func surveys() throws(StoreError) -> [StoredSurvey] {
    try read("list surveys") { db in
      let ids = try String.fetchAll(db, sql: "SELECT id FROM survey ORDER BY id")
      return try ids.compactMap { try Self.storedSurvey($0, db) }
    }
  }

  /// The survey with this id at its latest revision, or `nil` when the store does not know it.
  public func survey(_ id: String) throws(StoreError) -> StoredSurvey? {
    try read("read survey \(id)") { db in try Self.storedSurvey(id, db) }
  }

  /// The definition of one revision of a survey.
  public func survey(_ id: String, revision: Int) throws(StoreError) -> Survey? {
    try read("read survey \(id) revision \(revision)") { db in
      guard
        let json = try String.fetchOne(
          db, sql: "SELECT definition FROM survey_revision WHERE survey_id = ? AND number = ?",
          arguments: [id, revision])
      else { return nil }
      return try StoredJSON.decode(Survey.self, json)
    }
  }

  static func storedSurvey(_ id: String, _ db: Database) throws -> StoredSurvey? {
    guard
      let row = try Row.fetchOne(
        db,
        sql: """
          SELECT number, content_hash, definition FROM survey_revision
          WHERE survey_id = ? ORDER BY number DESC LIMIT 1
          """, arguments: [id])
    else { return nil }
    let counts = try Row.fetchOne(
      db,
      sql: """
        SELECT
          (SELECT COUNT(*) FROM response WHERE survey_id = ?1 AND status = 'complete'),
          (SELECT COUNT(*) FROM response WHERE survey_id = ?1 AND status = 'in_progress'),
          (SELECT COUNT(*) FROM comment WHERE survey_id = ?1)
        """, arguments: [id])
    return StoredSurvey(
      survey: try StoredJSON.decode(Survey.self, row["definition"]),
      revision: row["number"], contentHash: row["content_hash"],
      completeResponses: counts?[0] ?? 0, inProgressResponses: counts?[1] ?? 0,
      comments: counts?[2] ?? 0)
  }
}
