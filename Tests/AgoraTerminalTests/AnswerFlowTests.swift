import AgoraModel
import Testing

@testable import AgoraTerminal

struct AnswerFlowTests {
  private func run(_ flow: inout AnswerFlow, _ keys: [Key]) -> [FlowEffect] {
    keys.flatMap { flow.handle($0) }
  }

  @Test func conditionsShowAndHideQuestionsAndRemoveHiddenAnswers() {
    var flow = AnswerFlow(survey: Fixture.survey, language: "fr")
    #expect(flow.page == .question("color"))
    #expect(flow.progress == (1, 5))
    var effects = run(&flow, [.enter, .character("1"), .enter, .character("o")])
    #expect(
      effects == [
        .save(Answer(questionID: "color", value: .choice("red"))),
        .save(Answer(questionID: "fruits", value: .choices(["apple"]))),
        .save(Answer(questionID: "pet", value: .choice("yes"))),
      ])
    #expect(flow.page == .question("pet-score"))
    #expect(flow.progress == (4, 6))
    effects = run(&flow, [.character("5"), .enter, .backTab, .backTab, .character("n")])
    #expect(
      effects == [
        .save(Answer(questionID: "pet-score", value: .number(5))),
        .save(Answer(questionID: "pet", value: .choice("no"))), .remove("pet-score"),
      ])
    #expect(flow.page == .question("age"))
    #expect(flow.answers["pet-score"] == nil)
    #expect(flow.progress == (4, 5))
  }

  @Test func backWorksOnInvalidInputAndAtTheFirstQuestion() {
    var flow = AnswerFlow(survey: Fixture.survey, language: "fr")
    #expect(run(&flow, [.escape]).isEmpty)
    #expect(flow.notice == .firstQuestion)
    _ = run(&flow, [.enter, .character("1"), .enter])
    #expect(flow.page == .question("pet"))
    _ = run(&flow, [.enter])
    #expect(flow.field?.notice == .required)
    _ = run(&flow, [.backTab])
    #expect(flow.page == .question("fruits"))
  }

  @Test func reviewEditsAnAnswerAndSubmitsOnlyWhenRequiredAreAnswered() {
    let answers = [
      Answer(questionID: "color", value: .choice("red")),
      Answer(questionID: "pet", value: .choice("no")),
    ]
    var flow = AnswerFlow(survey: Fixture.survey, language: "en", answers: answers)
    #expect(flow.page == .question("fruits"))
    _ = run(&flow, [.character("2"), .enter, .enter, .enter, .enter])
    #expect(flow.page == .review)
    #expect(flow.reviewCursor == 5)
    let frame = flow.frame(width: 80, height: 24).text
    #expect(frame.contains("2. Fruits? → Pear"))
    #expect(frame.contains("5. Tell us. → (not answered)"))
    #expect(frame.contains("❯ ✔ Submit my answers"))
    _ = run(&flow, [.home, .enter, .character("2"), .enter])
    #expect(flow.page == .review)
    #expect(flow.answers["color"]?.value == .choice("blue"))
    #expect(run(&flow, [.end, .enter]) == [.submit])

    var missing = AnswerFlow(survey: Fixture.survey, language: "en", answers: answers)
    _ = run(&missing, [.escape, .escape])
    missing.edit(99)
    _ = missing.give(nil)
    #expect(missing.submit().isEmpty)
  }

  @Test func languageSwitchesAndQuitAlwaysWork() {
    var flow = AnswerFlow(survey: Fixture.survey, language: "fr")
    #expect(flow.frame(width: 80, height: 24).text.contains("Couleur ? *"))
    #expect(run(&flow, [.function(2)]).isEmpty)
    #expect(flow.language == "en")
    let frame = flow.frame(width: 80, height: 24)
    #expect(frame.lines.count == 24)
    #expect(frame.lines[0].text == "Demo [EN]")
    #expect(frame.lines[1].text.hasPrefix("1/5 "))
    #expect(frame.text.contains("Colour? *"))
    #expect(frame.lines[23].text.hasPrefix("↑/↓ move · 1-9 jump · Enter pick"))
    #expect(run(&flow, [.control("l")]).isEmpty)
    #expect(flow.language == "fr")
    #expect(run(&flow, [.control("c")]) == [.quit])
  }
}
