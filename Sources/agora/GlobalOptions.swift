import AgoraStore
import ArgumentParser
import Foundation

/// Options every command that touches the database takes.
struct GlobalOptions: ParsableArguments {
  @Option(
    name: .long,
    help: ArgumentHelp(
      "The SQLite database file (default: $AGORA_DB, else ./agora.sqlite).", valueName: "path"))
  var db: String?

  /// The database path: `--db`, else `AGORA_DB`, else `./agora.sqlite`.
  var databasePath: String {
    if let db { return db }
    if let env = ProcessInfo.processInfo.environment["AGORA_DB"], !env.isEmpty { return env }
    return "agora.sqlite"
  }

  /// Opens the store.
  func openStore() throws -> Store {
    try Store(path: databasePath)
  }
}
