/// Writes a `Summary` as one self-contained HTML page: inline CSS, inline SVG charts (bars with
/// 95% interval whiskers for tallies and themes, a stacked sentiment bar, a trend), no script
/// and nothing fetched from elsewhere.
///
/// Every chart has a `<title>` and `<desc>` and is followed by a table or list with the same
/// figures. Every string from the summary goes through `SafeText.html`.
public struct HTMLRenderer: Sendable {
  /// Creates a renderer.
  public init() {}

  /// Writes the whole page.
  public func render(_ summary: Summary, to out: inout some TextOutputStream) {
    let info = summary.survey
    out.write(
      """
      <!DOCTYPE html>
      <html lang="\(h(info.language))">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <title>\(h(info.title))</title>
      <style>
      \(Self.styleSheet)</style>
      </head>
      <body>
      <main>
      <header>
      <h1>\(h(info.title))</h1>

      """)
    let meta = [h(info.id), "revision \(info.revision)", h(info.language)]
    out.write(
      "<p class=\"meta\">" + meta.joined(separator: " · ") + " · generated "
        + Figures.timestamp(summary.generatedAt) + "</p>\n")
    if let article = info.article {
      out.write("<p class=\"meta\">Article: " + h(article) + "</p>\n")
    }
    out.write("<p class=\"meta\">Filters: " + filterText(summary.filters) + "</p>\n</header>\n")
    if !summary.sources.isEmpty {
      out.write("<section>\n<h2>Sources</h2>\n")
      table(
        ["source", "responses", "comments"],
        summary.sources.map { [h($0.source), "\($0.responses)", "\($0.comments)"] }, to: &out)
      out.write("</section>\n")
    }
    for (index, question) in summary.questions.enumerated() {
      writeQuestion(question, number: index + 1, in: summary, to: &out)
    }
    if !summary.trend.isEmpty {
      out.write("<section>\n<h2>Trend</h2>\n" + trendChart(summary.trend, id: "trend"))
      table(
        ["day", "responses", "comments", "mood"],
        summary.trend.map { day in
          [
            h(day.day), "\(day.responses)", "\(day.comments)",
            day.sentiment.map(Figures.mood) ?? "–",
          ]
        }, to: &out)
      out.write("</section>\n")
    }
    out.write(
      "<footer>Shares with 95% Wilson intervals. Made by Agora.</footer>\n</main>\n</body>\n"
        + "</html>\n")
  }

  /// Safe HTML text.
  func h(_ text: String) -> String {
    SafeText.html(text)
  }

  func filterText(_ filters: SummaryFilters) -> String {
    filters.described(escape: h)
  }

  /// A table in a scrolling box; every column but the first is numeric. Cells must be safe.
  func table(_ headers: [String], _ rows: [[String]], to out: inout some TextOutputStream) {
    func cells(_ row: [String], _ tag: String) -> String {
      row.enumerated().map { index, cell in
        let attributes = index == 0 ? "" : " class=\"n\""
        return "<\(tag)\(attributes)>\(cell)</\(tag)>"
      }.joined()
    }
    out.write("<div class=\"scroll\"><table>\n<thead><tr>" + cells(headers, "th") + "</tr></thead>")
    out.write("\n<tbody>\n")
    for row in rows { out.write("<tr>" + cells(row, "td") + "</tr>\n") }
    out.write("</tbody></table></div>\n")
  }

  func writeQuestion(
    _ question: QuestionSummary, number: Int, in summary: Summary,
    to out: inout some TextOutputStream
  ) {
    let id = "q\(number)"
    out.write("<section id=\"\(id)\">\n<h2>\(number). \(h(question.prompt))</h2>\n")
    let type = TerminalRenderer.typeNames[question.type] ?? h(question.type)
    out.write("<p class=\"meta\">\(type) · \(h(question.id))</p>\n")
    if let tally = question.tally {
      writeTally(tally, title: question.prompt, id: id + "-tally", to: &out)
    }
    if let numbers = question.numbers {
      out.write(
        "<p>Mean <strong>\(Figures.decimal(numbers.mean, 2))</strong> ± "
          + "\(Figures.decimal(numbers.margin, 2)) (95%) · median "
          + "\(Figures.decimal(numbers.median, 2)) · n=\(numbers.count)</p>\n")
    }
    if let inferred = question.inferred {
      out.write(
        "<div class=\"inferred\">\n<h3>Inferred from comments — not direct answers</h3>\n")
      writeTally(
        inferred, title: "Inferred from comments: " + question.prompt, id: id + "-inferred",
        counted: "comments", to: &out)
      out.write("</div>\n")
    }
    if let text = question.text { writeText(text, id: id, to: &out) }
    if let tab = question.crossTab { writeCrossTab(tab, in: summary, to: &out) }
    out.write("</section>\n")
  }

