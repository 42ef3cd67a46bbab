import AgoraModel

/// Reads comments from delimited text with a header row: any delimiter (guessed from the header
/// line unless a `sep=` line or the caller sets it), quoting, BOM, CRLF or CR line ends.
public struct CSVReader: Sendable {
  /// The delimiter byte, or `nil` to guess it.
  public var delimiter: UInt8?

  /// Creates a reader.
  public init(delimiter: UInt8? = nil) {
    self.delimiter = delimiter
  }

  /// The comments in `text`.
  public func read(_ text: String, options: ReadOptions) throws(ImportError) -> ReadResult {
    var parser = DelimitedParser(text: text, delimiter: delimiter)
    var result = ReadResult()
    guard let header = try parser.next(file: options.file) else { return result }
    let columns = options.mapping.resolve(header.fields)
    guard let textColumn = columns[.text] else {
      throw .missingTextField(file: options.file, available: header.fields)
    }
    func value(_ key: FieldMapping.Key, _ fields: [String]) -> String? {
      columns[key].flatMap { $0 < fields.count ? fields[$0] : nil }
    }
    while let row = try parser.next(file: options.file) {
      if row.fields.count != header.fields.count {
        if row.fields.count == 1, row.fields[0].allSatisfy(\.isWhitespace) { continue }
        try options.reject(
          "expected \(header.fields.count) fields as in the header, found \(row.fields.count)",
          line: row.line, into: &result)
        continue
      }
      let record = GenericRecord(
        id: value(.id, row.fields), parent: value(.parent, row.fields),
        author: value(.author, row.fields), date: value(.date, row.fields),
        status: value(.status, row.fields), text: row.fields[textColumn])
      result.comments.append(record.comment(line: row.line))
    }
    return result
  }
}
