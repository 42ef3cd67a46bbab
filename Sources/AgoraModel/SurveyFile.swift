import Foundation
import Yams

/// Reads survey files (YAML) into `Survey` values, reporting every problem at once.
public enum SurveyFile {
  /// Reads and validates the survey file at `url`; `name` is how errors refer to it.
  public static func load(from url: URL, name: String? = nil) throws(ModelError) -> LoadedSurvey {
    let file = name ?? url.path
    let data: Data
    do {
      data = try Data(contentsOf: url)
    } catch {
      throw .unreadable(file: file, reason: error.localizedDescription)
    }
    guard let text = String(data: data, encoding: .utf8) else {
      throw .unreadable(file: file, reason: "not UTF-8 text; save it as UTF-8")
    }
    let survey = try parse(text, file: file)
    return LoadedSurvey(survey: survey, contentHash: ContentHash.sha256(data), text: text)
  }

  /// Parses and validates survey YAML; `file` is how errors refer to it.
  public static func parse(_ yaml: String, file: String) throws(ModelError) -> Survey {
    let root: Node?
    do {
      root = try Yams.compose(yaml: yaml)
    } catch let error as YamlError {
      throw .invalidSurvey(file: file, problems: [syntaxProblem(error, file: file)])
    } catch {
      throw .invalidSurvey(
        file: file, problems: [SurveyProblem(file: file, line: 1, column: 1, message: "\(error)")])
    }
    guard let root else {
      throw .invalidSurvey(
        file: file,
        problems: [
          SurveyProblem(file: file, line: 1, column: 1, message: "the file is empty; see README")
        ])
    }
    var reader = SurveyReader(file: file)
    let survey = reader.survey(root)
    guard let survey, reader.problems.isEmpty else {
      throw .invalidSurvey(file: file, problems: reader.problems.sorted(by: Self.byPosition))
    }
    return survey
  }

  private static func byPosition(_ a: SurveyProblem, _ b: SurveyProblem) -> Bool {
    (a.line, a.column, a.message) < (b.line, b.column, b.message)
  }

  private static func syntaxProblem(_ error: YamlError, file: String) -> SurveyProblem {
    switch error {
    case .scanner(let context, let problem, let mark, _),
      .parser(let context, let problem, let mark, _),
      .composer(let context, let problem, let mark, _):
      let what = [context?.text, problem].compactMap { $0 }.joined(separator: ": ")
      return SurveyProblem(
        file: file, line: mark.line, column: mark.column,
        message: "YAML syntax: \(what) (check indentation and quoting)")
    case .duplicatedKeysInMapping(let duplicates, let context):
      return SurveyProblem(
        file: file, line: context.mark.line, column: context.mark.column,
        message: "duplicate key(s) \(duplicates.joined(separator: ", ")); keep one")
    default:
      return SurveyProblem(file: file, line: 1, column: 1, message: "YAML: \(error)")
    }
  }
}

/// A survey read from a file, with the hash of its bytes (a new hash means a new revision).
public struct LoadedSurvey: Sendable, Hashable {
  /// The survey.
  public var survey: Survey
  /// Hex SHA-256 of the file's bytes.
  public var contentHash: String
  /// The file's text, kept with each revision.
  public var text: String

  /// Creates a loaded survey.
  public init(survey: Survey, contentHash: String, text: String) {
    self.survey = survey
    self.contentHash = contentHash
    self.text = text
  }
}
