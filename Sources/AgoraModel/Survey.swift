/// A survey: the questions a newsroom asks its readers about one article.
public struct Survey: Sendable, Hashable, Codable {
  /// A slug such as `grok-3`.
  public var id: String
  /// The survey's title.
  public var title: LocalizedText
  /// The article the questions come from, if any.
  public var source: SurveySource?
  /// The language codes every human-readable string must be given in, the first being the default.
  public var languages: [String]
  /// The questions, in the order they are asked.
  public var questions: [Question]

  /// Creates a survey.
  public init(
    id: String, title: LocalizedText, source: SurveySource? = nil, languages: [String],
    questions: [Question]
  ) {
    self.id = id
    self.title = title
    self.source = source
    self.languages = languages
    self.questions = questions
  }

  /// The language answers are asked in when none is chosen.
  public var defaultLanguage: String { languages.first ?? "fr" }

  /// The question with this id, if the survey has one.
  public func question(_ id: String) -> Question? {
    questions.first { $0.id == id }
  }

  /// The free-text questions, which imported comments and analysis are about.
  public var textQuestions: [Question] {
    questions.filter { if case .text = $0.kind { true } else { false } }
  }

  /// The question that comments matching no other question go to: the first free-text question.
  public var generalQuestion: Question? { textQuestions.first }
}

/// The article a survey comes from.
public struct SurveySource: Sendable, Hashable, Codable {
  /// The article's title.
  public var title: String
  /// Where the article was published.
  public var url: String?
  /// The publication date as written in the file (ISO 8601, e.g. `2025-02-14`).
  public var date: String?

  /// Creates a source.
  public init(title: String, url: String? = nil, date: String? = nil) {
    self.title = title
    self.url = url
    self.date = date
  }
}
