import AgoraImport
import AgoraModel
import Foundation
import GRDB
import Testing

@testable import AgoraStore

/// A file read in chunks and stored batch by batch ends up as the same comments and counts as
/// the file read whole, repeats within the file included.
@Suite struct StreamedImportTests {
  private func makeStore() throws -> Store {
    let store = try Store()
    _ = try store.saveSurvey(
      try SurveyFile.load(
        from: Fixture.root.appendingPathComponent(
          "surveys/grok-3.yaml")), at: Date(timeIntervalSince1970: 0))
    return store
  }

  private func batch(_ counts: ImportCounts = ImportCounts(), sha256: String = "") -> NewImportBatch
  {
    NewImportBatch(
      surveyID: "grok-3", fileName: "f.csv", sha256: sha256, format: "csv", platform: "csv",
      importedAt: Date(timeIntervalSince1970: 1_739_368_931), counts: counts, partial: false)
  }

  private func routed(_ comments: [ImportedComment]) -> [RoutedComment] {
    comments.map { RoutedComment(comment: $0, questionID: "opinion", confidence: 0.5) }
  }

  /// Ids 1–3 come twice, with a spam copy of 2 and a deleted first copy of 3.
  private let csv = """
    id,author,status,message
    1,ann,,Premier avis
    2,bob,,Deuxième <b>avis</b>
    3,cat,deleted,[deleted]
    2,bob,spam,Copie en spam
    1,ann,,Premier avis
    3,cat,,Troisième
    4,dan,spam,Achetez
    5,eve,,Dernier

    """

  /// For each row read by the last `streamed`, whether it was the first copy of its id.
  private var firstCopies: [Bool] = []

  private mutating func streamed(_ store: Store, path: String) throws -> ImportCounts? {
    firstCopies = []
    let reader = StreamingExportReader(batchSize: 2)
    var outcome: StreamingExportReader.Outcome?
    return try store.importStream(batch(), authors: .kept) { sink in
      outcome = try reader.read(path, as: .csv, options: ReadOptions(file: path)) {
        firstCopies += try sink.insert(routed($0))
      }
      guard let outcome else { return nil }
      return batch(outcome.counts, sha256: outcome.sha256)
    }
  }

  @Test mutating func repeatsWithinTheFileCountAsWhenReadWhole() throws {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("agora-streamed-\(UUID().uuidString).csv")
    try Data(csv.utf8).write(to: url)
    defer { try? FileManager.default.removeItem(at: url) }
    let whole = try ExportReader().read(
      Data(csv.utf8), format: .csv, options: ReadOptions(file: url.path))
    let wholeStore = try makeStore()
    let expected = try wholeStore.importBatch(
      batch(whole.counts), comments: routed(whole.comments), authors: .kept)
    #expect(expected.new == 5)
    #expect(expected.duplicate == 3)
    #expect(expected.moderated == ["deleted": 1, "spam": 1])

    let store = try makeStore()
    let counts = try #require(try streamed(store, path: url.path))
    #expect(counts.read == expected.read)
    #expect(counts.new == expected.new)
    #expect(counts.duplicate == expected.duplicate)
    #expect(counts.moderated == expected.moderated)
    #expect(counts.routed == expected.routed)
    let comments = try store.comments(surveyID: "grok-3", includingModerated: true)
    let wholeComments = try wholeStore.comments(surveyID: "grok-3", includingModerated: true)
    #expect(comments.map(\.externalID) == ["1", "2", "3", "4", "5"])
    #expect(Set(comments.map(\.rawText)) == Set(wholeComments.map(\.rawText)))
    #expect(comments.map(\.moderation) == [.published, .published, .deleted, .spam, .published])
    #expect(firstCopies == [true, true, true, false, false, false, true, true])

    let again = try #require(try streamed(store, path: url.path))
    #expect(again.new == 0)
    #expect(again.duplicate == 8)
    #expect(again.moderated == expected.moderated)
    #expect(firstCopies == [true, true, true, false, false, false, true, true])
  }

  @Test func routesStayWithTheirCommentsAcrossStatementsAndSkippedRows() throws {
    let store = try makeStore()
    func comment(_ number: Int) -> RoutedComment {
      RoutedComment(
        comment: ImportedComment(
          externalID: "\(number)", rawText: "t\(number)", text: "t\(number)"),
        questionID: "q\(number)", confidence: Double(number) / 1000)
    }
    // Stored first: 50…99, so that the second import meets them among new ones.
    _ = try store.importBatch(batch(), comments: (50..<100).map(comment), authors: .kept)
    // 0…299 with 150…159 repeated in the middle: whole statements of new rows, and statements
    // where some rows are skipped.
    let numbers = Array(0..<160) + Array(150..<160) + Array(160..<300)
    let counts = try #require(
      try store.importStream(batch(), authors: .kept) { sink in
        for start in stride(from: 0, to: numbers.count, by: 70) {
          try sink.insert(numbers[start..<min(start + 70, numbers.count)].map(comment))
        }
        return batch()
      })
    #expect(counts.new == 250)
    #expect(counts.duplicate == 60)
    let stored = try store.comments(surveyID: "grok-3")
    #expect(stored.count == 300)
    for comment in stored {
      #expect(comment.text == "t\(comment.externalID)")
      #expect(
        comment.routes == ["q\(comment.externalID)": (Double(comment.externalID) ?? 0) / 1000])
    }
  }

  @Test func theRawTextIsStoredOnlyWhenItDiffersAndReadBackWhole() throws {
    let store = try makeStore()
    let comments = [
      ImportedComment(externalID: "plain", rawText: "Déjà du texte", text: "Déjà du texte"),
      ImportedComment(externalID: "html", rawText: "<p>Du <i>HTML</i></p>", text: "Du HTML"),
      ImportedComment(externalID: "empty", rawText: "", text: ""),
    ]
    _ = try store.importBatch(batch(), comments: routed(comments), authors: .kept)
    let stored = try store.comments(surveyID: "grok-3")
    #expect(stored.map(\.rawText) == ["Déjà du texte", "<p>Du <i>HTML</i></p>", ""])
    #expect(stored.map(\.text) == ["Déjà du texte", "Du HTML", ""])
    let raw = try store.read("raw") { db in
      try Row.fetchAll(db, sql: "SELECT raw_text, text FROM comment ORDER BY id").map {
        [$0[0] as String?, $0[1] as String?]
      }
    }
    #expect(raw == [[nil, "Déjà du texte"], ["<p>Du <i>HTML</i></p>", "Du HTML"], [nil, ""]])
  }
}
