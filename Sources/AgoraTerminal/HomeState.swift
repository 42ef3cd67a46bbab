import AgoraModel
import AgoraReport

/// The home and results browser as a pure state machine: keys in, pages and commands out.
///
/// Pages stack up (surveys › survey › questions › chart › themes › quotes, or › imports);
/// Esc or Backspace goes back one. Whatever needs the store is asked for with a `HomeCommand`
/// and handed back with `show(summary:)`, `show(imports:)` or `show(surveys:)`.
public struct HomeState: Sendable {
  struct Level: Sendable, Hashable {
    var page: HomePage
    /// The selected row of a list, or the first line shown of a page that scrolls.
    var cursor = 0
  }

  /// The surveys listed on the first page.
  public private(set) var surveys: [HomeSurvey]
  /// The summary of the selected survey under the current filters, once loaded.
  public private(set) var summary: Summary?
  /// The import batches of the selected survey, once loaded.
  public private(set) var imports: [HomeImport]?
  /// The source shown alone, or `nil` for all sources together.
  public private(set) var source: String?
  /// The language of the free text shown alone, or `nil` for all languages.
  public private(set) var language: String?
  /// The sources and languages the filters cycle through (from the unfiltered summary).
  public private(set) var sourceChoices: [String] = []
  /// The languages of the free text, most frequent first.
  public private(set) var languageChoices: [String] = []
  /// A message shown above the footer until the next key.
  public var notice: String?
  /// The terminal's size, for scrolling and drawing.
  public private(set) var width = 80
  /// The terminal's height.
  public private(set) var height = 24

  var stack: [Level] = [Level(page: .surveys)]

  /// Starts on the survey list.
  public init(surveys: [HomeSurvey]) {
    self.surveys = surveys
  }

  /// The page shown.
  public var page: HomePage { stack.last?.page ?? .surveys }

  /// The selected row on a list page, or the first line shown on a page that scrolls.
  public var cursor: Int { stack.last?.cursor ?? 0 }

  /// The survey the pages below the list are about.
  public var selectedSurvey: HomeSurvey? {
    guard let index = stack.first?.cursor, surveys.indices.contains(index) else { return nil }
    return surveys[index]
  }

  /// The filter the summary is built with: the chosen source and language, if any.
  public var filter: FactFilter {
    var filter = FactFilter(sources: source.map { [$0] } ?? [])
    filter.languages = language.map { [$0] } ?? []
    return filter
  }

  /// Records the terminal's size.
  public mutating func resize(width: Int, height: Int) {
    self.width = max(20, width)
    self.height = max(6, height)
    clampCursor()
  }

  /// Replaces the survey list (after answering, counts change), keeping the selection.
  public mutating func show(surveys: [HomeSurvey]) {
    let selected = selectedSurvey?.id
    self.surveys = surveys
    if let selected, let index = surveys.firstIndex(where: { $0.id == selected }) {
      stack[0].cursor = index
    }
    clampCursor()
  }

  /// Shows a freshly built summary; the first one without filters sets the filter choices.
  public mutating func show(summary: Summary) {
    self.summary = summary
    if source == nil && language == nil {
      sourceChoices = summary.sources.map(\.source)
      var languages: [String: Int] = [:]
      for question in summary.questions {
        for count in question.text?.languages ?? [] {
          languages[count.language, default: 0] += count.count
        }
      }
      languageChoices = languages.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map(\.key)
    }
    clampCursor()
  }

  /// Shows the import batches.
  public mutating func show(imports: [HomeImport]) {
    self.imports = imports
    clampCursor()
  }

  /// Handles one key and says what the owner must do next.
  public mutating func handle(_ key: Key) -> HomeCommand {
    notice = nil
    switch key {
    case .character("q"), .control("c"): return .quit
    case .escape, .backspace, .left: back()
    case .up, .character("k"): move(by: -1)
    case .down, .character("j"): move(by: 1)
    case .pageUp: move(by: -pageStep)
    case .pageDown, .character(" "): move(by: pageStep)
    case .home: setCursor(0)
    case .end: setCursor(Int.max)
    case .character("s") where page.showsResults: return cycleSource()
    case .character("l") where page.showsResults: return cycleLanguage()
    case .character("a") where page == .surveys || page == .survey: return open(.answer)
    case .character("r") where page == .surveys || page == .survey: return open(.results)
    case .character("i") where page == .surveys || page == .survey: return open(.imports)
    case .character("t"):
      if case .chart(let question) = page { openThemes(question) }
    case .enter, .right: return enter()
    default: break
    }
    return .none
  }

