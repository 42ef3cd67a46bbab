import AgoraModel
import AgoraStore
import AgoraText
import ArgumentParser
import Foundation

extension Agora {
  /// `agora analyze SURVEY`: language, sentiment and themes of all free text of a survey.
  struct Analyze: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Analyse the free text of a survey: answers and imported comments.",
      discussion: """
        Only texts that are new or changed since the last run are read again; themes are found \
        anew for every text question (or only --question) and keep their ids where they persist.
        """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The survey id.")
    var survey: String

    @Option(help: "Only find the themes of this text question.")
    var question: String?

    @Option(help: "Force this number of themes (default: found from the data).")
    var themes: Int?

    @Option(
      help: """
        The vector space themes are found in: semantic (French and English meet; the default) \
        or tfidf (words as written).
        """)
    var vectors: VectorSpace = .semantic

    func validate() throws {
      if let themes, themes < 1 { throw ValidationError("--themes must be at least 1") }
    }

    func run() throws {
      let store = try global.openStore()
      let stored = try SurveyLookup.find(survey, in: store)
      if let question, stored.survey.question(question)?.isText != true {
        throw ModelError.unknownQuestion(question, survey: stored.survey, kind: "text")
      }
      let analysis = SurveyAnalysis(
        store: store, survey: stored.survey, themeCount: themes, onlyQuestion: question,
        vectors: vectors)
      let bar = ProgressBar()
      defer { bar.finish() }
      let outcome = try analysis.run(progress: { bar.update($0, $1) }, at: Date())
      bar.finish()
      var out = StandardOutput()
      print(
        "\(survey): \(outcome.texts) texts, \(outcome.analysed) read anew, "
          + "\(outcome.inferred) inferred positions", to: &out)
      if let space = outcome.vectors {
        print("  themes found in \(space.rawValue) vectors", to: &out)
      }
      for question in stored.survey.textQuestions {
        guard let themes = outcome.themes[question.id] else { continue }
        let labels = themes.prefix(4).map(\.label).joined(separator: "; ")
        let outliers = themes.reduce(0) { $0 + $1.outliers.count }
        let attached = outliers > 0 ? " (\(outliers) outliers attached)" : ""
        print("  \(question.id): \(themes.count) themes\(attached) — \(labels)", to: &out)
      }
    }
  }
}
