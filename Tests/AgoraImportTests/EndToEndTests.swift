import AgoraStore
import Foundation
import Testing

/// Runs the built `agora` executable, which sits next to the test bundle in `.build/debug/`.
@Suite struct EndToEndTests {
  private func agora(_ arguments: [String]) throws -> (status: Int32, out: String, err: String) {
    let candidates = [
      Bundle.main.bundleURL.deletingLastPathComponent(),
      Bundle.main.bundleURL,
      URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
    ].map { $0.appendingPathComponent("agora") }
    let binary = try #require(
      candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) })
    let process = Process()
    process.executableURL = binary
    process.arguments = arguments
    process.currentDirectoryURL = Fixture.root
    // Output goes to files rather than pipes: reading a pipe while other tests run can be
    // interrupted by a signal, which Foundation's FileHandle turns into a crash.
    let base = FileManager.default.temporaryDirectory
      .appendingPathComponent("agora-e2e-out-\(UUID().uuidString)")
    let outURL = base.appendingPathExtension("out")
    let errURL = base.appendingPathExtension("err")
    defer {
      try? FileManager.default.removeItem(at: outURL)
      try? FileManager.default.removeItem(at: errURL)
    }
    FileManager.default.createFile(atPath: outURL.path, contents: nil)
    FileManager.default.createFile(atPath: errURL.path, contents: nil)
    let out = try FileHandle(forWritingTo: outURL)
    let err = try FileHandle(forWritingTo: errURL)
    process.standardOutput = out
    process.standardError = err
    try process.run()
    process.waitUntilExit()
    try out.close()
    try err.close()
    return (
      process.terminationStatus, try String(contentsOf: outURL, encoding: .utf8),
      try String(contentsOf: errURL, encoding: .utf8)
    )
  }

  @Test func importingTwiceAddsNothingTheSecondTime() throws {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("agora-e2e-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: directory) }
    let db = directory.appendingPathComponent("agora.sqlite").path
    let file = "Tests/AgoraImportTests/Fixtures/wordpress/export.xml"
    let arguments = ["import", file, "--survey", "grok-3", "--db", db]
    let first = try agora(arguments)
    #expect(first.status == 0)
    #expect(
      first.out == """
        \(file): WordPress — read 5, new 5, duplicates 0, skipped 0
          moderated (kept, not analysed): deleted 1, pingback 1, spam 1, unapproved 1
          routed: claims 1

        """)
    let second = try agora(arguments)
    #expect(second.status == 0)
    #expect(
      second.out == """
        \(file): WordPress — read 5, new 0, duplicates 5, skipped 0
          moderated (kept, not analysed): deleted 1, pingback 1, spam 1, unapproved 1

        """)
    let listed = try agora(["imports", "grok-3", "--db", db, "--json"])
    let batches = try JSONSerialization.jsonObject(with: Data(listed.out.utf8)) as? [[String: Any]]
    #expect(batches?.count == 2)
    #expect(batches?.compactMap { $0["format"] as? String } == ["wordpress", "wordpress"])
  }

  @Test func aPartialExportIsMarkedSo() throws {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("agora-e2e-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: directory) }
    let db = directory.appendingPathComponent("agora.sqlite").path
    let file = "Tests/AgoraImportTests/Fixtures/reddit/thread.json"
    let result = try agora(["import", file, "--survey", "grok-3", "--db", db])
    #expect(result.status == 0)
    #expect(
      result.out.contains(
        "partial export: 7 more comments are not in this file; import the rest later"))
    let listed = try agora(["imports", "grok-3", "--db", db, "--json"])
    let batches = try JSONSerialization.jsonObject(with: Data(listed.out.utf8)) as? [[String: Any]]
    #expect(batches?.first?["partial"] as? Bool == true)
    let table = try agora(["imports", "grok-3", "--db", db])
    let row = table.out.split(separator: "\n").first { $0.contains("thread.json") }
    #expect(row?.contains("  yes  ") == true, "the batch's row says it is partial")
  }

  @Test func moderatedCommentsReachAnalysisOnlyWhenIncluded() throws {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("agora-e2e-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: directory) }
    let file = "Tests/AgoraImportTests/Fixtures/wordpress/export.xml"
    var analysed: [Int] = []
    for flags in [[], ["--include-moderated"]] {
      let db = directory.appendingPathComponent("agora\(flags.count).sqlite").path
      let result = try agora(["import", file, "--survey", "grok-3", "--db", db] + flags)
      #expect(result.status == 0)
      let verb = flags.isEmpty ? "not analysed" : "analysed"
      #expect(
        result.out.contains(
          "moderated (kept, \(verb)): deleted 1, pingback 1, spam 1, unapproved 1\n"))
      let store = try Store(path: db)
      analysed.append(try store.textItems(surveyID: "grok-3").count { $0.kind == "comment" })
      let comments = try store.comments(surveyID: "grok-3", includingModerated: true)
      #expect(comments.filter { $0.moderation != .published }.count == 4)
    }
    #expect(analysed == [1, 5])
  }

  @Test func commentsWithNoTextOfTheirOwnAreKeptButNotAnalysed() throws {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("agora-e2e-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let file = directory.appendingPathComponent("empty.csv").path
    try "id,message\n1,Grok 3 est bluffant\n2,\n3,\"   \"\n4,> Grok 3 est bluffant\n"
      .write(toFile: file, atomically: true, encoding: .utf8)
    let db = directory.appendingPathComponent("agora.sqlite").path
    let result = try agora(["import", file, "--survey", "grok-3", "--db", db])
    #expect(result.status == 0)
    #expect(result.out.contains("read 4, new 4,"))
    #expect(result.out.contains("  empty (kept, not analysed): 3\n"))
    #expect(result.out.contains("  routed: claims 1\n"))
    let store = try Store(path: db)
    #expect(try store.comments(surveyID: "grok-3").count == 4)
    #expect(try store.textItems(surveyID: "grok-3").map(\.id) == [1])
    #expect(try store.importBatches(surveyID: "grok-3").first?.counts.empty == 3)
  }

  @Test func dryRunRoutesEachIdOfTheFileOnce() throws {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("agora-e2e-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let synthetic = "Les données synthétiques vont provoquer un effondrement des modèles."
    let file = directory.appendingPathComponent("repeats.csv").path
    try "id,message\n1,\(synthetic)\n1,\(synthetic)\n2,Pourquoi racheter OpenAI ?\n"
      .write(toFile: file, atomically: true, encoding: .utf8)
    let db = directory.appendingPathComponent("agora.sqlite").path
    let result = try agora(["import", file, "--survey", "grok-3", "--db", db, "--dry-run"])
    #expect(result.status == 0)
    #expect(
      result.out == """
        \(file): CSV — read 3, would add 2, duplicates 1, skipped 0
          routed: openai-bid 1, synthetic-data 1
        question        comments  mean confidence
        ──────────────  ────────  ───────────────
        openai-bid      1         1.00
        synthetic-data  1         1.00

        """)
  }

  @Test func malformedFileFailsWithItsLineAndStoresNothing() throws {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("agora-e2e-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: directory) }
    let db = directory.appendingPathComponent("agora.sqlite").path
    let file = "Tests/AgoraImportTests/Fixtures/csv/unclosed.csv"
    let result = try agora(["import", file, "--survey", "grok-3", "--db", db])
    #expect(result.status == 1)
    #expect(result.out == "")
    #expect(
      result.err == "error: \(file):3: a quoted field is never closed — close the quote with \", "
        + "or double quotes inside it (\"\")\n")
    let listed = try agora(["imports", "grok-3", "--db", db])
    #expect(
      listed.out
        == "No imports for `grok-3` yet. Import with `agora import FILE --survey grok-3`.\n")
  }
}
