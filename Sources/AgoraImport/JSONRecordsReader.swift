import AgoraModel
import Foundation

/// Reads comments from a JSON array of objects, or JSON Lines (one object per line), with the
/// same field mapping as CSV. An object holding its comments under `comments`, `data`, `items`
/// or `results` is read as that array.
public struct JSONRecordsReader: Sendable {
  /// Creates a reader.
  public init() {}

  /// The comments in a JSON document.
  public func read(json data: Data, options: ReadOptions) throws(ImportError) -> ReadResult {
    try read(
      parsed: JSONDocument.parse(data, file: options.file, hint: Self.hint), options: options)
  }

  static let hint =
    "check the JSON, use --format jsonl for one object per line, "
    + "or --format csv for CSV files"

  func read(parsed: Any, options: ReadOptions) throws(ImportError) -> ReadResult {
    var items = parsed as? [Any]
    if items == nil, let object = parsed as? [String: Any] {
      items =
        ["comments", "data", "items", "results"].lazy.compactMap { object[$0] as? [Any] }
        .first
    }
    guard let items else {
      throw .unexpectedShape(
        file: options.file, format: .json, expected: "an array of comment objects")
    }
    var result = ReadResult()
    var state = FieldState()
    for (index, item) in items.enumerated() {
      try add(item, line: index + 1, state: &state, options: options, into: &result)
    }
    return result
  }

  /// The comments in JSON Lines; errors and items are numbered by line.
  public func read(lines data: Data, options: ReadOptions) throws(ImportError) -> ReadResult {
    var result = ReadResult()
    var state = FieldState()
    var lineNumber = 0
    for line in data.split(separator: 10, omittingEmptySubsequences: false) {
      lineNumber += 1
      try add(line: line, number: lineNumber, state: &state, options: options, into: &result)
    }
    return result
  }

  func add<Line: Collection<UInt8>>(
    line: Line, number lineNumber: Int, state: inout FieldState, options: ReadOptions,
    into result: inout ReadResult
  ) throws(ImportError) {
    guard line.contains(where: { $0 != 32 && $0 != 9 && $0 != 13 }) else { return }
    if let object = line.withContiguousStorageIfAvailable(JSONDocument.FlatObject.init) ?? nil {
      try add(object, line: lineNumber, state: &state, options: options, into: &result)
      return
    }
    let parsed: Any
    do {
      parsed = try JSONDocument.parse(
        Data(line), file: options.file, lineOffset: lineNumber - 1,
        hint: "each line must be one JSON object; use --format csv for CSV files")
    } catch {
      guard options.skipBadRows else { throw error }
      result.skipped.append(SkippedRow(line: lineNumber, reason: "invalid JSON"))
      return
    }
    try add(parsed, line: lineNumber, state: &state, options: options, into: &result)
  }

  /// The field names resolved from the first object, reused while the keys stay the same.
  struct FieldState {
    var keys: [String] = []
    /// The field of each key, held apart rather than in a dictionary keyed by
    /// `FieldMapping.Key`, which hashed the key's name at every look-up of every record.
    var text: String?
    var id: String?
    var parent: String?
    var author: String?
    var date: String?
    var status: String?
    /// Whether a comment has been read yet.
    var readComment = false

    /// Resolves the fields of objects with the sorted `keys` by `mapping`.
    mutating func resolve(_ keys: [String], by mapping: FieldMapping) {
      self.keys = keys
      let fields = mapping.resolve(keys).mapValues { keys[$0] }
      (text, id, parent) = (fields[.text], fields[.id], fields[.parent])
      (author, date, status) = (fields[.author], fields[.date], fields[.status])
    }
  }

  func add(
    _ item: Any, line: Int, state: inout FieldState, options: ReadOptions,
    into result: inout ReadResult
  ) throws(ImportError) {
    guard let object = item as? [String: Any] else {
      try options.reject("expected a JSON object", line: line, into: &result)
      return
    }
    try add(
      keys: object.keys.sorted(), line: line, state: &state, options: options, into: &result,
      string: { JSONValue.string(object[$0]) }, dateText: { object[$0] as? String },
      date: { JSONValue.date(object[$0]) })
  }

  func add(
    _ object: JSONDocument.FlatObject, line: Int, state: inout FieldState, options: ReadOptions,
    into result: inout ReadResult
  ) throws(ImportError) {
    try add(
      keys: object.keys, line: line, state: &state, options: options, into: &result,
      string: { object[$0]?.string },
      dateText: {
        guard case .string(let text) = object[$0] else { return nil }
        return text
      },
      date: { object[$0]?.date })
  }

  /// Adds the comment of one object with sorted `keys`, reading its values with `string`, and
  /// its date with `dateText` for a string, else `date`.
  private func add(
    keys: [String], line: Int, state: inout FieldState, options: ReadOptions,
    into result: inout ReadResult, string: (String) -> String?, dateText: (String) -> String?,
    date: (String) -> Date?
  ) throws(ImportError) {
    if keys != state.keys { state.resolve(keys, by: options.mapping) }
    guard let textKey = state.text else {
      if !state.readComment, !options.skipBadRows {
        throw .missingTextField(file: options.file, available: keys)
      }
      try options.reject("no text field", line: line, into: &result)
      return
    }
    var record = GenericRecord(
      id: state.id.flatMap(string), parent: state.parent.flatMap(string),
      author: state.author.flatMap(string), date: nil, status: state.status.flatMap(string),
      text: string(textKey) ?? "")
    if let dateKey = state.date {
      record.date = dateText(dateKey)
    }
    var comment = record.comment(line: line)
    if comment.createdAt == nil, let dateKey = state.date {
      comment.createdAt = date(dateKey)
    }
    result.comments.append(comment)
    state.readComment = true
  }
}
