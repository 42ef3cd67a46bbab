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
    var rows = Rows(parser: DelimitedParser(text: text, delimiter: delimiter), options: options)
    var result = ReadResult()
    while try rows.next(into: &result) {}
    return result
  }

  /// Reads a file in chunks, handing its comments to `flush` about `batchSize` at a time;
  /// returns what else was found, or `nil` when the file is not UTF-8 and must be read whole.
  func stream(
    _ source: ChunkedFile, options: ReadOptions, batchSize: Int,
    flush: (inout [ImportedComment]) throws -> Void
  ) throws -> ReadResult? {
    guard let parser = try DelimitedParser(file: source, delimiter: delimiter) else { return nil }
    var rows = Rows(parser: parser, options: options)
    var result = ReadResult()
    while try rows.next(into: &result) {
      guard rows.parser.validUTF8 else { return nil }
      if result.comments.count >= batchSize {
        try flush(&result.comments)
        result.comments.removeAll(keepingCapacity: true)
      }
    }
    guard rows.parser.validUTF8 else { return nil }
    if !result.comments.isEmpty { try flush(&result.comments) }
    result.comments = []
    return result
  }

  /// The rows of delimited text after its header, read one at a time.
  private struct Rows {
    var parser: DelimitedParser
    let options: ReadOptions
    var header: [String]?
    /// The column of each key, looked up once from the header rather than on every row.
    var columns = Columns()
    /// Rows read after the header to tell whether they are header rows too, and found not to
    /// be: they are read before the rest.
    var readAhead: [(line: Int, fields: [String])] = []

    struct Columns {
      var text: Int?
      var id: Int?
      var parent: Int?
      var author: Int?
      var date: Int?
      var status: Int?
    }

    init(parser: DelimitedParser, options: ReadOptions) {
      self.parser = parser
      self.options = options
    }

    /// Reads the next row into `result` (a comment, or a skipped row); `false` at the end, or
    /// when a file read in chunks turns out not to be UTF-8.
    mutating func next(into result: inout ReadResult) throws(ImportError) -> Bool {
      let header: [String]
      if let known = self.header {
        header = known
      } else {
        guard let first = try parser.next(file: options.file), parser.validUTF8 else {
          return false
        }
        header = first.fields
        self.header = header
        while readAhead.count < 2, let row = try parser.next(file: options.file) {
          guard parser.validUTF8 else { return false }
          readAhead.append(row)
        }
        // A survey tool's other header rows name columns too: a key not found in the first
        // row is looked for in them (a question's text, `Open-Ended Response`).
        let extra = SurveyToolHeaders.count(header: header, following: readAhead.map(\.fields))
        var resolved = options.mapping.resolve(header)
        for row in readAhead.prefix(extra) {
          for (key, column) in options.mapping.resolve(row.fields) where resolved[key] == nil {
            resolved[key] = column
          }
        }
        readAhead.removeFirst(extra)
        columns = Columns(
          text: resolved[.text], id: resolved[.id], parent: resolved[.parent],
          author: resolved[.author], date: resolved[.date], status: resolved[.status])
      }
      guard let textColumn = columns.text else {
        throw .missingTextField(file: options.file, available: header)
      }
      func value(_ column: Int?, _ fields: [String]) -> String? {
        column.flatMap { $0 < fields.count ? fields[$0] : nil }
      }
      while let row = readAhead.isEmpty
        ? try parser.next(file: options.file) : readAhead.removeFirst()
      {
        guard parser.validUTF8 else { return false }
        if row.fields.count != header.count {
          if row.fields.count == 1, row.fields[0].allSatisfy(\.isWhitespace) { continue }
          try options.reject(
            "expected \(header.count) fields as in the header, found \(row.fields.count)",
            line: row.line, into: &result)
          return true
        }
        let record = GenericRecord(
          id: value(columns.id, row.fields), parent: value(columns.parent, row.fields),
          author: value(columns.author, row.fields), date: value(columns.date, row.fields),
          status: value(columns.status, row.fields), text: row.fields[textColumn])
        result.comments.append(record.comment(line: row.line))
        return true
      }
      return false
    }
  }
}
