import AgoraModel
import AgoraReport
import AgoraStore
import ArgumentParser
import Foundation

extension Agora {
  /// `agora responses SURVEY [--json]`: who answered what, complete or in progress.
  struct Responses: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "List the responses to a survey, complete or in progress.",
      discussion: """
        The table shows one line per response. --json prints every response with its answers, \
        in the shape `agora answer --from` reads (answers keyed by question id, option ids as \
        strings, lists for multi-choice, "<question>.other" for the text of an "other" option).
        """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The survey id, e.g. grok-3.")
    var survey: String

    @Flag(help: "Print the responses with their answers as JSON.")
    var json = false

    func run() throws {
      let store = try global.openStore()
      let survey = try SurveyLookup.find(self.survey, in: store).survey
      let responses = try store.responses(surveyID: survey.id)
      if json { return try JSONOutput.write(responses.map(ResponseJSON.init)) }
      var out = StandardOutput()
      if responses.isEmpty {
        print(
          "No responses to \(survey.id) yet. Answer with `agora answer \(survey.id)`.", to: &out)
        return
      }
      let table = TextTable(headers: [
        "id", "respondent", "status", "source", "lang", "answered", "started", "completed",
      ])
      let rows = responses.map { response in
        [
          "\(response.id)", response.respondent, response.status.rawValue, response.source,
          response.language, "\(response.answers.count)", Self.format(response.startedAt),
          response.completedAt.map(Self.format) ?? "",
        ]
      }
      print(table.render(rows), terminator: "", to: &out)
    }

    /// A date as `2025-02-14 09:30` in UTC.
    static func format(_ date: Date) -> String {
      var calendar = Calendar(identifier: .gregorian)
      calendar.timeZone = TimeZone(identifier: "UTC") ?? .current
      let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
      return String(
        format: "%04d-%02d-%02d %02d:%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0,
        parts.hour ?? 0, parts.minute ?? 0)
    }
  }
}

/// A response as `agora responses --json` prints it.
private struct ResponseJSON: Encodable {
  var id: Int64
  var respondent: String
  var status: String
  var source: String
  var language: String
  var revision: Int
  var startedAt: Date
  var completedAt: Date?
  var answers: [String: Value]

  enum CodingKeys: String, CodingKey {
    case id, respondent, status, source, language, revision, answers
    case startedAt = "started_at"
    case completedAt = "completed_at"
  }

  enum Value: Encodable {
    case number(Double)
    case string(String)
    case strings([String])

    func encode(to encoder: any Encoder) throws {
      var container = encoder.singleValueContainer()
      switch self {
      case .number(let value):
        if value == value.rounded(), abs(value) < 1e15 {
          try container.encode(Int64(value))
        } else {
          try container.encode(value)
        }
      case .string(let value): try container.encode(value)
      case .strings(let value): try container.encode(value)
      }
    }
  }

  init(_ response: Response) {
    id = response.id
    respondent = response.respondent
    status = response.status.rawValue
    source = response.source
    language = response.language
    revision = response.revision
    startedAt = response.startedAt
    completedAt = response.completedAt
    answers = [:]
    for answer in response.answers {
      switch answer.value {
      case .choice(let id): answers[answer.questionID] = .string(id)
      case .choices(let ids): answers[answer.questionID] = .strings(ids)
      case .number(let value): answers[answer.questionID] = .number(value)
      case .text(let text): answers[answer.questionID] = .string(text)
      }
      if let other = answer.otherText { answers[answer.questionID + ".other"] = .string(other) }
    }
  }
}
