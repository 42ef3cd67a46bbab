import AgoraReport

extension HomeState {
  /// The screen for the current page: a title, a filter line, the body and the keys.
  ///
  /// Every string that comes from the store (titles, prompts, labels, quotes, file names) goes
  /// through `SafeText.terminal` before it is drawn.
  public func frame() -> Frame {
    var lines = [FrameLine(truncate(title, width: width), .bold)]
    lines.append(
      page.showsResults ? FrameLine(truncate(filterLine, width: width), .accent) : .empty)
    let body = bodyLines(width: width)
    let top = page.scrolls ? min(cursor, maxCursor) : listTop(rows: body.count)
    var shown = Array(body.dropFirst(top).prefix(bodyHeight))
    if page.scrolls, top + bodyHeight < body.count, let last = shown.indices.last {
      shown[last] = FrameLine("  ↓ more (\(body.count - top - bodyHeight) lines)", .dim)
    }
    lines += shown.map { line in
      FrameLine(pieces: clip(line.pieces, width: width))
    }
    lines += Array(repeating: .empty, count: max(0, height - 2 - lines.count))
    if let notice {
      lines.append(FrameLine(truncate(SafeText.terminal(notice), width: width), .error))
    } else {
      lines.append(.empty)
    }
    lines.append(FrameLine(truncate(footer, width: width), .dim))
    return Frame(lines: Array(lines.prefix(height)), cursor: nil)
  }

  /// The first row shown on a list page, so that the selected row is on screen.
  private func listTop(rows: Int) -> Int {
    let header = listHeaderRows
    let selected = cursor + header
    return max(0, min(selected - bodyHeight + 1, rows - bodyHeight))
  }

  /// Lines above the first row of a list page.
  var listHeaderRows: Int {
    switch page {
    case .surveys: 1
    case .survey: 4
    case .questions: 0
    case .themes: 3
    case .chart, .quotes, .imports: 0
    }
  }

  /// Where the reader is: `Agora › grok-3 › Results › claims › Themes`.
  var title: String {
    var parts = ["Agora"]
    if page != .surveys, let survey = selectedSurvey { parts.append(SafeText.terminal(survey.id)) }
    switch page {
    case .surveys, .survey: break
    case .questions: parts.append("Results")
    case .chart(let question): parts += ["Results", SafeText.terminal(question)]
    case .themes(let question): parts += ["Results", SafeText.terminal(question), "Themes"]
    case .quotes(let question, _):
      parts += ["Results", SafeText.terminal(question), "Themes", "Quotes"]
    case .imports: parts.append("Imports")
    }
    return parts.joined(separator: " › ")
  }

  /// `Sources: all (s) · Languages: fr (l)`.
  var filterLine: String {
    let sources = source.map { "only " + SafeText.terminal($0) } ?? "all together"
    let languages = language.map { "only " + SafeText.terminal($0) } ?? "all"
    return "Sources: \(sources) (s) · Languages: \(languages) (l)"
  }

  /// The keys of the current page.
  var footer: String {
    let back = "Esc back · q quit"
    switch page {
    case .surveys: return "↑/↓ move · Enter open · a answer · r results · i imports · q quit"
    case .survey: return "↑/↓ move · Enter open · a answer · r results · i imports · \(back)"
    case .questions: return "↑/↓ move · Enter chart · s source · l language · \(back)"
    case .chart: return "↑/↓ scroll · t themes · s source · l language · \(back)"
    case .themes: return "↑/↓ move · Enter quotes · s source · l language · \(back)"
    case .quotes: return "↑/↓ scroll · s source · l language · \(back)"
    case .imports: return "↑/↓ scroll · \(back)"
    }
  }

  /// The body of the current page at `width` columns, before scrolling.
  func bodyLines(width: Int) -> [FrameLine] {
    switch page {
    case .surveys: return surveyListLines(width: width)
    case .survey: return surveyPageLines(width: width)
    case .questions: return questionListLines(width: width)
    case .chart(let question): return chartLines(question, width: width)
    case .themes(let question): return themeListLines(question, width: width)
    case .quotes(let question, let theme): return quoteLines(question, theme: theme, width: width)
    case .imports: return importLines(width: width)
    }
  }

  /// A row of a list: `▸ text` when selected (styled), `  text` otherwise.
  func row(_ text: String, selected: Bool, width: Int) -> FrameLine {
    let line = TerminalLayout.fit((selected ? "▸ " : "  ") + text, width: width)
    return FrameLine(line, selected ? .selected : .normal)
  }

