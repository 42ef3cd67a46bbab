import AgoraModel
import Foundation
import GRDB

/// Stores one file's comments, a batch at a time, inside the transaction of its import.
///
/// The database's unique key (external id, platform, survey) decides what is new: a comment
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
  /// How authors are stored: rows given to ``insert(rows:)`` are made with it.
  public let naming: AuthorNaming
  /// Makes the rows of comments given to `insert(_:)`.
  private let maker: CommentRowMaker
  /// `INSERT` statements by how many comments they store at once.
  private var insertComments: [Int: RowInserter] = [:]
  private let findComment: RowInserter
  /// This batch's comments with an id above the one bound, with their external ids.
  private let findStoredSince: RowInserter
  /// No comment stored before the last `INSERT` has a larger id.
  private var lastID: Int64
  /// No comment stored before this batch has a larger id: the batch's comments are those above.
  private let firstID: Int64
  private var counts = ImportCounts()
  /// New comments that reply to another, stored or not.
  private var newReplies = 0
  /// Remembers the ids of this file that earlier imports stored; made at the first such id.
  private var rememberRepeat: RowInserter?

  /// Records the import batch (its counts and hash are completed by `finish`).
  init(_ batch: NewImportBatch, authors: AuthorPolicy, salt: String, _ db: Database) throws {
    self.db = db
    self.batch = batch
    // An import into a survey the store does not have is an error that says so (rather than
    // the failed foreign key it would otherwise be).
    guard
      try Bool.fetchOne(
        db, sql: "SELECT 1 FROM survey WHERE id = ?", arguments: [batch.surveyID]) != nil
    else { throw StoreError.unknownSurvey(batch.surveyID) }
    naming = AuthorNaming(policy: authors, salt: salt)
    maker = CommentRowMaker(naming)
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

  /// How many comments one `INSERT` statement stores: with one statement per row,
  /// starting and ending each statement (a cursor opened and closed per table and index) took
  /// about a tenth of the storing thread's time.
  static let rowsPerStatement = 64

  /// Stores each comment unless the survey already has one with the same platform and external
  /// id. Returns, for each comment, whether it is the first copy of its id in the file (new, or
  /// stored by an earlier import), as reading a whole file keeps.
  @discardableResult
  public func insert(_ comments: [RoutedComment]) throws -> [Bool] {
    var firstCopies: [Bool] = []
    // A thousand at a time, so that the rows' buffer stays small.
    var start = comments.startIndex
    while start < comments.endIndex {
      let end = min(start + 1000, comments.endIndex)
      firstCopies += try insert(rows: maker.rows(comments[start..<end]))
      start = end
    }
    return firstCopies
  }

  /// Stores rows made with this sink's ``naming`` (by a ``CommentRowMaker`` of another thread,
  /// so that making them overlaps with storing), as `insert(_:)` does.
  @discardableResult
  public func insert(rows: CommentRows) throws -> [Bool] {
    var firstCopies: [Bool] = []
    firstCopies.reserveCapacity(rows.count)
    // New comments by the index of their question in `rows.questions`.
    var routed = [Int](repeating: 0, count: rows.questions.count)
    try rows.bytes.withUnsafeBufferPointer { bytes in
      var start = 0
      while start < rows.count {
        let end = min(start + Self.rowsPerStatement, rows.count)
        try insertRows(
          start..<end, of: rows, bytes: bytes, firstCopies: &firstCopies, routed: &routed)
        start = end
      }
    }
    for (question, count) in zip(rows.questions, routed) where count > 0 {
      counts.routed[question, default: 0] += count
    }
    return firstCopies
  }

  /// Stores the rows `range` of `rows`, whose texts SQLite reads in place in `bytes`.
  private func insertRows(
    _ range: Range<Int>, of rows: CommentRows, bytes: UnsafeBufferPointer<UInt8>,
    firstCopies: inout [Bool], routed: inout [Int]
  ) throws {
    let statement = try commentStatement(rows: range.count)
    let textColumns = CommentRows.TextColumn.allCases.count
    for (row, index) in range.enumerated() {
      let base = Int32(row * Self.commentColumns)
      // Parameters 4 to 9 are the row's texts, in the order of `TextColumn`.
      for column in 0..<textColumns {
        let span = rows.spans[index * textColumns + column]
        statement.bind(base + 4 + Int32(column), bytes, start: span.start, count: span.count)
      }
      let facts = rows.facts[index]
      let question =
        facts.question >= 0
        ? rows.questionSpans[Int(facts.question)] : CommentRows.Span(start: 0, count: -1)
      statement.bind(base + 10, bytes, start: question.start, count: question.count)
      let moderation = rows.span(of: facts.moderation)
      statement.bind(base + 11, bytes, start: moderation.start, count: moderation.count)
      statement.bind(base + 12, facts.analysable ? 1 : 0)
      statement.bind(base + 13, facts.line)
      if facts.question >= 0 {
        statement.bind(base + 14, facts.confidence)
      } else {
        statement.bind(base + 14, nil as Int64?)
      }
    }
    let changed = try statement.run()
    let previousLastID = lastID
    if changed > 0 { lastID = statement.lastRowID }
    // Which rows were stored, when `ON CONFLICT DO NOTHING` skipped some (a comment already
    // stored, or a repeat within these rows): the external ids of the rows stored by this
    // statement. (`RETURNING` would say the same, but made each statement about a fifth dearer.)
    var stored: Set<String> = []
    if changed > 0, changed < range.count {
      findStoredSince.bind(1, previousLastID)
      try findStoredSince.run { row in stored.insert(row.text(1)) }
    }
    for index in range {
      let facts = rows.facts[index]
      if changed != range.count {
        let externalID = rows.text(.externalID, row: index) ?? ""
        if stored.remove(externalID) == nil {
          firstCopies.append(try countDuplicate(externalID, moderation: facts.moderation))
          continue
        }
      }
      firstCopies.append(true)
      counts.new += 1
      if rows.span(.parentExternalID, row: index).count >= 0 { newReplies += 1 }
      countModerated(facts.moderation)
      if facts.moderation == .published, rows.span(.text, row: index).count == 0 {
        counts.empty += 1
      }
      if facts.question >= 0 { routed[Int(facts.question)] += 1 }
    }
  }

  private static let commentColumns = 14

  /// The statement that stores `rows` comments, with what every row of the file shares bound.
  /// `OR FAIL`: a row that breaks a constraint other than the unique key stops the statement
  /// without undoing its earlier rows, which spares SQLite a journal of the statement's pages;
  /// the error then rolls the whole import back.
  private func commentStatement(rows: Int) throws -> RowInserter {
    if let known = insertComments[rows] { return known }
    let values = Array(repeating: "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", count: rows)
    let statement = try RowInserter(
      """
      INSERT OR FAIL INTO comment (survey_id, batch_id, platform, external_id, parent_external_id,
        author_hash, created_at, raw_text, text, question_id, moderation, analysable,
        source_line, confidence)
      VALUES \(values.joined(separator: ", "))
      ON CONFLICT (external_id, platform, survey_id) DO NOTHING
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
    result.empty += counts.empty
    for (question, count) in counts.routed { result.routed[question, default: 0] += count }
    // Reading counts every copy; storing counts each id once.
    result.moderated = counts.moderated
    if rememberRepeat != nil {
      rememberRepeat = nil
      try db.execute(sql: "DROP TABLE temp.import_repeat")
    }
    result.repliesToUnknown = try repliesToUnknown(completed.parentsOutsideFile)
    try db.execute(
      sql: "UPDATE import_batch SET sha256 = ?, partial = ?, counts = ? WHERE id = ?",
      arguments: [completed.sha256, completed.partial, try StoredJSON.encode(result), batchID])
    return result
  }

  /// How many distinct parents of this batch's new comments are in neither the file nor the
  /// database. Every comment of the file is in the database by now (new, or stored by an earlier
  /// import), so when reading said which parents the file does not hold, and the database has
  /// them all, there are none, and the batch's replies need not be read back.
  private func repliesToUnknown(_ parentsOutsideFile: Set<String>?) throws -> Int {
    guard newReplies > 0 else { return 0 }
    if let parentsOutsideFile {
      var allStored = true
      for parent in parentsOutsideFile {
        findComment.bind(3, parent)
        if try findComment.fetchIntegers(count: 1) == nil {
          allStored = false
          break
        }
      }
      if allStored { return 0 }
    }
    // The batch's comments are read by id range (no index on `batch_id`).
    return try Int.fetchOne(
      db,
      sql: """
        SELECT COUNT(DISTINCT c.parent_external_id) FROM comment c
        WHERE c.id > ? AND c.batch_id = ? AND c.parent_external_id IS NOT NULL
          AND NOT EXISTS (
            SELECT 1 FROM comment p WHERE p.survey_id = c.survey_id
              AND p.platform = c.platform AND p.external_id = c.parent_external_id)
        """, arguments: [firstID, batchID]) ?? 0
  }
}
