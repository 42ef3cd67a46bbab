import AgoraImport
import AgoraModel
import Foundation
import Testing

@Suite struct CommentRouterTests {
  /// The hand-labelled comments: (question id, text).
  private func labelled() throws -> [(question: String, text: String)] {
    try Fixture.text("routing/labelled.tsv").split(separator: "\n").dropFirst().compactMap {
      let fields = $0.split(separator: "\t", maxSplits: 1).map(String.init)
      return fields.count == 2 ? (fields[0], fields[1]) : nil
    }
  }

  @Test func routesTheLabelledSetAboveTheMeasuredFloor() throws {
    let router = try CommentRouter(survey: try Fixture.survey())
    let rows = try labelled()
    #expect(rows.count == 100)
    let correct = rows.filter { router.route($0.text)?.questionID == $0.question }.count
    if ProcessInfo.processInfo.environment["ROUTING_DEBUG"] != nil {
      for row in rows where router.route(row.text)?.questionID != row.question {
        print(
          "MISS \(row.question) -> \(router.route(row.text).map { "\($0)" } ?? "-"): \(row.text)")
      }
    }
    let accuracy = Double(correct) / Double(rows.count)
    print("routing accuracy on labelled.tsv: \(correct)/\(rows.count)")
    #expect(accuracy >= 0.7)
  }

  @Test(arguments: [
    ("Les données synthétiques vont provoquer un effondrement des modèles.", "synthetic-data"),
    ("Training on synthetic data is a recipe for model collapse.", "synthetic-data"),
    ("Pourquoi racheter OpenAI pour 97 milliards si Grok est meilleur ?", "openai-bid"),
    ("J'ai testé Grok 2, les réponses étaient médiocres.", "tried-performance"),
  ])
  func routesClearCases(text: String, question: String) throws {
    let route = try CommentRouter(survey: try Fixture.survey()).route(text)
    #expect(route?.questionID == question)
    #expect((route?.confidence ?? 0) > 0)
  }

  @Test func sendsWhatMatchesNothingToTheGeneralQuestion() throws {
    let route = try CommentRouter(survey: try Fixture.survey()).route("Merci !")
    #expect(route == Route(questionID: "opinion", confidence: 0))
  }

  @Test func forcedQuestionTakesEverything() throws {
    let router = try CommentRouter(survey: try Fixture.survey(), forcedQuestion: "synthetic-data")
    #expect(router.route("Musk rachète OpenAI")?.questionID == "synthetic-data")
    #expect(throws: ImportError.self) {
      try CommentRouter(survey: try Fixture.survey(), forcedQuestion: "tried")
    }
  }
}
