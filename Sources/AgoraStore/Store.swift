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
    // A new database gets 16 KiB pages (SQLite's default is 4 KiB): an import writes about a
    // tenth less, with fewer and fuller b-tree pages. (An existing database keeps its pages.)
    config.prepareDatabase { db in
      try db.execute(sql: "PRAGMA page_size = 16384; PRAGMA cache_size = -131072")
    }
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

  /// Frees the page caches of the connections that are not in use (they fill again when
  /// needed): after a scan of every text, the reading connection holds up to its whole cache.
  public func releaseMemory() {
    (writer as? DatabasePool)?.releaseMemory()
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
    if let fast = wholeMillisecondString(date) { return fast }
    return date.formatted(
      .iso8601.year().month().day().time(includingFractionalSeconds: true)
        .timeZone(separator: .omitted).timeSeparator(.colon).dateSeparator(.dash)
        .dateTimeSeparator(.standard))
  }

  /// The same text written directly, for dates on a whole millisecond in years 1970–9999, which
  /// is every date an export gives; `Date.formatted` dominated the cost of large imports.
  static func wholeMillisecondString(_ date: Date) -> String? {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(24)
    guard append(wholeMillisecond: date, to: &bytes) else { return nil }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Appends the UTF-8 of `string(date)` to `bytes` when the date is on a whole millisecond in
  /// years 1970–9999; returns whether it did (appending nothing otherwise). Rows of comments are
  /// written this way, without a string made and dropped for each.
  static func append(wholeMillisecond date: Date, to bytes: inout [UInt8]) -> Bool {
    let milliseconds = date.timeIntervalSince1970 * 1000
    guard milliseconds >= 0, milliseconds < 253_402_300_800_000,
      milliseconds == milliseconds.rounded()
    else { return false }
    let total = Int(milliseconds)
    let days = total / 86_400_000
    let inDay = total % 86_400_000
    // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
    let z = days + 719_468
    let era = z / 146_097
    let doe = z - era * 146_097
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let day = doy - (153 * mp + 2) / 5 + 1
    let month = mp < 10 ? mp + 3 : mp - 9
    let year = yoe + era * 400 + (month <= 2 ? 1 : 0)
    put(year, 4, &bytes)
    bytes.append(45)
    put(month, 2, &bytes)
    bytes.append(45)
    put(day, 2, &bytes)
    bytes.append(84)
    put(inDay / 3_600_000, 2, &bytes)
    bytes.append(58)
    put(inDay / 60_000 % 60, 2, &bytes)
    bytes.append(58)
    put(inDay / 1000 % 60, 2, &bytes)
    bytes.append(46)
    put(inDay % 1000, 3, &bytes)
    bytes.append(90)
    return true
  }

  /// Appends `value` in `width` decimal digits, with leading zeros.
  private static func put(_ value: Int, _ width: Int, _ bytes: inout [UInt8]) {
    var divisor = 1
    for _ in 1..<width { divisor *= 10 }
    while divisor > 0 {
      bytes.append(UInt8(48 + (value / divisor) % 10))
      divisor /= 10
    }
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
