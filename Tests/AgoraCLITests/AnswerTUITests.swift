import Foundation
import Testing

/// The full-screen `agora answer` in a real terminal (tmux): every question type, back,
/// conditions, Ctrl-C keeping answers and restoring the terminal, resume, review and submit.
@Suite(.serialized)
struct AnswerTUITests {
  @Test(.enabled(if: TmuxDriver.isAvailable, "tmux is not installed"))
  func answersQuitsResumesAndSubmits() throws {
    try CLI.withScratchFolder { folder in
      let tmux = TmuxDriver()
      defer { tmux.stop() }
      let command =
        "before=$(stty -g); \(CLI.binary.path) answer grok-3 --db t.sqlite --respondent t; "
        + "code=$?; after=$(stty -g); "
        + "if [ \"$before\" = \"$after\" ]; then echo TTY:same; else echo TTY:changed; fi; "
        + "echo EXIT:$code; sleep 60"
      try tmux.start(command, in: folder)
      #expect(try tmux.waitFor("1/9") != nil)

      // Text: accents, a second line with Ctrl-J, the counter.
      try tmux.send("Très bien, ça marche", literal: true)
      try tmux.send("C-j")
      try tmux.send("été", literal: true)
      #expect(try tmux.waitFor("24/3000") != nil)
      try tmux.send("Enter")
      #expect(try tmux.waitFor("2/9") != nil)
      try tmux.send("Enter")  // optional text skipped

      // Scale: a digit out of range says why; arrows and digits move.
      #expect(try tmux.waitFor("3/9") != nil)
      #expect(try tmux.waitFor("Tout à fait") != nil)
      try tmux.send("9")
      #expect(try tmux.waitFor("give a whole number from 1 to 5") != nil)
      try tmux.send("Right", "Right")
      #expect(try tmux.waitFor("[2]") != nil)
      try tmux.send("4", "Enter")

      // Yes/no, required; "yes" shows two more questions, going back and saying "no" hides them.
      #expect(try tmux.waitFor("4/9") != nil)
      try tmux.send("Enter")
      #expect(try tmux.waitFor("Une réponse est nécessaire.") != nil)
      try tmux.send("o")
      #expect(try tmux.waitFor("5/11") != nil)
      try tmux.send("5", "Enter")
      #expect(try tmux.waitFor("6/11") != nil)
      try tmux.send("Escape")
      #expect(try tmux.waitFor("5/11") != nil)
      try tmux.send("BTab")
      #expect(try tmux.waitFor("4/11") != nil)
      try tmux.send("n")

      // Single choice with j/k.
      #expect(try tmux.waitFor("5/9") != nil)
      try tmux.send("j", "j", "Enter")
      #expect(try tmux.waitFor("6/9") != nil)
      try tmux.send("abc", literal: true)
      #expect(try tmux.waitFor("3/3000") != nil)

      // Ctrl-C in the middle: terminal restored, answers kept, response in progress.
      try tmux.send("C-c")
      let after = try tmux.waitFor("EXIT:")
      #expect(after?.contains("TTY:same") == true)
      #expect(after?.contains("EXIT:0") == true)
      #expect(after?.contains("Stopped before submitting") == true)
      #expect(try tmux.pane("#{alternate_on}") == "0")
      let stopped = try CLI.responses("grok-3", in: folder)
      #expect(stopped.count == 1)
      #expect(stopped.first?["status"] as? String == "in_progress")
      let kept = stopped.first?["answers"] as? [String: Any] ?? [:]
      #expect(kept["opinion"] as? String == "Très bien, ça marche\nété")
      #expect(kept["claims-credibility"] as? Int == 4)
      #expect(kept["tried"] as? String == "no")
      #expect(kept["tried-rating"] == nil)
      #expect(kept["synthetic-data-reliable"] as? String == "depends")
      #expect(kept.count == 4)
      tmux.stop()

      try resumeAndSubmit(in: folder)
    }
  }

  private func resumeAndSubmit(in folder: URL) throws {
    let tmux = TmuxDriver()
    defer { tmux.stop() }
    try tmux.start(
      "\(CLI.binary.path) answer grok-3 --db t.sqlite --respondent t; echo EXIT:$?; sleep 60",
      in: folder)
    #expect(try tmux.waitFor("Reprendre ?") != nil)
    try tmux.send("Enter")
    // Resumes at the first question without an answer; F2 switches to English.
    #expect(try tmux.waitFor("2/9") != nil)
    try tmux.send("F2")
    #expect(try tmux.waitFor("What do you think of Elon Musk's statements") != nil)
    try tmux.send("Enter")
    #expect(try tmux.waitFor("[4]") != nil)  // the earlier answer is shown
    try tmux.send("Enter")
    #expect(try tmux.waitFor("4/9") != nil)
    try tmux.send("Enter")
    #expect(try tmux.waitFor("5/9") != nil)
    try tmux.send("Enter")
    #expect(try tmux.waitFor("6/9") != nil)
    try tmux.send("Risky", literal: true)
    try tmux.send("Enter")

    // Multi choice: Space toggles, the "other" option asks for text.
    #expect(try tmux.waitFor("7/9") != nil)
    try tmux.send("Space", "5")
    #expect(try tmux.waitFor("Esc back to options") != nil)
    try tmux.send("Publicity too", literal: true)
    try tmux.send("Enter")
    #expect(try tmux.waitFor("[x] 5.") != nil)
    try tmux.send("Enter")
    #expect(try tmux.waitFor("8/9") != nil)
    try tmux.send("Enter")

    // Single choice "other" without text is refused, then given.
    #expect(try tmux.waitFor("9/9") != nil)
    try tmux.send("9", "Enter", "Enter")
    #expect(try tmux.waitFor("asks you to say more") != nil)
    try tmux.send("Perplexity", literal: true)
    try tmux.send("Enter")

    // Review: edit the last answer, then submit.
    #expect(try tmux.waitFor("Submit my answers") != nil)
    #expect(try tmux.waitFor("Other, please specify (Perplexity)") != nil)
    try tmux.send("Up", "Enter")
    #expect(try tmux.waitFor("9/9") != nil)
    try tmux.send("1", "Enter")
    #expect(try tmux.waitFor("→ ChatGPT") != nil)
    try tmux.send("End", "Enter")
    let done = try tmux.waitFor("EXIT:")
    #expect(done?.contains("Merci ! Vos réponses sont enregistrées.") == true)
    #expect(done?.contains("EXIT:0") == true)

    let responses = try CLI.responses("grok-3", in: folder)
    #expect(responses.count == 1)
    #expect(responses.first?["status"] as? String == "complete")
    let answers = responses.first?["answers"] as? [String: Any] ?? [:]
    #expect(answers["opinion"] as? String == "Très bien, ça marche\nété")
    #expect(answers["synthetic-data"] as? String == "Risky")
    #expect(answers["openai-bid-reasons"] as? [String] == ["stop-for-profit", "other"])
    #expect(answers["openai-bid-reasons.other"] as? String == "Publicity too")
    #expect(answers["assistant"] as? String == "chatgpt")
    #expect(answers["assistant.other"] == nil)
    #expect(answers["tried"] as? String == "no")
  }
}
