import Foundation

/// The built `agora` binary and scratch folders for end-to-end tests.
enum CLI {
  /// The package root.
  static var packageRoot: URL { AgoraProcess.packageRoot }

  /// The built `agora` binary.
  static var binary: URL { AgoraProcess.binary }

  /// Runs `body` in a new folder holding a copy of `surveys/`, removed afterwards.
  static func withScratchFolder<T>(_ body: (URL) throws -> T) throws -> T {
    let owner = try AgoraProcess()
    return try withExtendedLifetime(owner) { try body(owner.folder) }
  }

  /// Runs `agora` with `arguments` in `folder`, feeding `input` to standard input.
  static func run(_ arguments: [String], in folder: URL, input: String = "") throws -> (
    status: Int32, output: String, error: String
  ) {
    let result = try AgoraProcess(folder: folder).run(
      arguments, stdin: input, environment: ["USER": "tester"])
    return (result.status, result.stdout, result.stderr)
  }

  /// The responses to `survey` as `agora responses --json` prints them.
  static func responses(_ survey: String, in folder: URL) throws -> [[String: Any]] {
    let result = try run(["responses", survey, "--db", "t.sqlite", "--json"], in: folder)
    let json = try JSONSerialization.jsonObject(with: Data(result.output.utf8))
    return json as? [[String: Any]] ?? []
  }
}
