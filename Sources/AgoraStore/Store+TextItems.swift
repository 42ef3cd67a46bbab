import AgoraModel
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
  /// Where it came from: the response's source or the comment's platform.
  public var source: String
  /// The day it was answered or written (`YYYY-MM-DD`), when known.
  public var day: String?
  /// Its stored analysis, if it was analysed.
  public var analysed: StoredAnalysis?

  /// The hash of the text its stored analysis was made from, if any.
  public var analysedHash: String? { analysed?.textHash }
  /// The stored sentiment, if analysed.
  public var analysedSentiment: Double? { analysed?.sentiment }
}

/// The analysis of an item as the store holds it.
public struct StoredAnalysis: Sendable, Hashable {
  /// The hash of the analysed text.
  public var textHash: String
  /// `fr`, `en` or `other`.
  public var language: String
  /// Sentiment in [-1, 1].
  public var sentiment: Double
  /// `pos`, `neu` or `neg`.
  public var label: String
  /// ``ContentHash/key64(_:)`` of the near-duplicate key.
  public var duplicateHash: Int64
  /// Whether an earlier comment of the survey has the same near-duplicate key.
  public var isDuplicate: Bool
}

extension Store {
  /// Every free text of a survey that analysis counts: complete answers to text questions and
  /// analysable (by default published), routed comments, with their stored analysis; ordered by
  /// kind (answers first), id and question.
  public func textItems(surveyID: String) throws(StoreError) -> [TextItem] {
    try read("read the texts of \(surveyID)") { db in try Self.textItems(db, surveyID: surveyID) }
  }

  static func textItems(_ db: Database, surveyID: String) throws -> [TextItem] {
    let analysis = """
      t.text_hash, t.language, t.sentiment, t.sentiment_label, t.duplicate_hash, t.is_duplicate
      """
    // The same texts as the `text_item` view, read arm by arm: comments are scanned in id
    // order, which needs neither a sort nor a jump per row through an index.
    var items: [TextItem] = []
    try append(
      db,
      sql: """
        SELECT 'answer', a.rowid, a.question_id, a.text, r.source, substr(a.answered_at, 1, 10),
          \(analysis)
        FROM answer a JOIN response r ON r.id = a.response_id
        LEFT JOIN text_analysis t ON t.item_kind = 'answer' AND t.item_id = a.rowid
        WHERE r.survey_id = ? AND r.status = 'complete' AND a.text IS NOT NULL
        ORDER BY a.rowid, a.question_id
        """, surveyID, to: &items)
    try append(
      db,
      sql: """
        SELECT 'comment', c.id, c.question_id, c.text, c.platform, substr(c.created_at, 1, 10),
          \(analysis)
        FROM comment c NOT INDEXED
        LEFT JOIN text_analysis t ON t.item_kind = 'comment' AND t.item_id = c.id
        WHERE c.survey_id = ? AND c.analysable = 1 AND c.question_id IS NOT NULL
        ORDER BY c.id
        """, surveyID, to: &items)
    return items
  }

  private static func append(
    _ db: Database, sql: String, _ surveyID: String, to items: inout [TextItem]
  ) throws {
    // A cursor, so that rows are not all held twice (as rows, then as items).
    let rows = try Row.fetchCursor(db, sql: sql, arguments: [surveyID])
    while let row = try rows.next() {
      let hash: String? = row[6]
      items.append(
        TextItem(
          kind: row[0], id: row[1], questionID: row[2], text: row[3], source: row[4], day: row[5],
          analysed: hash.map { hash in
            StoredAnalysis(
              textHash: hash, language: row[7], sentiment: row[8], label: row[9],
              duplicateHash: row[10], isDuplicate: row[11])
          }))
    }
  }
}
