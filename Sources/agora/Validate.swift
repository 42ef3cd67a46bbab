import AgoraModel
import ArgumentParser
import Foundation

extension Agora {
  /// `agora validate FILE…`: checks survey files without touching a database.
  struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Check survey files and report every problem with file:line:column.")

    @Argument(help: "Survey files (YAML) or folders of them.")
    var paths: [String]

    func run() throws {
      var out = StandardOutput()
      let (loaded, failures) = try SurveyLookup.load(paths)
      for (name, file) in loaded {
        let count = file.survey.questions.count
        print("\(name): ok — survey `\(file.survey.id)`, \(count) questions", to: &out)
      }
      if failures.count == 1, let failure = failures.first { throw failure }
      if !failures.isEmpty { throw ValidationFailures(failures: failures) }
    }
  }
}

/// Several files failed validation; each one's problems are listed.
struct ValidationFailures: Error, CustomStringConvertible {
  var failures: [ModelError]
  var description: String { failures.map(\.description).joined(separator: "\n") }
}
