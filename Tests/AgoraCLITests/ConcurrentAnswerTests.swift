import Foundation
import Testing

/// Several `agora answer` processes writing to one database at once lose nothing and never
/// report a locked database.
struct ConcurrentAnswerTests {
  @Test func fourProcessesSaveEveryResponse() throws {
    let agora = try AgoraProcess()
    _ = try agora.run(["survey", "add", "surveys"])
    let perProcess = 15
    var processes: [Process] = []
    var errors: [Pipe] = []
    for worker in 0..<4 {
      for index in 0..<perProcess {
        let answers = """
          {"respondent": "w\(worker)-\(index)", "answers": {"tried": "yes", "tried-rating": 4, \
          "synthetic-data-reliable": "depends", "openai-bid-reasons": ["publicity"], \
          "opinion": "Réponse \(worker)-\(index)"}}
          """
        try agora.write("w\(worker)-\(index).json", answers)
      }
      let script = (0..<perProcess).map {
        "\"$AGORA\" answer grok-3 --from w\(worker)-\($0).json >/dev/null || exit 1"
      }.joined(separator: "\n")
      let process = Process()
      process.executableURL = URL(fileURLWithPath: "/bin/sh")
      process.arguments = ["-c", script]
      process.currentDirectoryURL = agora.folder
      var environment = ProcessInfo.processInfo.environment
      environment["AGORA"] = AgoraProcess.binary.path
      environment["AGORA_DB"] = nil
      process.environment = environment
      let pipe = Pipe()
      process.standardError = pipe
      errors.append(pipe)
      processes.append(process)
    }
    for process in processes { try process.run() }
    for (process, pipe) in zip(processes, errors) {
      let message = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
      process.waitUntilExit()
      #expect(process.terminationStatus == 0, "\(message)")
      #expect(!message.contains("locked"))
    }
    let listed = try agora.run(["responses", "grok-3", "--json"])
    let responses = try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [Any]
    #expect(responses?.count == 4 * perProcess)
  }
}
