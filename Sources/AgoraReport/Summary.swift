import AgoraModel
import Foundation

/// Everything a results report shows, built once from the store; every renderer draws this value.
///
/// The JSON form (`agora summary --format json`) is this value encoded with sorted keys and
/// snake_case names; its fields are documented on each type and only ever added to.
public struct Summary: Sendable, Hashable, Codable {
  /// Which survey, which revision, in which language.
  public var survey: SurveyInfo
  /// When the summary was made (passed in, never read from a clock here).
  public var generatedAt: Date
  /// The filters applied (sources, since, near-duplicates).
  public var filters: SummaryFilters
  /// How many responses and comments count, per source and in all.
  public var sources: [SourceCount]
  /// One entry per question, in the survey's order.
  public var questions: [QuestionSummary]
  /// Answers and comments per day, with the mean sentiment of that day's free text.
  public var trend: [DayCount]
  /// Published comments the latest analysis has not read (imported since); `nil` when none.
  public var unanalysed: Int?

  /// Creates a summary.
  public init(
    survey: SurveyInfo, generatedAt: Date, filters: SummaryFilters, sources: [SourceCount],
    questions: [QuestionSummary], trend: [DayCount], unanalysed: Int? = nil
  ) {
    self.survey = survey
    self.generatedAt = generatedAt
    self.filters = filters
    self.sources = sources
    self.questions = questions
    self.trend = trend
    self.unanalysed = unanalysed
  }
}

/// The survey a summary is about.
public struct SurveyInfo: Sendable, Hashable, Codable {
  /// The survey id.
  public var id: String
  /// The title in the summary's language.
  public var title: String
  /// The latest revision.
  public var revision: Int
  /// The language texts are shown in.
  public var language: String
  /// The article the survey comes from, if any.
  public var article: String?

  /// Creates survey info.
  public init(id: String, title: String, revision: Int, language: String, article: String?) {
    self.id = id
    self.title = title
    self.revision = revision
    self.language = language
    self.article = article
  }
}

/// The filters a summary was built with (the same value the store filters its counts by).
public typealias SummaryFilters = FactFilter

/// How much one source contributed.
public struct SourceCount: Sendable, Hashable, Codable {
  /// `terminal`, `file`, or an import platform such as `disqus`.
  public var source: String
  /// Complete responses from this source.
  public var responses: Int
  /// Comments from this source that count (published, not folded into a duplicate group).
  public var comments: Int

  /// Creates a source count.
  public init(source: String, responses: Int, comments: Int) {
    self.source = source
    self.responses = responses
    self.comments = comments
  }
}

/// A share with its 95% Wilson score interval.
public struct Proportion: Sendable, Hashable, Codable {
  /// How many.
  public var count: Int
  /// Out of how many.
  public var total: Int
  /// `count / total` (0 when `total` is 0).
  public var share: Double
  /// Lower bound of the 95% interval.
  public var low: Double
  /// Upper bound of the 95% interval.
  public var high: Double

  /// Creates a proportion with its Wilson interval.
  public init(count: Int, total: Int) {
    self.count = count
    self.total = total
    let interval = Statistics.wilson(count: count, total: total)
    self.share = total == 0 ? 0 : Double(count) / Double(total)
    self.low = interval.low
    self.high = interval.high
  }
}

/// One question's results.
public struct QuestionSummary: Sendable, Hashable, Codable {
  /// The question id.
  public var id: String
  /// The prompt in the summary's language.
  public var prompt: String
  /// `single`, `multi`, `yes_no`, `scale`, `number` or `text`.
  public var type: String
  /// For choice, yes/no and scale questions: the tally of direct answers.
  public var tally: Tally?
  /// For scale and number questions: mean and median.
  public var numbers: NumberStats?
  /// For free-text questions: themes, sentiment, languages, quotes.
  public var text: TextResults?
  /// For choice questions: positions inferred from free text, never mixed with direct answers.
  public var inferred: Tally?
  /// With `--by`: this question's answers split by another question's answer.
  public var crossTab: CrossTab?

  /// Creates a question summary.
  public init(
    id: String, prompt: String, type: String, tally: Tally? = nil, numbers: NumberStats? = nil,
    text: TextResults? = nil, inferred: Tally? = nil, crossTab: CrossTab? = nil
  ) {
    self.id = id
    self.prompt = prompt
    self.type = type
    self.tally = tally
    self.numbers = numbers
    self.text = text
    self.inferred = inferred
    self.crossTab = crossTab
  }
}
