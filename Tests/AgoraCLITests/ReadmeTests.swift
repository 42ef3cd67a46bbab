import Foundation
import Testing

/// The README documents every command the binary has, and starts with the two set-up commands.
struct ReadmeTests {
  /// Every command path (`agora survey add`, …) from the binary's own help dump.
  static func commandPaths() throws -> [String] {
    let agora = try AgoraProcess(copySurveys: false)
    let result = try agora.run(["--experimental-dump-help"])
    let root = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
    var paths: [String] = []
    func walk(_ command: [String: Any], prefix: String) {
      let name = command["commandName"] as? String ?? ""
      let path = prefix.isEmpty ? name : "\(prefix) \(name)"
      if name != "help", command["shouldDisplay"] as? Bool ?? true { paths.append(path) }
      for sub in command["subcommands"] as? [[String: Any]] ?? [] { walk(sub, prefix: path) }
    }
    walk(root?["command"] as? [String: Any] ?? [:], prefix: "")
    return paths.filter { $0 != "agora" && !$0.hasSuffix(" help") }
  }

  static func readme() throws -> String {
    try String(
      contentsOf: AgoraProcess.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
  }

  @Test func documentsEveryCommand() throws {
    let paths = try Self.commandPaths()
    #expect(paths.contains("agora survey add"))
    let readme = try Self.readme()
    let missing = paths.filter { !readme.contains("`\($0)") }
    #expect(missing.isEmpty, "README.md does not document \(missing)")
  }

  @Test func startsWithTheSetUpAndTestCommands() throws {
    let readme = try Self.readme()
    let firstBlock = readme.components(separatedBy: "```").dropFirst().first ?? ""
    #expect(firstBlock.contains("apt-get install -y"))
    #expect(firstBlock.contains("swift run agora"))
    #expect(firstBlock.contains("swift test"))
  }
}
