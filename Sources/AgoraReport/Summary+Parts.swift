import AgoraModel
import Foundation

/// Counts per option, all sources together and each apart.
public struct Tally: Sendable, Hashable, Codable {
  /// How many answered (the denominator of every share; a multi-choice respondent counts once).
  public var answered: Int
  /// One row per option, in the survey's order.
  public var options: [OptionCount]
  /// The sources present, in the order of `OptionCount.bySource`.
  public var sources: [String]
  /// Whether sources differ significantly (chi-square test of independence at 5%), when testable.
  public var sourcesDiffer: ChiSquare?
  /// True under 30 answers: shares are shown but should not be trusted.
  public var smallSample: Bool

  /// Creates a tally.
  public init(
    answered: Int, options: [OptionCount], sources: [String], sourcesDiffer: ChiSquare?,
    smallSample: Bool
  ) {
    self.answered = answered
    self.options = options
    self.sources = sources
    self.sourcesDiffer = sourcesDiffer
    self.smallSample = smallSample
  }
}

/// One option's count and share, in all and per source.
public struct OptionCount: Sendable, Hashable, Codable {
  /// The option id.
  public var id: String
  /// The option's label in the summary's language.
  public var label: String
  /// All sources together.
  public var all: Proportion
  /// Per source, in the order of `Tally.sources`.
  public var bySource: [Proportion]

  /// Creates an option count.
  public init(id: String, label: String, all: Proportion, bySource: [Proportion]) {
    self.id = id
    self.label = label
    self.all = all
    self.bySource = bySource
  }
}

/// The result of a chi-square test of independence.
public struct ChiSquare: Sendable, Hashable, Codable {
  /// The statistic.
  public var statistic: Double
  /// Degrees of freedom.
  public var degreesOfFreedom: Int
  /// The p-value.
  public var pValue: Double
  /// Whether `pValue < 0.05`.
  public var significant: Bool

  /// Creates a test result.
  public init(statistic: Double, degreesOfFreedom: Int, pValue: Double) {
    self.statistic = statistic
    self.degreesOfFreedom = degreesOfFreedom
    self.pValue = pValue
    self.significant = pValue < 0.05
  }
}

/// Mean and median of numeric answers.
public struct NumberStats: Sendable, Hashable, Codable {
  /// How many answered.
  public var count: Int
  /// The mean.
  public var mean: Double
  /// The median.
  public var median: Double
  /// Half-width of the 95% interval of the mean (t approximation, 1.96·sd/√n).
  public var margin: Double

  /// Creates number stats.
  public init(count: Int, mean: Double, median: Double, margin: Double) {
    self.count = count
    self.mean = mean
    self.median = median
    self.margin = margin
  }
}

/// What the free text of one question says.
public struct TextResults: Sendable, Hashable, Codable {
  /// Texts counted: answers and routed comments (near-duplicates once unless told otherwise).
  public var total: Int
  /// Texts per source.
  public var bySource: [SourceCount]
  /// Positive, neutral and negative shares with intervals, and the mean score in [-1, 1].
  public var sentiment: SentimentSplit
  /// Texts per detected language (`fr`, `en`, `other`), most first.
  public var languages: [LanguageCount]
  /// The themes, largest first.
  public var themes: [ThemeResult]
  /// Groups of near-identical comments (copy-paste campaigns), largest first.
  public var duplicates: [DuplicateGroup]

  /// Creates text results.
  public init(
    total: Int, bySource: [SourceCount], sentiment: SentimentSplit, languages: [LanguageCount],
    themes: [ThemeResult], duplicates: [DuplicateGroup]
  ) {
    self.total = total
    self.bySource = bySource
    self.sentiment = sentiment
    self.languages = languages
    self.themes = themes
    self.duplicates = duplicates
  }
}

