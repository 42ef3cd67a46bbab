import AgoraModel
import Foundation

/// One option out of several: ↑/↓ or j/k move, a digit jumps to an option, Enter picks.
///
/// Picking an option that asks for text ("Autre, précisez") opens a one-line editor; Enter
/// there submits, Escape returns to the options.
public struct SingleChoiceField: AnswerField {
  /// The question answered.
  public let question: Question
  /// The highlighted option.
  public private(set) var cursor: Int
  /// The editor for the text of an option that asks for it, while it is open.
  public private(set) var otherText: TextBuffer?
  /// The text typed for the option that asks for it, kept when the editor closes.
  public private(set) var savedOtherText: String
  /// Why the last key was not taken.
  public private(set) var notice: Notice?

  /// Creates the field, highlighting the option answered before (else the first).
  public init(question: Question, answer: Answer?) {
    self.question = question
    var cursor = 0
    if case .choice(let id) = answer?.value,
      let index = question.options.firstIndex(where: { $0.id == id })
    {
      cursor = index
    }
    self.cursor = cursor
    savedOtherText = answer?.otherText ?? ""
  }

  /// Takes one key.
  public mutating func handle(_ key: Key) -> FieldOutcome {
    notice = nil
    let options = question.options
    if var editor = otherText {
      if key.isBack {
        savedOtherText = editor.text
        otherText = nil
        return .editing
      }
      if key == .enter || key == .tab {
        savedOtherText = editor.text
        return finish()
      }
      if editor.apply(key, limit: ChoiceText.limit).reachedLimit {
        notice = .tooLong(ChoiceText.limit)
      }
      otherText = editor
      return .editing
    }
    switch key {
    case .up, .character("k"): cursor = (cursor + options.count - 1) % max(options.count, 1)
    case .down, .character("j"): cursor = (cursor + 1) % max(options.count, 1)
    case .home: cursor = 0
    case .end: cursor = max(options.count - 1, 0)
    case .enter, .tab, .character(" "):
      guard options.indices.contains(cursor) else { return .editing }
      if options[cursor].asksForText {
        otherText = TextBuffer(savedOtherText, multiline: false)
        return .editing
      }
      return finish()
    case _ where key.isBack: return .back
    default:
      if let digit = key.digit, digit >= 1, digit <= options.count { cursor = digit - 1 }
    }
    return .editing
  }

  private mutating func finish() -> FieldOutcome {
    let option = question.options[cursor]
    let answer = Answer(
      questionID: question.id, value: .choice(option.id),
      otherText: option.asksForText ? savedOtherText : nil)
    let (outcome, notice) = question.submitting(answer)
    self.notice = notice
    if outcome == .editing, option.asksForText, otherText == nil {
      otherText = TextBuffer(savedOtherText, multiline: false)
    }
    return outcome
  }
}

/// Bounds for the text of an "other, please specify" option.
enum ChoiceText {
  /// The longest text an option's editor takes.
  static let limit = 500
}

// MARK: - Plain mode

extension SingleChoiceField: PlainField {
  /// How to answer on a line.
  static func plainHint(for question: Question, words: Strings) -> String {
    words.optionHint(question.options, multi: false)
  }

  /// An option number or id.
  static func read(_ line: String, for question: Question) -> PlainReading {
    guard let option = ChoiceText.option(line, in: question.options) else {
      return .problem(.unknownOption(line))
    }
    return .value(.choice(option.id))
  }
}

extension ChoiceText {
  /// The option a reader typed: its number (1-based) or its id, ignoring case.
  static func option(_ typed: String, in options: [Choice]) -> Choice? {
    let typed = typed.trimmingCharacters(in: .whitespaces)
    if let number = Int(typed), options.indices.contains(number - 1) { return options[number - 1] }
    return options.first { $0.id.lowercased() == typed.lowercased() }
  }
}
