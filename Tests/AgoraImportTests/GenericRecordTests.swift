import AgoraModel
import Foundation
import Testing

@testable import AgoraImport

@Suite struct GenericRecordTests {
  @Test(arguments: [
    ("[deleted]", true), ("Deleted User", true), ("[SUPPRIMÉ]", true),
    ("Utilisateur supprimé", true),
    ("ANONYMOUS DELETED", true), ("deleted", true), ("lecteur12", false), ("deletedx", false),
    ("ann", false), ("Ünïcode name", false), ("", false),
  ])
  func deletedAccounts(name: String, deleted: Bool) {
    #expect(ModerationWords.isDeletedAccount(name) == deleted)
  }

  @Test(arguments: [
    ("[deleted]", Moderation.deleted), ("[removed]", .deleted), ("[Deleted]", .published),
    ("[deleted] ", .published), ("deleted", .published),
  ])
  func placeholderTexts(text: String, moderation: Moderation) {
    let record = GenericRecord(
      id: "1", parent: nil, author: nil, date: nil, status: nil, text: text)
    #expect(record.comment(line: 2).moderation == moderation)
  }

  @Test(arguments: [("", nil), ("0", nil), ("null", nil), ("00", "00"), ("c1", "c1")])
  func topLevelParents(parent: String, expected: String?) {
    let record = GenericRecord(
      id: "2", parent: parent, author: nil, date: nil, status: nil, text: "x")
    #expect(record.comment(line: 2).parentExternalID == expected)
  }

  @Test(arguments: [
    ("a &amp; b", "a & b"), ("<p>One</p><p>Two</p>", "One\n\nTwo"), ("a & b", "a & b"),
    ("plain  text ", "plain text"), ("déjà plain", "déjà plain"),
  ])
  func cleanedTexts(text: String, expected: String) {
    let record = GenericRecord(
      id: "1", parent: nil, author: nil, date: nil, status: nil, text: text)
    #expect(record.comment(line: 2).text == expected)
    #expect(record.comment(line: 2).rawText == text)
  }
}
