import AgoraModel

/// What a key did to a field.
public enum FieldOutcome: Sendable, Hashable {
  /// The field is still being edited (a notice may say why).
  case editing
  /// The field is done: its answer, or `nil` when an optional question is skipped.
  case submit(Answer?)
  /// The reader goes back a page; whatever was being typed is dropped.
  case back
}

/// A question's widget: a state machine that takes keys and says when an answer is given.
///
/// The screen only draws a field; tests drive it key by key.
public protocol AnswerField: Sendable {
  /// The question the field answers.
  var question: Question { get }
  /// Why the last key was not taken, or what to do next.
  var notice: Notice? { get }
  /// Takes one key.
  mutating func handle(_ key: Key) -> FieldOutcome
}

extension Question {
  /// The outcome of submitting `answer` (`nil`: nothing given): a skip when optional, else the
  /// `check(_:)` result as a notice.
  func submitting(_ answer: Answer?) -> (FieldOutcome, Notice?) {
    guard let answer else { return required ? (.editing, .required) : (.submit(nil), nil) }
    if let problem = check(answer) { return (.editing, .problem(problem.message)) }
    return (.submit(answer), nil)
  }
}

/// Creates the widget for a question, showing `answer` when it was given before.
public func makeField(for question: Question, answer: Answer?) -> any AnswerField {
  switch question.kind {
  case .single: SingleChoiceField(question: question, answer: answer)
  case .multi: MultiChoiceField(question: question, answer: answer)
  case .yesNo: YesNoField(question: question, answer: answer)
  case .scale: ScaleField(question: question, answer: answer)
  case .number: NumberField(question: question, answer: answer)
  case .text: TextField(question: question, answer: answer)
  }
}
