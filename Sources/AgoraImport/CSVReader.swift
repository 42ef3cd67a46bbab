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
  /// returns what else was found. The file is read as UTF-8 or UTF-16 (as `TextDecoding` tells
  /// them apart), or as Latin-1 when `latin1` is set. Returns `nil` when it is neither UTF-8 nor
  /// well-formed UTF-16: it must then be read again as Latin-1, as `TextDecoding` reads it.
  func stream(
    _ source: ChunkedFile, options: ReadOptions, batchSize: Int, latin1: Bool = false,
    flush: (inout [ImportedComment]) throws -> Void
  ) throws -> ReadResult? {
    source.transcoder =
      latin1
      ? TextTranscoder(.latin1) : TextTranscoder.forFile(startingWith: try source.head(2))
    var rows = Rows(
      parser: try DelimitedParser(file: source, delimiter: delimiter), options: options)
    var result = ReadResult()
    while try Self.next(&rows, into: &result, from: source) {
      guard rows.parser.wellFormed else { return nil }
      if result.comments.count >= batchSize {
        try flush(&result.comments)
        result.comments.removeAll(keepingCapacity: true)
      }
    }
    guard rows.parser.wellFormed, !source.decodingFailed else { return nil }
    if !result.comments.isEmpty { try flush(&result.comments) }
    result.comments = []
    return result
  }

  /// Reads the next row, as `Rows.next` does. A row of a UTF-16 file that is an error is one only
  /// if the file decodes to its end; else the file is read again as Latin-1, where its rows are
  /// others, and `false` is returned with the parser not ``DelimitedParser/wellFormed``.
  private static func next(
    _ rows: inout Rows, into result: inout ReadResult, from source: ChunkedFile
  ) throws(ImportError) -> Bool {
    do {
      return try rows.next(into: &result)
    } catch {
      guard case .utf16 = source.transcoder?.encoding, try !source.decodesToEnd() else {
        throw error
      }
      return false
    }
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
        guard let first = try parser.next(file: options.file), parser.wellFormed else {
          return false
        }
        header = first.fields
        self.header = header
        while readAhead.count < 2, let row = try parser.next(file: options.file) {
          guard parser.wellFormed else { return false }
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
        guard parser.wellFormed else { return false }
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
