import AgoraModel
import Foundation

/// Reading JSON Lines and JSON arrays from a file in chunks, so memory does not grow with it.
extension JSONRecordsReader {
  /// Reads JSON Lines from a file in chunks, handing its comments to `flush` about `batchSize`
  /// at a time; returns what else was found.
  func stream(
    _ source: ChunkedFile, options: ReadOptions, batchSize: Int,
    flush: (inout [ImportedComment]) throws -> Void
  ) throws -> ReadResult {
    var result = ReadResult()
    var state = FieldState()
    var lineNumber = 0
    var buffer: [UInt8] = []
    var start = 0
    var more = true
    while more {
      more = try source.read(into: &buffer)
      var end = Self.newline(in: buffer, from: start)
      while let lineEnd = end ?? (more ? nil : buffer.endIndex) {
        lineNumber += 1
        try add(
          line: buffer[start..<lineEnd], number: lineNumber, state: &state, options: options,
          into: &result)
        if result.comments.count >= batchSize {
          try flush(&result.comments)
          result.comments.removeAll(keepingCapacity: true)
        }
        guard end != nil else { break }
        start = lineEnd + 1
        end = Self.newline(in: buffer, from: start)
      }
      buffer.removeSubrange(0..<min(start, buffer.count))
      start = 0
    }
    if !result.comments.isEmpty { try flush(&result.comments) }
    result.comments = []
    return result
  }

  /// The index of the first line feed in `buffer` from `start`; `memchr` finds it many bytes at
  /// a time.
  private static func newline(in buffer: [UInt8], from start: Int) -> Int? {
    buffer.withUnsafeBufferPointer { bytes in
      guard let base = bytes.baseAddress, start < bytes.count,
        let found = memchr(base + start, 10, bytes.count - start)
      else { return nil }
      return UnsafeRawPointer(found) - UnsafeRawPointer(base)
    }
  }

  /// Reads a JSON array of objects from a file in chunks, parsing one item at a time and handing
  /// its comments to `flush` about `batchSize` at a time; items are numbered as `read` numbers
  /// them, and an item that is not valid JSON is skipped with `skipBadRows`.
  func streamArray(
    _ source: ChunkedFile, options: ReadOptions, batchSize: Int,
    flush: (inout [ImportedComment]) throws -> Void
  ) throws -> ReadResult {
    var result = ReadResult()
    var state = FieldState()
    var splitter = JSONArraySplitter(file: options.file)
    var buffer: [UInt8] = []
    var number = 0
    while try source.read(into: &buffer) {
      var items: [JSONArraySplitter.Item] = []
      try splitter.split(&buffer) { items.append($0) }
      for item in items {
        number += 1
        try add(item: item, number: number, state: &state, options: options, into: &result)
      }
      if result.comments.count >= batchSize {
        try flush(&result.comments)
        result.comments.removeAll(keepingCapacity: true)
      }
    }
    try splitter.finish()
    if !result.comments.isEmpty { try flush(&result.comments) }
    result.comments = []
    return result
  }

  private func add(
    item: JSONArraySplitter.Item, number: Int, state: inout FieldState, options: ReadOptions,
    into result: inout ReadResult
  ) throws(ImportError) {
    if let object = item.bytes.withContiguousStorageIfAvailable(JSONDocument.FlatObject.init)
      ?? nil
    {
      try add(object, line: number, state: &state, options: options, into: &result)
      return
    }
    let parsed: Any
    do {
      parsed = try JSONDocument.parse(
        Data(item.bytes), file: options.file, lineOffset: item.line - 1, hint: Self.hint)
    } catch {
      guard options.skipBadRows else { throw error }
      result.skipped.append(SkippedRow(line: number, reason: "invalid JSON"))
      return
    }
    try add(parsed, line: number, state: &state, options: options, into: &result)
  }
}
