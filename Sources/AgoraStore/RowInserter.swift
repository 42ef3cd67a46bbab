import GRDB
import GRDBSQLite

/// One statement run again and again through SQLite's own binding calls.
///
/// GRDB's `execute(arguments:)` boxes every value in an array of existentials and checks the
/// arguments on each call, which showed in the profile of large imports (about a twentieth of
/// their time, with one statement per row). The statement is GRDB's, prepared and finalized by
/// GRDB, but only ever run through this type.
final class RowInserter {
  private let statement: Statement
  private let handle: OpaquePointer
  private let connection: OpaquePointer?

  /// Prepares `sql` on `db`.
  init(_ sql: String, _ db: Database) throws {
    statement = try db.makeStatement(sql: sql)
    handle = statement.sqliteStatement
    connection = db.sqliteConnection
  }

  /// Binds `text` (UTF-8, copied by SQLite) to the parameter at `index` (from 1), or `NULL`.
  func bind(_ index: Int32, _ text: String?) {
    guard var text else {
      sqlite3_bind_null(handle, index)
      return
    }
    text.withUTF8 { bytes in
      // An empty buffer may have no address, which SQLite would read as NULL.
      let address = bytes.baseAddress.map { UnsafeRawPointer($0) } ?? Self.emptyText
      _ = sqlite3_bind_text(
        handle, index, address.assumingMemoryBound(to: CChar.self), Int32(bytes.count),
        Self.transient)
    }
  }

  /// Binds the `count` bytes (UTF-8) at `start` in `bytes`, or `NULL` when `count` is negative.
  /// SQLite reads them in place: they must stay where they are until the statement has run.
  func bind(_ index: Int32, _ bytes: UnsafeBufferPointer<UInt8>, start: Int32, count: Int32) {
    guard count >= 0 else {
      sqlite3_bind_null(handle, index)
      return
    }
    // An empty text may have no address, which SQLite would read as NULL.
    let address =
      bytes.baseAddress.map { UnsafeRawPointer($0 + Int(start)) } ?? Self.emptyText
    _ = sqlite3_bind_text(
      handle, index, address.assumingMemoryBound(to: CChar.self), count, Self.static)
  }

  /// Binds an integer, or `NULL`.
  func bind(_ index: Int32, _ value: Int64?) {
    if let value {
      sqlite3_bind_int64(handle, index, value)
    } else {
      sqlite3_bind_null(handle, index)
    }
  }

  /// Binds a real number.
  func bind(_ index: Int32, _ value: Double) {
    sqlite3_bind_double(handle, index, value)
  }

  /// Runs the statement with the values bound so far (bindings stay for the next row); returns
  /// how many rows it changed: 0 when `ON CONFLICT DO NOTHING` skipped the row.
  func run() throws -> Int {
    let code = sqlite3_step(handle)
    sqlite3_reset(handle)
    guard code == SQLITE_DONE || code == SQLITE_ROW else {
      throw DatabaseError(
        resultCode: ResultCode(rawValue: code),
        message: connection.map { String(cString: sqlite3_errmsg($0)) },
        sql: statement.sql)
    }
    return Int(sqlite3_changes(connection))
  }

  /// Runs the statement, calling `body` with each row it returns (read it with `integer` and
  /// `text`); bindings stay for the next run.
  func run(_ body: (RowInserter) -> Void) throws {
    defer { sqlite3_reset(handle) }
    while true {
      let code = sqlite3_step(handle)
      if code == SQLITE_DONE { return }
      guard code == SQLITE_ROW else {
        throw DatabaseError(
          resultCode: ResultCode(rawValue: code),
          message: connection.map { String(cString: sqlite3_errmsg($0)) },
          sql: statement.sql)
      }
      body(self)
    }
  }

  /// The integer in column `index` (from 0) of the current row.
  func integer(_ index: Int32) -> Int64 {
    sqlite3_column_int64(handle, index)
  }

  /// The text in column `index` (from 0) of the current row; empty for `NULL`.
  func text(_ index: Int32) -> String {
    guard let bytes = sqlite3_column_text(handle, index) else { return "" }
    let count = Int(sqlite3_column_bytes(handle, index))
    return String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
  }

  /// Runs a query that returns one row and reads its integer columns; `nil` when no row.
  func fetchIntegers(count: Int32) throws -> [Int64]? {
    defer { sqlite3_reset(handle) }
    let code = sqlite3_step(handle)
    switch code {
    case SQLITE_ROW:
      return (0..<count).map { sqlite3_column_int64(handle, $0) }
    case SQLITE_DONE:
      return nil
    default:
      throw DatabaseError(
        resultCode: ResultCode(rawValue: code),
        message: connection.map { String(cString: sqlite3_errmsg($0)) },
        sql: statement.sql)
    }
  }

  /// The row id of the row inserted last on this connection.
  var lastRowID: Int64 { sqlite3_last_insert_rowid(connection) }

  /// `SQLITE_TRANSIENT`: SQLite copies the bytes before the call returns.
  private static var transient: sqlite3_destructor_type {
    unsafeBitCast(OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self)
  }

  /// `SQLITE_STATIC`: SQLite reads the bytes where they are, without a copy.
  private static var `static`: sqlite3_destructor_type? { nil }

  private static var emptyText: UnsafeRawPointer {
    UnsafeRawPointer(("" as StaticString).utf8Start)
  }
}
