import AgoraImport
import AgoraModel
import Foundation
import GRDB
import Testing

@testable import AgoraStore

@Suite struct StoreImportTests {
  private func makeStore() throws -> Store {
    let store = try Store()
    let url = Fixture.root.appendingPathComponent("surveys/grok-3.yaml")
    _ = try store.saveSurvey(try SurveyFile.load(from: url), at: Date(timeIntervalSince1970: 0))
    return store
  }

  private func batch(_ export: ExportReader.Export) -> NewImportBatch {
    batch(format: export.format, counts: export.counts)
  }

  private func batch(format: ImportFormat, counts: ImportCounts = ImportCounts()) -> NewImportBatch
  {
    NewImportBatch(
      surveyID: "grok-3", fileName: "f", sha256: "0", format: format.rawValue,
      platform: format.platform, importedAt: Date(timeIntervalSince1970: 1_739_368_931),
      counts: counts, partial: false)
  }

  private func routed(_ comments: [ImportedComment]) -> [RoutedComment] {
    comments.map { RoutedComment(comment: $0, questionID: "opinion", confidence: 0.5) }
  }

  @Test func importingTheSameFileTwiceAddsNothing() throws {
    let store = try makeStore()
    let export = try Fixture.read("disqus/thread.xml")
    let first = try store.importBatch(
      batch(export), comments: routed(export.comments), authors: .pseudonymised)
    #expect(first.new == 4)
    #expect(first.duplicate == 1)
    #expect(first.routed == ["opinion": 4])
    let second = try store.importBatch(
      batch(export), comments: routed(export.comments), authors: .pseudonymised)
    #expect(second.new == 0)
    #expect(second.duplicate == 5)
    #expect(second.routed == [:])
    #expect(try store.comments(surveyID: "grok-3", includingModerated: true).count == 4)
    #expect(try store.comments(surveyID: "grok-3").map(\.externalID) == ["103", "102"])
    let batches = try store.importBatches(surveyID: "grok-3")
    #expect(batches.map(\.counts.new) == [4, 0])
    #expect(batches.map(\.format) == ["disqus", "disqus"])
  }

  @Test func aSecondPageMergesAndFindsItsParents() throws {
    let store = try makeStore()
    let page1 = [
      ImportedComment(externalID: "1", rawText: "a", text: "a"),
      ImportedComment(externalID: "2", rawText: "b", text: "b"),
    ]
    let page2 = [
      ImportedComment(externalID: "2", rawText: "b", text: "b"),
      ImportedComment(externalID: "3", parentExternalID: "1", rawText: "c", text: "c"),
      ImportedComment(externalID: "4", parentExternalID: "404", rawText: "d", text: "d"),
    ]
    _ = try store.importBatch(batch(format: .json), comments: routed(page1), authors: .kept)
    let second = try store.importBatch(
      batch(format: .json), comments: routed(page2), authors: .kept)
    #expect(second.new == 2)
    #expect(second.duplicate == 1)
    #expect(second.repliesToUnknown == 1)
  }

  @Test func aFailureMidFileLeavesNothing() throws {
    let store = try makeStore()
    try store.writer.write { db in
      try db.execute(
        sql: """
          CREATE TEMP TRIGGER boom BEFORE INSERT ON comment WHEN NEW.external_id = 'boom'
          BEGIN SELECT RAISE(ABORT, 'boom'); END
          """)
    }
    let comments = [
      ImportedComment(externalID: "ok", rawText: "a", text: "a"),
      ImportedComment(externalID: "boom", rawText: "b", text: "b"),
    ]
    #expect(throws: StoreError.self) {
      try store.importBatch(batch(format: .csv), comments: routed(comments), authors: .kept)
    }
    #expect(try store.importBatches(surveyID: "grok-3").isEmpty)
    #expect(try store.comments(surveyID: "grok-3", includingModerated: true).isEmpty)
  }

  @Test func anUnknownSurveyStoresNothingAndForeignKeysStayEnforced() throws {
    let store = try makeStore()
    let comments = [ImportedComment(externalID: "1", rawText: "a", text: "a")]
    var unknown = batch(format: .csv)
    unknown.surveyID = "nope"
    #expect {
      try store.importBatch(unknown, comments: routed(comments), authors: .kept)
    } throws: { error in
      guard case .unknownSurvey("nope") = error as? StoreError else { return false }
      return true
    }
    _ = try store.importBatch(batch(format: .csv), comments: routed(comments), authors: .kept)
    // Foreign keys are checked on the connection that writes.
    #expect {
      try store.writer.write { db in
        try db.execute(
          sql: """
            INSERT INTO comment (survey_id, batch_id, platform, moderation, analysable,
              external_id, text) VALUES ('grok-3', 99, 'csv', 'published', 1, 'z', 'z')
            """)
      }
    } throws: { error in
      (error as? DatabaseError)?.extendedResultCode == .SQLITE_CONSTRAINT_FOREIGNKEY
    }
    #expect(try store.importBatches(surveyID: "nope").isEmpty)
  }

  @Test func dryRunCountsButWritesNothing() throws {
    let store = try makeStore()
    let export = try Fixture.read("wordpress/export.xml")
    let counts = try store.importBatch(
      batch(export), comments: routed(export.comments), authors: .pseudonymised, dryRun: true)
    #expect(counts.new == 5)
    #expect(try store.importBatches(surveyID: "grok-3").isEmpty)
  }

  @Test func authorsArePseudonymisedWithTheDatabaseSalt() throws {
    let store = try makeStore()
    let salt = try store.authorSalt()
    #expect(salt.count == 64)
    #expect(try store.authorSalt() == salt)
    #expect(try Store().authorSalt() != salt)
    let export = try Fixture.read("wordpress/export.xml")
    _ = try store.importBatch(
      batch(export), comments: routed(export.comments), authors: .pseudonymised)
    let stored = try #require(try store.comments(surveyID: "grok-3").first)
    // A pseudonym is the first 16 hex digits (64 bits) of the keyed hash.
    #expect(stored.author == String(ContentHash.keyed("Gérard", salt: salt).prefix(16)))
    let kept = try makeStore()
    _ = try kept.importBatch(batch(export), comments: routed(export.comments), authors: .kept)
    #expect(try kept.comments(surveyID: "grok-3").first?.author == "Gérard")
  }
}

@Suite struct StoredDateTests {
  @Test(arguments: [
    0, 951_782_400, 1_739_368_931, 1_739_368_931.25, 4_102_444_799.999, 1_709_210_096,
  ])
  func directTextMatchesFoundation(seconds: Double) throws {
    let date = Date(timeIntervalSince1970: seconds)
    let fast = try #require(StoredDate.wholeMillisecondString(date))
    let foundation = date.formatted(
      .iso8601.year().month().day().time(includingFractionalSeconds: true)
        .timeZone(separator: .omitted).timeSeparator(.colon).dateSeparator(.dash)
        .dateTimeSeparator(.standard))
    #expect(fast == foundation)
  }
}
