import AgoraModel
import Foundation
import GRDB

extension Store {
  /// Stores one file's comments in one transaction: the batch row, and each comment with its
  /// route unless the survey already has one with the same platform and external id. Returns the batch's counts with `new`, `duplicate`, `routed` and
  /// `repliesToUnknown` completed. With `dryRun` the same work is done and rolled back.
  public func importBatch(
    _ batch: NewImportBatch, comments: [RoutedComment], authors: AuthorPolicy,
    dryRun: Bool = false
  ) throws(StoreError) -> ImportCounts {
    let salt = authors == .pseudonymised ? try authorSalt() : ""
    do {
      return try writer.writeWithoutTransaction { db in
        var counts = batch.counts
        try db.inTransaction {
          counts = try Self.insertBatch(batch, comments, authors: authors, salt: salt, db)
          return dryRun ? .rollback : .commit
        }
        return counts
      }
    } catch let error as StoreError {
      throw error
    } catch {
      throw .database(operation: "import \(batch.fileName)", reason: "\(error)")
    }
  }

  private static func insertBatch(
    _ batch: NewImportBatch, _ comments: [RoutedComment], authors: AuthorPolicy, salt: String,
    _ db: Database
  ) throws -> ImportCounts {
    let sink = try ImportSink(batch, authors: authors, salt: salt, db)
    try sink.insert(comments)
    return try sink.finish(batch)
  }

  /// The imports recorded for a survey, oldest first.
  public func importBatches(surveyID: String) throws(StoreError) -> [ImportBatchRecord] {
    try read("list imports of \(surveyID)") { db in
      try Row.fetchAll(
        db,
        sql: """
          SELECT id, file_name, sha256, format, platform, imported_at, partial, counts
          FROM import_batch WHERE survey_id = ? ORDER BY id
          """, arguments: [surveyID]
      ).map { row in
        ImportBatchRecord(
          id: row["id"], fileName: row["file_name"], sha256: row["sha256"],
          format: row["format"], platform: row["platform"],
          importedAt: StoredDate.date(row["imported_at"]) ?? Date(timeIntervalSince1970: 0),
          partial: row["partial"],
          counts: try StoredJSON.decode(ImportCounts.self, row["counts"]))
      }
    }
  }

  /// The salt that pseudonymises authors: 32 random bytes in hex, made once per database and
  /// kept in the `setting` table.
  public func authorSalt() throws(StoreError) -> String {
    try write("read the author salt") { db in
      if let salt = try String.fetchOne(
        db, sql: "SELECT value FROM setting WHERE key = 'author_salt'")
      {
        return salt
      }
      var generator = SystemRandomNumberGenerator()
      let salt = (0..<32).map { _ in
        String(format: "%02x", UInt8.random(in: 0...255, using: &generator))
      }
      .joined()
      try db.execute(
        sql: "INSERT INTO setting (key, value) VALUES ('author_salt', ?)", arguments: [salt])
      return salt
    }
  }
}
