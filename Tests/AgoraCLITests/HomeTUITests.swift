import Foundation
import Testing

/// The full-screen home in a real terminal (tmux), over a database built by the binary itself:
/// results → a question → its themes → quotes, a source filter, back, imports, quit.
@Suite(.serialized)
struct HomeTUITests {
  /// A folder holding `t.sqlite` with the Grok 3 survey, its imported comments, analysed.
  static func analysedFolder() throws -> URL {
    let folder = try CLI.scratchFolder()
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
    return folder
  }

  @Test(.enabled(if: TmuxDriver.isAvailable, "tmux is not installed"))
  func browsesResultsAndImportsThenQuits() throws {
    let folder = try Self.analysedFolder()
    let tmux = TmuxDriver()
    defer { tmux.stop() }
    let command =
      "before=$(stty -g); NO_COLOR=1 \(CLI.binary.path) --db t.sqlite; "
      + "code=$?; after=$(stty -g); "
      + "if [ \"$before\" = \"$after\" ]; then echo TTY:same; else echo TTY:changed; fi; "
      + "echo EXIT:$code; sleep 60"
    try tmux.start(command, in: folder)
    let list = try tmux.waitFor("▸ grok-3")
    #expect(list?.contains("in progress") == true)
    #expect(list?.contains("352  Grok 3 : qu'en pensez-vous ?") == true)
    #expect(try tmux.pane("#{alternate_on}") == "1")

    // Results: the question list, then the free-text question on synthetic data.
    try tmux.send("r")
    #expect(try tmux.waitFor("Agora › grok-3 › Results") != nil)
    #expect(try tmux.waitFor("Sources: all together (s)") != nil)
    try tmux.send("Down", "Down", "Down", "Down", "Down", "Down", "Enter")
    let chart = try tmux.waitFor("◇ Inferred from comments")
    #expect(chart?.contains("Results › synthetic-data-reliable") == true)
    #expect(chart?.contains("13 comments") == true)
    #expect(chart?.contains("69.2% (42.4–87.3)  n=9") == true)
    try tmux.send("Escape", "Down", "Enter")
    #expect(try tmux.waitFor("57 texts · csv 7 · disqus 14") != nil)
    #expect(try tmux.waitFor("5 themes — t opens them") != nil)

    // Its themes, then a theme's quotes with their origin.
    try tmux.send("t")
    #expect(try tmux.waitFor("▸ synthetic data · verifier · model trained") != nil)
    try tmux.send("Enter")
    let quotes = try tmux.waitFor("Themes › Quotes")
    // Authors are pseudonyms salted per database: only the source and the day are fixed.
    #expect(quotes?.contains("— reddit, ") == true)
    #expect(quotes?.contains(", 2025-02-13") == true)

    // A source filter rebuilds the summary: reddit alone, then back to the themes.
    try tmux.send("s", "s", "s", "s")
    #expect(try tmux.waitFor("Sources: only reddit (s)") != nil)
    #expect(try tmux.waitFor("“Re: the synthetic data claim.") != nil)
    try tmux.send("Escape")
    let themes = try tmux.waitFor("Enter shows a theme's quotes")
    #expect(themes?.contains("Sources: only reddit (s)") == true)
    #expect(themes?.contains("14 texts") == true)

    // Back to the survey, its imports.
    try tmux.send("Escape", "Escape", "Escape")
    #expect(try tmux.waitFor("▸ Results") != nil)
    try tmux.send("i")
    let imports = try tmux.waitFor("5 batches · 352 new comments in all")
    #expect(imports?.contains("disqus") == true)
    #expect(imports?.contains("routed: claims 20") == true)

    // A resize redraws; q quits and the terminal is as it was.
    _ = try TmuxDriver.run([
      "tmux", "-L", tmux.socket, "resize-window", "-t", tmux.session, "-x", "80", "-y", "24",
    ])
    #expect(try tmux.waitFor("↑/↓ scroll · Esc back · q quit") != nil)
    try tmux.send("q")
    let after = try tmux.waitFor("EXIT:")
    #expect(after?.contains("TTY:same") == true)
    #expect(after?.contains("EXIT:0") == true)
    #expect(try tmux.pane("#{alternate_on}") == "0")
  }

  @Test func printsTheHelpWithoutATerminal() throws {
    let folder = try CLI.scratchFolder()
    let result = try CLI.run([], in: folder)
    #expect(result.status == 0)
    #expect(result.output.contains("USAGE: agora <subcommand>"))
    #expect(result.output.contains("home (default)"))
  }
}
