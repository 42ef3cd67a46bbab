import ArgumentParser

extension Agora {
  /// `agora survey …`: add, list and show surveys.
  struct SurveyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "survey",
      abstract: "Add, list and show surveys.",
      subcommands: [Add.self, List.self, Show.self])
  }
}
