import AgoraModel
import AgoraReport

/// Where the home gets its data and how it answers a survey; the executable implements it
/// over the store, tests over values.
public protocol HomeSource {
  /// The surveys with their counts.
  func surveys() throws -> [HomeSurvey]
  /// A survey's summary under `filter`.
  func summary(surveyID: String, filter: FactFilter) throws -> Summary
  /// A survey's import batches, oldest first.
  func imports(surveyID: String) throws -> [HomeImport]
  /// Answers a survey on the full screen (the home has given the terminal back) and says how
  /// it ended, in a line the home shows.
  func answer(surveyID: String) throws -> String
}

/// The full-screen home: the survey list, answering, results and imports, until `q`.
public struct HomeSession {
  /// The environment, for `TERM` and `NO_COLOR`.
  public var environment: [String: String]

  /// Creates a session reading `TERM` and `NO_COLOR` from `environment`.
  public init(environment: [String: String]) {
    self.environment = environment
  }

  /// Runs the home until the reader quits or input ends; the terminal is restored however it
  /// ends (Ctrl-C arrives as a key in raw mode, and signals restore it too).
  public func run(_ source: some HomeSource) throws {
    var state = HomeState(surveys: try source.surveys())
    guard var screen = Screen(environment: environment) else { throw TerminalError.noTerminal }
    defer { screen.close() }
    while true {
      let (width, height) = screen.size
      state.resize(width: width, height: height)
      screen.draw(state.frame())
      guard let key = screen.readKey() else { return }
      switch state.handle(key) {
      case .none: continue
      case .quit: return
      case .loadSummary(let surveyID, let filter):
        do {
          state.show(summary: try source.summary(surveyID: surveyID, filter: filter))
        } catch {
          state.notice = "\(error)"
        }
      case .loadImports(let surveyID):
        do {
          state.show(imports: try source.imports(surveyID: surveyID))
        } catch {
          state.notice = "\(error)"
        }
      case .answer(let surveyID):
        screen.close()
        let message: String
        do {
          message = try source.answer(surveyID: surveyID)
        } catch {
          message = "\(error)"
        }
        guard let reopened = Screen(environment: environment) else {
          throw TerminalError.noTerminal
        }
        screen = reopened
        if let surveys = try? source.surveys() { state.show(surveys: surveys) }
        state.notice = message
      }
    }
  }
}