  private func surveyListLines(width: Int) -> [FrameLine] {
    guard !surveys.isEmpty else {
      return [FrameLine("No surveys yet. Add one with `agora survey add surveys/`.")]
    }
    let idWidth = min(
      20, max(6, surveys.map { TerminalWidth.of(SafeText.terminal($0.id)) }.max() ?? 0))
    func columns(_ id: String, _ done: String, _ going: String, _ comments: String, _ title: String)
      -> String
    {
      TerminalLayout.fit(id, width: idWidth) + "  " + pad(done, 9) + "  " + pad(going, 11) + "  "
        + pad(comments, 8) + "  " + title
    }
    var lines = [
      FrameLine(
        TerminalLayout.fit(
          "  " + columns("survey", "responses", "in progress", "comments", "title"), width: width),
        .dim)
    ]
    for (index, survey) in surveys.enumerated() {
      let text = columns(
        SafeText.terminal(survey.id), "\(survey.completeResponses)",
        "\(survey.inProgressResponses)", "\(survey.comments)", SafeText.terminal(survey.title))
      lines.append(row(text, selected: index == cursor, width: width))
    }
    return lines
  }

  private func surveyPageLines(width: Int) -> [FrameLine] {
    guard let survey = selectedSurvey else { return [] }
    var lines = [FrameLine(truncate(SafeText.terminal(survey.title), width: width), .bold)]
    let counts =
      "\(survey.completeResponses) complete · \(survey.inProgressResponses) in progress · "
      + "\(survey.comments) comments"
    lines += [FrameLine(counts, .dim), .empty, .empty]
    for (index, action) in SurveyAction.allCases.enumerated() {
      let text = TerminalLayout.fit(action.title, width: 10) + "  " + action.hint
      lines.append(row(text, selected: index == cursor, width: width))
    }
    return lines
  }

  private func questionListLines(width: Int) -> [FrameLine] {
    guard let summary else { return [FrameLine("Building the results…", .dim)] }
    guard !summary.questions.isEmpty else { return [FrameLine("This survey has no questions.")] }
    return summary.questions.enumerated().map { index, question in
      let count = "n=\(Self.answered(question))"
      let type = Self.typeNames[question.type] ?? SafeText.terminal(question.type)
      let tail = "  " + pad(type, 15) + "  " + pad(count, 6)
      let prompt = "\(index + 1). " + SafeText.terminal(question.prompt)
      let promptWidth = max(10, width - 2 - TerminalWidth.of(tail))
      return row(
        TerminalLayout.fit(prompt, width: promptWidth) + tail, selected: index == cursor,
        width: width)
    }
  }

  private func themeListLines(_ id: String, width: Int) -> [FrameLine] {
    guard let question = question(id) else { return [FrameLine("Building the results…", .dim)] }
    var lines = [FrameLine(truncate(SafeText.terminal(question.prompt), width: width), .bold)]
    lines.append(
      FrameLine("\(question.text?.total ?? 0) texts · Enter shows a theme's quotes", .dim))
    lines.append(.empty)
    let themes = themes(of: id)
    if themes.isEmpty { lines.append(FrameLine("No texts under these filters.")) }
    for (index, theme) in themes.enumerated() {
      let figures =
        "  " + pad(Figures.share(theme.size), 20) + "  " + pad("n=\(theme.size.count)", 6) + "  "
        + Figures.mood(theme.mood)
      let labelWidth = max(10, width - 2 - TerminalWidth.of(figures))
      let label = TerminalLayout.fit(SafeText.terminal(theme.label), width: labelWidth)
      lines.append(row(label + figures, selected: index == cursor, width: width))
    }
    return lines
  }

  /// How many answered a question (or wrote text for it).
  static func answered(_ question: QuestionSummary) -> Int {
    question.tally?.answered ?? question.numbers?.count ?? question.text?.total ?? 0
  }

  /// Human words for question types.
  static let typeNames = [
    "yes_no": "yes/no", "single": "single choice", "multi": "multiple choice",
    "scale": "scale", "number": "number", "text": "free text",
  ]
}

/// `text` right-aligned in `width` columns.
func pad(_ text: String, _ width: Int) -> String {
  String(repeating: " ", count: max(0, width - TerminalWidth.of(text))) + text
}

/// Pieces cut so that together they take at most `width` columns.
func clip(_ pieces: [(text: String, style: TextStyle)], width: Int) -> [(
  text: String, style: TextStyle
)] {
  var result: [(text: String, style: TextStyle)] = []
  var used = 0
  for piece in pieces {
    let room = width - used
    guard room > 0 else { break }
    let text = TerminalWidth.of(piece.text) > room ? truncate(piece.text, width: room) : piece.text
    result.append((text, piece.style))
    used += TerminalWidth.of(text)
  }
  return result
}

extension FrameLine {
  /// An empty line.
  static let empty = FrameLine("")
}
