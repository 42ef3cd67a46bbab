import AgoraModel
import Foundation

/// One import to record: where the comments come from and what reading them found.
public struct NewImportBatch: Sendable {
  /// The survey the comments are about.
  public var surveyID: String
  /// The file name as given.
  public var fileName: String
  /// The SHA-256 of the file's bytes.
  public var sha256: String
  /// The format it was read as (`csv`, `disqus`…).
  public var format: String
  /// The platform the external ids belong to.
  public var platform: String
  /// When the import ran.
  public var importedAt: Date
  /// Counts known before storing; `new`, `duplicate` and `routed` are completed by the store.
  public var counts: ImportCounts
  /// Whether bad rows were skipped, so the batch is not the whole file.
  public var partial: Bool
  /// The parents that the file's replies point to and that the file does not hold, when known
  /// (``ParentsOutsideFile``): storing then looks up only these to count replies to comments
  /// that were never imported, instead of every reply.
  public var parentsOutsideFile: Set<String>?

  /// Creates a batch description.
  public init(
    surveyID: String, fileName: String, sha256: String, format: String, platform: String,
    importedAt: Date, counts: ImportCounts, partial: Bool, parentsOutsideFile: Set<String>? = nil
  ) {
    self.surveyID = surveyID
    self.fileName = fileName
    self.sha256 = sha256
    self.format = format
    self.platform = platform
    self.importedAt = importedAt
    self.counts = counts
    self.partial = partial
    self.parentsOutsideFile = parentsOutsideFile
  }
}
