import AgoraImport
import Foundation

extension Fixture {
  /// Reads `Fixtures/<name>` as an import would, with the format detected unless given.
  static func read(
    _ name: String, format: ImportFormat? = nil, mapping: FieldMapping = FieldMapping(),
    skipBadRows: Bool = false
  ) throws -> ExportReader.Export {
    try ExportReader().read(
      try data(name), format: format,
      options: ReadOptions(file: name, mapping: mapping, skipBadRows: skipBadRows))
  }

  /// The error reading `Fixtures/<name>` throws, if any.
  static func readError(
    _ name: String, format: ImportFormat? = nil, mapping: FieldMapping = FieldMapping()
  ) throws -> ImportError? {
    let data = try data(name)
    do {
      _ = try ExportReader().read(
        data, format: format, options: ReadOptions(file: name, mapping: mapping))
      return nil
    } catch {
      return error
    }
  }
}

/// Seconds since 1970 of a date, for exact comparisons.
func epoch(_ date: Date?) -> Double? { date?.timeIntervalSince1970 }
