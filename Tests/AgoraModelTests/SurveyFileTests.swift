import Foundation
import Testing

@testable import AgoraModel

/// The Grok 3 survey loads with every question type, condition and translation.
struct SurveyFileTests {
  static func grok3() throws -> LoadedSurvey {
    let url = try #require(Bundle.module.url(forResource: "Fixtures/grok-3", withExtension: "yaml"))
    return try SurveyFile.load(from: url, name: "grok-3.yaml")
  }

  @Test func loadsTheGrok3Survey() throws {
    let loaded = try Self.grok3()
    let survey = loaded.survey
    #expect(survey.id == "grok-3")
    #expect(survey.languages == ["fr", "en"])
    #expect(
      survey.questions.map(\.id) == [
        "opinion", "claims", "claims-credibility", "tried", "tried-rating", "tried-performance",
        "synthetic-data-reliable", "synthetic-data", "openai-bid-reasons", "openai-bid",
        "assistant",
      ])
    #expect(
      survey.question("synthetic-data")?.prompt.text(in: "fr")
        == "Que pensez-vous de l'approche basée sur des données synthétiques pour entraîner les modèles d'IA ? Est-ce fiable ?"
    )
    #expect(
      survey.question("tried-rating")?.when == Condition(question: "tried", test: .equals("yes")))
    #expect(survey.question("openai-bid-reasons")?.options.last?.asksForText == true)
    #expect(survey.generalQuestion?.id == "opinion")
    #expect(loaded.contentHash.count == 64)
  }

  @Test func roundTripsThroughJSON() throws {
    let survey = try Self.grok3().survey
    let data = try JSONEncoder().encode(survey)
    #expect(try JSONDecoder().decode(Survey.self, from: data) == survey)
  }

  @Test func localizedTextFallsBack() {
    let text = LocalizedText(["fr": "Oui", "en": "Yes"])
    #expect(text.text(in: "en") == "Yes")
    #expect(text.text(in: "de", fallbacks: ["fr"]) == "Oui")
    #expect(text.text(in: "de") == "Yes")
    #expect(LocalizedText(plain: "Grok").text(in: "en") == "Grok")
  }
}
