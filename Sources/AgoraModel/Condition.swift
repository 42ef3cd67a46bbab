/// A condition on an earlier answer, under which a question is asked (`when:` in a survey file).
public struct Condition: Sendable, Hashable, Codable {
  /// How the earlier answer is tested.
  public enum Test: Sendable, Hashable {
    /// The answer is this option id (or, for numbers, this value).
    case equals(String)
    /// The answer is one of these.
    case isIn([String])
    /// The answer is given and is not this.
    case not(String)
    /// Any answer is given.
    case answered
  }

  /// The id of the earlier question.
  public var question: String
  /// The test on its answer.
  public var test: Test

  /// Creates a condition.
  public init(question: String, test: Test) {
    self.question = question
    self.test = test
  }

  /// Whether the condition holds for these answers, keyed by question id.
  ///
  /// A multi-choice answer matches `equals`/`isIn` when any of its picks does; an unanswered
  /// question satisfies no test (not even `not`).
  public func isSatisfied(by answers: [String: AnswerValue]) -> Bool {
    guard let answer = answers[question] else { return false }
    let given = answer.comparableValues
    switch test {
    case .equals(let value): return given.contains(value)
    case .isIn(let values): return !given.isDisjoint(with: values)
    case .not(let value): return !given.contains(value)
    case .answered: return true
    }
  }
}
