import AgoraModel
import Foundation
import Testing

@testable import AgoraReport

/// Positions inferred from comments on a multi-choice question: shares are of the comments
/// that took a position, so they may add up to more than 100%.
struct InferredTallyTests {
  let survey = Survey(
    id: "s", title: LocalizedText(plain: "S"), languages: ["fr"],
    questions: [
      Question(
        id: "why",
        kind: .multi(
          options: [
            Choice(id: "ai", label: LocalizedText(plain: "IA")),
            Choice(id: "rival", label: LocalizedText(plain: "Rival")),
          ], min: 1, max: nil),
        prompt: LocalizedText(plain: "Pourquoi ?"))
    ])

  func inferred(_ counts: [ChoiceFact]) throws -> Tally {
    var facts = SurveyFacts()
    facts.inferredCounts = counts
    let summary = SummaryBuilder(survey: survey, revision: 1, filters: FactFilter())
      .build(facts, at: Date(timeIntervalSince1970: 0))
    return try #require(summary.questions.first?.inferred)
  }

  @Test func sharesAreOfTheCommentsThatTookAPosition() throws {
    // Ten comments took a position: 8 the first option, 6 the second.
    let tally = try inferred([
      ChoiceFact(questionID: "why", optionID: "", source: "disqus", count: 10),
      ChoiceFact(questionID: "why", optionID: "ai", source: "disqus", count: 8),
      ChoiceFact(questionID: "why", optionID: "rival", source: "disqus", count: 6),
    ])
    #expect(tally.answered == 10)
    #expect(tally.options.map(\.all.count) == [8, 6])
    #expect(tally.options.map(\.all.share) == [0.8, 0.6])
  }

  @Test func runsWithoutTheCountOfCommentsCountPositions() throws {
    let tally = try inferred([
      ChoiceFact(questionID: "why", optionID: "ai", source: "disqus", count: 3),
      ChoiceFact(questionID: "why", optionID: "rival", source: "disqus", count: 1),
    ])
    #expect(tally.answered == 4)
    #expect(tally.options.map(\.all.share) == [0.75, 0.25])
  }
}
