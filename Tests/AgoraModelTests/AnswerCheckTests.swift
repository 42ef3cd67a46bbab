import Testing

@testable import AgoraModel

/// `Question.check` accepts what a question allows and says why it refuses the rest.
struct AnswerCheckTests {
  static let choices = [
    Choice(id: "a", label: LocalizedText(plain: "A")),
    Choice(id: "b", label: LocalizedText(plain: "B")),
    Choice(id: "other", label: LocalizedText(plain: "Other"), asksForText: true),
  ]

  static let cases: [(QuestionKind, Bool, AnswerValue, String?, String?)] = [
    (.single(options: choices), false, .choice("a"), nil, nil),
    (.single(options: choices), false, .choice("z"), nil, "unknown option 'z'"),
    (.single(options: choices), false, .choice("other"), nil, "'other' asks you to say more"),
    (.single(options: choices), false, .choice("other"), "Mistral", nil),
    (
      .multi(options: choices, min: 1, max: 2), false, .choices([]), nil,
      "pick at least 1 option(s)"
    ),
    (
      .multi(options: choices, min: 0, max: 2), false, .choices(["a", "b", "other"]), "x",
      "pick at most 2 option(s)"
    ),
    (
      .multi(options: choices, min: 0, max: nil), false, .choices(["a", "a"]), nil,
      "an option is picked twice"
    ),
    (.yesNo, true, .choice("yes"), nil, nil),
    (.yesNo, true, .choice("oui"), nil, "unknown option 'oui'"),
    (
      .scale(min: 1, max: 5, minLabel: nil, maxLabel: nil), false, .number(6), nil,
      "give a whole number from 1 to 5"
    ),
    (
      .scale(min: 1, max: 5, minLabel: nil, maxLabel: nil), false, .number(2.5), nil,
      "give a whole number from 1 to 5"
    ),
    (.number(min: 0, max: 10), false, .number(-1), nil, "give a number of at least 0"),
    (.text(maxLength: 5), false, .text("abcdef"), nil, "at most 5 characters (6 given)"),
    (.text(maxLength: 5), true, .text("  "), nil, "an answer is required"),
    (
      .text(maxLength: 5), false, .number(1), nil, "a text question cannot take this kind of answer"
    ),
  ]

  @Test(arguments: cases.indices)
  func checksAnswers(_ index: Int) {
    let (kind, required, value, other, expected) = Self.cases[index]
    let question = Question(
      id: "q", kind: kind, prompt: LocalizedText(plain: "Q"), required: required)
    let problem = question.check(Answer(questionID: "q", value: value, otherText: other))
    #expect(problem?.message == expected)
  }

  @Test func conditionsLookAtEarlierAnswers() {
    let tried = Condition(question: "tried", test: .equals("yes"))
    #expect(tried.isSatisfied(by: ["tried": .choice("yes")]))
    #expect(!tried.isSatisfied(by: ["tried": .choice("no")]))
    #expect(!tried.isSatisfied(by: [:]))
    let picks = Condition(question: "why", test: .isIn(["publicity", "other"]))
    #expect(picks.isSatisfied(by: ["why": .choices(["altman-rivalry", "other"])]))
    #expect(!picks.isSatisfied(by: ["why": .choices(["altman-rivalry"])]))
    let not = Condition(question: "tried", test: .not("no"))
    #expect(not.isSatisfied(by: ["tried": .choice("yes")]))
    #expect(!not.isSatisfied(by: [:]))
    let scale = Condition(question: "rating", test: .equals("4"))
    #expect(scale.isSatisfied(by: ["rating": .number(4)]))
    #expect(Condition(question: "x", test: .answered).isSatisfied(by: ["x": .text("")]))
  }
}
