import Foundation

/// The built `agora` binary and scratch folders for end-to-end tests.
enum CLI {
  /// The package root, found from this file's path.
  static let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// The `agora` binary next to the test bundle (`.build/debug/agora`).
  static var binary: URL {
    let nextToTests = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    for folder in [nextToTests, packageRoot.appendingPathComponent(".build/debug")] {
      let candidate = folder.appendingPathComponent("agora")
      if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
    }
    return packageRoot.appendingPathComponent(".build/debug/agora")
  }

  /// A new empty folder holding a copy of `surveys/`.
  static func scratchFolder() throws -> URL {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("agora-cli-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try FileManager.default.copyItem(
      at: packageRoot.appendingPathComponent("surveys"),
      to: folder.appendingPathComponent("surveys"))
    return folder
  }

  /// Runs `agora` with `arguments` in `folder`, feeding `input` to standard input.
  static func run(_ arguments: [String], in folder: URL, input: String = "") throws -> (
    status: Int32, output: String, error: String
  ) {
    let process = Process()
    process.executableURL = binary
    process.arguments = arguments
    process.currentDirectoryURL = folder
    var environment = ProcessInfo.processInfo.environment
    environment["USER"] = "tester"
    process.environment = environment
    let stdin = Pipe()
    let stdout = Pipe()
    let stderr = Pipe()
    process.standardInput = stdin
    process.standardOutput = stdout
    process.standardError = stderr
    try process.run()
    stdin.fileHandleForWriting.write(Data(input.utf8))
    try stdin.fileHandleForWriting.close()
    let output = stdout.fileHandleForReading.readDataToEndOfFile()
    let error = stderr.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (
      process.terminationStatus, String(decoding: output, as: UTF8.self),
      String(decoding: error, as: UTF8.self)
    )
  }

  /// The responses to `survey` as `agora responses --json` prints them.
  static func responses(_ survey: String, in folder: URL) throws -> [[String: Any]] {
    let result = try run(["responses", survey, "--db", "t.sqlite", "--json"], in: folder)
    let json = try JSONSerialization.jsonObject(with: Data(result.output.utf8))
    return json as? [[String: Any]] ?? []
  }
}
