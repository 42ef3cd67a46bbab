extension TerminalRenderer {
  /// Free-text results: counts per source, sentiment, languages, themes with quotes and
  /// near-duplicate groups.
  func writeText(_ text: TextResults, to out: inout some TextOutputStream) {
    guard text.total > 0 else {
      out.write(indent + "no answers or comments yet\n")
      return
    }
    var head = "\(text.total) texts"
    if text.bySource.count > 1 {
      head +=
        " · "
        + text.bySource.map { "\(safe($0.source)) \($0.responses + $0.comments)" }
        .joined(separator: " · ")
    }
    write(TerminalLayout.wrap(head, width: width, first: indent, rest: indent), to: &out)
    writeSentiment(text.sentiment, to: &out)
    if !text.languages.isEmpty {
      let languages = text.languages.map { language in
        safe(language.language) + " "
          + Figures.percent(Proportion(count: language.count, total: text.total).share)
      }
      write(
        TerminalLayout.wrap(
          languages.joined(separator: " · "), width: width, first: indent + "Languages  ",
          rest: indent + "           "), to: &out)
    }
    if !text.themes.isEmpty {
      out.write("\n" + indent + style("Themes", "1") + "\n")
      for (index, theme) in text.themes.enumerated() {
        writeTheme(theme, number: index + 1, to: &out)
      }
    }
    if !text.duplicates.isEmpty {
      out.write("\n" + indent + style("Near-duplicates", "1") + "\n")
      for group in text.duplicates {
        let sources = group.sources.map(safe).joined(separator: ", ")
        let line = "×\(group.count) (\(sources)) “\(safe(group.sample))”"
        write(
          TerminalLayout.wrap(line, width: width, first: indent, rest: indent + "  "), to: &out)
      }
    }
  }

  /// `Sentiment  ███▒▒▒░░`, then each share with its interval and count, and the mean.
  func writeSentiment(_ split: SentimentSplit, to out: inout some TextOutputStream) {
    let label = "Sentiment  "
    let barWidth = max(10, width - indent.count - label.count)
    let positive = Int((split.positive.share * Double(barWidth)).rounded())
    let negative = min(
      barWidth - positive, Int((split.negative.share * Double(barWidth)).rounded()))
    let neutral = split.positive.total == 0 ? 0 : barWidth - positive - negative
    let bar =
      style(String(repeating: "█", count: positive), "32")
      + style(String(repeating: "▒", count: neutral), "2")
      + style(String(repeating: "░", count: negative), "31")
    out.write(indent + label + bar + "\n")
    let pad = indent + String(repeating: " ", count: label.count)
    let lines = [
      "█ positive  " + Figures.share(split.positive) + "  n=\(split.positive.count)",
      "▒ neutral   " + Figures.share(split.neutral) + "  n=\(split.neutral.count)",
      "░ negative  " + Figures.share(split.negative) + "  n=\(split.negative.count)",
      "mean " + Figures.mood(split.mean),
    ]
    for line in lines {
      // Wrapping would fold the aligning spaces, so only lines too long for the width wrap.
      if TerminalWidth.of(pad + line) <= width {
        out.write(pad + line + "\n")
      } else {
        write(TerminalLayout.wrap(line, width: width, first: pad, rest: pad + "  "), to: &out)
      }
    }
  }

  /// `1) label`, its size and mood, then its quotes.
  func writeTheme(_ theme: ThemeResult, number: Int, to out: inout some TextOutputStream) {
    let first = indent + "\(number)) "
    let rest = indent + String(repeating: " ", count: first.count - indent.count)
    for line in TerminalLayout.wrap(safe(theme.label), width: width, first: first, rest: rest) {
      out.write(style(line, "1") + "\n")
    }
    let size =
      Figures.share(theme.size) + " · n=\(theme.size.count) · mood " + Figures.mood(theme.mood)
    write(TerminalLayout.wrap(size, width: width, first: rest, rest: rest), to: &out)
    for quote in theme.quotes {
      let line =
        "“" + safe(quote.text) + "” — "
        + Figures.attribution(quote).map(safe).joined(separator: ", ")
      write(
        TerminalLayout.wrap(line, width: width, first: rest + "  ", rest: rest + "   "), to: &out)
    }
  }
}
