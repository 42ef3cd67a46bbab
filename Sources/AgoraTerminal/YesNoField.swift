import AgoraModel
import Foundation

/// Yes or no: ←/→ (or ↑/↓, Tab is not used) move, y/o/n pick and submit, Enter submits.
public struct YesNoField: AnswerField {
  /// The question answered.
  public let question: Question
  /// The highlighted option: `yes` or `no`, or `nil` before any is chosen.
  public private(set) var selection: String?
  /// Why the last key was not taken.
  public private(set) var notice: Notice?

  /// Creates the field with the answer given before, if any.
  public init(question: Question, answer: Answer?) {
    self.question = question
    if case .choice(let id) = answer?.value { selection = id }
  }

  /// Takes one key.
  public mutating func handle(_ key: Key) -> FieldOutcome {
    notice = nil
    switch key {
    case .left, .up, .character("h"), .character("k"): selection = "yes"
    case .right, .down, .character("l"), .character("j"): selection = "no"
    case .character("y"), .character("Y"), .character("o"), .character("O"):
      selection = "yes"
      return finish()
    case .character("n"), .character("N"):
      selection = "no"
      return finish()
    case .enter, .tab, .character(" "): return finish()
    case _ where key.isBack: return .back
    default: break
    }
    return .editing
  }

  private mutating func finish() -> FieldOutcome {
    let answer = selection.map { Answer(questionID: question.id, value: .choice($0)) }
    let (outcome, notice) = question.submitting(answer)
    self.notice = notice
    return outcome
  }
}

// MARK: - Plain mode

extension YesNoField: PlainField {
  /// How to answer on a line.
  static func plainHint(for question: Question, words: Strings) -> String { words.yesNoHint }

  /// `o`/`oui`/`y`/`yes`/`1` or `n`/`non`/`no`/`2`.
  static func read(_ line: String, for question: Question) -> PlainReading {
    switch line.trimmingCharacters(in: .whitespaces).lowercased() {
    case "o", "oui", "y", "yes", "1": .value(.choice("yes"))
    case "n", "non", "no", "2": .value(.choice("no"))
    default: .problem(.unknownOption(line))
    }
  }
}
