extension TerminalRenderer {
  /// Human words for question types.
  static let typeNames = [
    "yes_no": "yes/no", "single": "single choice", "multi": "multiple choice",
    "scale": "scale", "number": "number", "text": "free text",
  ]

  func writeQuestion(
    _ question: QuestionSummary, number: Int, in summary: Summary,
    to out: inout some TextOutputStream
  ) {
    let heading = TerminalLayout.wrap(
      safe(question.prompt), width: width, first: "\(number). ", rest: indent)
    for line in heading { out.write(style(line, "1") + "\n") }
    let type = Self.typeNames[question.type] ?? safe(question.type)
    out.write(indent + style(type + " · " + safe(question.id), "2") + "\n")
    if let tally = question.tally {
      writeTally(tally, to: &out)
    }
    if let numbers = question.numbers {
      let line =
        "mean \(Figures.decimal(numbers.mean, 2)) ± \(Figures.decimal(numbers.margin, 2))"
        + " (95%) · median \(Figures.decimal(numbers.median, 2)) · n=\(numbers.count)"
      write(TerminalLayout.wrap(line, width: width, first: indent, rest: indent), to: &out)
    }
    if let inferred = question.inferred {
      out.write("\n")
      let note = "Inferred from comments — not direct answers"
      write(
        TerminalLayout.wrap(note, width: width, first: indent + "◇ ", rest: indent + "  ")
          .map { style($0, "35") }, to: &out)
      writeTally(inferred, to: &out)
    }
    if let text = question.text {
      writeText(text, to: &out)
    }
    if let crossTab = question.crossTab {
      writeCrossTab(crossTab, in: summary, to: &out)
    }
  }

  /// The tally: a line with the total and the source test, one bar per option, a per-source
  /// line under each option when there are several sources, and the small-sample warning.
  func writeTally(_ tally: Tally, to out: inout some TextOutputStream) {
    var head = "\(tally.answered) answered"
    if let test = tally.sourcesDiffer {
      let p = "χ² p\(test.pValue < 0.001 ? "" : "=")\(Figures.pValue(test.pValue))"
      head +=
        test.significant
        ? " · " + style("sources differ (\(p))", "33")
        : " · no clear difference between sources (\(p))"
    }
    out.write(indent + head + "\n")
    writeBars(
      tally.options.map { (safe($0.label), $0.all) }, to: &out,
      under: { index in
        guard tally.sources.count > 1 else { return nil }
        let option = tally.options[index]
        return zip(tally.sources, option.bySource).map { source, proportion in
          "\(safe(source)) \(Figures.percent(proportion.share)) (\(proportion.count))"
        }.joined(separator: " · ")
      })
    if tally.smallSample {
      out.write(indent + style("⚠ fewer than 30 answers — shares are only indicative", "33") + "\n")
    }
  }

  /// One bar per row, `label  ████▍  42.0% (36.1–48.1)  n=56`, with an optional dim line under
  /// each row, aligned with the bars.
  func writeBars(
    _ rows: [(label: String, proportion: Proportion)], to out: inout some TextOutputStream,
    under: (Int) -> String? = { _ in nil }
  ) {
    let shares = rows.map { Figures.share($0.proportion) }
    let counts = rows.map { "n=\($0.proportion.count)" }
    let shareWidth = shares.map(TerminalWidth.of).max() ?? 0
    let countWidth = counts.map(TerminalWidth.of).max() ?? 0
    let available = width - indent.count
    let labelWidth = min(rows.map { TerminalWidth.of($0.label) }.max() ?? 0, available / 3)
    let barWidth = max(8, available - labelWidth - shareWidth - countWidth - 6)
    for (index, row) in rows.enumerated() {
      let bar = TerminalLayout.bar(row.proportion.share, width: barWidth)
      let line =
        indent + TerminalLayout.fit(row.label, width: labelWidth) + "  " + style(bar, "36")
        + "  " + TerminalLayout.fit(shares[index], width: shareWidth) + "  " + counts[index]
      out.write(line + "\n")
      if let extra = under(index) {
        let pad = String(repeating: " ", count: indent.count + labelWidth + 2)
        for line in TerminalLayout.wrap(extra, width: width, first: pad, rest: pad) {
          out.write(style(line, "2") + "\n")
        }
      }
    }
  }

  func writeCrossTab(_ tab: CrossTab, in summary: Summary, to out: inout some TextOutputStream) {
    out.write("\n")
    var title = "By " + safe(tab.by)
    if let other = summary.questions.first(where: { $0.id == tab.by }) {
      title += " (" + safe(other.prompt) + ")"
    }
    write(TerminalLayout.wrap(title, width: width, first: indent, rest: indent + "  "), to: &out)
    if let test = tab.test {
      let verdict = test.significant ? style("significant", "33") : "not significant"
      out.write(indent + Figures.chiSquare(test) + " — " + verdict + "\n")
    }
    // Cells such as `55.6% n=120` take 11 columns; row labels get what the columns leave.
    let cellWidth = 11
    let columnsWidth = tab.columns.count * (cellWidth + 2)
    let longest = tab.rows.map { TerminalWidth.of(safe($0.label)) }.max() ?? 0
    let labelWidth = min(longest, max(12, width - indent.count - columnsWidth))
    let headers =
      [""] + tab.columns.map { TerminalLayout.fit(safe($0), width: cellWidth).trimmedRight }
    var rows = tab.rows.map { row in
      [TerminalLayout.fit(safe(row.label), width: labelWidth).trimmedRight]
        + row.cells.map { "\(Figures.percent($0.share)) n=\($0.count)" }
    }
    if tab.sentiment.contains(where: { $0 != nil }) {
      rows.append(["mood"] + tab.sentiment.map { $0.map(Figures.signed) ?? "–" })
    }
    let table = TextTable(headers: headers).render(rows)
    for line in table.split(separator: "\n") { out.write(indent + line + "\n") }
  }
}

extension String {
  /// The string without trailing spaces.
  var trimmedRight: String {
    String(reversed().drop { $0 == " " }.reversed())
  }
}
