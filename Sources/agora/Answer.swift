import AgoraModel
import AgoraStore
import AgoraTerminal
import ArgumentParser
import Foundation

extension Agora {
  /// `agora answer SURVEY`: answers a survey on the full screen, line by line, or from a file.
  struct AnswerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "answer",
      abstract: "Answer a survey in the terminal (full screen, line by line, or from a file).",
      discussion: """
        On a terminal the survey opens full screen. Keys: ↑/↓ (j/k) move, Space toggles a \
        multi-choice option, digits pick, ←/→ move on scales, Enter submits (Ctrl-J adds a line \
        in text answers), Shift-Tab or Esc goes back, F2 or Ctrl-L switches French/English, \
        Ctrl-C quits. A review page lists every answer before submitting; Enter on one edits it.

        When standard input is not a terminal, or with --plain, or TERM=dumb, questions are \
        asked line by line: an option number or id (multi-choice: 1,3), an empty line skips an \
        optional question, '<' goes back, text takes one line (or \"\"\" alone, then lines ended \
        by a line holding only '.'); at the end, 'y' submits and a number edits an answer.

        Every answer is saved as it is given, on a response in progress; submitting completes \
        it. Running the command again for the same respondent offers to resume (--resume and \
        --new answer that question beforehand). The respondent defaults to $USER, else to a \
        generated id (reader-XXXXXXXX).

        --from FILE reads one response from JSON: {"respondent": "alice", "language": "fr", \
        "answers": {"tried": "yes", "tried-rating": 4, "openai-bid-reasons": ["publicity", \
        "other"], "openai-bid-reasons.other": "…", "opinion": "…"}}; option ids as strings \
        (yes/no also true/false), lists for multi-choice, numbers for scales. It is validated \
        like typed answers and saved as one complete response, or not at all.
        """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The survey id, e.g. grok-3.")
    var survey: String

    @Option(help: "The language to ask in (default: the survey's first).")
    var lang: String?

    @Option(help: "Who answers (default: $USER, else a generated id).")
    var respondent: String?

    @Flag(help: "Ask line by line even on a terminal.")
    var plain = false

    @Option(help: "Read one complete response from a JSON file instead of asking.")
    var from: String?

    @Flag(help: "Resume the response in progress without asking.")
    var resume = false

    @Flag(name: .customLong("new"), help: "Start a new response even if one is in progress.")
    var startNew = false

    func validate() throws {
      if resume && startNew { throw ValidationError("--resume and --new exclude each other.") }
    }

    func run() throws {
      let store = try global.openStore()
      let survey = try SurveyLookup.find(self.survey, in: store).survey
      if let lang, !survey.languages.contains(lang) {
        throw ModelError.unknownLanguage(lang, survey: survey)
      }
      if let from { return try saveFile(from, survey: survey, store: store) }
      let respondent = respondent ?? Self.defaultRespondent()
      var language = lang ?? survey.defaultLanguage
      let environment = ProcessInfo.processInfo.environment
      let screen = FullScreenSession(environment: environment)
      let fullScreen = !plain && screen.isAvailable
      var plainSession = PlainSession { Swift.readLine(strippingNewline: true) }
      var out = StandardOutput()
      var answers: [AgoraModel.Answer] = []
      let sink = StoreSink(
        store: store, surveyID: survey.id, respondent: respondent, language: language)
      if let existing = try store.inProgressResponse(surveyID: survey.id, respondent: respondent) {
        let offer = ResumeOffer(startedAt: existing.startedAt, answered: existing.answers.count)
        let resuming: Bool
        if resume || startNew {
          resuming = resume
        } else if fullScreen {
          resuming = try screen.askToResume(offer, language: language)
        } else {
          guard let answer = plainSession.askToResume(offer, language: language, output: &out)
          else { return }
          resuming = answer
        }
        if resuming {
          sink.responseID = existing.id
          answers = existing.answers
          language = lang ?? existing.language
        }
      }
      let flow = AnswerFlow(survey: survey, language: language, answers: answers)
      let end =
        fullScreen
        ? try screen.run(flow, sink: sink) : try plainSession.run(flow, sink: sink, output: &out)
      let words = Strings(language: language)
      switch end {
      case .submitted:
        print("\n\(words.thanks) (#\(sink.responseID ?? 0), \(respondent))", to: &out)
      case .stopped:
        var err = StandardError()
        let id = sink.responseID.map { "#\($0)" } ?? "-"
        print(
          "\nStopped before submitting: the answers given are saved (response \(id), in progress)."
            + " Run `agora answer \(survey.id) --respondent \(respondent)` to resume.", to: &err)
      }
    }

    private func saveFile(_ path: String, survey: Survey, store: Store) throws {
      guard let data = FileManager.default.contents(atPath: path) else {
        throw TerminalError.unreadableAnswers(file: path, reason: "no such file")
      }
      let file = try AnswerFile.read(data, file: path, survey: survey)
      let saved = try store.saveCompleteResponse(
        surveyID: survey.id, respondent: respondent ?? file.respondent ?? Self.defaultRespondent(),
        source: "file", language: lang ?? file.language ?? survey.defaultLanguage,
        answers: file.answers, at: file.submittedAt ?? Date())
      var out = StandardOutput()
      print(
        "Saved response #\(saved.id) of \(saved.respondent): \(saved.answers.count) answers.",
        to: &out)
    }

    /// `$USER`, else `reader-` and 8 random hex digits.
    static func defaultRespondent() -> String {
      if let user = ProcessInfo.processInfo.environment["USER"], !user.isEmpty { return user }
      return "reader-" + String(format: "%08x", UInt32.random(in: 0...UInt32.max))
    }
  }
}

/// Saves answers to the store as they are given; the response is started with the first one.
final class StoreSink: ResponseSink {
  let store: Store
  let surveyID: String
  let respondent: String
  let language: String
  /// The response answers go to, once started (or resumed).
  var responseID: Int64?

  init(store: Store, surveyID: String, respondent: String, language: String) {
    self.store = store
    self.surveyID = surveyID
    self.respondent = respondent
    self.language = language
  }

  private func response() throws -> Int64 {
    if let responseID { return responseID }
    let started = try store.startResponse(
      surveyID: surveyID, respondent: respondent, source: "terminal", language: language,
      at: Date())
    responseID = started.id
    return started.id
  }

  func save(_ answer: AgoraModel.Answer) throws {
    try store.saveAnswer(answer, responseID: try response(), at: Date())
  }

  func remove(questionID: String) throws {
    guard let responseID else { return }
    try store.removeAnswer(questionID: questionID, responseID: responseID)
  }

  func submit() throws {
    try store.completeResponse(try response(), at: Date())
  }
}
