import AgoraImport
import AgoraModel
import Foundation
import Testing

/// Exports that say they hold only part of a thread are counted as partial.
@Suite struct PartialExportTests {
  func read(_ json: String, as format: ImportFormat) throws -> ExportReader.Export {
    try ExportReader().read(
      Data(json.utf8), format: format, options: ReadOptions(file: "page.json"))
  }

  @Test func aDiscoursePageMissesThePostsOfLaterPages() throws {
    let export = try read(
      """
      {"id": 7, "post_stream": {"stream": [1, 2, 3, 4, 5],
        "posts": [{"id": 1, "post_number": 1, "topic_id": 7, "cooked": "<p>Un</p>"},
                  {"id": 2, "post_number": 2, "topic_id": 7, "cooked": "<p>Deux</p>"}]}}
      """, as: .discourse)
    #expect(export.comments.count == 2)
    #expect(export.counts.notInFile == 3)
  }

  @Test func aYouTubeThreadMissesTheRepliesItDoesNotCarry() throws {
    let export = try read(
      """
      {"items": [{"id": "T1", "snippet": {"totalReplyCount": 5, "topLevelComment":
        {"id": "T1", "snippet": {"textOriginal": "Top"}}},
        "replies": {"comments": [{"id": "T1.a", "snippet": {"textOriginal": "Reply",
          "parentId": "T1"}}]}}]}
      """, as: .youtube)
    #expect(export.comments.count == 2)
    #expect(export.counts.notInFile == 4)
  }

  @Test func theImportLinesSayTheExportIsPartial() {
    var counts = ImportCounts()
    counts.read = 4
    counts.notInFile = 7
    var text = ""
    ImportSummary(file: "t.json", format: .reddit, counts: counts, skipped: [], dryRun: false)
      .write(to: &text)
    #expect(text.contains("partial export: 7 more comments are not in this file"))
    var complete = ""
    counts.notInFile = 0
    ImportSummary(file: "t.json", format: .reddit, counts: counts, skipped: [], dryRun: false)
      .write(to: &complete)
    #expect(!complete.contains("partial"))
  }

  @Test func countsRecordedBeforeTheFieldExistedStillDecode() throws {
    let old =
      #"{"read":1,"new":1,"duplicate":0,"skipped":0,"moderated":{},"routed":{},"#
      + #""non_comments":0,"replies_to_unknown":0}"#
    let counts = try JSONDecoder().decode(ImportCounts.self, from: Data(old.utf8))
    #expect(counts.read == 1)
    #expect(counts.notInFile == 0)
  }
}
