import AgoraModel
import Foundation
import GRDB

/// Agora's store: one SQLite file (WAL, foreign keys, a busy timeout) behind intent-named methods,
/// each write one transaction.
public final class Store: Sendable {
  let writer: any DatabaseWriter

  /// Opens (creating if needed) the database at `path` and brings its schema up to date.
  public init(path: String) throws(StoreError) {
    var config = Configuration()
    config.busyMode = .timeout(10)
    config.foreignKeysEnabled = true
    // Up to 128 MiB of page cache per connection (SQLite's default is 2 MiB): a transaction
    // that writes a million rows otherwise spills and re-reads its pages over and over.
    config.prepareDatabase { db in try db.execute(sql: "PRAGMA cache_size = -131072") }
    do {
      let directory = URL(fileURLWithPath: path).deletingLastPathComponent()
      try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
      writer = try DatabasePool(path: path, configuration: config)
      try Schema.migrator.migrate(writer)
    } catch {
      throw .cannotOpen(path: path, reason: "\(error)")
    }
  }

  /// Opens a private in-memory database, for tests and dry runs.
  public init() throws(StoreError) {
    do {
      writer = try DatabaseQueue()
      try Schema.migrator.migrate(writer)
    } catch {
      throw .cannotOpen(path: ":memory:", reason: "\(error)")
    }
  }

  /// Runs `body` in one write transaction, turning database errors into `StoreError`.
  func write<T: Sendable>(_ what: String, _ body: @Sendable (Database) throws -> T)
    throws(StoreError) -> T
  {
    do {
      return try writer.write(body)
    } catch let error as StoreError {
      throw error
    } catch {
      throw .database(operation: what, reason: "\(error)")
    }
  }

  /// Runs `body` in one read transaction, turning database errors into `StoreError`.
  func read<T: Sendable>(_ what: String, _ body: @Sendable (Database) throws -> T)
    throws(StoreError) -> T
  {
    do {
      return try writer.read(body)
    } catch let error as StoreError {
      throw error
    } catch {
      throw .database(operation: what, reason: "\(error)")
    }
  }

  /// The names of the migrations applied to this database, oldest first.
  public func appliedMigrations() throws(StoreError) -> [String] {
    try read("read migrations") { db in try Schema.migrator.appliedMigrations(db) }
  }
}

/// Errors of the store.
public enum StoreError: Error, Sendable, CustomStringConvertible {
  /// The database file could not be opened or migrated.
  case cannotOpen(path: String, reason: String)
  /// A read or write failed.
  case database(operation: String, reason: String)
  /// The store does not know this survey.
  case unknownSurvey(String)
  /// The store does not know this response.
  case unknownResponse(Int64)

  public var description: String {
    switch self {
    case .cannotOpen(let path, let reason):
      "cannot open the database \(path): \(reason) (check the path, or pass --db PATH)"
    case .database(let operation, let reason):
      "database error while trying to \(operation): \(reason)"
    case .unknownSurvey(let id):
      "no survey `\(id)` in the database or in ./surveys; add it with `agora survey add FILE`"
    case .unknownResponse(let id):
      "no response #\(id) in the database"
    }
  }
}

/// Dates are stored as ISO 8601 text in UTC with milliseconds, which sorts as time does.
enum StoredDate {
  static func string(_ date: Date) -> String {
    date.formatted(
      .iso8601.year().month().day().time(includingFractionalSeconds: true)
        .timeZone(separator: .omitted).timeSeparator(.colon).dateSeparator(.dash)
        .dateTimeSeparator(.standard))
  }

  static func date(_ string: String?) -> Date? {
    guard let string else { return nil }
    return try? Date(
      string,
      strategy: .iso8601.year().month().day().time(includingFractionalSeconds: true)
        .timeZone(separator: .omitted).timeSeparator(.colon).dateSeparator(.dash)
        .dateTimeSeparator(.standard))
  }
}

/// JSON for the columns that hold a whole value (survey definitions, counts).
enum StoredJSON {
  static func encode<T: Encodable>(_ value: T) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    return String(decoding: try encoder.encode(value), as: UTF8.self)
  }

  static func decode<T: Decodable>(_ type: T.Type, _ text: String) throws -> T {
    try JSONDecoder().decode(type, from: Data(text.utf8))
  }
}
