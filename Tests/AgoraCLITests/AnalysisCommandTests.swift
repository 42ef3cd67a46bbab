import Foundation
import Testing

/// `agora analyze`, `agora themes` and `agora summary` on answers given from files.
@Suite(.serialized)
struct AnalysisCommandTests {
  static let texts = [
    ("oui", "reliable", "Les données synthétiques sont fiables si elles sont bien vérifiées."),
    ("oui", "unreliable", "Pas fiable du tout, risque d'effondrement du modèle."),
    ("non", "unreliable", "Synthetic data is not reliable, model collapse is real."),
    ("non", "depends", "Ça dépend de la qualité des données réelles mélangées."),
    ("oui", "unreliable", "Pas fiable : l'IA qui apprend de l'IA amplifie les biais."),
    ("non", "reliable", "Très bonne idée, ça évite les problèmes de droits d'auteur !"),
  ]

  func answered() throws -> AgoraProcess {
    let agora = try AgoraProcess()
    for (index, (tried, position, text)) in Self.texts.enumerated() {
      let answers: [String: Any] = [
        "tried": tried == "oui" ? "yes" : "no", "synthetic-data-reliable": position,
        "synthetic-data": text, "openai-bid-reasons": ["publicity"],
      ]
      let response: [String: Any] = [
        "respondent": "r\(index)", "language": "fr", "answers": answers,
      ]
      try agora.write(
        "r\(index).json",
        String(decoding: try JSONSerialization.data(withJSONObject: response), as: UTF8.self))
      let result = try agora.run(["answer", "grok-3", "--from", "r\(index).json"])
      #expect(result.status == 0, "\(result.stderr)")
    }
    return agora
  }

  @Test func analyzeReadsOnlyNewTextsTheSecondTime() throws {
    let agora = try answered()
    let first = try agora.run(["analyze", "grok-3"])
    #expect(first.status == 0, "\(first.stderr)")
    #expect(first.stdout.hasPrefix("grok-3: 6 texts, 6 read anew, "))
    let second = try agora.run(["analyze", "grok-3"])
    #expect(second.stdout.hasPrefix("grok-3: 6 texts, 0 read anew, "))
  }

  @Test func vectorsFlagChoosesTheThemeSpace() throws {
    let agora = try answered()
    let tfidf = try agora.run(["analyze", "grok-3", "--vectors", "tfidf"])
    #expect(tfidf.status == 0, "\(tfidf.stderr)")
    #expect(tfidf.stdout.contains("\n  themes found in tfidf vectors\n"))
    let shown = try agora.run(["themes", "grok-3", "--question", "synthetic-data"])
    #expect(shown.stdout.hasPrefix("themes found in tfidf vectors\n"))
    let semantic = try agora.run(["analyze", "grok-3"])
    #expect(semantic.stdout.contains("\n  themes found in semantic vectors\n"))
    let bad = try agora.run(["analyze", "grok-3", "--vectors", "words"])
    #expect(bad.status != 0)
  }

  @Test func summaryCountsDirectAndInferredAnswersApart() throws {
    let agora = try answered()
    _ = try agora.run(["analyze", "grok-3"])
    let result = try agora.run(["summary", "grok-3", "--format", "json"])
    #expect(result.status == 0, "\(result.stderr)")
    let summary = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
    let questions = summary?["questions"] as? [[String: Any]] ?? []
    let reliable = questions.first { $0["id"] as? String == "synthetic-data-reliable" }
    let direct = (reliable?["tally"] as? [String: Any])?["options"] as? [[String: Any]]
    let counts = direct?.map { (($0["all"] as? [String: Any])?["count"] as? Int) ?? -1 }
    #expect(counts == [2, 3, 1, 0])
    #expect(reliable?["inferred"] == nil, "respondents' own text is not used for inference")
    let text =
      questions.first { $0["id"] as? String == "synthetic-data" }?["text"] as? [String: Any]
    #expect(text?["total"] as? Int == 6)
  }

  @Test func summaryKeepsTheFreeTextOfOneLanguage() throws {
    let agora = try answered()
    _ = try agora.run(["analyze", "grok-3"])
    let result = try agora.run(["summary", "grok-3", "--text-lang", "en", "--format", "json"])
    #expect(result.status == 0, "\(result.stderr)")
    let summary = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
    let questions = summary?["questions"] as? [[String: Any]] ?? []
    let text =
      questions.first { $0["id"] as? String == "synthetic-data" }?["text"] as? [String: Any]
    #expect(text?["total"] as? Int == 1, "one of the six texts is in English")
    let terminal = try agora.run(["summary", "grok-3", "--text-lang", "en"])
    #expect(terminal.stdout.contains("text in en"))
    let wrong = try agora.run(["summary", "grok-3", "--text-lang", "de"])
    #expect(wrong.status == 2)
    #expect(wrong.stderr.contains("--text-lang takes fr, en or other"))
  }

  @Test func positionsAreInferredFromCommentsAndShownApart() throws {
    let agora = try answered()
    try agora.write(
      "comments.csv",
      """
      id,message
      1,"Pas fiable du tout, l'effondrement des modèles est réel."
      2,"Ce n'est pas très fiable à mon avis."
      3,"Synthetic data is not reliable, period."
      4,"Ça dépend du vérificateur."
      5,"C'est fiable pour le code, on peut tout vérifier."
      6,"Aucun avis là-dessus, je lis juste."

      """)
    let imported = try agora.run([
      "import", "comments.csv", "--survey", "grok-3", "--question", "synthetic-data",
    ])
    #expect(imported.status == 0, "\(imported.stderr)")
    _ = try agora.run(["analyze", "grok-3"])
    let result = try agora.run(["summary", "grok-3", "--format", "json"])
    let summary = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
    let questions = summary?["questions"] as? [[String: Any]] ?? []
    let reliable = questions.first { $0["id"] as? String == "synthetic-data-reliable" }
    let inferred = (reliable?["inferred"] as? [String: Any])?["options"] as? [[String: Any]]
    let counts = inferred?.map { (($0["all"] as? [String: Any])?["count"] as? Int) ?? -1 }
    #expect(counts == [1, 2, 1, 0])
    let direct = (reliable?["tally"] as? [String: Any])?["options"] as? [[String: Any]]
    #expect(
      direct?.map { (($0["all"] as? [String: Any])?["count"] as? Int) ?? -1 } == [2, 3, 1, 0])
  }

  @Test func themesNeedAnAnalysisAndNameUnknownQuestions() throws {
    let agora = try answered()
    let before = try agora.run(["themes", "grok-3", "--question", "synthetic-data"])
    #expect(before.stdout.contains("no themes yet; run `agora analyze grok-3`"))
    let unknown = try agora.run(["themes", "grok-3", "--question", "tried"])
    #expect(unknown.status == 1)
    #expect(unknown.stderr.hasPrefix("error: survey `grok-3` has no text question `tried`"))
  }
}
