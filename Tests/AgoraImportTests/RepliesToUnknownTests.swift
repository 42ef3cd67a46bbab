import AgoraImport
import AgoraModel
import Foundation
import Testing

@testable import AgoraImport
@testable import AgoraStore

/// Replies to comments that were never imported are counted the same whether storing reads the
/// batch's replies back or only looks up the parents that reading found outside the file.
@Suite struct RepliesToUnknownTests {
  private func reply(_ id: String?, to parent: String?) -> ImportedComment {
    ImportedComment(externalID: id, parentExternalID: parent, rawText: "t", text: "t")
  }

  @Test func parentsOutsideTheFileAreThoseNoCommentOfItIs() {
    var parents = ParentsOutsideFile()
    parents.add([reply("1", to: nil), reply("2", to: "1"), reply("3", to: "5")])
    #expect(parents.parents == ["5"])
    // A parent that comes after its reply is in the file after all.
    parents.add([reply("5", to: "9"), reply("6", to: "6"), reply(nil, to: "")])
    #expect(parents.parents == ["9"])
    parents.add([reply("7", to: "")])
    #expect(parents.parents == ["9"])
    // Ids are told apart byte for byte, as the database tells them apart.
    parents.add([reply("8", to: "e\u{301}"), reply("\u{E9}", to: nil)])
    #expect(parents.parents == ["9", "e\u{301}"])
  }

  @Test func digestsAreFoundAsASetFindsThem() {
    var random = SplitMix(state: 3)
    var digests = DigestSet(capacity: 1)
    var expected: Set<UInt64> = []
    // Few distinct high bits, so that probes run into each other, and 0 among them (kept as 1,
    // the one digest that stands for two).
    for _ in 0..<5000 {
      let digest =
        UInt64.random(in: 0..<64, using: &random) << 58 | UInt64.random(in: 0..<3, using: &random)
      #expect(digests.insert(digest) == expected.insert(max(digest, 1)).inserted)
    }
    #expect(digests.count == expected.count)
    for _ in 0..<5000 {
      let digest =
        UInt64.random(in: 0..<64, using: &random) << 58 | UInt64.random(in: 0..<4, using: &random)
      #expect(digests.contains(digest) == expected.contains(max(digest, 1)))
    }
  }

  @Test func pastTheLimitNothingIsKnown() {
    var parents = ParentsOutsideFile(limit: 4)
    parents.add([reply("1", to: nil), reply("2", to: "1"), reply("3", to: "x")])
    #expect(parents.parents == ["x"])
    parents.add([reply("4", to: "y")])
    #expect(parents.parents == nil)
    // Once it has forgotten, it does not start again.
    parents.add([reply("5", to: nil)])
    #expect(parents.parents == nil)
  }

  private func makeStore() throws -> Store {
    let store = try Store()
    let url = Fixture.root.appendingPathComponent("surveys/grok-3.yaml")
    _ = try store.saveSurvey(try SurveyFile.load(from: url), at: Date(timeIntervalSince1970: 0))
    return store
  }

  private func batch(parents: Set<String>? = nil) -> NewImportBatch {
    NewImportBatch(
      surveyID: "grok-3", fileName: "f", sha256: "0", format: "json", platform: "json",
      importedAt: Date(timeIntervalSince1970: 0), counts: ImportCounts(), partial: false,
      parentsOutsideFile: parents)
  }

  private func routed(_ comments: some Sequence<ImportedComment>) -> [RoutedComment] {
    comments.map { RoutedComment(comment: $0, questionID: "opinion", confidence: 0.5) }
  }

  /// Distinct parents of the last batch's new comments that no stored comment is: what the
  /// count must be, read straight from the database.
  private func expected(_ store: Store) throws -> Int {
    try store.read("count") { db in
      try Int.fetchOne(
        db,
        sql: """
          SELECT COUNT(DISTINCT parent_external_id) FROM comment c
          WHERE batch_id = (SELECT MAX(id) FROM import_batch)
            AND parent_external_id IS NOT NULL
            AND parent_external_id NOT IN (SELECT external_id FROM comment)
          """) ?? -1
    }
  }

  /// A random page of comments: ids and parents drawn from a small range, so that parents are
  /// in an earlier page, earlier or later in this one, or nowhere, and some ids repeat.
  private func page(_ size: Int, _ random: inout SplitMix) -> [ImportedComment] {
    (0..<size).map { _ in
      let parent =
        Int.random(in: 0..<3, using: &random) == 0 ? nil : Int.random(in: 0..<90, using: &random)
      return reply("\(Int.random(in: 0..<60, using: &random))", to: parent.map { "\($0)" })
    }
  }

  @Test func everyWayOfStoringCountsAsTheDatabaseSays() throws {
    var random = SplitMix(state: 42)
    for _ in 0..<25 {
      let first = page(30, &random)
      let second = page(30, &random)
      var counts: [Int] = []
      // Read whole with and without the parents outside the file, streamed with them, and
      // streamed without them (a file with too many ids to remember).
      for way in 0..<4 {
        let store = try makeStore()
        _ = try store.importBatch(batch(), comments: routed(first), authors: .kept)
        let result: ImportCounts?
        if way == 0 || way == 3 {
          var parents = ParentsOutsideFile()
          parents.add(second)
          result = try store.importBatch(
            batch(parents: way == 0 ? parents.parents : nil), comments: routed(second),
            authors: .kept)
        } else {
          var parents = ParentsOutsideFile(limit: way == 1 ? 1000 : 10)
          result = try store.importStream(batch(), authors: .kept) { sink in
            for start in stride(from: 0, to: second.count, by: 7) {
              let chunk = second[start..<min(start + 7, second.count)]
              parents.add(Array(chunk))
              try sink.insert(routed(chunk))
            }
            #expect((parents.parents == nil) == (way == 2))
            return batch(parents: parents.parents)
          }
        }
        let count = try #require(result).repliesToUnknown
        #expect(count == (try expected(store)))
        counts.append(count)
      }
      #expect(Set(counts).count == 1)
    }
  }
}
