import GRDB

/// Inserts rows many at a time: one statement of up to `rowsPerStatement` rows
/// (`INSERT … VALUES (…), (…), …`) instead of one statement per row, since each execution has
/// a fixed cost. Rows go in the order they are added, so `ON CONFLICT` acts as it would row by
/// row. Call ``finish()`` to write the last rows.
///
/// Use `INSERT OR FAIL` into tables whose foreign keys are deferred: when a statement of several
/// rows could fail halfway and have to be undone alone (a constraint that aborts, an immediate
/// foreign key, an upsert's update), SQLite journals every page it changes, which wrote many
/// times the size of the rows to a temporary file.
struct BatchInsert {
  private let db: Database
  private let head: String
  private let tail: String
  private let columns: Int
  private let rowsPerStatement: Int
  private var values: [DatabaseValue] = []

  /// A batch for `head` (`INSERT INTO t (a, b)`), rows of `columns` values, and `tail`
  /// (an `ON CONFLICT` clause, or empty).
  init(_ db: Database, _ head: String, columns: Int, tail: String = "", rowsPerStatement: Int = 64)
  {
    self.db = db
    self.head = head
    self.tail = tail
    self.columns = columns
    self.rowsPerStatement = rowsPerStatement
    values.reserveCapacity(columns * rowsPerStatement)
  }

  /// Adds one row of `columns` values, writing a full batch.
  mutating func add(_ row: (any DatabaseValueConvertible)?...) throws {
    precondition(row.count == columns, "a row of \(row.count) values for \(columns) columns")
    for value in row { values.append(value?.databaseValue ?? .null) }
    if values.count == columns * rowsPerStatement { try flush() }
  }

  /// Writes the rows not written yet.
  mutating func finish() throws {
    if !values.isEmpty { try flush() }
  }

  private mutating func flush() throws {
    let rows = values.count / columns
    let row = "(" + Array(repeating: "?", count: columns).joined(separator: ", ") + ")"
    let statement = try db.cachedStatement(
      sql: head + " VALUES " + Array(repeating: row, count: rows).joined(separator: ", ") + " "
        + tail)
    try statement.execute(arguments: StatementArguments(values))
    values.removeAll(keepingCapacity: true)
  }
}
