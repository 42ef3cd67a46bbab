import GRDB
import Testing

@testable import AgoraStore

/// Rows inserted many per statement land as they would one by one.
struct BatchInsertTests {
  @Test(arguments: [1, 3, 64])
  func rowsLandAsOneByOne(_ rowsPerStatement: Int) throws {
    let queue = try DatabaseQueue()
    let rows = try queue.write { db in
      try db.execute(sql: "CREATE TABLE t (k INTEGER PRIMARY KEY, v TEXT)")
      var batch = BatchInsert(
        db, "INSERT OR IGNORE INTO t (k, v)", columns: 2, rowsPerStatement: rowsPerStatement)
      // Key 2 comes twice, in the same statement or in the next one: the first stays.
      for (key, value) in [(1, "a"), (2, "b"), (2, "lost"), (3, nil), (4, "d"), (5, "e")] {
        try batch.add(key, value)
      }
      try batch.finish()
      return try Row.fetchAll(db, sql: "SELECT k, v FROM t ORDER BY k").map {
        "\($0[0] as Int)=\(($0[1] as String?) ?? "NULL")"
      }
    }
    #expect(rows == ["1=a", "2=b", "3=NULL", "4=d", "5=e"])
  }

  @Test func anUpsertTailUpdatesLaterCopies() throws {
    let queue = try DatabaseQueue()
    let rows = try queue.write { db in
      try db.execute(sql: "CREATE TABLE t (k INTEGER PRIMARY KEY, v TEXT)")
      var batch = BatchInsert(
        db, "INSERT INTO t (k, v)", columns: 2,
        tail: "ON CONFLICT (k) DO UPDATE SET v = excluded.v", rowsPerStatement: 2)
      for (key, value) in [(1, "a"), (1, "b"), (2, "c"), (1, "d"), (3, "e")] {
        try batch.add(key, value)
      }
      try batch.finish()
      return try String.fetchAll(db, sql: "SELECT v FROM t ORDER BY k")
    }
    #expect(rows == ["d", "c", "e"])
  }
}
