import AgoraModel
import Foundation

/// Answering a survey on the full screen: draws the flow, reads keys, saves every answer as it
/// is given, and gives the terminal back however it ends.
public struct FullScreenSession {
  /// The environment, for `TERM` and `NO_COLOR`.
  public var environment: [String: String]

  /// Creates a session reading `TERM` and `NO_COLOR` from `environment`.
  public init(environment: [String: String]) {
    self.environment = environment
  }

  /// Whether a full screen can be used: standard input and output are terminals and `TERM` is
  /// set and not `dumb`.
  public var isAvailable: Bool {
    let term = environment["TERM"] ?? ""
    return isatty(0) == 1 && isatty(1) == 1 && !term.isEmpty && term != "dumb"
  }

  /// Asks on the full screen whether to resume a response in progress; `true` to resume.
  public func askToResume(_ offer: ResumeOffer, language: String) throws -> Bool {
    guard let screen = Screen(environment: environment) else { throw TerminalError.noTerminal }
    defer { screen.close() }
    let words = Strings(language: language)
    while true {
      let (width, height) = screen.size
      var lines = [FrameLine(words.resumeTitle, .bold), FrameLine("")]
      lines += wrap(words.resumeQuestion(offer), width: max(20, width)).map { FrameLine($0) }
      lines += [FrameLine(""), FrameLine(words.resumeKeys, .accent)]
      lines += Array(repeating: FrameLine(""), count: max(0, height - lines.count))
      screen.draw(Frame(lines: Array(lines.prefix(max(height, 1))), cursor: nil))
      switch screen.readKey() {
      case .enter, .character("y"), .character("o"), .character("r"): return true
      case .character("n"): return false
      case .control("c"), nil: throw TerminalError.cancelled
      default: continue
      }
    }
  }

  /// Runs `flow` until the response is submitted or the reader quits.
  public func run(_ flow: AnswerFlow, sink: some ResponseSink) throws -> SessionEnd {
    guard let screen = Screen(environment: environment) else { throw TerminalError.noTerminal }
    defer { screen.close() }
    var flow = flow
    while true {
      let (width, height) = screen.size
      screen.draw(flow.frame(width: width, height: height))
      guard let key = screen.readKey() else { return .stopped }
      if let end = try sink.perform(flow.handle(key)) { return end }
    }
  }
}

/// A response in progress that can be resumed.
public struct ResumeOffer: Sendable, Hashable {
  /// When it was started.
  public var startedAt: Date
  /// How many answers it holds.
  public var answered: Int

  /// Creates an offer.
  public init(startedAt: Date, answered: Int) {
    self.startedAt = startedAt
    self.answered = answered
  }
}

/// Errors of the answering screens and answer files.
public enum TerminalError: Error, Sendable, CustomStringConvertible {
  /// No terminal ncurses can drive.
  case noTerminal
  /// The reader cancelled before anything was asked.
  case cancelled
  /// An answer file that cannot be read or parsed.
  case unreadableAnswers(file: String, reason: String)
  /// An answer file with answers that are not valid, each with its question id.
  case invalidAnswers(file: String, problems: [String])

  public var description: String {
    switch self {
    case .noTerminal:
      "no terminal to draw on (TERM unset or dumb); use --plain to answer line by line"
    case .cancelled: "cancelled"
    case .unreadableAnswers(let file, let reason):
      "cannot read answers from \(file): \(reason) (see `agora answer --help` for the format)"
    case .invalidAnswers(let file, let problems):
      "\(file): \(problems.count) problem(s), nothing saved:\n"
        + problems.map { "  \($0)" }.joined(separator: "\n")
    }
  }
}
