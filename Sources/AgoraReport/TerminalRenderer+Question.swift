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
      writeTally(inferred, counted: "comments", to: &out)
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
  func writeTally(
    _ tally: Tally, counted noun: String = "answered", to out: inout some TextOutputStream
  ) {
    guard tally.answered > 0 else {
      out.write(indent + "no answers yet\n")
      return
    }
    out.write(indent + "\(tally.answered) \(noun)\n")
    if let test = tally.sourcesDiffer {
      let p = "χ² p\(test.pValue < 0.001 ? "" : "=")\(Figures.pValue(test.pValue))"
      let line =
        test.significant
        ? "sources differ (\(p))" : "no clear difference between sources (\(p))"
      for wrapped in TerminalLayout.wrap(line, width: width, first: indent, rest: indent) {
        out.write((test.significant ? style(wrapped, "33") : wrapped) + "\n")
      }
    }
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
      let warning = "⚠ fewer than 30 answers — shares are only indicative"
      for line in TerminalLayout.wrap(warning, width: width, first: indent, rest: indent + "  ") {
        out.write(style(line, "33") + "\n")
      }
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
    let fixed = shareWidth + countWidth + 4
    // Too narrow for label, bar and figures on one line: the label goes on a line of its own.
    let stacked = available - labelWidth - fixed - 2 < 10
    let barWidth = max(4, available - fixed - 2 - (stacked ? 0 : labelWidth))
    for (index, row) in rows.enumerated() {
      let bar = TerminalLayout.bar(row.proportion.share, width: barWidth)
      let figures =
        style(bar, "36") + "  " + TerminalLayout.fit(shares[index], width: shareWidth) + "  "
        + counts[index]
      if stacked {
        write(TerminalLayout.wrap(row.label, width: width, first: indent, rest: indent), to: &out)
        out.write(indent + "  " + figures + "\n")
      } else {
        out.write(indent + TerminalLayout.fit(row.label, width: labelWidth) + "  " + figures + "\n")
      }
      if let extra = under(index) {
        let pad = String(repeating: " ", count: indent.count + 2 + (stacked ? 0 : labelWidth))
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
      let line =
        Figures.chiSquare(test) + (test.significant ? " — significant" : " — not significant")
      for wrapped in TerminalLayout.wrap(line, width: width, first: indent, rest: indent) {
        out.write((test.significant ? style(wrapped, "33") : wrapped) + "\n")
      }
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
