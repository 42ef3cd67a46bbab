/// The counts a results summary is built from, as the store reads them (aggregated in SQL).
public struct SurveyFacts: Sendable, Hashable {
  /// Complete responses per source.
  public var responsesBySource: [String: Int] = [:]
  /// Counted comments per platform.
  public var commentsBySource: [String: Int] = [:]
  /// Picks of each option of each choice question (single, multi, yes/no), per source.
  public var choiceCounts: [ChoiceFact] = []
  /// How many answered each question, per source.
  public var answeredCounts: [AnsweredFact] = []
  /// The numeric answers of scale and number questions, by question id.
  public var numbers: [String: [Double]] = [:]
  /// Free text per question (answers and routed comments), by question id.
  public var texts: [String: TextFacts] = [:]
  /// Positions taken in free text, inferred for choice questions (never direct answers); the
  /// option "" counts the comments that took at least one.
  public var inferredCounts: [ChoiceFact] = []
  /// With a cross-tab: picks of each option by the option picked for the `by` question.
  public var crossCounts: [CrossFact] = []
  /// With a cross-tab: mean sentiment of each text question's answers by the `by` option.
  public var crossSentiment: [CrossSentimentFact] = []
  /// Per day (UTC): complete responses, comments, and the mean sentiment of the free text.
  public var days: [DayFact] = []
  /// Published comments that no analysis has read yet (`agora analyze` counts them in).
  public var unanalysed = 0

  /// Creates empty facts.
  public init() {}
}

/// How many picked one option of one question, from one source.
public struct ChoiceFact: Sendable, Hashable {
  /// The question.
  public var questionID: String
  /// The option.
  public var optionID: String
  /// Where the answers come from.
  public var source: String
  /// How many.
  public var count: Int

  /// Creates a fact.
  public init(questionID: String, optionID: String, source: String, count: Int) {
    self.questionID = questionID
    self.optionID = optionID
    self.source = source
    self.count = count
  }
}

/// How many answered one question, from one source.
public struct AnsweredFact: Sendable, Hashable {
  /// The question.
  public var questionID: String
  /// Where the answers come from.
  public var source: String
  /// How many.
  public var count: Int

  /// Creates a fact.
  public init(questionID: String, source: String, count: Int) {
    self.questionID = questionID
    self.source = source
    self.count = count
  }
}

/// What the analysis says of one question's free text.
public struct TextFacts: Sendable, Hashable {
  /// Texts per source.
  public var bySource: [String: Int] = [:]
  /// Texts per sentiment label (`pos`, `neu`, `neg`); texts not analysed yet are not counted.
  public var sentiment: [String: Int] = [:]
  /// The sum of the sentiment scores of the analysed texts.
  public var sentimentSum: Double = 0
  /// Texts per language.
  public var languages: [String: Int] = [:]
  /// The themes of the latest analysis, largest first.
  public var themes: [ThemeFact] = []
  /// Groups of near-identical texts, largest first.
  public var duplicates: [DuplicateFact] = []

  /// Creates empty text facts.
  public init() {}

  /// All texts counted.
  public var total: Int { bySource.values.reduce(0, +) }
}

/// One theme with its size, mood and quotes, as filtered for a summary.
public struct ThemeFact: Sendable, Hashable {
  /// The theme's id in its analysis run.
  public var id: Int
  /// Its label.
  public var label: String
  /// Texts in it (after filters).
  public var size: Int
  /// Mean sentiment of its texts.
  public var mood: Double
  /// Its most representative texts (after filters).
  public var quotes: [QuoteFact]

  /// Creates a theme fact.
  public init(id: Int, label: String, size: Int, mood: Double, quotes: [QuoteFact]) {
    self.id = id
    self.label = label
    self.size = size
    self.mood = mood
    self.quotes = quotes
  }
}

/// A text to quote, with its origin.
public struct QuoteFact: Sendable, Hashable {
  /// The full text.
  public var text: String
  /// The source or platform.
  public var source: String
  /// The respondent's name or the hashed author.
  public var author: String?
  /// When it was written, as stored (ISO 8601).
  public var createdAt: String?

