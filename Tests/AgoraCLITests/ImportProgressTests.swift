import Foundation
import Testing

/// The import's progress bar, seen on a terminal: `script` gives `agora` a pseudo-terminal.
struct ImportProgressTests {
  @Test func aLargeImportShowsHowMuchIsReadAndClearsTheBar() throws {
    let owner = try AgoraProcess()
    _ = try owner.run(["survey", "add", "surveys/grok-3.yaml", "--db", "t.sqlite"])
    // Five thousand rows: five batches, so the bar moves before it ends.
    let rows = (1...5000).map {
      "c\($0),lecteur\($0 % 70),Grok 3 est bluffant et voici le commentaire \($0)"
    }
    try owner.write("big.csv", (["id,author,message"] + rows).joined(separator: "\n") + "\n")
    let agora = AgoraProcess.binary.path
    let terminal = try Self.script(
      "\(agora) import big.csv --survey grok-3 --db t.sqlite --quiet", in: owner.folder)
    #expect(terminal.status == 0)
    let frames = terminal.output.components(separatedBy: "\r")
    let drawn = frames.filter { $0.contains("%  importing big.csv") }
    let shares = Set(
      drawn.compactMap { $0.split(separator: "]").last?.split(separator: "%").first })
    #expect(shares.count >= 3, "the bar should move: \(shares)")
    #expect(drawn.contains { $0.contains("100%") })
    // Once done, the bar's line is cleared.
    #expect(terminal.output.hasSuffix("\r\u{1B}[2K"))
    let imports = try owner.run(["imports", "grok-3", "--db", "t.sqlite", "--json"])
    #expect(imports.stdout.contains("\"new\" : 5000,"))
  }

  /// Runs `command` through `script`, on a pseudo-terminal, in `folder`; its terminal output.
  private static func script(_ command: String, in folder: URL) throws -> (
    status: Int32, output: String
  ) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
    process.arguments = ["-qec", command, "/dev/null"]
    process.currentDirectoryURL = folder
    let output = Pipe()
    process.standardOutput = output
    process.standardInput = FileHandle.nullDevice
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
  }
}
