/// Errors of the importers; each says where the problem is and what to do next.
public enum ImportError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The file could not be read at all.
  case unreadable(file: String, reason: String)
  /// The file is not well-formed in its format, at `line` (and `column` when known).
  case malformed(file: String, line: Int, column: Int?, expected: String, hint: String)
  /// The format could not be recognised from the content.
  case unknownFormat(file: String)
  /// The content does not have the shape the forced (or detected) format needs.
  case unexpectedShape(file: String, format: ImportFormat, expected: String)
  /// No column or field holds the comments' text.
  case missingTextField(file: String, available: [String])
  /// A `--map` argument names a field the importer does not know or is badly written.
  case badMapping(String)
  /// One row is unusable; with `--skip-bad-rows` it is listed and skipped instead.
  case badRow(file: String, line: Int, reason: String)
  /// The survey has no free-text question to route comments to, or not the one named.
  case unknownQuestion(id: String, survey: String, available: [String])

  public var description: String {
    switch self {
    case .unreadable(let file, let reason):
      return "\(file): cannot read the file: \(reason)"
    case .malformed(let file, let line, let column, let expected, let hint):
      let place = column.map { "\(file):\(line):\($0)" } ?? "\(file):\(line)"
      return "\(place): \(expected) — \(hint)"
    case .unknownFormat(let file):
      return "\(file): cannot tell the export format from the content — pass --format "
        + "(\(ImportFormat.allCases.map(\.rawValue).joined(separator: ", ")))"
    case .unexpectedShape(let file, let format, let expected):
      return "\(file): not a \(format.displayName) export: expected \(expected) — "
        + "check the file, or pass another --format"
    case .missingTextField(let file, let available):
      return "\(file): no column holds the comment text (columns: "
        + "\(available.joined(separator: ", "))) — pass --map text=COLUMN"
    case .badMapping(let text):
      return "bad --map `\(text)`: write KEY=COLUMN with KEY one of "
        + "\(FieldMapping.Key.allCases.map(\.rawValue).joined(separator: ", "))"
    case .badRow(let file, let line, let reason):
      return "\(file):\(line): \(reason) — fix the row, or pass --skip-bad-rows to import the rest"
    case .unknownQuestion(let id, let survey, let available):
      return "survey `\(survey)` has no free-text question `\(id)` (free-text questions: "
        + "\(available.joined(separator: ", ")))"
    }
  }
}
