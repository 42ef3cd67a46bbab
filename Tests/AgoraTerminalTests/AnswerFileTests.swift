import AgoraModel
import Foundation
import Testing

@testable import AgoraTerminal

struct AnswerFileTests {
  @Test func readsAValidFile() throws {
    let json = """
      {"respondent": "alice", "language": "en", "answers": {
        "color": "other", "color.other": "Jade", "fruits": ["pear", "apple"], "pet": true,
        "pet-score": 4, "age": 31.5, "story": "Long ago"}}
      """
    let file = try AnswerFile.read(Data(json.utf8), file: "a.json", survey: Fixture.survey)
    #expect(file.respondent == "alice")
    #expect(file.language == "en")
    #expect(
      file.answers == [
        Answer(questionID: "color", value: .choice("other"), otherText: "Jade"),
        Answer(questionID: "fruits", value: .choices(["pear", "apple"])),
        Answer(questionID: "pet", value: .choice("yes")),
        Answer(questionID: "pet-score", value: .number(4)),
        Answer(questionID: "age", value: .number(31.5)),
        Answer(questionID: "story", value: .text("Long ago")),
      ])
  }

  @Test func reportsEveryProblemWithItsQuestion() {
    let json = """
      {"language": "de", "answers": {"color": "other", "fruits": ["apple", "pear", "plum"],
        "pet": "no", "pet-score": 4, "age": "old", "shoe": 42}}
      """
    #expect {
      try AnswerFile.read(Data(json.utf8), file: "b.json", survey: Fixture.survey)
    } throws: { error in
      guard case TerminalError.invalidAnswers(let file, let problems) = error else { return false }
      return file == "b.json"
        && problems == [
          "language: 'de' is not one of fr, en",
          "age: give a number",
          "shoe: no such question in survey demo",
          "color: 'other' asks you to say more",
          "fruits: pick at most 2 option(s)",
          "pet-score: not asked given the other answers; remove it",
        ]
    }
  }

  @Test func rejectsJSONThatIsNotAnObjectOfAnswers() {
    #expect(throws: TerminalError.self) {
      try AnswerFile.read(Data("[1]".utf8), file: "c.json", survey: Fixture.survey)
    }
  }
}
