import ArgumentParser

/// The `agora` command line: parses arguments and wires the libraries together.
@main
struct Agora: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "agora",
    abstract: "Ask readers questions, import their comments, and read the results.",
    subcommands: [Eval.self]
  )
}
