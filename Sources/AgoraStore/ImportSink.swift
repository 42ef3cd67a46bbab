import AgoraModel
import Foundation
import GRDB

/// Stores one file's comments, a batch at a time, inside the transaction of its import.
public final class ImportSink {
  private let db: Database
  private let batch: NewImportBatch
  private let batchID: Int64
  private let authors: AuthorPolicy
  private let salt: String
  private let insertComment: Statement
  private let insertRoute: Statement
  private var pseudonyms: [String: String] = [:]
  private var counts = ImportCounts()

  /// Records the import batch (its counts and hash are completed by `finish`).
  init(_ batch: NewImportBatch, authors: AuthorPolicy, salt: String, _ db: Database) throws {
    self.db = db
    self.batch = batch
    self.authors = authors
    self.salt = salt
    try db.execute(
      sql: """
        INSERT INTO import_batch
          (survey_id, file_name, sha256, format, platform, imported_at, partial, counts)
        VALUES (?, ?, ?, ?, ?, ?, ?, '{}')
        """,
      arguments: [
        batch.surveyID, batch.fileName, batch.sha256, batch.format, batch.platform,
        StoredDate.string(batch.importedAt), batch.partial,
      ])
    batchID = db.lastInsertedRowID
    insertComment = try db.cachedStatement(
      sql: """
        INSERT INTO comment (survey_id, batch_id, platform, external_id, parent_external_id,
          author_hash, created_at, raw_text, text, moderation, source_line)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT (survey_id, platform, external_id) DO NOTHING
        """)
    insertRoute = try db.cachedStatement(
      sql: "INSERT INTO comment_route (comment_id, question_id, confidence) VALUES (?, ?, ?)")
  }

  /// Stores each comment unless the survey already has one with the same platform and external
  /// id, and the new comments' routes.
  public func insert(_ comments: [RoutedComment]) throws {
    // Pseudonyms are remembered only while few, so memory stays bounded.
    if pseudonyms.count > 100_000 { pseudonyms.removeAll(keepingCapacity: true) }
    for routed in comments {
      let comment = routed.comment
      let author = comment.author.map { name in
        if authors == .kept { return name }
        if let known = pseudonyms[name] { return known }
        let pseudonym = ContentHash.keyed(name, salt: salt)
        pseudonyms[name] = pseudonym
        return pseudonym
      }
      try insertComment.execute(arguments: [
        batch.surveyID, batchID, batch.platform, comment.externalID ?? "",
        comment.parentExternalID, author, comment.createdAt.map(StoredDate.string),
        comment.rawText, comment.text, comment.moderation.rawValue, comment.line,
      ])
      guard db.changesCount == 1 else {
        counts.duplicate += 1
        continue
      }
      counts.new += 1
      if let questionID = routed.questionID {
        try insertRoute.execute(arguments: [db.lastInsertedRowID, questionID, routed.confidence])
        counts.routed[questionID, default: 0] += 1
      }
    }
  }

  /// Completes the batch row from `completed` (what reading found, the file's hash) and what
  /// storing found: `new`, `duplicate`, `routed`, and `repliesToUnknown` (distinct parents of
  /// new comments that are in neither the file nor the database).
  func finish(_ completed: NewImportBatch) throws -> ImportCounts {
    var result = completed.counts
    result.new += counts.new
    result.duplicate += counts.duplicate
    for (question, count) in counts.routed { result.routed[question, default: 0] += count }
    result.repliesToUnknown =
      try Int.fetchOne(
        db,
        sql: """
          SELECT COUNT(DISTINCT c.parent_external_id) FROM comment c
          WHERE c.batch_id = ? AND c.parent_external_id IS NOT NULL
            AND NOT EXISTS (
              SELECT 1 FROM comment p WHERE p.survey_id = c.survey_id
                AND p.platform = c.platform AND p.external_id = c.parent_external_id)
          """, arguments: [batchID]) ?? 0
    try db.execute(
      sql: "UPDATE import_batch SET sha256 = ?, partial = ?, counts = ? WHERE id = ?",
      arguments: [completed.sha256, completed.partial, try StoredJSON.encode(result), batchID])
    return result
  }
}

extension Store {
  /// Stores one file's comments in one transaction, as `importBatch` does, with the comments
  /// handed over in batches: `produce` inserts them through the sink and returns the batch
  /// completed (counts known from reading, hash), or `nil` to store nothing. Returns the counts,
  /// or `nil` when `produce` did. Errors thrown by `produce` are rethrown as they are.
  public func importStream(
    _ batch: NewImportBatch, authors: AuthorPolicy, dryRun: Bool = false,
    produce: (ImportSink) throws -> NewImportBatch?
  ) throws -> ImportCounts? {
    let salt = authors == .pseudonymised ? try authorSalt() : ""
    var failure: (any Error)?
    do {
      return try writer.writeWithoutTransaction { db in
        var counts: ImportCounts?
        try db.inTransaction {
          let sink = try ImportSink(batch, authors: authors, salt: salt, db)
          let completed: NewImportBatch?
          do {
            completed = try produce(sink)
          } catch {
            failure = error
            throw error
          }
          guard let completed else { return .rollback }
          counts = try sink.finish(completed)
          return dryRun ? .rollback : .commit
        }
        return counts
      }
    } catch {
      if let failure { throw failure }
      throw StoreError.database(operation: "import \(batch.fileName)", reason: "\(error)")
    }
  }
}
