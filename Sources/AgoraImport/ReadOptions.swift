/// What every reader is told: the file name for messages, the field mapping of generic formats,
/// and whether bad rows are skipped or fatal.
public struct ReadOptions: Sendable {
  /// The file name used in messages.
  public var file: String
  /// Which columns or fields hold what (CSV and JSON only).
  public var mapping: FieldMapping
  /// Whether unusable rows are listed and skipped rather than failing the file.
  public var skipBadRows: Bool

  /// Creates options.
  public init(file: String, mapping: FieldMapping = FieldMapping(), skipBadRows: Bool = false) {
    self.file = file
    self.mapping = mapping
    self.skipBadRows = skipBadRows
  }

  /// Records `reason` for the row at `line` when skipping bad rows, else throws it.
  func reject(_ reason: String, line: Int, into result: inout ReadResult) throws(ImportError) {
    guard skipBadRows else { throw .badRow(file: file, line: line, reason: reason) }
    result.skipped.append(SkippedRow(line: line, reason: reason))
  }
}
