import AgoraModel
import ArgumentParser
import Foundation

/// The `agora` command line: parses arguments and wires the libraries together.
@main
struct Agora: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "agora",
    abstract: "Ask readers questions, import their comments, and read the results.",
    subcommands: [
      Validate.self, SurveyCommand.self, AnswerCommand.self, Responses.self, Import.self,
      Imports.self, Analyze.self, Themes.self, SummaryCommand.self, Demo.self, Eval.self,
      Home.self,
    ],
    defaultSubcommand: Home.self
  )

  /// Runs the command, mapping errors to exit codes: 0 ok, 1 the input is wrong, 2 usage error.
  static func main() async {
    signal(SIGPIPE, SIG_IGN)
    do {
      var command = try parseAsRoot()
      if var asyncCommand = command as? any AsyncParsableCommand {
        try await asyncCommand.run()
      } else {
        try command.run()
      }
    } catch {
      let code = exitCode(for: error)
      if code == .success || error is ExitCode {
        exit(withError: error)
      } else if code == .validationFailure {
        var stderr = StandardError()
        print(fullMessage(for: error), to: &stderr)
        print("Run `agora --help` for usage.", to: &stderr)
        Foundation.exit(2)
      } else {
        var stderr = StandardError()
        print("error: \(error)", to: &stderr)
        Foundation.exit(1)
      }
    }
  }
}
