import AgoraImport
import AgoraModel
import Foundation
import Testing

@Suite struct CSVReaderTests {
  @Test func readsSepLineSemicolonsCRLFAndRebuildsTheThread() throws {
    let export = try Fixture.read("csv/semicolon.csv")
    #expect(export.format == .csv)
    #expect(export.counts.read == 6)
    #expect(export.counts.duplicate == 1)
    #expect(export.counts.repliesToUnknown == 1)
    let ids = export.comments.map { $0.externalID ?? "" }
    #expect(Array(ids.prefix(4)) == ["1", "3", "4", "2"])
    #expect(ids[4].hasPrefix("h:") && ids[4].count == 22)
    let first = export.comments[0]
    #expect(first.text == "Les données synthétiques, c'est \"fiable\" ?")
    #expect(first.author == "Marc")
    #expect(epoch(first.createdAt) == 1_739_372_400)
    #expect(first.line == 5)
    let reply = export.comments[1]
    #expect(reply.text == "Réponse à Marc :\nje suis d'accord ; totalement.")
    #expect(reply.parentExternalID == "1")
    #expect(reply.line == 3)
    let quoting = export.comments[2]
    #expect(quoting.author == nil)
    #expect(quoting.text == "Pas fiables du tout.")
    #expect(quoting.rawText.hasPrefix("[quote=\"Marc\"]"))
    #expect(epoch(quoting.createdAt) == 1_739_372_400)
    #expect(epoch(export.comments[3].createdAt) == 1_739_370_600)
    #expect(export.comments[3].parentExternalID == "99")
  }

  @Test func readsBOMAndDefaultEnglishColumns() throws {
    let export = try Fixture.read("csv/bom.csv")
    #expect(export.comments.map(\.externalID) == ["10", "11"])
    #expect(export.comments.map(\.author) == ["Ann", "Bob"])
    #expect(export.comments.map(\.text) == ["Hello, world 👋", "Ça marche"])
    #expect(epoch(export.comments[0].createdAt) == 1_739_354_400.5)
    #expect(export.comments[1].createdAt == nil)
  }

  @Test func readsLatin1TabSeparated() throws {
    let comment = try #require(try Fixture.read("csv/latin1.tsv").comments.first)
    #expect(comment.author == "Jérôme")
    #expect(comment.text == "Très intéressant, à suivre.")
  }

  @Test func readsUTF16WithCarriageReturns() throws {
    let export = try Fixture.read("csv/utf16.csv")
    #expect(export.comments.map(\.text) == ["Grok 3 déçoit"])
    #expect(export.comments.map(\.externalID) == ["2"])
  }

  @Test func unclosedQuoteNamesTheLineItOpensOn() throws {
    let error = try #require(try Fixture.readError("csv/unclosed.csv"))
    #expect(
      error.description
        == "csv/unclosed.csv:3: a quoted field is never closed — close the quote with \", "
        + "or double quotes inside it (\"\")")
  }

  @Test func badRowFailsTheFileUnlessSkipped() throws {
    let error = try #require(try Fixture.readError("csv/bad-row.csv"))
    #expect(
      error
        == .badRow(
          file: "csv/bad-row.csv", line: 3, reason: "expected 3 fields as in the header, found 4"))
    let export = try Fixture.read("csv/bad-row.csv", skipBadRows: true)
    #expect(export.comments.map(\.text) == ["good", "also good"])
    #expect(
      export.skipped == [SkippedRow(line: 3, reason: "expected 3 fields as in the header, found 4")]
    )
    #expect(export.counts.skipped == 1)
  }

  @Test func columnsCanBeMapped() throws {
    let error = try #require(try Fixture.readError("csv/custom.csv"))
    #expect(
      error
        == .missingTextField(
          file: "csv/custom.csv", available: ["msg_no", "who", "contenu_du_message"]))
    let mapping = try FieldMapping(arguments: [
      "text=contenu_du_message", "id=msg_no", "author=who",
    ])
    let comment = try #require(try Fixture.read("csv/custom.csv", mapping: mapping).comments.first)
    #expect(comment.externalID == "1")
    #expect(comment.author == "a")
    #expect(comment.text == "Bonjour")
    #expect(throws: ImportError.badMapping("colour=x")) {
      try FieldMapping(arguments: ["colour=x"])
    }
  }
}

/// The header rows survey tools write under the first one are not answers.
@Suite struct SurveyToolHeaderTests {
  private func read(_ text: String, map: [String] = []) throws -> ExportReader.Export {
    try ExportReader().read(
      Data(text.utf8), format: .csv,
      options: ReadOptions(file: "x.csv", mapping: try FieldMapping(arguments: map)))
  }

  /// A Qualtrics export: codes, then each question's text, then import ids.
  private let qualtrics = """
    StartDate,Status,ResponseId,Q1,Q2_TEXT
    Start Date,Response Type,Response ID,Avez-vous testé Grok ?,Que pensez-vous de Grok 3 ?
    "{""ImportId"":""startDate""}","{""ImportId"":""status""}","{""ImportId"":""_recordId""}","{""ImportId"":""QID1""}","{""ImportId"":""QID2_TEXT""}"
    2025-02-13 08:00:00,IP Address,R_1,Oui,Bluffant mais cher
    2025-02-13 09:00:00,IP Address,R_2,Non,Je demande à voir

    """

  @Test func qualtricsQuestionTextsAndImportIDsAreSkipped() throws {
    let byCode = try read(qualtrics, map: ["text=Q2_TEXT"])
    #expect(byCode.comments.map(\.text) == ["Bluffant mais cher", "Je demande à voir"])
    #expect(byCode.comments.map(\.externalID) == ["R_1", "R_2"])
    #expect(byCode.comments.map(\.line) == [4, 5])
    #expect(byCode.counts.read == 2)
    // A column can be named by the question's text too.
    let byQuestion = try read(qualtrics, map: ["text=Que pensez-vous de Grok 3 ?"])
    #expect(byQuestion.comments.map(\.text) == byCode.comments.map(\.text))
  }

  @Test func surveyMonkeySubHeadersAreSkippedAndNameTheTextColumn() throws {
    let export = try read(
      """
      Respondent ID,Collector ID,Start Date,Avez-vous testé Grok ?,Que pensez-vous de Grok 3 ?
      ,,,Response,Open-Ended Response
      114,431,11/26/2026 10:15:32 AM,Oui,"Rapide, mais pas fiable"

      """)
    #expect(export.comments.map(\.text) == ["Rapide, mais pas fiable"])
    #expect(export.comments.map(\.externalID) == ["114"])
    #expect(export.comments.map(\.line) == [3])
  }

  @Test func anAnswerThatReadsLikeASubHeaderIsStillAnAnswer() throws {
    let export = try read(
      """
      id,message
      ,Response
      2,Open-Ended Response

      """)
    #expect(export.comments.map(\.text) == ["Response", "Open-Ended Response"])
  }
}
