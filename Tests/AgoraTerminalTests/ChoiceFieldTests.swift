import AgoraModel
import Testing

@testable import AgoraTerminal

struct ChoiceFieldTests {
  struct SingleCase: Sendable, CustomTestStringConvertible {
    var keys: [Key]
    var cursor: Int
    var outcome: FieldOutcome
    var notice: Notice?
    var testDescription: String { "\(keys)" }
  }

  @Test(arguments: [
    SingleCase(keys: [.down], cursor: 1, outcome: .editing),
    SingleCase(
      keys: [.character("j"), .character("j"), .character("j")], cursor: 0, outcome: .editing),
    SingleCase(keys: [.up], cursor: 2, outcome: .editing),
    SingleCase(keys: [.character("k"), .character("k")], cursor: 1, outcome: .editing),
    SingleCase(keys: [.character("2")], cursor: 1, outcome: .editing),
    SingleCase(keys: [.character("9")], cursor: 0, outcome: .editing),
    SingleCase(
      keys: [.character("2"), .enter], cursor: 1,
      outcome: .submit(Answer(questionID: "color", value: .choice("blue")))),
    SingleCase(keys: [.down, .escape], cursor: 1, outcome: .back),
    SingleCase(keys: [.backTab], cursor: 0, outcome: .back),
    // "Other" opens an editor; Enter with no text is refused with check's reason.
    SingleCase(keys: [.character("3"), .enter], cursor: 2, outcome: .editing),
    SingleCase(
      keys: [.character("3"), .enter, .enter], cursor: 2, outcome: .editing,
      notice: .problem("'other' asks you to say more")),
    SingleCase(
      keys: [.character("3"), .enter] + Key.typing("Vert é") + [.backspace, .backspace, .enter],
      cursor: 2,
      outcome: .submit(Answer(questionID: "color", value: .choice("other"), otherText: "Vert"))),
  ])
  func singleChoice(_ example: SingleCase) {
    var field = SingleChoiceField(question: Fixture.color, answer: nil)
    var outcome = FieldOutcome.editing
    for key in example.keys { outcome = field.handle(key) }
    #expect(field.cursor == example.cursor)
    #expect(outcome == example.outcome)
    #expect(field.notice == example.notice)
  }

  @Test func singleChoiceEscapeInOtherTextReturnsToOptions() {
    var field = SingleChoiceField(question: Fixture.color, answer: nil)
    for key in [Key.character("3"), .enter] + Key.typing("Or") { _ = field.handle(key) }
    #expect(field.handle(.escape) == .editing)
    #expect(field.otherText == nil)
    #expect(field.savedOtherText == "Or")
    #expect(field.handle(.escape) == .back)
  }

  @Test func singleChoiceStartsOnTheEarlierAnswer() {
    let field = SingleChoiceField(
      question: Fixture.color, answer: Answer(questionID: "color", value: .choice("blue")))
    #expect(field.cursor == 1)
  }

  struct MultiCase: Sendable, CustomTestStringConvertible {
    var keys: [Key]
    var picked: [String]
    var outcome: FieldOutcome
    var notice: Notice?
    var testDescription: String { "\(keys)" }
  }

  @Test(arguments: [
    MultiCase(keys: [.character(" ")], picked: ["apple"], outcome: .editing),
    MultiCase(keys: [.character(" "), .character(" ")], picked: [], outcome: .editing),
    MultiCase(
      keys: [.character("3"), .character("1")], picked: ["apple", "plum"], outcome: .editing),
    MultiCase(
      keys: [.character("1"), .character("2"), .character("3")], picked: ["apple", "pear"],
      outcome: .editing, notice: .pickAtMost(2)),
    MultiCase(keys: [.enter], picked: [], outcome: .editing, notice: .pickWithSpace),
    MultiCase(
      keys: [.down, .character(" "), .enter], picked: ["pear"],
      outcome: .submit(Answer(questionID: "fruits", value: .choices(["pear"])))),
    MultiCase(
      keys: [.character("3"), .character("1"), .enter], picked: ["apple", "plum"],
      outcome: .submit(Answer(questionID: "fruits", value: .choices(["apple", "plum"])))),
    MultiCase(keys: [.character("1"), .backTab], picked: ["apple"], outcome: .back),
    MultiCase(
      keys: [.character("4"), .enter], picked: ["other"], outcome: .editing, notice: .sayMore),
    MultiCase(keys: [.character("4"), .escape], picked: [], outcome: .editing),
    MultiCase(
      keys: [.character("4")] + Key.typing("Kiwi") + [.enter, .enter], picked: ["other"],
      outcome: .submit(Answer(questionID: "fruits", value: .choices(["other"]), otherText: "Kiwi"))),
  ])
  func multiChoice(_ example: MultiCase) {
    var field = MultiChoiceField(question: Fixture.fruits, answer: nil)
    var outcome = FieldOutcome.editing
    for key in example.keys { outcome = field.handle(key) }
    #expect(field.pickedIDs == example.picked)
    #expect(outcome == example.outcome)
    #expect(field.notice == example.notice)
  }

  @Test func optionalMultiChoiceSkipsWhenNothingIsPicked() {
    var question = Fixture.fruits
    question.required = false
    var field = MultiChoiceField(question: question, answer: nil)
    #expect(field.handle(.enter) == .submit(nil))
  }

  @Test(arguments: [
    (
      [Key.character("o")], FieldOutcome.submit(Answer(questionID: "pet", value: .choice("yes"))),
      nil
    ),
    ([.character("n")], .submit(Answer(questionID: "pet", value: .choice("no"))), nil),
    ([.right, .enter], .submit(Answer(questionID: "pet", value: .choice("no"))), nil),
    ([.right, .left, .enter], .submit(Answer(questionID: "pet", value: .choice("yes"))), nil),
    ([.enter], .editing, Notice.required),
    ([.escape], .back, nil),
  ])
  func yesNo(keys: [Key], outcome: FieldOutcome, notice: Notice?) {
    var field = YesNoField(question: Fixture.pet, answer: nil)
    var last = FieldOutcome.editing
    for key in keys { last = field.handle(key) }
    #expect(last == outcome)
    #expect(field.notice == notice)
  }
}
