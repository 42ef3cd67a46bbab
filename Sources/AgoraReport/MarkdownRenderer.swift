/// Writes a `Summary` as GitHub-flavoured Markdown: a heading per question, tables for tallies
/// (option, n, share, 95% interval, one column per source), themes as a numbered list with
/// their quotes as blockquotes, and tables for sentiment, cross-tabs and the trend.
///
/// Every string from the summary goes through `SafeText.markdown`: it cannot form a link, an
/// image, raw HTML, emphasis or a table cell break, and carries no control character.
public struct MarkdownRenderer: Sendable {
  /// The level of the title heading (`1` → `#`); questions are one level below.
  public var headingLevel: Int

  /// Creates a renderer whose title is a heading of `headingLevel` (1 to 4, default 1), so that
  /// the report can be pasted under a document's own headings.
  public init(headingLevel: Int = 1) {
    self.headingLevel = min(4, max(1, headingLevel))
  }

  /// Writes the whole summary.
  public func render(_ summary: Summary, to out: inout some TextOutputStream) {
    let info = summary.survey
    out.write(heading(0) + md(info.title) + "\n\n")
    out.write(
      [md(info.id), "revision \(info.revision)", md(info.language)]
        .joined(separator: " · ") + " · " + Figures.timestamp(summary.generatedAt) + "\n")
    if let article = info.article { out.write("\nArticle: " + md(article) + "\n") }
    out.write("\nFilters: " + filterText(summary.filters) + "\n")
    if !summary.sources.isEmpty {
      out.write("\n" + heading(1) + "Sources\n\n")
      table(
        ["source", "responses", "comments"],
        summary.sources.map { [md($0.source), "\($0.responses)", "\($0.comments)"] },
        numeric: 1, to: &out)
    }
    for (index, question) in summary.questions.enumerated() {
      out.write("\n" + heading(1) + "\(index + 1). " + md(question.prompt) + "\n\n")
      writeQuestion(question, in: summary, to: &out)
    }
    if !summary.trend.isEmpty {
      let totals = summary.trend.map { $0.responses + $0.comments }
      out.write("\n" + heading(1) + "Trend\n\n")
      out.write("Answers and comments per day: " + TerminalLayout.sparkline(totals) + "\n\n")
      table(
        ["day", "responses", "comments", "mood"],
        summary.trend.map { day in
          [
            md(day.day), "\(day.responses)", "\(day.comments)",
            day.sentiment.map(Figures.mood) ?? "–",
          ]
        }, numeric: 1, to: &out)
    }
  }

  /// Safe inline Markdown.
  func md(_ text: String) -> String {
    SafeText.markdown(text)
  }

  /// `#` repeated for a heading `depth` levels below the title, and a space.
  func heading(_ depth: Int) -> String {
    String(repeating: "#", count: headingLevel + depth) + " "
  }

  func filterText(_ filters: SummaryFilters) -> String {
    filters.described(escape: md)
  }

  /// A pipe table; columns from `numeric` on are right-aligned. Cells must already be safe.
  func table(
    _ headers: [String], _ rows: [[String]], numeric: Int, to out: inout some TextOutputStream
  ) {
    out.write("| " + headers.joined(separator: " | ") + " |\n")
    let rule = headers.indices.map { $0 >= numeric ? "--:" : "---" }
    out.write("|" + rule.joined(separator: "|") + "|\n")
    for row in rows { out.write("| " + row.joined(separator: " | ") + " |\n") }
  }

  func writeQuestion(
    _ question: QuestionSummary, in summary: Summary, to out: inout some TextOutputStream
  ) {
    let type = TerminalRenderer.typeNames[question.type] ?? md(question.type)
    out.write("*" + type + " · " + md(question.id) + "*\n")
    if let tally = question.tally { writeTally(tally, to: &out) }
    if let numbers = question.numbers {
      out.write(
        "\nMean **\(Figures.decimal(numbers.mean, 2))** ± \(Figures.decimal(numbers.margin, 2))"
          + " (95%) · median \(Figures.decimal(numbers.median, 2)) · n=\(numbers.count)\n")
    }
    if let inferred = question.inferred {
      out.write("\n" + heading(2) + "Inferred from comments — not direct answers\n")
      writeTally(inferred, counted: "comments", to: &out)
    }
    if let text = question.text { writeText(text, to: &out) }
    if let tab = question.crossTab { writeCrossTab(tab, in: summary, to: &out) }
  }

