import AgoraModel
import Foundation
import GRDB

extension Store {
  /// Stores one file's comments in one transaction: the batch row, each comment unless the
  /// survey already has one with the same platform and external id, and the new comments'
  /// routes. Returns the batch's counts with `new`, `duplicate`, `routed` and
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
    } catch {
      throw .database(operation: "import \(batch.fileName)", reason: "\(error)")
    }
  }

  private static func insertBatch(
    _ batch: NewImportBatch, _ comments: [RoutedComment], authors: AuthorPolicy, salt: String,
    _ db: Database
  ) throws -> ImportCounts {
    var counts = batch.counts
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
    let batchID = db.lastInsertedRowID
    let insert = try db.cachedStatement(
      sql: """
        INSERT INTO comment (survey_id, batch_id, platform, external_id, parent_external_id,
          author_hash, created_at, raw_text, text, moderation, source_line)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT (survey_id, platform, external_id) DO NOTHING
        """)
    let route = try db.cachedStatement(
      sql: "INSERT INTO comment_route (comment_id, question_id, confidence) VALUES (?, ?, ?)")
    var inFile: Set<String> = []
    var unknownParents: Set<String> = []
    var pseudonyms: [String: String] = [:]
    for routed in comments {
      let comment = routed.comment
      let externalID = comment.externalID ?? ""
      inFile.insert(externalID)
      let author = comment.author.map { name in
        if authors == .kept { return name }
        if let known = pseudonyms[name] { return known }
        let pseudonym = ContentHash.keyed(name, salt: salt)
        pseudonyms[name] = pseudonym
        return pseudonym
      }
      try insert.execute(arguments: [
        batch.surveyID, batchID, batch.platform, externalID, comment.parentExternalID, author,
        comment.createdAt.map(StoredDate.string), comment.rawText, comment.text,
        comment.moderation.rawValue, comment.line,
      ])
      guard db.changesCount == 1 else {
        counts.duplicate += 1
        continue
      }
      counts.new += 1
      if let parent = comment.parentExternalID { unknownParents.insert(parent) }
      if let questionID = routed.questionID {
        try route.execute(arguments: [db.lastInsertedRowID, questionID, routed.confidence])
        counts.routed[questionID, default: 0] += 1
      }
    }
    let known = try db.cachedStatement(
      sql: "SELECT 1 FROM comment WHERE survey_id = ? AND platform = ? AND external_id = ?")
    counts.repliesToUnknown = 0
    for parent in unknownParents.subtracting(inFile)
    where try Row.fetchOne(known, arguments: [batch.surveyID, batch.platform, parent]) == nil {
      counts.repliesToUnknown += 1
    }
    try db.execute(
      sql: "UPDATE import_batch SET counts = ? WHERE id = ?",
      arguments: [try StoredJSON.encode(counts), batchID])
    return counts
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