  /// Creates a quote fact.
  public init(text: String, source: String, author: String?, createdAt: String?) {
    self.text = text
    self.source = source
    self.author = author
    self.createdAt = createdAt
  }
}

/// Near-identical texts.
public struct DuplicateFact: Sendable, Hashable, Codable {
  /// How many copies.
  public var count: Int
  /// Their sources.
  public var sources: [String]
  /// One copy.
  public var sample: String

  /// Creates a duplicate fact.
  public init(count: Int, sources: [String], sample: String) {
    self.count = count
    self.sources = sources
    self.sample = sample
  }
}

/// Picks of one option by the option picked for the cross-tab question.
public struct CrossFact: Sendable, Hashable {
  /// The question tallied.
  public var questionID: String
  /// Its option.
  public var optionID: String
  /// The option of the `by` question.
  public var byOptionID: String
  /// How many respondents picked both.
  public var count: Int

  /// Creates a cross fact.
  public init(questionID: String, optionID: String, byOptionID: String, count: Int) {
    self.questionID = questionID
    self.optionID = optionID
    self.byOptionID = byOptionID
    self.count = count
  }
}

/// Mean sentiment of a text question's answers among those who picked one `by` option.
public struct CrossSentimentFact: Sendable, Hashable {
  /// The text question.
  public var questionID: String
  /// The option of the `by` question.
  public var byOptionID: String
  /// The mean sentiment.
  public var mean: Double

  /// Creates a fact.
  public init(questionID: String, byOptionID: String, mean: Double) {
    self.questionID = questionID
    self.byOptionID = byOptionID
    self.mean = mean
  }
}

/// One day's activity.
public struct DayFact: Sendable, Hashable {
  /// `YYYY-MM-DD`.
  public var day: String
  /// Complete responses that day.
  public var responses: Int
  /// Comments that day.
  public var comments: Int
  /// Mean sentiment of that day's free text, if any was analysed.
  public var sentiment: Double?

  /// Creates a day fact.
  public init(day: String, responses: Int, comments: Int, sentiment: Double?) {
    self.day = day
    self.responses = responses
    self.comments = comments
    self.sentiment = sentiment
  }
}

/// Which answers and comments a summary counts.
public struct FactFilter: Sendable, Hashable, Codable {
  /// Only these sources; all when empty.
  public var sources: [String]
  /// Only on or after this day (`YYYY-MM-DD`).
  public var since: String?
  /// Count near-duplicate comments once.
  public var collapseDuplicates: Bool
  /// Cross-tabulate by this question.
  public var by: String?
  /// Only free text in these detected languages (`fr`, `en`…); all when empty. Counts of
  /// choices and numbers are not filtered by language: only texts carry one.
  public var languages: [String] = []

  /// Creates a filter.
  public init(
    sources: [String] = [], since: String? = nil, collapseDuplicates: Bool = true, by: String? = nil
  ) {
    self.sources = sources
    self.since = since
    self.collapseDuplicates = collapseDuplicates
    self.by = by
  }
}

extension FactFilter {
  enum CodingKeys: String, CodingKey {
    case sources, since, collapseDuplicates, by, languages
  }

  /// Decodes a filter; `languages` may be missing (filters written before it existed).
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    sources = try container.decode([String].self, forKey: .sources)
    since = try container.decodeIfPresent(String.self, forKey: .since)
    collapseDuplicates = try container.decode(Bool.self, forKey: .collapseDuplicates)
    by = try container.decodeIfPresent(String.self, forKey: .by)
    languages = try container.decodeIfPresent([String].self, forKey: .languages) ?? []
  }

  /// Encodes a filter; `languages` only when set, so that reports without it read as before.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(sources, forKey: .sources)
    try container.encodeIfPresent(since, forKey: .since)
    try container.encode(collapseDuplicates, forKey: .collapseDuplicates)
    try container.encodeIfPresent(by, forKey: .by)
    if !languages.isEmpty { try container.encode(languages, forKey: .languages) }
  }
}
