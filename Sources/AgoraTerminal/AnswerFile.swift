import AgoraModel
import Foundation

/// One response read from a JSON file, validated like typed answers.
///
/// The shape:
/// ```json
/// {"respondent": "alice", "language": "fr",
///  "answers": {"opinion": "…", "tried": "yes", "tried-rating": 4,
///              "openai-bid-reasons": ["publicity", "other"],
///              "openai-bid-reasons.other": "…"}}
/// ```
/// Option ids for single and yes/no questions (yes/no also takes `true`/`false`), a list of
/// option ids for multi-choice, numbers for scales and numbers, strings for text, and
/// `"<question>.other"` for the text of an "other, please specify" option. `respondent`,
/// `language` and `submitted_at` (ISO 8601, e.g. `2025-02-14T09:30:00Z`; default: now) are
/// optional.
public struct AnswerFile: Sendable, Hashable {
  /// Who answered, if the file says.
  public var respondent: String?
  /// The language the answers were given in, if the file says.
  public var language: String?
  /// The answers, in the survey's order.
  public var answers: [Answer]
  /// When the response was submitted, if the file says.
  public var submittedAt: Date?

  /// Reads and validates `data` against `survey`; every problem is reported, each with its
  /// question id.
  public static func read(_ data: Data, file: String, survey: Survey) throws(TerminalError)
    -> AnswerFile
  {
    let document: Document
    do {
      document = try JSONDecoder().decode(Document.self, from: data)
    } catch {
      throw .unreadableAnswers(file: file, reason: Self.reason(error))
    }
    var problems: [String] = []
    if let language = document.language, !survey.languages.contains(language) {
      problems.append(
        "language: '\(language)' is not one of \(survey.languages.joined(separator: ", "))")
    }
    var given: [String: Answer] = [:]
    for (key, value) in document.answers.sorted(by: { $0.key < $1.key }) {
      if key.hasSuffix(".other") {
        let id = String(key.dropLast(".other".count))
        guard let question = survey.question(id), question.options.contains(where: \.asksForText)
        else {
          problems.append("\(key): no question '\(id)' with an option that asks for text")
          continue
        }
        guard case .string(let text) = value else {
          problems.append("\(key): give the text as a string")
          continue
        }
        given[id, default: Answer(questionID: id, value: .text(""))].otherText = text
        continue
      }
      guard let question = survey.question(key) else {
        problems.append("\(key): no such question in survey \(survey.id)")
        continue
      }
      switch value.answerValue(for: question.kind) {
      case .success(let answerValue):
        let otherText = given[key]?.otherText
        given[key] = Answer(questionID: key, value: answerValue, otherText: otherText)
      case .failure(let problem): problems.append("\(key): \(problem.message)")
      }
    }
    let values = given.mapValues(\.value)
    var answers: [Answer] = []
    for question in survey.questions {
      let answer = given[question.id]
      let asked = question.isAsked(given: values)
      if answer != nil, !asked {
        problems.append("\(question.id): not asked given the other answers; remove it")
      } else if let answer, case .text("") = answer.value, question.isText == false {
        problems.append("\(question.id): '\(question.id).other' without an answer")
      } else if let answer {
        if let problem = question.check(answer) {
          problems.append("\(question.id): \(problem.message)")
        } else {
          answers.append(answer)
        }
      } else if asked, question.required {
        problems.append("\(question.id): an answer is required")
      }
    }
    var submittedAt: Date?
    if let text = document.submittedAt {
      submittedAt = try? Date(text, strategy: .iso8601)
      if submittedAt == nil {
        problems.append("submitted_at: '\(text)' is not an ISO 8601 time like 2025-02-14T09:30:00Z")
      }
    }
    if !problems.isEmpty { throw .invalidAnswers(file: file, problems: problems) }
    return AnswerFile(
      respondent: document.respondent, language: document.language, answers: answers,
      submittedAt: submittedAt)
  }

  private static func reason(_ error: any Error) -> String {
    switch error {
    case DecodingError.dataCorrupted(let context): "invalid JSON (\(context.debugDescription))"
    case DecodingError.keyNotFound(let key, _): "missing key '\(key.stringValue)'"
    case DecodingError.typeMismatch(_, let context):
      "unexpected value at \(context.codingPath.map(\.stringValue).joined(separator: "."))"
    default: "\(error)"
    }
  }

  private struct Document: Decodable {
    var respondent: String?
    var language: String?
    var submittedAt: String?
    var answers: [String: FileValue]

    enum CodingKeys: String, CodingKey {
      case respondent, language, answers
      case submittedAt = "submitted_at"
    }
  }
}

/// A value in an answer file.
enum FileValue: Decodable, Hashable {
  case bool(Bool)
  case number(Double)
  case string(String)
  case strings([String])

  init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    if let bool = try? container.decode(Bool.self) {
      self = .bool(bool)
    } else if let number = try? container.decode(Double.self) {
      self = .number(number)
    } else if let string = try? container.decode(String.self) {
      self = .string(string)
    } else {
      self = .strings(try container.decode([String].self))
    }
  }

  /// The answer this value gives to a question of `kind`, or why it cannot.
  func answerValue(for kind: QuestionKind) -> Result<AnswerValue, AnswerProblem> {
    switch (kind, self) {
    case (.single, .string(let id)), (.yesNo, .string(let id)): .success(.choice(id))
    case (.yesNo, .bool(let yes)): .success(.choice(yes ? "yes" : "no"))
    case (.multi, .strings(let ids)): .success(.choices(ids))
    case (.multi, .string(let id)): .success(.choices([id]))
    case (.scale, .number(let value)), (.number, .number(let value)): .success(.number(value))
    case (.text, .string(let text)): .success(.text(text))
    case (.single, _), (.yesNo, _): .failure(AnswerProblem("give an option id as a string"))
    case (.multi, _): .failure(AnswerProblem("give a list of option ids"))
    case (.scale, _), (.number, _): .failure(AnswerProblem("give a number"))
    case (.text, _): .failure(AnswerProblem("give the text as a string"))
    }
  }
}
