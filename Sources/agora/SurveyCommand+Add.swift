import AgoraModel
import ArgumentParser
import Foundation

extension Agora.SurveyCommand {
  /// `agora survey add PATH…`: loads survey files; says what is new, changed or unchanged.
  struct Add: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Load survey files (or every .yaml in folders) into the database.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "Survey files or folders (e.g. surveys/).")
    var paths: [String]

    func run() throws {
      let (loaded, failures) = try SurveyLookup.load(paths)
      if !failures.isEmpty { throw ValidationFailures(failures: failures) }
      let store = try global.openStore()
      var out = StandardOutput()
      for (name, file) in loaded {
        let outcome = try store.saveSurvey(file, fileName: name, at: Date())
        let what =
          switch outcome {
          case .new(let revision): "new survey, revision \(revision)"
          case .changed(let revision): "changed, now revision \(revision)"
          case .unchanged(let revision): "unchanged (revision \(revision))"
          }
        print("\(file.survey.id): \(what) — \(name)", to: &out)
      }
    }
  }
}
