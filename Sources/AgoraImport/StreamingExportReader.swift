import AgoraModel
import Foundation

/// Reads a CSV, TSV, JSON Lines or JSON array export from its file in chunks and hands its comments over in
/// batches, so memory does not grow with the file. Other formats are read whole by
/// `ExportReader`.
///
/// Comments get the ids `ThreadBuilder` gives them; batches are in file order, not tree order.
/// A comment whose id comes again later in the file is handed over again: the store's unique key
/// finds such repeats (and counts them as duplicates), so memory does not grow with the ids of
/// the file.
public struct StreamingExportReader: Sendable {
  /// What reading a file found, besides its comments.
  public struct Outcome: Sendable {
    /// The format it was read as.
    public var format: ImportFormat
    /// Rows skipped as unusable, with why.
    public var skipped: [SkippedRow]
    /// Counts known before storing: read, skipped, moderated per category (repeats included).
    public var counts: ImportCounts
    /// The SHA-256 of the file's bytes.
    public var sha256: String
  }

  /// How many comments a batch holds (the last may hold fewer).
  public var batchSize: Int

  /// Creates a reader.
  public init(batchSize: Int = 5000) {
    self.batchSize = batchSize
  }

  /// The format `path` is read in chunks as, or `nil` when it must be read whole; the format is
  /// detected from the content, as `ExportReader` does, unless `format` forces one.
  public func streamableFormat(
    of path: String, forced format: ImportFormat?
  ) throws(ImportError) -> ImportFormat? {
    if let format, format != .json { return [.csv, .jsonl].contains(format) ? format : nil }
    let source = try ChunkedFile(path: path)
    var prefix: [UInt8] = []
    try source.read(into: &prefix, atLeast: 1 << 20)
    let detected = FormatDetector.streamable(prefix: Data(prefix))
    // A forced JSON file streams when it is an array; an object wrapping one is read whole.
    guard format == .json else { return detected }
    return FormatDetector.startsArray(prefix) ? .json : nil
  }

  /// Reads `path` as `format` (CSV, JSON Lines or a JSON array of records), handing each batch of comments to `body`;
  /// `nil` when the file turns out to need reading whole (it is not UTF-8).
  public func read(
    _ path: String, as format: ImportFormat, options: ReadOptions,
    body: ([ImportedComment]) throws -> Void
  ) throws -> Outcome? {
    let source = try ChunkedFile(path: path)
    var counts = ImportCounts()
    // The batch is completed in place: a copy would retain every string of every comment.
    func flush(_ comments: inout [ImportedComment]) throws {
      counts.read += comments.count
      for index in comments.indices {
        let id = comments[index].externalID ?? ThreadBuilder.contentID(comments[index])
        comments[index].externalID = id
        if comments[index].parentExternalID == id { comments[index].parentExternalID = nil }
        let moderation = comments[index].moderation
        if moderation != .published { counts.moderated[moderation.rawValue, default: 0] += 1 }
      }
      try body(comments)
    }
    let result: ReadResult?
    switch format {
    case .csv:
      result = try CSVReader().stream(
        source, options: options, batchSize: batchSize, flush: flush)
    case .jsonl:
      result = try JSONRecordsReader().stream(
        source, options: options, batchSize: batchSize, flush: flush)
    case .json:
      result = try JSONRecordsReader().streamArray(
        source, options: options, batchSize: batchSize, flush: flush)
    default:
      return nil
    }
    guard let result else { return nil }
    counts.skipped = result.skipped.count
    counts.nonComments = result.nonComments
    return Outcome(
      format: format, skipped: result.skipped, counts: counts, sha256: try source.sha256())
  }
}
