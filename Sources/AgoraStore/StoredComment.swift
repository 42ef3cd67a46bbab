import AgoraModel
import Foundation
import GRDB

/// An imported comment as stored, with the questions it was routed to.
public struct StoredComment: Sendable, Hashable, Codable {
  /// The row id.
  public var id: Int64
  /// The platform its ids belong to.
  public var platform: String
  /// The platform's id (or a content-hash id `h:…`).
  public var externalID: String
  /// The platform's id of its parent.
  public var parentExternalID: String?
  /// The author's pseudonym (or name when kept).
  public var author: String?
  /// When it was written.
  public var createdAt: Date?
  /// The text as exported.
  public var rawText: String
  /// The reader's own plain text.
  public var text: String
  /// Its moderation.
  public var moderation: Moderation
  /// The question it was routed to, with its confidence (one at most; empty when not routed).
  public var routes: [String: Double]
}

extension Store {
  /// A survey's imported comments in import order; moderated ones only when asked for.
  public func comments(surveyID: String, includingModerated: Bool = false)
    throws(StoreError) -> [StoredComment]
  {
    try read("read comments of \(surveyID)") { db in
      let filter = includingModerated ? "" : " AND moderation = 'published'"
      return try Row.fetchAll(
        db,
        sql: """
          SELECT id, platform, external_id, parent_external_id, author_hash, created_at,
            COALESCE(raw_text, text) AS raw_text, text, moderation, question_id, confidence
          FROM comment WHERE survey_id = ?\(filter) ORDER BY id
          """, arguments: [surveyID]
      ).map { row in
        let question: String? = row["question_id"]
        return StoredComment(
          id: row["id"], platform: row["platform"], externalID: row["external_id"],
          parentExternalID: row["parent_external_id"], author: row["author_hash"],
          createdAt: StoredDate.date(row["created_at"]), rawText: row["raw_text"],
          text: row["text"], moderation: Moderation(rawValue: row["moderation"]) ?? .published,
          routes: question.map { [$0: row["confidence"]] } ?? [:])
      }
    }
  }
}