  func writeTally(
    _ tally: Tally, counted noun: String = "answered", to out: inout some TextOutputStream
  ) {
    var head = "\(tally.answered) \(noun)"
    if let test = tally.sourcesDiffer {
      let p = "χ² p\(test.pValue < 0.001 ? "" : "=")\(Figures.pValue(test.pValue))"
      head +=
        test.significant
        ? " · **sources differ** (\(p))" : " · no clear difference between sources (\(p))"
    }
    out.write("\n" + head + "\n\n")
    let perSource = tally.sources.count > 1 ? tally.sources.map(md) : []
    let rows = tally.options.map { option in
      [
        md(option.label), "\(option.all.count)", Figures.percent(option.all.share),
        Figures.interval(option.all),
      ]
        + (perSource.isEmpty
          ? []
          : option.bySource.map { "\(Figures.percent($0.share)) (\($0.count))" })
    }
    table(["option", "n", "share", "95% CI"] + perSource, rows, numeric: 1, to: &out)
    if tally.smallSample {
      out.write("\n**⚠ Fewer than 30 answers** — shares are only indicative.\n")
    }
  }

  func writeText(_ text: TextResults, to out: inout some TextOutputStream) {
    let sources = text.bySource.map { "\(md($0.source)) \($0.responses + $0.comments)" }
    out.write("\n" + ([("\(text.total) texts")] + sources).joined(separator: " · ") + "\n\n")
    let split = text.sentiment
    table(
      ["sentiment", "n", "share", "95% CI"],
      [("positive", split.positive), ("neutral", split.neutral), ("negative", split.negative)]
        .map { [$0, "\($1.count)", Figures.percent($1.share), Figures.interval($1)] },
      numeric: 1, to: &out)
    out.write("\nMean score: " + Figures.mood(split.mean) + "\n")
    if !text.languages.isEmpty {
      let languages = text.languages.map { language in
        md(language.language) + " "
          + Figures.percent(Proportion(count: language.count, total: text.total).share)
          + " (\(language.count))"
      }
      out.write("\nLanguages: " + languages.joined(separator: " · ") + "\n")
    }
    if !text.themes.isEmpty {
      out.write("\n" + heading(2) + "Themes\n\n")
      for (index, theme) in text.themes.enumerated() {
        out.write(
          "\(index + 1). **\(md(theme.label))** — \(Figures.share(theme.size)), "
            + "n=\(theme.size.count), mood \(Figures.mood(theme.mood))\n")
        for quote in theme.quotes {
          let by = Figures.attribution(quote).map(md).joined(separator: ", ")
          out.write("\n   > “" + md(quote.text) + "” — " + by + "\n")
        }
        out.write("\n")
      }
    }
    if !text.duplicates.isEmpty {
      out.write((text.themes.isEmpty ? "\n" : "") + heading(2) + "Near-duplicates\n\n")
      for group in text.duplicates {
        let sources = group.sources.map(md).joined(separator: ", ")
        out.write("- ×\(group.count) (\(sources)): “\(md(group.sample))”\n")
      }
    }
  }

  func writeCrossTab(_ tab: CrossTab, in summary: Summary, to out: inout some TextOutputStream) {
    var title = "By " + md(tab.by)
    if let other = summary.questions.first(where: { $0.id == tab.by }) {
      title += ": " + md(other.prompt)
    }
    out.write("\n" + heading(2) + title + "\n\n")
    if let test = tab.test {
      let verdict = test.significant ? "**significant**" : "not significant"
      out.write(Figures.chiSquare(test) + " — " + verdict + "\n\n")
    }
    var rows = tab.rows.map { row in
      [md(row.label)] + row.cells.map { "\(Figures.percent($0.share)) (\($0.count))" }
    }
    if tab.sentiment.contains(where: { $0 != nil }) {
      rows.append(["*mood*"] + tab.sentiment.map { $0.map(Figures.signed) ?? "–" })
    }
    table(["option"] + tab.columns.map(md), rows, numeric: 1, to: &out)
  }
}
