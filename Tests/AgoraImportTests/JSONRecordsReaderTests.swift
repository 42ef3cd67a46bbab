import AgoraImport
import AgoraModel
import Testing

@Suite struct JSONRecordsReaderTests {
  @Test(arguments: [("json/array.json", ImportFormat.json), ("json/lines.jsonl", .jsonl)])
  func readsArraysAndLines(name: String, format: ImportFormat) throws {
    let export = try Fixture.read(name)
    #expect(export.format == format)
    #expect(export.comments.map(\.externalID) == ["7", "8", "9"])
    #expect(
      export.comments.map(\.text) == ["Premier avis\n\nSecond paragraphe", "Je réponds", "Buy now"])
    #expect(export.comments.map(\.author) == ["Zoé", "Yann", nil])
    #expect(export.comments.map { epoch($0.createdAt) } == [1_739_368_931, 1_739_368_931.5, nil])
    #expect(export.comments[1].parentExternalID == "7")
    #expect(export.comments.map(\.moderation) == [.published, .published, .spam])
    #expect(export.counts.moderated == ["spam": 1])
    #expect(export.comments.map(\.line) == [1, 2, 3])
  }

  @Test func malformedJSONNamesLineAndColumnWithAHint() throws {
    let error = try #require(try Fixture.readError("json/malformed.json"))
    guard case .malformed(let file, let line, let column, let expected, let hint) = error else {
      Issue.record("unexpected \(error)")
      return
    }
    #expect(file == "json/malformed.json")
    #expect(line == 4)
    #expect(column == 3)
    #expect(expected == "invalid JSON")
    #expect(hint.contains("--format csv"))
  }

  @Test func badJSONLineFailsUnlessSkipped() throws {
    let error = try #require(try Fixture.readError("json/bad-line.jsonl", format: .jsonl))
    guard case .malformed(_, let line, _, _, _) = error else {
      Issue.record("unexpected \(error)")
      return
    }
    #expect(line == 2)
    let export = try Fixture.read("json/bad-line.jsonl", format: .jsonl, skipBadRows: true)
    #expect(export.comments.map(\.text) == ["ok", "fine"])
    #expect(export.skipped == [SkippedRow(line: 2, reason: "invalid JSON")])
  }

  @Test func forcedFormatThatDoesNotFitSaysSo() throws {
    let error = try #require(try Fixture.readError("json/array.json", format: .discourse))
    #expect(
      error
        == .unexpectedShape(
          file: "json/array.json", format: .discourse, expected: "a topic with post_stream.posts"))
  }
}
