import AgoraModel
import Foundation

/// Builds the `Summary` of a survey from the counts the store read.
public struct SummaryBuilder: Sendable {
  /// The survey (latest revision).
  public var survey: Survey
  /// Its revision number.
  public var revision: Int
  /// The language texts are shown in.
  public var language: String
  /// The filters the facts were read with.
  public var filters: FactFilter
  /// How long a quote may be before it is cut at a word boundary.
  public var quoteLength = 240

  /// Creates a builder.
  public init(survey: Survey, revision: Int, language: String? = nil, filters: FactFilter) {
    self.survey = survey
    self.revision = revision
    self.language = language ?? survey.defaultLanguage
    self.filters = filters
  }

  /// The summary of `facts`, stamped with `date`.
  public func build(_ facts: SurveyFacts, at date: Date) -> Summary {
    let sources = Set(facts.responsesBySource.keys).union(facts.commentsBySource.keys).sorted()
    let info = SurveyInfo(
      id: survey.id, title: text(survey.title), revision: revision, language: language,
      article: survey.source?.title)
    return Summary(
      survey: info, generatedAt: date, filters: filters,
      sources: sources.map {
        SourceCount(
          source: $0, responses: facts.responsesBySource[$0] ?? 0,
          comments: facts.commentsBySource[$0] ?? 0)
      },
      questions: survey.questions.map { question(for: $0, facts) },
      trend: facts.days.map {
        DayCount(
          day: $0.day, responses: $0.responses, comments: $0.comments, sentiment: $0.sentiment)
      }, unanalysed: facts.unanalysed > 0 ? facts.unanalysed : nil)
  }

  func text(_ localized: LocalizedText) -> String {
    localized.text(in: language, fallbacks: survey.languages)
  }

  func question(for question: Question, _ facts: SurveyFacts) -> QuestionSummary {
    var summary = QuestionSummary(
      id: question.id, prompt: text(question.prompt), type: question.kind.name)
    switch question.kind {
    case .single, .yesNo, .multi:
      let exclusive = !(question.kind.name == "multi")
      summary.tally = tally(
        question, counts: facts.choiceCounts, answered: answered(question.id, facts),
        test: exclusive)
      let inferred = facts.inferredCounts.filter {
        $0.questionID == question.id && !$0.optionID.isEmpty
      }
      if !inferred.isEmpty {
        // Comments that took a position (option ""); runs saved without them count positions.
        let takers = facts.inferredCounts.filter {
          $0.questionID == question.id && $0.optionID.isEmpty
        }
        var totals: [String: Int] = [:]
        for fact in takers.isEmpty ? inferred : takers {
          totals[fact.source, default: 0] += fact.count
        }
        summary.inferred = tally(question, counts: inferred, answered: totals, test: exclusive)
      }
      summary.crossTab = crossTab(question, facts)
    case .scale(let min, let max, _, _):
      let values = facts.numbers[question.id] ?? []
      summary.numbers = Statistics.numberStats(values)
      let options = (min...max).map { Choice(id: "\($0)", label: LocalizedText(plain: "\($0)")) }
      let counts = Dictionary(grouping: values, by: { AnswerValue.format($0) }).map {
        ChoiceFact(questionID: question.id, optionID: $0.key, source: "all", count: $0.value.count)
      }
      summary.tally = tally(
        options: options, counts: counts, answered: ["all": values.count], test: false)
    case .number:
      summary.numbers = Statistics.numberStats(facts.numbers[question.id] ?? [])
    case .text:
      summary.text = textResults(facts.texts[question.id] ?? TextFacts())
      summary.crossTab = sentimentCrossTab(question, facts)
    }
    return summary
  }

  func answered(_ questionID: String, _ facts: SurveyFacts) -> [String: Int] {
    var answered: [String: Int] = [:]
    for fact in facts.answeredCounts where fact.questionID == questionID {
      answered[fact.source, default: 0] += fact.count
    }
    return answered
  }

  func tally(_ question: Question, counts: [ChoiceFact], answered: [String: Int], test: Bool)
    -> Tally
  {
    tally(
      options: question.options, counts: counts.filter { $0.questionID == question.id },
      answered: answered, test: test)
  }

  /// Per option: all sources together and each apart; a chi-square test across sources when the
  /// options exclude each other and at least two sources answered.
  func tally(options: [Choice], counts: [ChoiceFact], answered: [String: Int], test: Bool)
    -> Tally
  {
    let sources = answered.filter { $0.value > 0 }.keys.sorted()
    let total = answered.values.reduce(0, +)
    var table: [String: [String: Int]] = [:]
    for fact in counts { table[fact.optionID, default: [:]][fact.source, default: 0] += fact.count }
    let rows = options.map { option in
      let bySource = table[option.id] ?? [:]
      return OptionCount(
        id: option.id, label: text(option.label),
        all: Proportion(count: bySource.values.reduce(0, +), total: total),
        bySource: sources.map { Proportion(count: bySource[$0] ?? 0, total: answered[$0] ?? 0) })
    }
    let differ =
      test && sources.count > 1
      ? Statistics.chiSquare(sources.indices.map { s in rows.map { $0.bySource[s].count } }) : nil
    return Tally(
      answered: total, options: rows, sources: sources, sourcesDiffer: differ,
      smallSample: total < 30)
  }
}
