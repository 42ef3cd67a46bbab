import AgoraModel
import Foundation
import GRDB

extension Store {
  /// Starts an in-progress response of `respondent` to the latest revision of a survey.
  public func startResponse(
    surveyID: String, respondent: String, source: String, language: String, at date: Date
  ) throws(StoreError) -> Response {
    try write("start a response to \(surveyID)") { db in
      guard
        let revision = try Row.fetchOne(
          db,
          sql: """
            SELECT id, number FROM survey_revision WHERE survey_id = ?
            ORDER BY number DESC LIMIT 1
            """, arguments: [surveyID])
      else { throw StoreError.unknownSurvey(surveyID) }
      try db.execute(
        sql: "INSERT INTO respondent (name) VALUES (?) ON CONFLICT (name) DO NOTHING",
        arguments: [respondent])
      try db.execute(
        sql: """
          INSERT INTO response
            (survey_id, revision_id, respondent_id, status, source, language, started_at)
          VALUES (?, ?, (SELECT id FROM respondent WHERE name = ?), 'in_progress', ?, ?, ?)
          """,
        arguments: [
          surveyID, revision["id"] as Int64, respondent, source, language, StoredDate.string(date),
        ])
      return Response(
        id: db.lastInsertedRowID, surveyID: surveyID, revision: revision["number"],
        respondent: respondent, status: .inProgress, source: source, language: language,
        startedAt: date)
    }
  }

  /// Saves one answer of a response (replacing an earlier answer to the same question).
  public func saveAnswer(_ answer: Answer, responseID: Int64, at date: Date) throws(StoreError) {
    try write("save the answer to \(answer.questionID)") { db in
      try Self.insertAnswer(answer, responseID: responseID, at: date, db)
    }
  }

  /// Removes the answer to a question (when it becomes hidden by a condition, or is cleared).
  public func removeAnswer(questionID: String, responseID: Int64) throws(StoreError) {
    try write("remove the answer to \(questionID)") { db in
      try db.execute(
        sql: "DELETE FROM answer WHERE response_id = ? AND question_id = ?",
        arguments: [responseID, questionID])
    }
  }

  /// Marks a response complete.
  public func completeResponse(_ responseID: Int64, at date: Date) throws(StoreError) {
    try write("submit response #\(responseID)") { db in
      try db.execute(
        sql: "UPDATE response SET status = 'complete', completed_at = ? WHERE id = ?",
        arguments: [StoredDate.string(date), responseID])
      if db.changesCount == 0 { throw StoreError.unknownResponse(responseID) }
    }
  }

  /// Saves a whole response at once (from a file): started, answered and completed in one
  /// transaction.
  public func saveCompleteResponse(
    surveyID: String, respondent: String, source: String, language: String, answers: [Answer],
    at date: Date
  ) throws(StoreError) -> Response {
    var response = try startResponse(
      surveyID: surveyID, respondent: respondent, source: source, language: language, at: date)
    let id = response.id
    try write("save response #\(id)") { db in
      for answer in answers { try Self.insertAnswer(answer, responseID: id, at: date, db) }
      try db.execute(
        sql: "UPDATE response SET status = 'complete', completed_at = ? WHERE id = ?",
        arguments: [StoredDate.string(date), id])
    }
    response.status = .complete
    response.completedAt = date
    response.answers = answers
    return response
  }

  static func insertAnswer(_ answer: Answer, responseID: Int64, at date: Date, _ db: Database)
    throws
  {
    var number: Double?
    var text: String?
    var choices: [String] = []
    switch answer.value {
    case .choice(let id): choices = [id]
    case .choices(let ids): choices = ids
    case .number(let value): number = value
    case .text(let value): text = value
    }
    try db.execute(
      sql: "DELETE FROM answer WHERE response_id = ? AND question_id = ?",
      arguments: [responseID, answer.questionID])
    try db.execute(
      sql: """
        INSERT INTO answer (response_id, question_id, value, number, text, other_text, answered_at)
        VALUES (?, ?, ?, ?, ?, ?, ?)
        """,
      arguments: [
        responseID, answer.questionID, try StoredJSON.encode(answer.value), number, text,
        answer.otherText, StoredDate.string(date),
      ])
    for option in choices {
      try db.execute(
        sql: "INSERT INTO answer_choice (response_id, question_id, option_id) VALUES (?, ?, ?)",
        arguments: [responseID, answer.questionID, option])
    }
  }

  /// The responses to a survey, oldest first, with their answers.
  public func responses(surveyID: String) throws(StoreError) -> [Response] {
    try read("list responses to \(surveyID)") { db in
      try Self.fetchResponses(db, where: "r.survey_id = ?", arguments: [surveyID])
    }
  }

  /// The latest in-progress response of `respondent` to a survey, to resume it.
  public func inProgressResponse(surveyID: String, respondent: String) throws(StoreError)
    -> Response?
  {
    try read("find the response in progress") { db in
      try Self.fetchResponses(
        db, where: "r.survey_id = ? AND p.name = ? AND r.status = 'in_progress'",
        arguments: [surveyID, respondent]
      ).last
    }
  }

  static func fetchResponses(_ db: Database, where condition: String, arguments: StatementArguments)
    throws -> [Response]
  {
    let rows = try Row.fetchAll(
      db,
      sql: """
        SELECT r.id, r.survey_id, v.number, p.name, r.status, r.source, r.language,
               r.started_at, r.completed_at
        FROM response r JOIN respondent p ON p.id = r.respondent_id
        JOIN survey_revision v ON v.id = r.revision_id
        WHERE \(condition) ORDER BY r.started_at, r.id
        """, arguments: arguments)
    return try rows.map { row in
      let id: Int64 = row[0]
      let answers = try Row.fetchAll(
        db,
        sql: """
          SELECT a.question_id, a.value, a.other_text FROM answer a
          JOIN response r ON r.id = a.response_id
          JOIN question q ON q.revision_id = r.revision_id AND q.id = a.question_id
          WHERE a.response_id = ? ORDER BY q.position
          """, arguments: [id]
      ).map { answer in
        Answer(
          questionID: answer[0], value: try StoredJSON.decode(AnswerValue.self, answer[1]),
          otherText: answer[2])
      }
      return Response(
        id: id, surveyID: row[1], revision: row[2], respondent: row[3],
        status: ResponseStatus(rawValue: row[4]) ?? .inProgress, source: row[5], language: row[6],
        startedAt: StoredDate.date(row[7]) ?? .distantPast, completedAt: StoredDate.date(row[8]),
        answers: answers)
    }
  }
}
