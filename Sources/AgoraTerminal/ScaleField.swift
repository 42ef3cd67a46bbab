import AgoraModel

/// A whole number on a scale: ←/→ (or h/l) move, a digit picks a point, Enter submits.
///
/// Nothing is selected at first (a scale has no neutral default); Enter then skips an optional
/// question. On a scale beyond 9, two digits typed in a row make one number.
public struct ScaleField: AnswerField {
  /// The question answered.
  public let question: Question
  /// The selected point, if any.
  public private(set) var value: Int?
  /// Why the last key was not taken.
  public private(set) var notice: Notice?
  private var lastKeyWasDigit = false

  /// Creates the field with the answer given before, if any.
  public init(question: Question, answer: Answer?) {
    self.question = question
    if case .number(let number) = answer?.value { value = Int(exactly: number) }
  }

  /// The scale's bounds.
  public var range: ClosedRange<Int> {
    if case .scale(let min, let max, _, _) = question.kind, min <= max { min...max } else { 0...0 }
  }

  /// Takes one key.
  public mutating func handle(_ key: Key) -> FieldOutcome {
    notice = nil
    let wasDigit = lastKeyWasDigit
    lastKeyWasDigit = false
    switch key {
    case .left, .character("h"): value = max(range.lowerBound, (value ?? range.lowerBound + 1) - 1)
    case .right, .character("l"):
      value = min(range.upperBound, (value ?? range.lowerBound - 1) + 1)
    case .home: value = range.lowerBound
    case .end: value = range.upperBound
    case .enter, .tab, .character(" "):
      let answer = value.map { Answer(questionID: question.id, value: .number(Double($0))) }
      let (outcome, notice) = question.submitting(answer)
      self.notice = notice
      return outcome
    case _ where key.isBack: return .back
    default:
      guard let digit = key.digit else { break }
      lastKeyWasDigit = true
      if wasDigit, let value, range.contains(value * 10 + digit) {
        self.value = value * 10 + digit
      } else if range.contains(digit) {
        value = digit
      } else {
        notice = .problem("give a whole number from \(range.lowerBound) to \(range.upperBound)")
      }
    }
    return .editing
  }
}

// MARK: - Plain mode

extension ScaleField: PlainField {
  /// How to answer on a line.
  static func plainHint(for question: Question, words: Strings) -> String {
    guard case .scale(let min, let max, let minLabel, let maxLabel) = question.kind else {
      return ""
    }
    return words.scaleHint(
      min: min, max: max, minLabel: minLabel?.text(in: words.language),
      maxLabel: maxLabel?.text(in: words.language))
  }

  /// A whole number.
  static func read(_ line: String, for question: Question) -> PlainReading {
    guard let value = NumberField.parse(line) else { return .problem(.notANumber) }
    return .value(.number(value))
  }
}
