import Testing

@testable import AgoraModel

/// Each kind of mistake in a survey file is reported once, at its line and column.
struct SurveyValidationTests {
  static let header = """
    id: demo
    title: {fr: Titre, en: Title}
    languages: [fr, en]
    questions:

    """

  struct Case: Sendable, CustomStringConvertible {
    var name: String
    var yaml: String
    var line: Int
    var column: Int
    var message: String
    var description: String { name }
  }

  static let cases: [Case] = [
    Case(
      name: "misspelt key", yaml: "id: demo\ntitle: T\nlanguages: [fr]\nqestions: []\n",
      line: 4, column: 1, message: "unknown key `qestions` — did you mean `questions`?"),
    Case(
      name: "duplicate question id",
      yaml: header + "  - {id: a, type: text, prompt: A}\n  - {id: a, type: text, prompt: B}\n",
      line: 6, column: 10, message: "duplicate question id `a`; ids must be unique in a survey"),
    Case(
      name: "options on a text question",
      yaml: header + "  - {id: a, type: text, prompt: A, options: [x, y]}\n",
      line: 5, column: 45, message: "`options` does not apply to a text question; remove it"),
    Case(
      name: "missing translation",
      yaml: header + "  - id: a\n    type: text\n    prompt: {fr: Bonjour}\n",
      line: 7, column: 13, message: "`prompt` has no `en` translation; add `en: …`"),
    Case(
      name: "scale min not below max",
      yaml: header + "  - id: a\n    type: scale\n    prompt: A\n    min: 5\n    max: 5\n",
      line: 9, column: 10, message: "scale min (5) must be less than max (5)"),
    Case(
      name: "condition on a later question",
      yaml: header
        + "  - {id: a, type: text, prompt: A, when: {question: b, answered: true}}\n"
        + "  - {id: b, type: yes_no, prompt: B}\n",
      line: 5, column: 53,
      message:
        "`when` refers to `b`, which comes later; a condition can only look at earlier questions"),
    Case(
      name: "condition on an unknown question",
      yaml: header + "  - {id: a, type: text, prompt: A, when: {question: zz, answered: true}}\n",
      line: 5, column: 53, message: "`when` refers to `zz`, which is not a question of this survey"),
    Case(
      name: "condition on an unknown option",
      yaml: header + "  - {id: a, type: yes_no, prompt: A}\n"
        + "  - {id: b, type: text, prompt: B, when: {question: a, equals: maybe}}\n",
      line: 6, column: 64, message: "`maybe` is not an option of `a` (no, yes)"),
    Case(
      name: "unknown type", yaml: header + "  - {id: a, type: singel, prompt: A}\n",
      line: 5, column: 19, message: "unknown question type `singel` — did you mean `single`?"),
    Case(
      name: "undeclared language",
      yaml: header + "  - {id: a, type: text, prompt: {fr: A, en: B, de: C}}\n",
      line: 5, column: 48, message: "language `de` is not declared in `languages` (fr, en)"),
    Case(
      name: "duplicate option id",
      yaml: header + "  - id: a\n    type: single\n    prompt: A\n    options:\n"
        + "      - {id: x, label: X}\n      - {id: x, label: Y}\n",
      line: 10, column: 14, message: "duplicate option id `x` in this question"),
    Case(
      name: "inference from a question that is not free text",
      yaml: header + "  - {id: a, type: yes_no, prompt: A}\n"
        + "  - {id: b, type: single, prompt: B, infer_from: a, options: [{id: x, label: X}, {id: y, label: Y}]}\n",
      line: 6, column: 50, message: "`infer_from` names `a`, which is not a text question"),
    Case(
      name: "bad slug",
      yaml:
        "id: Not A Slug\ntitle: T\nlanguages: [fr]\nquestions: [{id: a, type: text, prompt: A}]\n",
      line: 1, column: 5,
      message: "survey id `Not A Slug` should use only a-z, 0-9, - and _ (e.g. `synthetic-data`)"),
    Case(
      name: "YAML syntax", yaml: "id: demo\ntitle: [unclosed\n", line: 3, column: 1,
      message:
        "YAML syntax: while parsing a flow sequence: did not find expected ',' or ']' (check indentation and quoting)"
    ),
  ]

  /// The problems reported for `yaml`, or none when it loads.
  static func problems(_ yaml: String) -> [SurveyProblem] {
    do throws(ModelError) {
      _ = try SurveyFile.parse(yaml, file: "demo.yaml")
      return []
    } catch {
      guard case .invalidSurvey(_, let problems) = error else { return [] }
      return problems
    }
  }

  @Test(arguments: cases)
  func reportsProblemAtItsPlace(_ example: Case) {
    let problems = Self.problems(example.yaml)
    #expect(problems.count == 1, "\(problems)")
    #expect(problems.first?.message == example.message)
    #expect(problems.first?.line == example.line)
    #expect(problems.first?.column == example.column)
  }

  @Test func reportsEveryProblemAtOnceInFileOrder() {
    let yaml =
      Self.header
      + "  - {id: a, type: singel, prompt: A}\n  - {id: a, type: text, prompt: {fr: B}}\n"
    let problems = Self.problems(yaml)
    #expect(problems.map(\.line) == [5, 6, 6])
    #expect(
      problems.first?.description
        == "demo.yaml:5:19: unknown question type `singel` — did you mean `single`?")
  }

  @Test func suggestsOnlyCloseSpellings() {
    #expect(Spelling.closest(to: "qestions", in: ["questions", "title"]) == "questions")
    #expect(Spelling.closest(to: "colour", in: ["questions", "title"]) == nil)
    #expect(Spelling.distance("kitten", "sitting") == 3)
  }
}
