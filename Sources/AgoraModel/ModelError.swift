/// A problem found in a survey file, with where it is and how to fix it.
public struct SurveyProblem: Sendable, Hashable, CustomStringConvertible {
  /// The file, as the user named it.
  public var file: String
  /// 1-based line.
  public var line: Int
  /// 1-based column.
  public var column: Int
  /// What is wrong and what to do, e.g. "unknown key `qestions` — did you mean `questions`?".
  public var message: String

  /// Creates a problem.
  public init(file: String, line: Int, column: Int, message: String) {
    self.file = file
    self.line = line
    self.column = column
    self.message = message
  }

  public var description: String { "\(file):\(line):\(column): \(message)" }
}

/// Errors of the model library.
public enum ModelError: Error, Sendable, CustomStringConvertible {
  /// A file could not be read.
  case unreadable(file: String, reason: String)
  /// A survey file has problems; all of them are listed.
  case invalidSurvey(file: String, problems: [SurveyProblem])
  /// An answer was refused.
  case invalidAnswer(question: String, problem: AnswerProblem)
  /// A language the survey is not given in.
  case unknownLanguage(String, survey: Survey)
  /// A question id the survey does not have (or not of the kind needed).
  case unknownQuestion(String, survey: Survey, kind: String?)

  public var description: String {
    switch self {
    case .unreadable(let file, let reason):
      "\(file): cannot read the file (\(reason))"
    case .invalidSurvey(let file, let problems):
      (problems.map(\.description)
        + ["\(file): \(problems.count) problem(s); fix them and run `agora validate \(file)` again"])
        .joined(separator: "\n")
    case .invalidAnswer(let question, let problem):
      "question '\(question)': \(problem.message)"
    case .unknownQuestion(let id, let survey, let kind):
      "survey `\(survey.id)` has no \(kind.map { "\($0) " } ?? "")question `\(id)`; its "
        + "\(kind.map { "\($0) " } ?? "")questions are "
        + survey.questions.filter { kind == nil || $0.kind.name == kind }.map(\.id)
        .joined(separator: ", ")
    case .unknownLanguage(let language, let survey):
      "survey `\(survey.id)` is in \(survey.languages.joined(separator: ", ")), not `\(language)`;"
        + " pass one of those to --lang"
    }
  }
}
