import AgoraModel
import AgoraReport
import Testing

@testable import AgoraTerminal

/// The home's state machine: keys in, page, selection and commands out.
struct HomeStateTests {
  struct Case: Sendable, CustomStringConvertible {
    var name: String
    var keys: [Key]
    var page: HomePage
    var cursor: Int
    var last: HomeCommand

    var description: String { name }
  }

  static let cases = [
    Case(name: "starts on the list", keys: [], page: .surveys, cursor: 0, last: .none),
    Case(name: "down selects", keys: [.down], page: .surveys, cursor: 1, last: .none),
    Case(
      name: "stops at the end", keys: [.down, .down, .down], page: .surveys, cursor: 1, last: .none),
    Case(
      name: "k goes up", keys: [.down, .character("k")], page: .surveys, cursor: 0, last: .none),
    Case(name: "Enter opens the survey", keys: [.enter], page: .survey, cursor: 0, last: .none),
    Case(
      name: "answer from the survey page", keys: [.enter, .enter], page: .survey, cursor: 0,
      last: .answer(surveyID: "grok-3")),
    Case(
      name: "a answers from the list", keys: [.character("a")], page: .survey, cursor: 0,
      last: .answer(surveyID: "grok-3")),
    Case(
      name: "results load the summary", keys: [.enter, .down, .enter], page: .questions, cursor: 0,
      last: .loadSummary(surveyID: "grok-3", filter: FactFilter())),
    Case(
      name: "r opens results", keys: [.character("r")], page: .questions, cursor: 0,
      last: .loadSummary(surveyID: "grok-3", filter: FactFilter())),
    Case(
      name: "a question's chart", keys: [.character("r"), .down, .enter],
      page: .chart(question: "credibility"), cursor: 0, last: .none),
    Case(
      name: "its themes", keys: [.character("r"), .down, .down, .enter, .character("t")],
      page: .themes(question: "opinion"), cursor: 0, last: .none),
    Case(
      name: "Enter on a chart opens themes too", keys: [.character("r"), .end, .enter, .enter],
      page: .themes(question: "opinion"), cursor: 0, last: .none),
    Case(
      name: "a theme's quotes", keys: [.character("r"), .end, .enter, .enter, .down, .enter],
      page: .quotes(question: "opinion", theme: 1), cursor: 0, last: .none),
    Case(
      name: "no themes: stays on the chart", keys: [.character("r"), .enter, .character("t")],
      page: .chart(question: "synthetic"), cursor: 0, last: .none),
    Case(
      name: "Esc goes back a level", keys: [.character("r"), .end, .enter, .enter, .escape],
      page: .chart(question: "opinion"), cursor: 0, last: .none),
    Case(
      name: "Backspace twice", keys: [.character("r"), .down, .enter, .backspace, .backspace],
      page: .survey, cursor: 1, last: .none),
    Case(name: "Esc on the list stays", keys: [.escape], page: .surveys, cursor: 0, last: .none),
    Case(
      name: "imports", keys: [.character("i")], page: .imports, cursor: 0,
      last: .loadImports(surveyID: "grok-3")),
    Case(name: "q quits", keys: [.enter, .character("q")], page: .survey, cursor: 0, last: .quit),
    Case(name: "Ctrl-C quits", keys: [.control("c")], page: .surveys, cursor: 0, last: .quit),
    Case(
      name: "s filters by the first source", keys: [.character("r"), .character("s")],
      page: .questions, cursor: 0,
      last: .loadSummary(surveyID: "grok-3", filter: FactFilter(sources: ["terminal"]))),
    Case(
      name: "s again: the next source", keys: [.character("r"), .character("s"), .character("s")],
      page: .questions, cursor: 0,
      last: .loadSummary(surveyID: "grok-3", filter: FactFilter(sources: ["disqus"]))),
    Case(
      name: "s cycles back to all",
      keys: [.character("r"), .character("s"), .character("s"), .character("s")],
      page: .questions, cursor: 0, last: .loadSummary(surveyID: "grok-3", filter: FactFilter())),
    Case(
      name: "l filters by the most frequent language", keys: [.character("r"), .character("l")],
      page: .questions, cursor: 0,
      last: .loadSummary(surveyID: "grok-3", filter: HomeStateTests.languages(["fr"]))),
    Case(
      name: "s is a letter like others outside results", keys: [.character("s")], page: .surveys,
      cursor: 0, last: .none),
  ]

  static func languages(_ languages: [String]) -> FactFilter {
    var filter = FactFilter()
    filter.languages = languages
    return filter
  }

  @Test(arguments: cases)
  func keysLeadToPages(_ test: Case) {
    let (state, commands) = HomeFixture.home(after: test.keys)
    #expect(state.page == test.page)
    #expect(state.cursor == test.cursor)
    #expect((commands.last ?? .none) == test.last)
  }

  @Test func filtersStayWhileBrowsingAndResetWithNewResults() {
    var (state, _) = HomeFixture.home(after: [.character("r"), .character("s"), .enter])
    #expect(state.source == "terminal")
    #expect(state.page == .chart(question: "synthetic"))
    #expect(state.frame().text.contains("Sources: only terminal (s)"))
    _ = state.handle(.escape)
    _ = state.handle(.escape)
    #expect(state.page == .survey)
    #expect(state.summary == nil)
    #expect(state.cursor == 1)
    #expect(state.handle(.enter) == .loadSummary(surveyID: "grok-3", filter: FactFilter()))
    #expect(state.source == nil)
  }

  @Test func chartScrollsWithinItsLines() {
    let keys: [Key] = [.character("r"), .end, .enter] + Array(repeating: .down, count: 200)
    let (state, _) = HomeFixture.home(after: keys, width: 80, height: 12)
    let lines = state.bodyLines(width: 80).count
    #expect(state.cursor == lines - state.bodyHeight)
    #expect(state.cursor > 0)
    let (top, _) = HomeFixture.home(after: keys + [.home], width: 80, height: 12)
    #expect(top.cursor == 0)
  }

  @Test func answeringKeepsTheSelectionWhenCountsChange() {
    var (state, _) = HomeFixture.home(after: [.enter])
    var surveys = HomeFixture.surveys.reversed().map { $0 }
    surveys[1].completeResponses = 133
    state.show(surveys: surveys)
    #expect(state.selectedSurvey?.id == "grok-3")
    #expect(state.selectedSurvey?.completeResponses == 133)
  }
}
