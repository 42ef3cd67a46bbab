import AgoraModel
import AgoraReport
import AgoraStore
import ArgumentParser
import Foundation

extension Agora {
  /// `agora themes SURVEY [--json]`: the themes of the latest analysis with quotes.
  struct Themes: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Show the themes of a survey's free text (run `agora analyze` first).")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The survey id.")
    var survey: String

    @Option(help: "Only this text question.")
    var question: String?

    @Option(help: "The language to show prompts in.")
    var lang: String?

    @Flag(help: "Print JSON.")
    var json = false

    func run() throws {
      let store = try global.openStore()
      let stored = try SurveyLookup.find(survey, in: store)
      if let question, stored.survey.question(question)?.isText != true {
        throw ModelError.unknownQuestion(question, survey: stored.survey, kind: "text")
      }
      let filter = FactFilter()
      let summary = SummaryBuilder(
        survey: stored.survey, revision: stored.revision, language: lang, filters: filter
      ).build(try store.facts(surveyID: survey, filter: filter), at: Date())
      let questions = summary.questions.filter {
        $0.text != nil && (question == nil || $0.id == question)
      }
      if json {
        return try JSONOutput.write(
          questions.map { ThemesJSON(question: $0.id, themes: $0.text?.themes ?? []) })
      }
      var out = StandardOutput()
      if let space = try store.latestAnalysisParameters(surveyID: survey)["vectors"] {
        print("themes found in \(space) vectors\n", to: &out)
      }
      for item in questions {
        let themes = item.text?.themes ?? []
        print("\(item.id) — \(SafeText.terminal(item.prompt))", to: &out)
        if themes.isEmpty { print("  no themes yet; run `agora analyze \(survey)`", to: &out) }
        for theme in themes {
          let share = String(format: "%.0f%%", theme.size.share * 100)
          print(
            "  [\(theme.id)] \(SafeText.terminal(theme.label)) — \(theme.size.count) (\(share)), "
              + "mood \(String(format: "%+.2f", theme.mood))", to: &out)
          for quote in theme.quotes {
            print("      “\(SafeText.terminal(quote.text))” — \(quote.source)", to: &out)
          }
        }
        print("", to: &out)
      }
    }
  }
}

/// One question's themes in `agora themes --json`.
private struct ThemesJSON: Encodable {
  var question: String
  var themes: [ThemeResult]
}
