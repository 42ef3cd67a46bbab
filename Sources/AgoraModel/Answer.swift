import Foundation

/// The value of one answer.
public enum AnswerValue: Sendable, Hashable, Codable {
  /// One option id (single choice, yes/no).
  case choice(String)
  /// Several option ids, in the survey's order (multi choice).
  case choices([String])
  /// A number (scale, number).
  case number(Double)
  /// Free text.
  case text(String)

  /// The answer as strings a condition compares with: option ids, or the number written plainly.
  public var comparableValues: Set<String> {
    switch self {
    case .choice(let id): [id]
    case .choices(let ids): Set(ids)
    case .number(let value): [Self.format(value)]
    case .text(let text): [text]
    }
  }

  /// The answer as one line of text (option ids joined with `,`; numbers without a trailing `.0`).
  public var displayString: String {
    switch self {
    case .choice(let id): id
    case .choices(let ids): ids.joined(separator: ",")
    case .number(let value): Self.format(value)
    case .text(let text): text
    }
  }

  /// Writes `4.0` as `4` and `2.5` as `2.5`.
  public static func format(_ value: Double) -> String {
    value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
  }
}

/// An answer to one question, with the free text of an "other, please specify" option.
public struct Answer: Sendable, Hashable, Codable {
  /// The question answered.
  public var questionID: String
  /// The answer.
  public var value: AnswerValue
  /// The text typed for an option that asks for it.
  public var otherText: String?

  /// Creates an answer.
  public init(questionID: String, value: AnswerValue, otherText: String? = nil) {
    self.questionID = questionID
    self.value = value
    self.otherText = otherText
  }
}

/// Why an answer is not accepted, in words a reader understands.
public struct AnswerProblem: Error, Sendable, Hashable, CustomStringConvertible {
  /// The message, e.g. "pick at most 2 options".
  public var message: String

  /// Creates a problem.
  public init(_ message: String) { self.message = message }

  public var description: String { message }
}

extension Question {
  /// Checks an answer against the question's kind and bounds; `nil` when it is valid.
  ///
  /// This is the one validation that the terminal screens, plain mode and `--from` files share.
  public func check(_ answer: Answer) -> AnswerProblem? {
    switch (kind, answer.value) {
    case (.single, .choice(let id)), (.yesNo, .choice(let id)):
      let chosen = options.first { $0.id == id }
      guard let chosen else { return AnswerProblem("unknown option '\(id)'") }
      return otherTextProblem(chosen, answer)
    case (.multi(let options, let min, let max), .choices(let ids)):
      if let unknown = ids.first(where: { id in !options.contains { $0.id == id } }) {
        return AnswerProblem("unknown option '\(unknown)'")
      }
      if Set(ids).count != ids.count { return AnswerProblem("an option is picked twice") }
      if ids.count < Swift.max(min, required ? 1 : 0) {
        return AnswerProblem("pick at least \(Swift.max(min, 1)) option(s)")
      }
      if let max, ids.count > max { return AnswerProblem("pick at most \(max) option(s)") }
      for option in options where ids.contains(option.id) {
        if let problem = otherTextProblem(option, answer) { return problem }
      }
      return nil
    case (.scale(let min, let max, _, _), .number(let value)):
      guard value == value.rounded(), value >= Double(min), value <= Double(max) else {
        return AnswerProblem("give a whole number from \(min) to \(max)")
      }
      return nil
    case (.number(let min, let max), .number(let value)):
      if let min, value < min {
        return AnswerProblem("give a number of at least \(AnswerValue.format(min))")
      }
      if let max, value > max {
        return AnswerProblem("give a number of at most \(AnswerValue.format(max))")
      }
      return value.isFinite ? nil : AnswerProblem("give a number")
    case (.text(let maxLength), .text(let text)):
      let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
      if trimmed.isEmpty && required { return AnswerProblem("an answer is required") }
      if text.count > maxLength {
        return AnswerProblem("at most \(maxLength) characters (\(text.count) given)")
      }
      return nil
    default:
      return AnswerProblem("a \(kind.name) question cannot take this kind of answer")
    }
  }

  private func otherTextProblem(_ option: Choice, _ answer: Answer) -> AnswerProblem? {
    guard option.asksForText else { return nil }
    let text = answer.otherText?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
    return text.isEmpty ? AnswerProblem("'\(option.id)' asks you to say more") : nil
  }

  /// Whether the question is asked given the answers so far (its `when:` condition holds).
  public func isAsked(given answers: [String: AnswerValue]) -> Bool {
    when?.isSatisfied(by: answers) ?? true
  }
}
