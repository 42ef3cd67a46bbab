import AgoraModel
import Foundation

/// A recorded import batch.
public struct ImportBatchRecord: Sendable, Hashable, Codable {
  /// The batch's row id.
  public var id: Int64
  /// The file name as given.
  public var fileName: String
  /// The SHA-256 of the file.
  public var sha256: String
  /// The format it was read as.
  public var format: String
  /// The platform of its ids.
  public var platform: String
  /// When it was imported.
  public var importedAt: Date
  /// Whether bad rows were skipped.
  public var partial: Bool
  /// What the import read and stored.
  public var counts: ImportCounts

  enum CodingKeys: String, CodingKey {
    case id, sha256, format, platform, partial, counts
    case fileName = "file"
    case importedAt = "imported_at"
  }
}
