import AgoraModel
import GRDB

extension Store {
  /// Stores one file's comments in one transaction, as `importBatch` does, with the comments
  /// handed over in batches: `produce` inserts them through the sink and returns the batch
  /// completed (counts known from reading, hash), or `nil` to store nothing. Returns the counts,
  /// or `nil` when `produce` did. Errors thrown by `produce` are rethrown as they are.
  public func importStream(
    _ batch: NewImportBatch, authors: AuthorPolicy, dryRun: Bool = false,
    produce: (ImportSink) throws -> NewImportBatch?
  ) throws -> ImportCounts? {
    let salt = authors == .pseudonymised ? try authorSalt() : ""
    var failure: (any Error)?
    do {
      return try writer.writeWithoutTransaction { db in
        var counts: ImportCounts?
        try db.inTransaction {
          let sink = try ImportSink(batch, authors: authors, salt: salt, db)
          let completed: NewImportBatch?
          do {
            completed = try produce(sink)
          } catch {
            failure = error
            throw error
          }
          guard let completed else { return .rollback }
          counts = try sink.finish(completed)
          return dryRun ? .rollback : .commit
        }
        return counts
      }
    } catch let error as StoreError {
      throw failure ?? error
    } catch {
      if let failure { throw failure }
      throw StoreError.database(operation: "import \(batch.fileName)", reason: "\(error)")
    }
  }
}
