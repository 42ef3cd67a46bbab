import AgoraTerminal
import ArgumentParser
import Foundation

extension Agora {
  /// `agora` (or `agora home`) on a terminal: the full-screen home over the database.
  struct Home: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "home",
      abstract: "Open the full-screen home: surveys, answering, results, imports (the default).",
      discussion: """
        Running `agora` with no command on a terminal opens the home; elsewhere it prints this \
        help. The home lists the surveys with their complete and in-progress responses and \
        comments. For a survey: answer it, browse its results (questions → a question's chart \
        with 95% intervals per option, each source apart and all together, inferred positions \
        apart → its themes → a theme's quotes), or list its import batches.

        Keys: ↑/↓ (j/k) move or scroll, PgUp/PgDn or Space page, Enter opens, a/r/i answer, \
        results, imports, t themes, s cycles the source filter (all, then each source), l cycles \
        the language of the free text (all, then each language), Esc or Backspace goes back, q \
        or Ctrl-C quits. NO_COLOR turns colours off.
        """)

    @OptionGroup var global: GlobalOptions

    func run() throws {
      let environment = ProcessInfo.processInfo.environment
      let session = HomeSession(environment: environment)
      guard FullScreenSession(environment: environment).isAvailable else {
        var out = StandardOutput()
        print(Agora.helpMessage(), to: &out)
        return
      }
      try session.run(StoreHomeSource(store: try global.openStore(), environment: environment))
    }
  }
}
