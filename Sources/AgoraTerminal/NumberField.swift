import AgoraModel
import Foundation

/// A number typed on one line (digits, sign, `.` or `,` for decimals); Enter submits.
public struct NumberField: AnswerField {
  /// The question answered.
  public let question: Question
  /// What is typed.
  public private(set) var buffer: TextBuffer
  /// Why the last key was not taken.
  public private(set) var notice: Notice?

  /// Creates the field with the answer given before, if any.
  public init(question: Question, answer: Answer?) {
    self.question = question
    let text = answer.map { $0.value.displayString } ?? ""
    buffer = TextBuffer(text, multiline: false)
  }

  /// Reads a typed number: spaces ignored, a decimal comma taken as a point; `nil` if it is not
  /// one.
  public static func parse(_ text: String) -> Double? {
    let cleaned = text.filter { !$0.isWhitespace }.replacingOccurrences(of: ",", with: ".")
    guard !cleaned.isEmpty, let value = Double(cleaned), value.isFinite else { return nil }
    return value
  }

  /// Takes one key.
  public mutating func handle(_ key: Key) -> FieldOutcome {
    notice = nil
    switch key {
    case .enter, .tab:
      let text = buffer.text.trimmingCharacters(in: .whitespaces)
      if text.isEmpty {
        let (outcome, notice) = question.submitting(nil)
        self.notice = notice
        return outcome
      }
      guard let value = Self.parse(text) else {
        notice = .notANumber
        return .editing
      }
      let (outcome, notice) = question.submitting(
        Answer(questionID: question.id, value: .number(value)))
      self.notice = notice
      return outcome
    case _ where key.isBack: return .back
    case .character(let character):
      guard character.isNumber || "-+.,eE ".contains(character) else {
        notice = .notANumber
        return .editing
      }
      _ = buffer.apply(key, limit: 40)
    default: _ = buffer.apply(key, limit: 40)
    }
    return .editing
  }
}

// MARK: - Plain mode

extension NumberField: PlainField {
  /// How to answer on a line.
  static func plainHint(for question: Question, words: Strings) -> String {
    guard case .number(let min, let max) = question.kind else { return "" }
    return words.numberHint(min: min, max: max)
  }

  /// A number, `.` or `,` for decimals.
  static func read(_ line: String, for question: Question) -> PlainReading {
    guard let value = parse(line) else { return .problem(.notANumber) }
    return .value(.number(value))
  }
}