  func writeTally(
    _ tally: Tally, title: String, id: String, counted noun: String = "answered",
    to out: inout some TextOutputStream
  ) {
    var head = "\(tally.answered) \(noun)"
    if let test = tally.sourcesDiffer {
      let p = "χ² p\(test.pValue < 0.001 ? "" : "=")\(Figures.pValue(test.pValue))"
      head +=
        test.significant
        ? " · <span class=\"flag\">sources differ (\(p))</span>"
        : " · no clear difference between sources (\(p))"
    }
    out.write("<p>" + head + "</p>\n")
    if tally.smallSample {
      out.write("<p class=\"warning\">⚠ Fewer than 30 answers — shares are only indicative.</p>\n")
    }
    out.write(barChart(tally.options.map { ($0.label, $0.all) }, title: title, id: id))
    let perSource = tally.sources.count > 1 ? tally.sources.map(h) : []
    let rows = tally.options.map { option in
      [
        h(option.label), "\(option.all.count)", Figures.percent(option.all.share),
        Figures.interval(option.all),
      ]
        + (perSource.isEmpty
          ? [] : option.bySource.map { "\(Figures.percent($0.share)) (\($0.count))" })
    }
    table(["option", "n", "share", "95% CI"] + perSource, rows, to: &out)
  }

  func writeText(_ text: TextResults, id: String, to out: inout some TextOutputStream) {
    let sources = text.bySource.map { "\(h($0.source)) \($0.responses + $0.comments)" }
    out.write("<p>" + (["\(text.total) texts"] + sources).joined(separator: " · ") + "</p>\n")
    out.write("<h3>Sentiment</h3>\n" + sentimentChart(text.sentiment, id: id + "-sentiment"))
    out.write("<p>Mean score: " + Figures.mood(text.sentiment.mean) + "</p>\n")
    if !text.languages.isEmpty {
      let languages = text.languages.map { language in
        h(language.language) + " "
          + Figures.percent(Proportion(count: language.count, total: text.total).share)
          + " (\(language.count))"
      }
      out.write("<p>Languages: " + languages.joined(separator: " · ") + "</p>\n")
    }
    if !text.themes.isEmpty {
      out.write("<h3>Themes</h3>\n")
      out.write(
        barChart(text.themes.map { ($0.label, $0.size) }, title: "Themes", id: id + "-themes"))
      out.write("<ol class=\"themes\">\n")
      for theme in text.themes {
        out.write(
          "<li><strong>\(h(theme.label))</strong> — \(Figures.share(theme.size)), "
            + "n=\(theme.size.count), mood \(Figures.mood(theme.mood))\n")
        for quote in theme.quotes {
          let by = Figures.attribution(quote).map(h).joined(separator: ", ")
          out.write("<blockquote><p>“\(h(quote.text))”</p><cite>— \(by)</cite></blockquote>\n")
        }
        out.write("</li>\n")
      }
      out.write("</ol>\n")
    }
    if !text.duplicates.isEmpty {
      out.write("<h3>Near-duplicates</h3>\n<ul>\n")
      for group in text.duplicates {
        let sources = group.sources.map(h).joined(separator: ", ")
        out.write("<li>×\(group.count) (\(sources)): “\(h(group.sample))”</li>\n")
      }
      out.write("</ul>\n")
    }
  }

  func writeCrossTab(_ tab: CrossTab, in summary: Summary, to out: inout some TextOutputStream) {
    var title = "By " + h(tab.by)
    if let other = summary.questions.first(where: { $0.id == tab.by }) {
      title += ": " + h(other.prompt)
    }
    out.write("<h3>\(title)</h3>\n")
    if let test = tab.test {
      let verdict = test.significant ? "<strong>significant</strong>" : "not significant"
      out.write("<p>" + Figures.chiSquare(test) + " — " + verdict + "</p>\n")
    }
    var rows = tab.rows.map { row in
      [h(row.label)] + row.cells.map { "\(Figures.percent($0.share)) (\($0.count))" }
    }
    if tab.sentiment.contains(where: { $0 != nil }) {
      rows.append(["<em>mood</em>"] + tab.sentiment.map { $0.map(Figures.signed) ?? "–" })
    }
    table(["option"] + tab.columns.map(h), rows, to: &out)
  }
}
