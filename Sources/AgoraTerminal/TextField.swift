import AgoraModel
import Foundation

/// Free text in a multi-line editor: arrows, Home/End, Backspace/Delete; Ctrl-J adds a line,
/// Enter (or Tab) submits.
///
/// The question's maximum length is enforced as the reader types.
public struct TextField: AnswerField {
  /// The question answered.
  public let question: Question
  /// What is typed.
  public private(set) var buffer: TextBuffer
  /// Why the last key was not taken.
  public private(set) var notice: Notice?

  /// Creates the field with the answer given before, if any.
  public init(question: Question, answer: Answer?) {
    self.question = question
    if case .text(let text) = answer?.value {
      buffer = TextBuffer(text)
    } else {
      buffer = TextBuffer()
    }
  }

  /// The most characters the answer takes.
  public var maxLength: Int {
    if case .text(let maxLength) = question.kind { maxLength } else { .max }
  }

  /// Takes one key.
  public mutating func handle(_ key: Key) -> FieldOutcome {
    notice = nil
    switch key {
    case .enter, .tab:
      let text = buffer.text
      let blank = text.allSatisfy(\.isWhitespace)
      let answer = blank ? nil : Answer(questionID: question.id, value: .text(text))
      let (outcome, notice) = question.submitting(answer)
      self.notice = notice
      return outcome
    case _ where key.isBack: return .back
    default:
      if buffer.apply(key, limit: maxLength).reachedLimit { notice = .tooLong(maxLength) }
      return .editing
    }
  }
}

// MARK: - Plain mode

extension TextField: PlainField {
  /// How to answer on a line.
  static func plainHint(for question: Question, words: Strings) -> String {
    guard case .text(let maxLength) = question.kind else { return "" }
    return words.textHint(maxLength: maxLength)
  }

  /// One line of text; `"""` alone starts several lines, ended by a line holding only `.`.
  static func read(_ line: String, for question: Question) -> PlainReading {
    line.trimmingCharacters(in: .whitespaces) == "\"\"\"" ? .multiline : .value(.text(line))
  }
}
