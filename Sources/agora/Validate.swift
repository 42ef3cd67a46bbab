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
      var failures: [ModelError] = []
      for path in paths {
        let files = try SurveyLookup.surveyFiles(in: URL(fileURLWithPath: path))
        if files.isEmpty {
          throw ModelError.unreadable(file: path, reason: "no such file or folder of .yaml files")
        }
        for file in files {
          let name = SurveyLookup.displayName(of: file, under: path)
          do {
            let loaded = try SurveyFile.load(from: file, name: name)
            let count = loaded.survey.questions.count
            print("\(name): ok — survey `\(loaded.survey.id)`, \(count) questions", to: &out)
          } catch {
            failures.append(error)
          }
        }
      }
      if failures.count == 1, let failure = failures.first { throw failure }
      if !failures.isEmpty {
        throw ValidationFailures(failures: failures)
      }
    }
  }
}

/// Several files failed validation; each one's problems are listed.
struct ValidationFailures: Error, CustomStringConvertible {
  var failures: [ModelError]
  var description: String { failures.map(\.description).joined(separator: "\n") }
}
