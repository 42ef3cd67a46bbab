import Foundation
import Testing

/// Runs the built `agora` binary in a fresh working folder and captures what it prints; the
/// folder it made is removed when the value goes away.
final class AgoraProcess: Sendable {
  /// The result of one run.
  struct Result {
    var status: Int32
    var stdout: String
    var stderr: String
  }

  /// The package's root folder (two levels above this file's folder).
  static let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// The built binary: next to the test bundle, else in `.build/debug`.
  static var binary: URL {
    let candidates = [
      Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("agora"),
      Bundle.main.bundleURL.appendingPathComponent("agora"),
      URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        .appendingPathComponent("agora"),
      packageRoot.appendingPathComponent(".build/debug/agora"),
    ]
    return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
      ?? candidates[candidates.count - 1]
  }

  /// A temporary working folder with a copy of the repository's `surveys/`.
  let folder: URL
  /// Whether this value made the folder, and so removes it.
  private let ownsFolder: Bool

  init(copySurveys: Bool = true, copyExports: Bool = false) throws {
    folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("agora-cli-\(UUID().uuidString)")
    ownsFolder = true
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    if copySurveys {
      try FileManager.default.copyItem(
        at: Self.packageRoot.appendingPathComponent("surveys"),
        to: folder.appendingPathComponent("surveys"))
    }
    if copyExports {
      try FileManager.default.copyItem(
        at: Self.packageRoot.appendingPathComponent("exports"),
        to: folder.appendingPathComponent("exports"))
    }
  }

  /// Runs in an existing folder.
  init(folder: URL) {
    self.folder = folder
    ownsFolder = false
  }

  deinit {
    if ownsFolder { try? FileManager.default.removeItem(at: folder) }
  }

  /// Runs `agora arguments…` in the folder, with `stdin` as standard input.
  func run(_ arguments: [String], stdin: String = "", environment: [String: String] = [:]) throws
    -> Result
  {
    let process = Process()
    process.executableURL = Self.binary
    process.arguments = arguments
    process.currentDirectoryURL = folder
    var env = ProcessInfo.processInfo.environment
    env["AGORA_DB"] = nil
    env["NO_COLOR"] = "1"
    env.merge(environment) { $1 }
    process.environment = env
    let input = Pipe()
    let output = Pipe()
    let errors = Pipe()
    process.standardInput = input
    process.standardOutput = output
    process.standardError = errors
    try process.run()
    input.fileHandleForWriting.write(Data(stdin.utf8))
    try input.fileHandleForWriting.close()
    let out = output.fileHandleForReading.readDataToEndOfFile()
    let err = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Result(
      status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self),
      stderr: String(decoding: err, as: UTF8.self))
  }

  /// Writes a file into the folder.
  func write(_ name: String, _ text: String) throws {
    try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
  }
}
