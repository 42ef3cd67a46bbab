/// Draws a `Summary` for a terminal: wrapped text, Unicode bars with 95% intervals, per-source
/// shares, themes with quotes, sentiment, cross-tabs and a trend.
///
/// Every string from the summary goes through `SafeText.terminal`, so imported text cannot send
/// escape sequences or reorder the line. Colours (SGR sequences only) are written only when
/// `color` is true; the caller decides from `NO_COLOR` and whether the output is a terminal.
public struct TerminalRenderer: Sendable {
  /// Columns available (at least 40).
  public var width: Int
  /// Whether to write ANSI colours and bold.
  public var color: Bool

  /// The indentation of everything under a question heading.
  let indent = "   "

  /// Creates a renderer for `width` columns (default 80, at least 40), without colours unless
  /// `color` is true.
  public init(width: Int = 80, color: Bool = false) {
    self.width = max(40, width)
    self.color = color
  }

  /// Writes the whole summary.
  public func render(_ summary: Summary, to out: inout some TextOutputStream) {
    writeHeader(summary, to: &out)
    writeSources(summary.sources, to: &out)
    if let unanalysed = summary.unanalysed {
      let note =
        "⚠ \(unanalysed) comments are not analysed yet and not counted below;"
        + " run `agora analyze \(safe(summary.survey.id))`"
      write(
        TerminalLayout.wrap(note, width: width, first: "", rest: "  ").map { style($0, "33") },
        to: &out)
    }
    for (index, question) in summary.questions.enumerated() {
      out.write("\n")
      writeQuestion(question, number: index + 1, in: summary, to: &out)
    }
    writeTrend(summary.trend, to: &out)
  }

  /// `text` in the SGR style `code` (`1` bold, `2` dim, `3x` colours) when colours are on.
  func style(_ text: String, _ code: String) -> String {
    color && !text.isEmpty ? "\u{1B}[\(code)m" + text + "\u{1B}[0m" : text
  }

  /// Safe text for this renderer.
  func safe(_ text: String) -> String {
    SafeText.terminal(text)
  }

  /// Writes `lines`, each followed by a newline.
  func write(_ lines: [String], to out: inout some TextOutputStream) {
    for line in lines { out.write(line + "\n") }
  }

  func writeHeader(_ summary: Summary, to out: inout some TextOutputStream) {
    let info = summary.survey
    for line in TerminalLayout.wrap(safe(info.title), width: width) {
      out.write(style(line, "1") + "\n")
    }
    let meta = [
      safe(info.id), "revision \(info.revision)", safe(info.language),
      Figures.timestamp(summary.generatedAt),
    ]
    write(TerminalLayout.wrap(meta.joined(separator: " · "), width: width), to: &out)
    if let article = info.article {
      write(
        TerminalLayout.wrap(safe(article), width: width, first: "Article: ", rest: "  "), to: &out)
    }
    write(
      TerminalLayout.wrap(
        summary.filters.described(escape: safe), width: width, first: "Filters: ", rest: "  "),
      to: &out)
  }

  func writeSources(_ sources: [SourceCount], to out: inout some TextOutputStream) {
    guard !sources.isEmpty else { return }
    out.write("\n" + style("Sources", "1") + "\n")
    var rows = sources.map { [safe($0.source), "\($0.responses)", "\($0.comments)"] }
    if sources.count > 1 {
      rows.append([
        "all", "\(sources.reduce(0) { $0 + $1.responses })",
        "\(sources.reduce(0) { $0 + $1.comments })",
      ])
    }
    let table = TextTable(headers: ["source", "responses", "comments"]).render(rows)
    for line in table.split(separator: "\n") { out.write("  " + line + "\n") }
  }

  func writeTrend(_ trend: [DayCount], to out: inout some TextOutputStream) {
    guard !trend.isEmpty else { return }
    let totals = trend.map { $0.responses + $0.comments }
    let days = trend.count == 1 ? "1 day" : "\(trend.count) days"
    out.write(
      "\n" + style("Trend", "1") + " · \(days) · " + style(TerminalLayout.sparkline(totals), "36")
        + "\n")
    let rows = trend.map { day in
      [
        safe(day.day), "\(day.responses)", "\(day.comments)",
        day.sentiment.map(Figures.signed) ?? "–",
      ]
    }
    let table = TextTable(headers: ["day", "responses", "comments", "mood"]).render(rows)
    for line in table.split(separator: "\n") { out.write("  " + line + "\n") }
  }
}
