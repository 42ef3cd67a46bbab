import AgoraModel
import Foundation
import Testing

@testable import AgoraReport

/// Questions nobody answered yet say so instead of drawing empty bars.
struct EmptyStateTests {
  @Test func unansweredQuestionsSaySo() {
    let survey = Survey(
      id: "s", title: LocalizedText(plain: "S"), languages: ["fr"],
      questions: [
        Question(id: "tried", kind: .yesNo, prompt: LocalizedText(plain: "Testé ?")),
        Question(
          id: "why", kind: .text(maxLength: 100), prompt: LocalizedText(plain: "Pourquoi ?")),
      ])
    let summary = SummaryBuilder(survey: survey, revision: 1, filters: FactFilter())
      .build(SurveyFacts(), at: Date(timeIntervalSince1970: 0))
    var text = ""
    TerminalRenderer(width: 60).render(summary, to: &text)
    #expect(text.contains("1. Testé ?\n   yes/no · tried\n   no answers yet\n"))
    #expect(text.contains("2. Pourquoi ?\n   free text · why\n   no answers or comments yet\n"))
    #expect(!text.contains("█"))
  }
}
