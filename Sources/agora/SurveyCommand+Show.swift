import AgoraModel
import AgoraReport
import ArgumentParser

extension Agora.SurveyCommand {
  /// `agora survey show ID [--lang en] [--json]`: one survey's questions.
  struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Show a survey's questions (loading it from ./surveys/ if needed).")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The survey id, e.g. grok-3.")
    var id: String

    @Option(help: "The language to show the questions in (default: the survey's first).")
    var lang: String?

    @Flag(help: "Print the survey definition as JSON.")
    var json = false

    func run() throws {
      let stored = try SurveyLookup.find(id, in: try global.openStore())
      if let lang, !stored.survey.languages.contains(lang) {
        throw ModelError.unknownLanguage(lang, survey: stored.survey)
      }
      if json { return try JSONOutput.write(stored.survey) }
      var out = StandardOutput()
      SurveyOutline(survey: stored.survey, revision: stored.revision, language: lang)
        .write(to: &out)
    }
  }
}
