import Foundation

/// Splits delimited text (RFC 4180 and the usual deviations) into rows of fields, keeping the line
/// each row starts on.
///
/// Written here rather than taken from CSV.swift because errors and skipped rows must name the
/// source line, and a quoted field may span lines, which CSV.swift's reader does not report.
/// Accepts LF, CRLF and CR line ends; `""` inside quotes is one quote; a quote inside an
/// unquoted field is kept as written.
struct DelimitedParser {
  private var bytes: [UInt8]
  private let delimiter: UInt8
  private var index: Int
  private var line = 1
  /// Where more bytes come from when parsing a file in chunks; `nil` when `bytes` is the input.
  private let source: ChunkedFile?
  /// Whether `bytes` holds the rest of the input.
  private var atEnd: Bool
  /// Whether rows must be valid UTF-8 (a file without a byte-order mark read in chunks).
  private let checksUTF8: Bool
  /// Whether every row read so far is well-formed text: valid UTF-8, or UTF-16 that its
  /// source's transcoder could decode. When not, the file must be read again as Latin-1, like
  /// any other file that is neither.
  private(set) var wellFormed = true
  /// How many fields the last row had, to size the next one's array.
  private var width = 0

  /// A parser over `text` from its start, or after a `sep=X` line when it has one.
  init(text: String, delimiter: UInt8?) {
    self.init(bytes: Array(text.utf8), delimiter: delimiter, source: nil, checksUTF8: false)
  }

  /// A parser over a file read in chunks: UTF-8, or UTF-8 from the source's transcoder.
  init(file source: ChunkedFile, delimiter: UInt8?) throws(ImportError) {
    var bytes: [UInt8] = []
    try source.read(into: &bytes, atLeast: 4)
    let bom = source.transcoder == nil && bytes.starts(with: [0xEF, 0xBB, 0xBF])
    if bom { bytes.removeFirst(3) }
    while Self.lineEnds(bytes) < 4, !source.decodingFailed, try source.read(into: &bytes) {}
    self.init(
      bytes: bytes, delimiter: delimiter, source: source,
      checksUTF8: !bom && source.transcoder == nil)
    if checksUTF8 { wellFormed = Self.isUTF8(self.bytes[0..<index]) }
    if source.decodingFailed { wellFormed = false }
  }

  private init(bytes: [UInt8], delimiter: UInt8?, source: ChunkedFile?, checksUTF8: Bool) {
    var bytes = bytes
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
    self.bytes = bytes
    self.source = source
    self.checksUTF8 = checksUTF8
    atEnd = source?.atEnd ?? true
    index = 0
    var chosen = delimiter
    if bytes.count >= 5, bytes[0...3].elementsEqual(Array("sep=".utf8)) {
      chosen = chosen ?? bytes[4]
      index = 5
      while index < bytes.count, bytes[index] != 10, bytes[index] != 13 { index += 1 }
      if index < bytes.count, bytes[index] == 13 { index += 1 }
      if index < bytes.count, bytes[index] == 10 { index += 1 }
      line = 2
    }
    self.delimiter = chosen ?? Self.guessDelimiter(bytes[index...])
  }

  /// How many line-end bytes `bytes` has outside quotes, counting to 4 at most.
  private static func lineEnds(_ bytes: [UInt8]) -> Int {
    var quoted = false
    var count = 0
    for byte in bytes {
      if byte == 34 { quoted.toggle() }
      if !quoted, byte == 10 || byte == 13 {
        count += 1
        if count == 4 { break }
      }
    }
    return count
  }

  private static func isUTF8(_ bytes: ArraySlice<UInt8>) -> Bool {
    bytes.withUnsafeBufferPointer(UTF8Validation.isValid)
  }

  /// The delimiter among `,` `;` tab `|` seen most often in the first line, outside quotes.
  static func guessDelimiter(_ bytes: ArraySlice<UInt8>) -> UInt8 {
    var counts: [UInt8: Int] = [44: 0, 59: 0, 9: 0, 124: 0]
    var quoted = false
    for byte in bytes {
      if byte == 34 { quoted.toggle() }
      if !quoted, byte == 10 || byte == 13 { break }
      if !quoted, let count = counts[byte] { counts[byte] = count + 1 }
    }
    return [44, 59, 9, 124].max { (counts[$0] ?? 0) < (counts[$1] ?? 0) } ?? 44
  }

