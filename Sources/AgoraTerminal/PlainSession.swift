import AgoraModel

/// What a line typed in plain mode means for a question.
enum PlainReading: Sendable, Hashable {
  /// An answer value (still to be checked).
  case value(AnswerValue)
  /// Not an answer, and why.
  case problem(Notice)
  /// Several lines of text follow, ended by a line holding only `.`.
  case multiline
}

/// A field's plain, line-by-line mode: what to tell the reader and how to read a line.
protocol PlainField {
  /// How to answer, shown under the question.
  static func plainHint(for question: Question, words: Strings) -> String
  /// Reads one non-empty line.
  static func read(_ line: String, for question: Question) -> PlainReading
}

/// Answering a survey line by line over injected input and output: numbered prompts, a re-ask
/// with the reason on invalid input, conditions, back (`<`), skip (empty line), a review.
///
/// It drives the same `AnswerFlow` and `Question.check` as the full screen.
public struct PlainSession {
  private var readLine: () -> String?

  /// Creates a session reading lines (without their line break) from `readLine`; `nil` ends
  /// the input.
  public init(readLine: @escaping () -> String?) {
    self.readLine = readLine
  }

  /// Asks whether to resume a response in progress; `true` to resume (also on an empty line),
  /// `nil` when input ends.
  public mutating func askToResume(
    _ offer: ResumeOffer, language: String, output: inout some TextOutputStream
  ) -> Bool? {
    output.write(Strings(language: language).plainResume(offer) + "\n> ")
    guard let line = readLine() else { return nil }
    return !["n", "no", "non"].contains(line.trimmingCharacters(in: .whitespaces).lowercased())
  }

  /// Runs `flow` until the response is submitted or input ends.
  public mutating func run(
    _ flow: AnswerFlow, sink: some ResponseSink, output: inout some TextOutputStream
  ) throws -> SessionEnd {
    var flow = flow
    let title = flow.survey.title.text(in: flow.language, fallbacks: flow.survey.languages)
    output.write("\(title)\n\(Strings(language: flow.language).plainIntro)\n")
    while true {
      let words = Strings(language: flow.language)
      guard case .question(let id) = flow.page, let question = flow.survey.question(id) else {
        output.write("\n\(words.reviewHeading)\n")
        for (index, question) in flow.visibleQuestions.enumerated() {
          let answer = flow.answers[question.id].map { flow.describe($0, question) }
          let prompt = question.prompt.text(in: flow.language)
          output.write("  \(index + 1). \(prompt) → \(answer ?? words.notAnswered)\n")
        }
        if let notice = flow.notice { output.write("  ! \(words.text(notice))\n") }
        output.write("\(words.plainReviewPrompt)\n> ")
        guard let line = readLine()?.trimmingCharacters(in: .whitespaces) else { return .stopped }
        if line == "<" {
          flow.back()
        } else if let number = Int(line) {
          flow.edit(number - 1)
        } else if ["o", "oui", "y", "yes"].contains(line.lowercased()) {
          if let end = try sink.perform(flow.submit()) { return end }
        }
        continue
      }
      let (current, total) = flow.progress
      let required = question.required ? words.requiredSuffix : ""
      output.write(
        "\n[\(current)/\(total)] \(question.prompt.text(in: flow.language))\(required)\n")
      if let help = question.help { output.write("  \(help.text(in: flow.language))\n") }
      if let notice = flow.notice { output.write("  ! \(words.text(notice))\n") }
      output.write("  \(Self.hint(for: question, words: words))\n")
      let earlier = flow.answers[id]
      if let earlier { output.write("  \(words.keepAnswer(flow.describe(earlier, question)))\n") }
      while true {
        output.write("> ")
        guard let line = readLine() else { return .stopped }
        if line.trimmingCharacters(in: .whitespaces) == "<" {
          flow.back()
          break
        }
        switch try read(line, for: question, earlier: earlier, words: words, output: &output) {
        case .success(let answer):
          if try sink.perform(flow.give(answer)) != nil { return .stopped }
        case .failure(let notice):
          output.write("  ! \(words.text(notice))\n")
          continue
        }
        break
      }
    }
  }

  /// Reads one answer (with its follow-up lines) and checks it.
  ///
  /// An empty line keeps the `earlier` answer, else skips an optional question.
  private mutating func read(
    _ line: String, for question: Question, earlier: Answer?, words: Strings,
    output: inout some TextOutputStream
  ) throws -> Result<Answer?, Notice> {
    if line.trimmingCharacters(in: .whitespaces).isEmpty {
      if let earlier { return .success(earlier) }
      return question.required ? .failure(.required) : .success(nil)
    }
    var value: AnswerValue
    switch Self.fieldType(question.kind).read(line, for: question) {
    case .problem(let notice): return .failure(notice)
    case .value(let read): value = read
    case .multiline:
      var lines: [String] = []
      while let next = readLine(), next != "." { lines.append(next) }
      value = .text(lines.joined(separator: "\n"))
    }
    if case .choices(let ids) = value, ids.isEmpty {
      return question.required ? .failure(.required) : .success(nil)
    }
    var answer = Answer(questionID: question.id, value: value)
    let picked = value.comparableValues
    if question.options.contains(where: { $0.asksForText && picked.contains($0.id) }) {
      output.write("  \(words.specify)\n> ")
      answer.otherText = readLine() ?? ""
    }
    if let problem = question.check(answer) { return .failure(.problem(problem.message)) }
    return .success(answer)
  }

  static func fieldType(_ kind: QuestionKind) -> any PlainField.Type {
    switch kind {
    case .single: SingleChoiceField.self
    case .multi: MultiChoiceField.self
    case .yesNo: YesNoField.self
    case .scale: ScaleField.self
    case .number: NumberField.self
    case .text: TextField.self
    }
  }

  static func hint(for question: Question, words: Strings) -> String {
    fieldType(question.kind).plainHint(for: question, words: words)
  }
}
