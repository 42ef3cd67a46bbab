import Foundation
import GRDB

@testable import AgoraStore

/// Runs `body` with a database file migrated up to `version` only, as an older Agora left it,
/// and its path; the file is removed afterwards.
func withDatabase(
  migratedUpTo version: String, _ body: (_ queue: DatabaseQueue, _ path: String) throws -> Void
) throws {
  let path = FileManager.default.temporaryDirectory
    .appendingPathComponent("agora-\(version)-\(UUID().uuidString).sqlite").path
  defer { try? FileManager.default.removeItem(atPath: path) }
  let queue = try DatabaseQueue(path: path)
  try Schema.migrator.migrate(queue, upTo: version)
  try body(queue, path)
}