/// Shares of positive, neutral and negative texts.
public struct SentimentSplit: Sendable, Hashable, Codable {
  /// Positive texts.
  public var positive: Proportion
  /// Neutral or mixed texts.
  public var neutral: Proportion
  /// Negative texts.
  public var negative: Proportion
  /// Mean score in [-1, 1].
  public var mean: Double

  /// Creates a split.
  public init(positive: Proportion, neutral: Proportion, negative: Proportion, mean: Double) {
    self.positive = positive
    self.neutral = neutral
    self.negative = negative
    self.mean = mean
  }
}

/// How many texts are in one language.
public struct LanguageCount: Sendable, Hashable, Codable {
  /// `fr`, `en` or `other`.
  public var language: String
  /// How many texts.
  public var count: Int

  /// Creates a language count.
  public init(language: String, count: Int) {
    self.language = language
    self.count = count
  }
}

/// One theme of a question's free text.
public struct ThemeResult: Sendable, Hashable, Codable {
  /// Stable id of the theme within the analysis run.
  public var id: Int
  /// Words a person would use, e.g. "données synthétiques · synthetic data".
  public var label: String
  /// Its share of the question's texts.
  public var size: Proportion
  /// Mean sentiment of its texts in [-1, 1].
  public var mood: Double
  /// Two or three texts that represent it best.
  public var quotes: [Quote]

  /// Creates a theme result.
  public init(id: Int, label: String, size: Proportion, mood: Double, quotes: [Quote]) {
    self.id = id
    self.label = label
    self.size = size
    self.mood = mood
    self.quotes = quotes
  }
}

/// A text quoted in a report, with where it comes from.
public struct Quote: Sendable, Hashable, Codable {
  /// The text, cut cleanly at a word boundary when long (ending with `…`).
  public var text: String
  /// `terminal` or the platform it was imported from.
  public var source: String
  /// A short pseudonym (hashed author) or the respondent's name; `nil` when unknown.
  public var author: String?
  /// When it was written (`YYYY-MM-DD`), if known.
  public var date: String?

  /// Creates a quote.
  public init(text: String, source: String, author: String?, date: String?) {
    self.text = text
    self.source = source
    self.author = author
    self.date = date
  }
}

/// Near-identical comments posted several times (copies, their sources, one copy's text).
public typealias DuplicateGroup = DuplicateFact

/// One question's answers split by another question's answer.
public struct CrossTab: Sendable, Hashable, Codable {
  /// The question the split is by.
  public var by: String
  /// The columns: the other question's options (labels).
  public var columns: [String]
  /// One row per option of this question: its share in each column.
  public var rows: [CrossTabRow]
  /// The mean sentiment of this question's free text in each column, when it has free text.
  public var sentiment: [Double?]
  /// Whether the split is significant (chi-square), when testable.
  public var test: ChiSquare?

  /// Creates a cross-tab.
  public init(
    by: String, columns: [String], rows: [CrossTabRow], sentiment: [Double?], test: ChiSquare?
  ) {
    self.by = by
    self.columns = columns
    self.rows = rows
    self.sentiment = sentiment
    self.test = test
  }
}

/// One row of a cross-tab.
public struct CrossTabRow: Sendable, Hashable, Codable {
  /// The option's label.
  public var label: String
  /// Its count and share in each column.
  public var cells: [Proportion]

  /// Creates a row.
  public init(label: String, cells: [Proportion]) {
    self.label = label
    self.cells = cells
  }
}

/// Answers and comments of one day.
public struct DayCount: Sendable, Hashable, Codable {
  /// `YYYY-MM-DD` (UTC).
  public var day: String
  /// Responses completed that day.
  public var responses: Int
  /// Comments written that day.
  public var comments: Int
  /// Mean sentiment of that day's free text, if any.
  public var sentiment: Double?

  /// Creates a day count.
  public init(day: String, responses: Int, comments: Int, sentiment: Double?) {
    self.day = day
    self.responses = responses
    self.comments = comments
    self.sentiment = sentiment
  }
}
