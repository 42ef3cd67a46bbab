import AgoraModel
import Testing

@testable import AgoraTerminal

struct TypedFieldTests {
  @Test(arguments: [
    ([Key.right], 1 as Int?, FieldOutcome.editing, nil as Notice?),
    ([.right, .right, .right], 3, .editing, nil),
    ([.left], 1, .editing, nil),
    ([.end, .right], 5, .editing, nil),
    ([.character("4")], 4, .editing, nil),
    (
      [.character("4"), .left, .enter], 3,
      .submit(Answer(questionID: "pet-score", value: .number(3))), nil
    ),
    ([.character("9")], nil, .editing, .problem("give a whole number from 1 to 5")),
    ([.enter], nil, .submit(nil), nil),
    ([.character("2"), .backTab], 2, .back, nil),
  ])
  func scale(keys: [Key], value: Int?, outcome: FieldOutcome, notice: Notice?) {
    var field = ScaleField(question: Fixture.petScore, answer: nil)
    var last = FieldOutcome.editing
    for key in keys { last = field.handle(key) }
    #expect(field.value == value)
    #expect(last == outcome)
    #expect(field.notice == notice)
  }

  @Test(arguments: [
    ("42", FieldOutcome.submit(Answer(questionID: "age", value: .number(42))), nil as Notice?),
    ("4,5", .submit(Answer(questionID: "age", value: .number(4.5))), nil),
    ("130", .editing, .problem("give a number of at most 120")),
    ("-1", .editing, .problem("give a number of at least 0")),
    ("4-", .editing, .notANumber),
    ("", .submit(nil), nil),
  ])
  func number(typed: String, outcome: FieldOutcome, notice: Notice?) {
    var field = NumberField(question: Fixture.age, answer: nil)
    for key in Key.typing(typed) { _ = field.handle(key) }
    #expect(field.handle(.enter) == outcome)
    #expect(field.notice == notice)
  }

  @Test func numberRefusesLetters() {
    var field = NumberField(question: Fixture.age, answer: nil)
    #expect(field.handle(.character("x")) == .editing)
    #expect(field.buffer.text == "")
    #expect(field.notice == .notANumber)
  }

  @Test(arguments: [
    (Key.typing("Ça va"), "Ça va", 5),
    (Key.typing("ab") + [.newline] + Key.typing("cd"), "ab\ncd", 5),
    (Key.typing("abc") + [.left, .left, .backspace], "bc", 2),
    (Key.typing("abc") + [.home, .delete], "bc", 2),
    (Key.typing("ab") + [.newline, .backspace], "ab", 2),
    (Key.typing("ab") + [.newline] + Key.typing("c") + [.up, .end, .character("!")], "ab!\nc", 5),
    (Key.typing("éèê") + [.left, .backspace], "éê", 2),
    (Key.typing("12345678901234567890XYZ"), "12345678901234567890", 20),
  ])
  func textEditing(keys: [Key], text: String, count: Int) {
    var field = TextField(question: Fixture.story, answer: nil)
    for key in keys { #expect(field.handle(key) == .editing) }
    #expect(field.buffer.text == text)
    #expect(field.buffer.count == count)
  }

  @Test func textSubmitsWithEnterAndEnforcesTheLimit() {
    var field = TextField(question: Fixture.story, answer: nil)
    for key in Key.typing(String(repeating: "a", count: 21)) { _ = field.handle(key) }
    #expect(field.notice == .tooLong(20))
    #expect(
      field.handle(.enter)
        == .submit(Answer(questionID: "story", value: .text(String(repeating: "a", count: 20)))))
    var empty = TextField(question: Fixture.story, answer: nil)
    #expect(empty.handle(.enter) == .submit(nil))
    #expect(empty.handle(.escape) == .back)
  }

  @Test func wrapsWordsAndPlacesTheCursor() {
    let buffer = TextBuffer("le chat est là\nfin")
    let (rows, row, column) = buffer.wrapped(width: 9)
    #expect(rows.map(\.text) == ["le chat ", "est là", "fin"])
    #expect(row == 2)
    #expect(column == 3)
    let long = TextBuffer("abcdefghij").wrapped(width: 5)
    #expect(long.rows.map(\.text) == ["abcd", "efgh", "ij"])
  }
}
