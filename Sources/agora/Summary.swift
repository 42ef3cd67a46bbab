import AgoraModel
import AgoraReport
import AgoraStore
import ArgumentParser
import Foundation

extension Agora {
  /// `agora summary SURVEY`: the results report, in the terminal or as a file.
  struct SummaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "summary",
      abstract: "Print a survey's results: tallies with margins of error, themes, sentiment.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var report: ReportOptions

    @Argument(help: "The survey id.")
    var survey: String

    func validate() throws {
      try report.check()
    }

    func run() throws {
      let store = try global.openStore()
      let stored = try SurveyLookup.find(survey, in: store)
      let summary = try report.summary(of: stored, in: store, at: Date())
      try report.write(summary)
    }
  }
}
