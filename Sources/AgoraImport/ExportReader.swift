import AgoraModel
import Foundation

/// Reads one export of any supported format into a thread of comments.
public struct ExportReader: Sendable {
  /// One export, read and threaded.
  public struct Export: Sendable {
    /// The format it was read as.
    public var format: ImportFormat
    /// Its comments in tree order, each with an id.
    public var comments: [ImportedComment]
    /// Rows skipped as unusable, with why.
    public var skipped: [SkippedRow]
    /// Counts known before storing: read, in-file duplicates, skipped, non-comments,
    /// replies to unknown parents, moderated per category.
    public var counts: ImportCounts
  }

  /// Creates a reader.
  public init() {}

  /// Reads `data`; the format is detected from the content unless `format` forces one.
  public func read(
    _ data: Data, format forced: ImportFormat? = nil, options: ReadOptions
  ) throws(ImportError) -> Export {
    var format = forced
    var parsed: Any?
    if format == nil {
      let detection = try FormatDetector.detect(data, file: options.file)
      format = detection.format
      parsed = detection.json
    }
    let chosen = format ?? .csv
    let result = try read(data, as: chosen, parsed: parsed, options: options)
    let thread = ThreadBuilder().thread(result.comments)
    var counts = ImportCounts()
    counts.read = result.comments.count
    counts.duplicate = thread.duplicates
    counts.skipped = result.skipped.count
    counts.nonComments = result.nonComments
    counts.notInFile = result.notInFile
    counts.repliesToUnknown = thread.repliesToUnknown
    for comment in thread.comments where comment.moderation != .published {
      counts.moderated[comment.moderation.rawValue, default: 0] += 1
    }
    return Export(
      format: chosen, comments: thread.comments, skipped: result.skipped, counts: counts)
  }

  private func read(
    _ data: Data, as format: ImportFormat, parsed: Any?, options: ReadOptions
  ) throws(ImportError) -> ReadResult {
    func json() throws(ImportError) -> Any {
      if let parsed { return parsed }
      return try JSONDocument.parse(
        data, file: options.file,
        hint: "the file is not valid JSON; check it, or pass --format csv for CSV files")
    }
    switch format {
    case .csv: return try CSVReader().read(TextDecoding.string(data), options: options)
    case .json: return try JSONRecordsReader().read(parsed: json(), options: options)
    case .jsonl: return try JSONRecordsReader().read(lines: data, options: options)
    case .disqus: return try DisqusReader().read(data, options: options)
    case .wordpress: return try WordPressReader().read(data, options: options)
    case .reddit: return try RedditReader().read(parsed: json(), options: options)
    case .hackernews: return try HackerNewsReader().read(parsed: json(), options: options)
    case .discourse: return try DiscourseReader().read(parsed: json(), options: options)
    case .youtube: return try YouTubeReader().read(parsed: json(), options: options)
    case .mastodon: return try MastodonReader().read(parsed: json(), options: options)
    }
  }
}