  /// The next row with the line it starts on, or `nil` at the end; throws when a quoted field
  /// is never closed.
  ///
  /// Reading a file in chunks, a row that reaches the end of the bytes read so far is parsed
  /// again once the next chunk is in, so rows and line numbers are the same as reading it whole.
  mutating func next(file: String) throws(ImportError) -> (line: Int, fields: [String])? {
    guard let source else { return try row(file: file) }
    while true {
      let (startIndex, startLine) = (index, line)
      var row: (line: Int, fields: [String])?
      var failure: ImportError?
      do {
        row = try self.row(file: file)
      } catch {
        failure = error
      }
      if atEnd || (failure == nil && row != nil && index < bytes.count) {
        if let failure { throw failure }
        if checksUTF8, wellFormed { wellFormed = Self.isUTF8(bytes[startIndex..<index]) }
        return row
      }
      bytes.removeSubrange(0..<startIndex)
      index = 0
      line = startLine
      atEnd = try !source.read(into: &bytes)
      // What follows a fault in UTF-16 is not handed over: the file is read again as Latin-1.
      if source.decodingFailed {
        wellFormed = false
        return nil
      }
    }
  }

  /// What scanning a row found: the row, `nil` at the end, or the line of a quote never closed.
  private enum Scan {
    case row(line: Int, fields: [String])
    case end
    case unclosedQuote(line: Int)
  }

  private mutating func row(file: String) throws(ImportError) -> (line: Int, fields: [String])? {
    var (index, line) = (self.index, self.line)
    let (delimiter, width) = (self.delimiter, self.width)
    let scan = bytes.withUnsafeBufferPointer { bytes in
      Self.scan(bytes, index: &index, line: &line, delimiter: delimiter, width: width)
    }
    (self.index, self.line) = (index, line)
    switch scan {
    case .end:
      return nil
    case .unclosedQuote(let quoteLine):
      throw .malformed(
        file: file, line: quoteLine, column: nil, expected: "a quoted field is never closed",
        hint: "close the quote with \", or double quotes inside it (\"\")")
    case .row(let start, let fields):
      self.width = fields.count
      return (start, fields)
    }
  }

  /// Scans the row at `index` of `bytes`, moving `index` and `line` past it.
  ///
  /// A field is quoted when it starts with `"`; bytes after its closing quote are kept as
  /// written. Strings are made straight from the file's bytes, except for quoted fields with
  /// doubled quotes or bytes after the closing quote, which are put together first.
  private static func scan(
    _ bytes: UnsafeBufferPointer<UInt8>, index: inout Int, line: inout Int, delimiter: UInt8,
    width: Int
  ) -> Scan {
    let count = bytes.count
    while index < count, bytes[index] == 10 || bytes[index] == 13 {
      newline(bytes, index: &index, line: &line)
    }
    guard index < count else { return .end }
    let start = line
    var fields: [String] = []
    fields.reserveCapacity(width)
    while true {
      let fieldStart = index
      if index < count, bytes[index] == 34 {
        let quoteLine = line
        index += 1
        var partStart = index
        // The field put together when it has a doubled quote.
        var joined: [UInt8] = []
        var doubled = false
        while true {
          // Quoted text runs to the next quote; its line ends are counted only when it has some.
          let quote = Self.find(34, in: bytes, from: index)
          if Self.find(10, in: bytes, from: index, to: quote) < quote
            || Self.find(13, in: bytes, from: index, to: quote) < quote
          {
            for at in index..<quote
            where bytes[at] == 10 || (bytes[at] == 13 && !(at + 1 < count && bytes[at + 1] == 10)) {
              line += 1
            }
          }
          index = quote
          guard index < count else { return .unclosedQuote(line: quoteLine) }
          guard index + 1 < count, bytes[index + 1] == 34 else { break }
          joined += bytes[partStart...index]
          doubled = true
          index += 2
          partStart = index
        }
        let partEnd = index
        index += 1
        let afterQuote = index
        while index < count, bytes[index] != delimiter, bytes[index] != 10, bytes[index] != 13 {
          index += 1
        }
        if !doubled, afterQuote == index {
          fields.append(Self.string(bytes[partStart..<partEnd]))
        } else {
          var field = joined
          field += bytes[partStart..<partEnd]
          field += bytes[afterQuote..<index]
          fields.append(String(decoding: field, as: UTF8.self))
        }
      } else {
        while index < count, bytes[index] != delimiter, bytes[index] != 10, bytes[index] != 13 {
          index += 1
        }
        fields.append(Self.string(bytes[fieldStart..<index]))
      }
      guard index < count, bytes[index] == delimiter else { break }
      index += 1
    }
    if index < count { newline(bytes, index: &index, line: &line) }
    return .row(line: start, fields: fields)
  }

  /// The index of the first `byte` in `bytes[start..<end]`, or `end` when there is none.
  private static func find(
    _ byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int? = nil
  ) -> Int {
    let end = end ?? bytes.count
    guard start < end, let base = bytes.baseAddress,
      let found = memchr(base + start, Int32(byte), end - start)
    else { return end }
    return UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
  }

  private static func string(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> String {
    String(decoding: UnsafeBufferPointer(rebasing: bytes), as: UTF8.self)
  }

  private static func newline(
    _ bytes: UnsafeBufferPointer<UInt8>, index: inout Int, line: inout Int
  ) {
    if bytes[index] == 13, index + 1 < bytes.count, bytes[index + 1] == 10 { index += 1 }
    index += 1
    line += 1
  }
}
