import AgoraModel

/// Writes a survey as a readable outline: its questions, their types, options and conditions.
public struct SurveyOutline: Sendable {
  /// The survey to describe.
  public var survey: Survey
  /// Its revision number in the store, if stored.
  public var revision: Int?
  /// The language to show the texts in.
  public var language: String

  /// Creates an outline of `survey` in `language` (the survey's default when `nil`).
  public init(survey: Survey, revision: Int? = nil, language: String? = nil) {
    self.survey = survey
    self.revision = revision
    self.language = language ?? survey.defaultLanguage
  }

  /// Writes the outline.
  public func write(to out: inout some TextOutputStream) {
    let fallbacks = survey.languages
    let revisionNote = revision.map { " (revision \($0))" } ?? ""
    out.write(
      "\(survey.id) · \(survey.title.text(in: language, fallbacks: fallbacks))\(revisionNote)\n")
    if let source = survey.source {
      out.write("Source: \(source.title)\(source.date.map { " (\($0))" } ?? "")\n")
      if let url = source.url { out.write("        \(url)\n") }
    }
    out.write("Languages: \(survey.languages.joined(separator: ", "))\n")
    for (index, question) in survey.questions.enumerated() {
      out.write("\n\(index + 1). \(question.id) · \(describe(question.kind))")
      if question.required { out.write(" · required") }
      if let when = question.when { out.write(" · when \(describe(when))") }
      out.write("\n   \(question.prompt.text(in: language, fallbacks: fallbacks))\n")
      for option in question.options {
        let other = option.asksForText ? " (+ text)" : ""
        out.write(
          "   - \(option.id): \(option.label.text(in: language, fallbacks: fallbacks))\(other)\n")
      }
    }
  }

  private func describe(_ kind: QuestionKind) -> String {
    let fallbacks = survey.languages
    switch kind {
    case .single: return "single choice"
    case .multi(_, let min, let max):
      let bounds = [min > 0 ? "at least \(min)" : nil, max.map { "at most \($0)" }]
        .compactMap { $0 }.joined(separator: ", ")
      return bounds.isEmpty ? "multiple choice" : "multiple choice (\(bounds))"
    case .yesNo: return "yes/no"
    case .scale(let min, let max, let minLabel, let maxLabel):
      let ends = [
        minLabel.map { "\(min) = \($0.text(in: language, fallbacks: fallbacks))" },
        maxLabel.map { "\(max) = \($0.text(in: language, fallbacks: fallbacks))" },
      ].compactMap { $0 }
      return "scale \(min)–\(max)" + (ends.isEmpty ? "" : " (\(ends.joined(separator: ", ")))")
    case .number(let min, let max):
      let low = min.map(AnswerValue.format) ?? "…"
      let high = max.map(AnswerValue.format) ?? "…"
      return min == nil && max == nil ? "number" : "number \(low)–\(high)"
    case .text(let maxLength): return "text (at most \(maxLength) characters)"
    }
  }

  private func describe(_ condition: Condition) -> String {
    switch condition.test {
    case .equals(let value): "\(condition.question) = \(value)"
    case .isIn(let values): "\(condition.question) in \(values.joined(separator: ", "))"
    case .not(let value): "\(condition.question) ≠ \(value)"
    case .answered: "\(condition.question) answered"
    }
  }
}
