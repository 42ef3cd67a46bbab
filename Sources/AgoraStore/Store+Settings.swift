import GRDB

extension Store {
  /// The value of a database-wide setting, if set.
  public func setting(_ key: String) throws(StoreError) -> String? {
    try read("read setting \(key)") { db in
      try String.fetchOne(db, sql: "SELECT value FROM setting WHERE key = ?", arguments: [key])
    }
  }

  /// Sets a database-wide setting.
  public func setSetting(_ key: String, to value: String) throws(StoreError) {
    try write("set \(key)") { db in
      try db.execute(
        sql: """
          INSERT INTO setting (key, value) VALUES (?, ?)
          ON CONFLICT (key) DO UPDATE SET value = excluded.value
          """, arguments: [key, value])
    }
  }
}
