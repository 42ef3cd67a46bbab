/// A labelled TSV file for evaluation: a header row naming the columns, then one item a line.
public struct LabelledFile: Sendable {
  /// One labelled item.
  public struct Row: Sendable, Hashable {
    /// The 1-based line number in the file.
    public var line: Int
    /// The gold label.
    public var label: String
    /// The gold score, when the file has a `score` column with a value.
    public var score: Double?
    /// The text.
    public var text: String
  }

  /// The rows, in file order.
  public var rows: [Row]

  /// Parses `contents` of the file named `file`; `label` and `text` columns are required,
  /// found by header name; blank lines are skipped.
  public init(contents: String, file: String) throws(TextError) {
    var lines = contents.split(separator: "\n", omittingEmptySubsequences: false)
    if let last = lines.last, last.isEmpty { lines.removeLast() }
    guard let headerLine = lines.first else { throw .emptyFile(file: file) }
    let header = Self.fields(headerLine).map { $0.lowercased() }
    func column(_ name: String) throws(TextError) -> Int {
      guard let index = header.firstIndex(of: name) else {
        throw .missingColumn(file: file, column: name, found: header)
      }
      return index
    }
    let labelColumn = try column("label")
    let textColumn = try column("text")
    let scoreColumn = header.firstIndex(of: "score")
    var rows: [Row] = []
    for (offset, raw) in lines.enumerated().dropFirst() {
      let lineNumber = offset + 1
      if raw.allSatisfy({ $0 == " " || $0 == "\r" }) { continue }
      let fields = Self.fields(raw)
      guard fields.count >= header.count else {
        throw .badRow(
          file: file, line: lineNumber,
          reason: "expected \(header.count) fields, found \(fields.count)")
      }
      let label = fields[labelColumn].trimmingWhitespace()
      guard !label.isEmpty else {
        throw .badRow(file: file, line: lineNumber, reason: "empty label")
      }
      var score: Double?
      if let scoreColumn, !fields[scoreColumn].isEmpty {
        guard let value = Double(fields[scoreColumn].trimmingWhitespace()) else {
          throw .badRow(
            file: file, line: lineNumber, reason: "score '\(fields[scoreColumn])' is not a number")
        }
        score = value
      }
      let text =
        textColumn == header.count - 1
        ? fields[textColumn...].joined(separator: " ") : fields[textColumn]
      rows.append(Row(line: lineNumber, label: label, score: score, text: text))
    }
    guard !rows.isEmpty else { throw .emptyFile(file: file) }
    self.rows = rows
  }

  private static func fields(_ line: Substring) -> [String] {
    var text = String(line)
    if text.hasSuffix("\r") { text.removeLast() }
    return text.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
  }
}

extension String {
  func trimmingWhitespace() -> String {
    var view = Substring(self)
    while let first = view.first, first.isWhitespace { view.removeFirst() }
    while let last = view.last, last.isWhitespace { view.removeLast() }
    return String(view)
  }
}
