/// Errors raised by the text-analysis module, each saying where it happened and what to do.
public enum TextError: Error, Equatable, Sendable, CustomStringConvertible {
  /// A file could not be read.
  case unreadableFile(path: String, reason: String)
  /// A labelled file lacks a column the task needs.
  case missingColumn(file: String, column: String, found: [String])
  /// A row has the wrong number of fields or an unusable value.
  case badRow(file: String, line: Int, reason: String)
  /// A labelled file holds no data rows.
  case emptyFile(file: String)
  /// A sentiment label outside `pos`, `neg`, `neu`.
  case unknownLabel(file: String, line: Int, label: String)

  /// A message that names the file, the line and what to do next.
  public var description: String {
    switch self {
    case .unreadableFile(let path, let reason):
      return "cannot read \(path): \(reason) — check the path and that the file is UTF-8 text"
    case .missingColumn(let file, let column, let found):
      let header = found.joined(separator: ", ")
      return
        "\(file):1: missing column '\(column)' (header has: \(header)) — "
        + "add a tab-separated header row that names '\(column)'"
    case .badRow(let file, let line, let reason):
      return "\(file):\(line): \(reason) — fix or remove this row (fields are tab-separated)"
    case .emptyFile(let file):
      return "\(file): no data rows after the header — add at least one labelled row"
    case .unknownLabel(let file, let line, let label):
      return
        "\(file):\(line): unknown label '\(label)' — use pos, neg or neu"
    }
  }
}
