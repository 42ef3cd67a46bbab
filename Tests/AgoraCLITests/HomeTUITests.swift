import Foundation
import Testing

/// The full-screen home in a real terminal (tmux), over a database built by the binary itself:
/// results → a question → its themes → quotes, a source filter, back, imports, quit.
@Suite(.serialized)
struct HomeTUITests {
  /// Makes `t.sqlite` in `folder` with the Grok 3 survey and its imported comments, analysed.
  static func analyse(in folder: URL) throws {
    let exports = CLI.packageRoot.appendingPathComponent("exports/grok-3")
    let files = try FileManager.default.contentsOfDirectory(atPath: exports.path).sorted()
      .map { exports.appendingPathComponent($0).path }
    for arguments in [
      ["survey", "add", "surveys/"], ["import"] + files + ["--survey", "grok-3"],
      ["analyze", "grok-3"],
    ] {
      let result = try CLI.run(arguments + ["--db", "t.sqlite"], in: folder)
      #expect(result.status == 0, "\(arguments.first ?? ""): \(result.error)")
    }
  }

  @Test(.enabled(if: TmuxDriver.isAvailable, "tmux is not installed"))
  func browsesResultsAndImportsThenQuits() throws {
    try CLI.withScratchFolder { folder in
      try Self.analyse(in: folder)
      let tmux = TmuxDriver()
      defer { tmux.stop() }
      let command =
        "before=$(stty -g); NO_COLOR=1 \(CLI.binary.path) --db t.sqlite; "
        + "code=$?; after=$(stty -g); "
        + "if [ \"$before\" = \"$after\" ]; then echo TTY:same; else echo TTY:changed; fi; "
        + "echo EXIT:$code; sleep 60"
      try tmux.start(command, in: folder)
      #expect(try tmux.waitFor("▸ grok-3") != nil)
      #expect(try tmux.waitFor("in progress") != nil)
      #expect(try tmux.waitFor("352  Grok 3 : qu'en pensez-vous ?") != nil)
      #expect(try tmux.pane("#{alternate_on}") == "1")

      // Results: the question list, then the free-text question on synthetic data.
      try tmux.send("r")
      #expect(try tmux.waitFor("Agora › grok-3 › Results") != nil)
      #expect(try tmux.waitFor("Sources: all together (s)") != nil)
      try tmux.send("Down", "Down", "Down", "Down", "Down", "Down", "Enter")
      #expect(try tmux.waitFor("◇ Inferred from comments") != nil)
      #expect(try tmux.waitFor("Results › synthetic-data-reliable") != nil)
      #expect(try tmux.waitFor("13 comments") != nil)
      #expect(try tmux.waitFor("69.2% (42.4–87.3)  n=9") != nil)
      try tmux.send("Escape", "Down", "Enter")
      #expect(try tmux.waitFor("57 texts · csv 7 · disqus 14") != nil)
      #expect(try tmux.waitFor("5 themes — t opens them") != nil)

      // Its themes, then a theme's quotes with their origin.
      // The third theme holds both languages and is labelled in both.
      try tmux.send("t")
      #expect(try tmux.waitFor("▸ testé grok · horaires train") != nil)
      try tmux.send("Down", "Down")
      #expect(try tmux.waitFor("▸ données synthétiques · synthetic data · musk simpli…") != nil)
      try tmux.send("Enter")
      #expect(try tmux.waitFor("Themes › Quotes") != nil)
      // Authors are pseudonyms salted per database: only the source and the day are fixed.
      #expect(try tmux.waitFor("— reddit, ") != nil)
      #expect(try tmux.waitFor(", 2025-02-13") != nil)

      // A source filter rebuilds the summary: reddit alone, then back to the themes.
      try tmux.send("s", "s", "s", "s")
      #expect(try tmux.waitFor("Sources: only reddit (s)") != nil)
      #expect(try tmux.waitFor("“Re: the synthetic data claim.") != nil)
      try tmux.send("Escape")
      #expect(try tmux.waitFor("Enter shows a theme's quotes") != nil)
      #expect(try tmux.waitFor("Sources: only reddit (s)") != nil)
      #expect(try tmux.waitFor("14 texts") != nil)

      // Back to the survey, its imports.
      try tmux.send("Escape", "Escape", "Escape")
      #expect(try tmux.waitFor("▸ Results") != nil)
      try tmux.send("i")
      #expect(try tmux.waitFor("5 batches · 352 new comments in all") != nil)
      #expect(try tmux.waitFor("disqus") != nil)
      #expect(try tmux.waitFor("routed: claims 20") != nil)

      // A resize redraws; q quits and the terminal is as it was.
      _ = try TmuxDriver.run([
        "tmux", "-L", tmux.socket, "resize-window", "-t", tmux.session, "-x", "80", "-y", "24",
      ])
      #expect(try tmux.waitFor("↑/↓ scroll · Esc back · q quit") != nil)
      try tmux.send("q")
      #expect(try tmux.waitFor("EXIT:") != nil)
      #expect(try tmux.waitFor("TTY:same") != nil)
      #expect(try tmux.waitFor("EXIT:0") != nil)
      #expect(try tmux.pane("#{alternate_on}") == "0")
    }
  }

  @Test func printsTheHelpWithoutATerminal() throws {
    try CLI.withScratchFolder { folder in
      let result = try CLI.run([], in: folder)
      #expect(result.status == 0)
      #expect(result.output.contains("USAGE: agora <subcommand>"))
      #expect(result.output.contains("home (default)"))
    }
  }
}
