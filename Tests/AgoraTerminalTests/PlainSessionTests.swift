import AgoraModel
import Foundation
import Testing

@testable import AgoraTerminal

/// Records what a session saves, in order.
final class RecordingSink: ResponseSink, @unchecked Sendable {
  var events: [String] = []
  func save(_ answer: Answer) throws {
    events.append(
      "save \(answer.questionID)=\(answer.value.displayString)"
        + (answer.otherText.map { " (\($0))" } ?? ""))
  }
  func remove(questionID: String) throws { events.append("remove \(questionID)") }
  func submit() throws { events.append("submit") }
}

/// Answers lines from a list, then `nil`.
final class Lines: @unchecked Sendable {
  private var lines: [String]
  init(_ lines: [String]) { self.lines = lines }
  func next() -> String? { lines.isEmpty ? nil : lines.removeFirst() }
}

struct PlainSessionTests {
  private func run(_ lines: [String], language: String = "en", answers: [Answer] = [])
    throws -> (output: String, events: [String], end: SessionEnd)
  {
    let input = Lines(lines)
    var session = PlainSession { input.next() }
    let sink = RecordingSink()
    var output = ""
    let flow = AnswerFlow(survey: Fixture.survey, language: language, answers: answers)
    let end = try session.run(flow, sink: sink, output: &output)
    return (output, sink.events, end)
  }

  @Test func asksReasksHonoursConditionsAndSubmits() throws {
    let (output, events, end) = try run([
      "green", "3", "Jade", "1 2 3", "pear,apple", "maybe", "y", "", "<", "<", "n", "abc", "",
      "\"\"\"",
      "one", "two", ".", "y",
    ])
    #expect(end == .submitted)
    #expect(
      events == [
        "save color=other (Jade)", "save fruits=apple,pear", "save pet=yes", "save pet=no",
        "save story=one\ntwo", "submit",
      ])
    // A prompt ends with a space (input follows it on a terminal); the literal shows none.
    let shown = output.replacingOccurrences(of: "> \n", with: ">\n")
    #expect(
      shown
        == #"""
        Demo
        '<' goes back to the previous question; an empty line skips an optional question.

        [1/5] Colour? (required)
          Option number or id:
            1. Red [red]
            2. Blue [blue]
            3. Other, please specify [other]
        >   ! 'green' is not an option.
        >   Please specify:
        >
        [2/5] Fruits? (required)
          Numbers or ids separated by commas (e.g. 1,3):
            1. Apple [apple]
            2. Pear [pear]
            3. Plum [plum]
            4. Other [other]
        >   ! pick at most 2 option(s)
        >
        [3/5] A pet? (required)
          y (yes) or n (no)
        >   ! 'maybe' is not an option.
        >
        [4/6] Do you love it?
          A whole number from 1 to 5 (1 = Little, 5 = A lot)
        >
        [5/6] Age?
          A number (≥ 0, ≤ 120)
        >
        [4/6] Do you love it?
          A whole number from 1 to 5 (1 = Little, 5 = A lot)
        >
        [3/6] A pet? (required)
          y (yes) or n (no)
          Current answer: Yes (empty line keeps it)
        >
        [4/5] Age?
          A number (≥ 0, ≤ 120)
        >   ! Type a number.
        >
        [5/5] Tell us.
          Text on one line (at most 20 characters); """ alone for several lines, ended by a line holding only '.'.
        >
        Your answers:
          1. Colour? → Other, please specify (Jade)
          2. Fruits? → Apple, Pear
          3. A pet? → No
          4. Age? → (not answered)
          5. Tell us. → one ⏎ two
        Submit? 'y' submits, a number changes that answer, '<' goes back.
        >
        """# + " ")
  }
}

extension PlainSessionTests {
  @Test func editsFromTheReviewAndStopsWhenInputEnds() throws {
    let answers = [
      Answer(questionID: "color", value: .choice("red")),
      Answer(questionID: "fruits", value: .choices(["plum"])),
      Answer(questionID: "pet", value: .choice("no")),
      Answer(questionID: "age", value: .number(30)),
      Answer(questionID: "story", value: .text("Hi")),
    ]
    let (output, events, end) = try run(["1", "blue", "2"], language: "fr", answers: answers)
    #expect(end == .stopped)
    #expect(events == ["save color=blue"])
    #expect(output.contains("  1. Couleur ? → Rouge\n"))
    #expect(output.contains("  1. Couleur ? → Bleu\n"))
    #expect(output.contains("[2/5] Fruits ? (obligatoire)\n"))
    #expect(output.hasSuffix("> "))
  }

  @Test func requiredQuestionsCannotBeSkipped() throws {
    let (output, events, end) = try run(["", "2"])
    #expect(end == .stopped)
    #expect(events == ["save color=blue"])
    #expect(output.contains(">   ! An answer is required.\n> \n[2/5] Fruits?"))
  }

  @Test func asksWhetherToResume() {
    let input = Lines(["n"])
    var session = PlainSession { input.next() }
    var output = ""
    let offer = ResumeOffer(startedAt: Date(timeIntervalSince1970: 0), answered: 3)
    #expect(session.askToResume(offer, language: "en", output: &output) == false)
    #expect(output == "You started answering on 1970-01-01 (3 answer(s)). Resume? [Y/n]\n> ")
    #expect(session.askToResume(offer, language: "en", output: &output) == nil)
  }
}
