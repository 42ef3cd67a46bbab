import AgoraModel
import GRDB

extension Schema {
  /// Migration "v2": near-duplicate keys are kept as 64-bit hashes (``ContentHash/key64(_:)``
  /// of the folded text) instead of the folded text itself, without an index. Analysis now
  /// groups copies in memory, so the key only has to be remembered, and a hash is a tenth
  /// of the row. Existing keys are hashed, so that stored analyses stay valid.
  static func hashDuplicateKeys(_ db: Database) throws {
    try db.execute(
      sql: """
        DROP INDEX text_analysis_duplicate;
        ALTER TABLE text_analysis ADD COLUMN duplicate_hash INTEGER NOT NULL DEFAULT 0;
        """)
    let update = try db.makeStatement(
      sql: "UPDATE text_analysis SET duplicate_hash = ? WHERE rowid = ?")
    var hashes: [String: Int64] = [:]
    var last: Int64 = 0
    // In batches, so that no row is updated while a read of its table is still open.
    while true {
      let rows = try Row.fetchAll(
        db,
        sql: """
          SELECT rowid, duplicate_key FROM text_analysis WHERE rowid > ? ORDER BY rowid
          LIMIT 10000
          """, arguments: [last])
      guard let end = rows.last?[0] as Int64? else { break }
      for row in rows {
        let key: String = row[1]
        let hash = hashes[key] ?? ContentHash.key64(key)
        hashes[key] = hash
        try update.execute(arguments: [hash, row[0] as Int64])
      }
      last = end
    }
    try db.execute(sql: "ALTER TABLE text_analysis DROP COLUMN duplicate_key")
  }
}
