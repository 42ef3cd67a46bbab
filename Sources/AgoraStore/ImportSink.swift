import AgoraModel
import Foundation
import GRDB

/// Stores one file's comments, a batch at a time, inside the transaction of its import.
///
/// The database's unique key (survey, platform, external id) decides what is new: a comment
/// whose key is already stored is skipped by `ON CONFLICT DO NOTHING` and counted as a
/// duplicate, whether it came from an earlier import or earlier in the same file, so memory does
/// not grow with the ids of the file. Moderated comments are counted once per id of the file,
/// by the category of the id's first copy, as reading a whole file counts them: ids stored by
/// earlier imports are remembered in a temporary table (on disk, like the database), so that a
/// second copy in the file is not counted again.
public final class ImportSink {
  private let db: Database
  private let batch: NewImportBatch
  private let batchID: Int64
  private let authors: AuthorPolicy
  private let salt: String
  /// `INSERT` statements by how many comments or routes they store at once.
  private var insertComments: [Int: RowInserter] = [:]
  private var insertRoutes: [Int: RowInserter] = [:]
  private let findComment: RowInserter
  /// This batch's comments with an id above the one bound, with their external ids.
  private let findStoredSince: RowInserter
  /// No comment stored before the last `INSERT` has a larger id.
  private var lastID: Int64
  /// No comment stored before this batch has a larger id: the batch's comments are those above.
  private let firstID: Int64
  private var pseudonyms: [String: String] = [:]
  private var counts = ImportCounts()
  /// Remembers the ids of this file that earlier imports stored; made at the first such id.
  private var rememberRepeat: RowInserter?

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
    findComment = try RowInserter(
      "SELECT batch_id FROM comment WHERE survey_id = ? AND platform = ? AND external_id = ?", db)
    findComment.bind(1, batch.surveyID)
    findComment.bind(2, batch.platform)
    findStoredSince = try RowInserter(
      "SELECT id, external_id FROM comment WHERE id > ? AND batch_id = ? ORDER BY id", db)
    findStoredSince.bind(2, batchID)
    // AUTOINCREMENT gives new rows ids above every id in sqlite_sequence.
    lastID =
      try Int64.fetchOne(db, sql: "SELECT seq FROM sqlite_sequence WHERE name = 'comment'") ?? 0
    firstID = lastID
  }

  /// How many comments (or routes) one `INSERT` statement stores: with one statement per row,
  /// starting and ending each statement (a cursor opened and closed per table and index) took
  /// about a tenth of the storing thread's time.
  static let rowsPerStatement = 64

  /// Stores each comment unless the survey already has one with the same platform and external
  /// id, and the new comments' routes. Returns, for each comment, whether it is the first copy
  /// of its id in the file (new, or stored by an earlier import), as reading a whole file keeps.
  @discardableResult
  public func insert(_ comments: [RoutedComment]) throws -> [Bool] {
    // Pseudonyms are remembered only while few, so memory stays bounded.
    if pseudonyms.count > 100_000 { pseudonyms.removeAll(keepingCapacity: true) }
    var firstCopies: [Bool] = []
    firstCopies.reserveCapacity(comments.count)
    var start = comments.startIndex
    while start < comments.endIndex {
      let end = min(start + Self.rowsPerStatement, comments.endIndex)
      try insertRows(comments[start..<end], firstCopies: &firstCopies)
      start = end
    }
    return firstCopies
  }

  private func insertRows(_ rows: ArraySlice<RoutedComment>, firstCopies: inout [Bool]) throws {
    let statement = try commentStatement(rows: rows.count)
    // Rows are read in place (`rows[index]`), not copied: copying a comment retains and
    // releases each of its strings.
    for (row, index) in rows.indices.enumerated() {
      let base = Int32(row * Self.commentColumns)
      statement.bind(base + 4, rows[index].comment.externalID ?? "")
      statement.bind(base + 5, rows[index].comment.parentExternalID)
      statement.bind(base + 6, rows[index].comment.author.map(pseudonym))
      statement.bind(base + 7, rows[index].comment.createdAt.map(StoredDate.string))
      // The raw text is kept only where it differs from the plain text.
      let plain = rows[index].comment.rawText == rows[index].comment.text
      statement.bind(base + 8, plain ? nil : rows[index].comment.rawText)
      statement.bind(base + 9, rows[index].comment.text)
      statement.bind(base + 10, rows[index].comment.moderation.rawValue)
      statement.bind(base + 11, rows[index].analysable ? 1 : 0)
      statement.bind(base + 12, rows[index].comment.line.map(Int64.init))
    }
    let changed = try statement.run()
    let previousLastID = lastID
    if changed > 0 { lastID = statement.lastRowID }
    // The ids of the rows stored, by external id, when `ON CONFLICT DO NOTHING` skipped some
    // (a comment already stored, or a repeat within these rows); when it skipped none, the ids
    // are the statement's last id and those before it, in the order of the rows. (`RETURNING`
    // would say the same, but made each statement about a fifth dearer.)
    var stored: [String: Int64] = [:]
    if changed > 0, changed < rows.count {
      findStoredSince.bind(1, previousLastID)
      try findStoredSince.run { row in stored[row.text(1)] = row.integer(0) }
    }
    // The new comments with a route: their ids, and where they are in `rows`.
    var routes: [(commentID: Int64, index: Int)] = []
    routes.reserveCapacity(rows.count)
    for (row, index) in rows.indices.enumerated() {
      let moderation = rows[index].comment.moderation
      let storedID: Int64?
      if changed == rows.count {
        storedID = lastID - Int64(rows.count - 1 - row)
      } else {
        storedID = stored.removeValue(forKey: rows[index].comment.externalID ?? "")
      }
      guard let id = storedID else {
        let externalID = rows[index].comment.externalID ?? ""
        firstCopies.append(try countDuplicate(externalID, moderation: moderation))
        continue
      }
      firstCopies.append(true)
      counts.new += 1
      countModerated(moderation)
      if rows[index].questionID != nil { routes.append((id, index)) }
    }
    guard !routes.isEmpty else { return }
    let insertRoute = try routeStatement(rows: routes.count)
    for (row, route) in routes.enumerated() {
      let base = Int32(row * 3)
      insertRoute.bind(base + 1, route.commentID)
      insertRoute.bind(base + 2, rows[route.index].questionID)
      insertRoute.bind(base + 3, rows[route.index].confidence)
      counts.routed[rows[route.index].questionID ?? "", default: 0] += 1
    }
    _ = try insertRoute.run()
  }

  private static let commentColumns = 12

  /// The statement that stores `rows` comments, with what every row of the file shares bound.
  private func commentStatement(rows: Int) throws -> RowInserter {
    if let known = insertComments[rows] { return known }
    let values = Array(repeating: "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", count: rows)
    let statement = try RowInserter(
      """
      INSERT INTO comment (survey_id, batch_id, platform, external_id, parent_external_id,
        author_hash, created_at, raw_text, text, moderation, analysable, source_line)
      VALUES \(values.joined(separator: ", "))
      ON CONFLICT (survey_id, platform, external_id) DO NOTHING
      """, db)
    for row in 0..<Int32(rows) {
      let base = row * Int32(Self.commentColumns)
      statement.bind(base + 1, batch.surveyID)
      statement.bind(base + 2, batchID)
      statement.bind(base + 3, batch.platform)
    }
    insertComments[rows] = statement
    return statement
  }

  /// The statement that stores `rows` routes.
  private func routeStatement(rows: Int) throws -> RowInserter {
    if let known = insertRoutes[rows] { return known }
    let values = Array(repeating: "(?, ?, ?)", count: rows).joined(separator: ", ")
    let statement = try RowInserter(
      "INSERT INTO comment_route (comment_id, question_id, confidence) VALUES \(values)", db)
    insertRoutes[rows] = statement
    return statement
  }

  private func pseudonym(_ name: String) -> String {
    if authors == .kept { return name }
    if let known = pseudonyms[name] { return known }
    let pseudonym = ContentHash.keyed(name, salt: salt)
    pseudonyms[name] = pseudonym
    return pseudonym
  }

  private func countModerated(_ moderation: Moderation) {
    if moderation != .published { counts.moderated[moderation.rawValue, default: 0] += 1 }
  }

  /// Counts a comment the database already has, and its moderation when this is the id's first
  /// copy in the file (the stored one came from an earlier import, and the id was not met yet);
  /// returns whether it is.
  private func countDuplicate(_ externalID: String, moderation: Moderation) throws -> Bool {
    counts.duplicate += 1
    findComment.bind(3, externalID)
    guard let stored = try findComment.fetchIntegers(count: 1), stored[0] != batchID else {
      return false
    }
    if rememberRepeat == nil {
      try db.execute(
        sql: """
          CREATE TEMP TABLE import_repeat (external_id TEXT PRIMARY KEY NOT NULL) WITHOUT ROWID
          """)
      rememberRepeat = try RowInserter(
        "INSERT INTO temp.import_repeat VALUES (?) ON CONFLICT DO NOTHING", db)
    }
    guard let rememberRepeat else { return false }
    rememberRepeat.bind(1, externalID)
    guard try rememberRepeat.run() == 1 else { return false }
    countModerated(moderation)
    return true
  }

  /// Completes the batch row from `completed` (what reading found, the file's hash) and what
  /// storing found: `new`, `duplicate`, `routed`, and `repliesToUnknown` (distinct parents of
  /// new comments that are in neither the file nor the database).
  func finish(_ completed: NewImportBatch) throws -> ImportCounts {
    var result = completed.counts
    result.new += counts.new
    result.duplicate += counts.duplicate
    for (question, count) in counts.routed { result.routed[question, default: 0] += count }
    // Reading counts every copy; storing counts each id once.
    result.moderated = counts.moderated
    if rememberRepeat != nil {
      rememberRepeat = nil
      try db.execute(sql: "DROP TABLE temp.import_repeat")
    }
    // The batch's comments are read by id range (no index on `batch_id`).
    result.repliesToUnknown =
      try Int.fetchOne(
        db,
        sql: """
          SELECT COUNT(DISTINCT c.parent_external_id) FROM comment c
          WHERE c.id > ? AND c.batch_id = ? AND c.parent_external_id IS NOT NULL
            AND NOT EXISTS (
              SELECT 1 FROM comment p WHERE p.survey_id = c.survey_id
                AND p.platform = c.platform AND p.external_id = c.parent_external_id)
          """, arguments: [firstID, batchID]) ?? 0
    try db.execute(
      sql: "UPDATE import_batch SET sha256 = ?, partial = ?, counts = ? WHERE id = ?",
      arguments: [completed.sha256, completed.partial, try StoredJSON.encode(result), batchID])
    return result
  }
}
