import Foundation

/// Whether a response is still being given or was submitted.
public enum ResponseStatus: String, Sendable, Hashable, Codable {
  /// Answers are being given; every one is already saved.
  case inProgress = "in_progress"
  /// The respondent submitted the response.
  case complete
}

/// One respondent's answers to one revision of a survey.
public struct Response: Sendable, Hashable, Codable {
  /// The store's id for the response.
  public var id: Int64
  /// The survey answered.
  public var surveyID: String
  /// The revision of the survey the answers were given for.
  public var revision: Int
  /// Who answered (a name or a generated id).
  public var respondent: String
  /// In progress or complete.
  public var status: ResponseStatus
  /// Where the answers came from, e.g. `terminal` or `file`.
  public var source: String
  /// The language the questions were shown in.
  public var language: String
  /// When the first answer was given.
  public var startedAt: Date
  /// When the response was submitted.
  public var completedAt: Date?
  /// The answers so far, in the survey's order.
  public var answers: [Answer]

  /// Creates a response.
  public init(
    id: Int64, surveyID: String, revision: Int, respondent: String, status: ResponseStatus,
    source: String, language: String, startedAt: Date, completedAt: Date? = nil,
    answers: [Answer] = []
  ) {
    self.id = id
    self.surveyID = surveyID
    self.revision = revision
    self.respondent = respondent
    self.status = status
    self.source = source
    self.language = language
    self.startedAt = startedAt
    self.completedAt = completedAt
    self.answers = answers
  }
}