  private var pageStep: Int { max(1, height - 4) }

  private mutating func back() {
    if stack.count > 1 { stack.removeLast() }
    if page == .survey {
      summary = nil
      imports = nil
    }
  }

  private mutating func enter() -> HomeCommand {
    switch page {
    case .surveys:
      guard selectedSurvey != nil else { return .none }
      stack.append(Level(page: .survey))
    case .survey:
      let actions = SurveyAction.allCases
      return open(actions[min(cursor, actions.count - 1)])
    case .questions:
      guard let questions = summary?.questions, questions.indices.contains(cursor) else {
        return .none
      }
      stack.append(Level(page: .chart(question: questions[cursor].id)))
    case .chart(let question):
      openThemes(question)
    case .themes(let question):
      let themes = self.themes(of: question)
      guard themes.indices.contains(cursor) else { return .none }
      stack.append(Level(page: .quotes(question: question, theme: themes[cursor].id)))
    case .quotes, .imports:
      break
    }
    return .none
  }

  private mutating func openThemes(_ question: String) {
    if themes(of: question).isEmpty {
      notice = "No themes for this question (free-text questions only, after `agora analyze`)."
    } else {
      stack.append(Level(page: .themes(question: question)))
    }
  }

  /// Opens an action of the selected survey, from its page or straight from the list.
  private mutating func open(_ action: SurveyAction) -> HomeCommand {
    guard let survey = selectedSurvey else { return .none }
    if page == .surveys { stack.append(Level(page: .survey)) }
    stack[stack.count - 1].cursor = SurveyAction.allCases.firstIndex(of: action) ?? 0
    switch action {
    case .answer:
      return .answer(surveyID: survey.id)
    case .results:
      stack.append(Level(page: .questions))
      source = nil
      language = nil
      summary = nil
      return .loadSummary(surveyID: survey.id, filter: filter)
    case .imports:
      stack.append(Level(page: .imports))
      imports = nil
      return .loadImports(surveyID: survey.id)
    }
  }

  private mutating func cycleSource() -> HomeCommand {
    guard let survey = selectedSurvey else { return .none }
    guard !sourceChoices.isEmpty else {
      notice = "Only one source: nothing to filter."
      return .none
    }
    source = Self.next(after: source, in: sourceChoices)
    return .loadSummary(surveyID: survey.id, filter: filter)
  }

  private mutating func cycleLanguage() -> HomeCommand {
    guard let survey = selectedSurvey else { return .none }
    guard !languageChoices.isEmpty else {
      notice = "No languages known yet: run `agora analyze` first."
      return .none
    }
    language = Self.next(after: language, in: languageChoices)
    return .loadSummary(surveyID: survey.id, filter: filter)
  }

  /// All (`nil`), then each choice in turn, then all again.
  static func next(after current: String?, in choices: [String]) -> String? {
    guard let current, let index = choices.firstIndex(of: current) else { return choices.first }
    return index + 1 < choices.count ? choices[index + 1] : nil
  }

  private mutating func move(by step: Int) {
    setCursor(cursor + step)
  }

  private mutating func setCursor(_ value: Int) {
    guard !stack.isEmpty else { return }
    stack[stack.count - 1].cursor = min(max(0, value), maxCursor)
  }

  private mutating func clampCursor() {
    setCursor(cursor)
  }

  /// The largest cursor of the page: its last row, or the first line of its last screenful.
  var maxCursor: Int {
    let rows: Int
    switch page {
    case .surveys: rows = surveys.count
    case .survey: rows = SurveyAction.allCases.count
    case .questions: rows = summary?.questions.count ?? 0
    case .themes(let question): rows = themes(of: question).count
    case .chart, .quotes, .imports:
      return max(0, bodyLines(width: width).count - bodyHeight)
    }
    return max(0, rows - 1)
  }

  /// Lines left for the page's body between the title, the filter line and the footer.
  var bodyHeight: Int { max(1, height - 4) }

  /// The question with this id in the summary.
  func question(_ id: String) -> QuestionSummary? {
    summary?.questions.first { $0.id == id }
  }

  /// The themes of a question in the summary, largest first.
  func themes(of question: String) -> [ThemeResult] {
    self.question(question)?.text?.themes ?? []
  }
}
