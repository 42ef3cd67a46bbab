import AgoraModel
import Foundation

/// Reads a CSV, TSV, JSON Lines or JSON array export, or a Disqus or WordPress one, from its
/// file in chunks and hands its comments over in batches, so memory does not grow with the file.
/// CSV and TSV may be UTF-8, UTF-16 or Latin-1. Other formats are read whole by `ExportReader`.
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
  /// Told, before each batch is handed over, how many bytes of the file have been read.
  public var progress: (@Sendable (_ bytesRead: Int) -> Void)?

  /// Creates a reader.
  public init(batchSize: Int = 5000, progress: (@Sendable (_ bytesRead: Int) -> Void)? = nil) {
    self.batchSize = batchSize
    self.progress = progress
  }

  /// The format `path` is read in chunks as, or `nil` when it must be read whole; the format is
  /// detected from the content, as `ExportReader` does, unless `format` forces one.
  public func streamableFormat(
    of path: String, forced format: ImportFormat?
  ) throws(ImportError) -> ImportFormat? {
    if let format, format != .json {
      return [.csv, .jsonl, .disqus, .wordpress].contains(format) ? format : nil
    }
    let source = try ChunkedFile(path: path, hashing: false)
    var prefix: [UInt8] = []
    try source.read(into: &prefix, atLeast: 1 << 20)
    let detected = FormatDetector.streamable(prefix: Data(prefix))
    // A forced JSON file streams when it is an array; an object wrapping one is read whole.
    guard format == .json else { return detected }
    return FormatDetector.startsArray(prefix) ? .json : nil
  }

  /// Reads `path` as `format` (CSV, JSON Lines, a JSON array of records, Disqus or WordPress
  /// XML), handing each batch of comments to `body`. Returns `nil` when the file turns out to
  /// be neither UTF-8 nor well-formed UTF-16: a CSV file must then be read again with `latin1`
  /// (in chunks still, as Latin-1), any other file read whole. What was handed over before is
  /// not part of the file's reading.
  public func read(
    _ path: String, as format: ImportFormat, options: ReadOptions, latin1: Bool = false,
    body: ([ImportedComment]) throws -> Void
  ) throws -> Outcome? {
    if format == .disqus || format == .wordpress {
      return try withoutActuallyEscaping(body) { body in
        try readXML(path, as: format, body: body)
      }
    }
    let source = try ChunkedFile(path: path)
    var counts = ImportCounts()
    func flush(_ comments: inout [ImportedComment]) throws {
      try handOver(&comments, counts: &counts, bytesRead: source.bytesRead, body: body)
    }
    let result: ReadResult?
    switch format {
    case .csv:
      result = try CSVReader().stream(
        source, options: options, batchSize: batchSize, latin1: latin1, flush: flush)
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

  /// Reads a Disqus or WordPress export in chunks, once `XMLStream.check` has read it through.
  private func readXML(
    _ path: String, as format: ImportFormat, body: @escaping ([ImportedComment]) throws -> Void
  ) throws -> Outcome? {
    guard let check = try XMLStream.check(file: path, format: format) else { return nil }
    let input = try XMLFileInput(path: path)
    var counts = ImportCounts()
    var batch: [ImportedComment] = []
    let emit = { (comment: ImportedComment) throws in
      batch.append(comment)
      guard batch.count >= batchSize else { return }
      try handOver(&batch, counts: &counts, bytesRead: input.bytesRead, body: body)
      batch.removeAll(keepingCapacity: true)
    }
    if format == .disqus {
      try DisqusReader().stream(input, head: check.head, emit: emit)
    } else {
      try WordPressReader().stream(input, emit: emit)
    }
    try handOver(&batch, counts: &counts, bytesRead: input.bytesRead, body: body)
    return Outcome(format: format, skipped: [], counts: counts, sha256: check.sha256)
  }

  /// Hands `comments` to `body`, each with an id (from its content when the export gives none)
  /// and counted, once `bytesRead` bytes of the file are read. The batch is completed in place:
  /// a copy would retain every string of every comment.
  private func handOver(
    _ comments: inout [ImportedComment], counts: inout ImportCounts, bytesRead: Int,
    body: ([ImportedComment]) throws -> Void
  ) throws {
    guard !comments.isEmpty else { return }
    counts.read += comments.count
    for index in comments.indices {
      let id = comments[index].externalID ?? ThreadBuilder.contentID(comments[index])
      comments[index].externalID = id
      if comments[index].parentExternalID == id { comments[index].parentExternalID = nil }
      let moderation = comments[index].moderation
      if moderation != .published { counts.moderated[moderation.rawValue, default: 0] += 1 }
    }
    progress?(bytesRead)
    try body(comments)
  }
}
