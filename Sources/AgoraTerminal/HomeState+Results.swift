import AgoraReport

extension HomeState {
  /// A question's chart: one bar per option with its share and 95% interval, every source's
  /// share under it, inferred positions apart, numbers, and what the free text says.
  func chartLines(_ id: String, width: Int) -> [FrameLine] {
    guard let question = question(id) else { return [FrameLine("Building the results…", .dim)] }
    var lines = wrapped(SafeText.terminal(question.prompt), width: width, style: .bold)
    let type = Self.typeNames[question.type] ?? SafeText.terminal(question.type)
    lines.append(
      FrameLine(truncate(type + " · " + SafeText.terminal(question.id), width: width), .dim))
    if let tally = question.tally {
      lines.append(.empty)
      lines += tallyLines(tally, noun: "answered", width: width)
    }
    if let numbers = question.numbers {
      let text =
        "mean \(Figures.decimal(numbers.mean, 2)) ± \(Figures.decimal(numbers.margin, 2)) (95%)"
        + " · median \(Figures.decimal(numbers.median, 2)) · n=\(numbers.count)"
      lines += [.empty] + wrapped(text, width: width)
    }
    if let inferred = question.inferred {
      lines.append(.empty)
      lines += wrapped(
        "◇ Inferred from comments — not direct answers, counted apart", width: width,
        style: .accent)
      lines += tallyLines(inferred, noun: "comments", width: width)
    }
    if let text = question.text {
      lines.append(.empty)
      lines += textLines(text, width: width)
    }
    if question.tally == nil && question.numbers == nil && question.text == nil {
      lines += [.empty, FrameLine("No answers under these filters.")]
    }
    return lines
  }

  private func tallyLines(_ tally: Tally, noun: String, width: Int) -> [FrameLine] {
    var lines = [FrameLine("\(tally.answered) \(noun) · all sources together, each apart below")]
    if let test = tally.sourcesDiffer {
      let p = "χ² p\(test.pValue < 0.001 ? "" : "=")\(Figures.pValue(test.pValue))"
      lines.append(
        test.significant
          ? FrameLine("sources differ (\(p))", .error)
          : FrameLine("no clear difference between sources (\(p))", .dim))
    }
    let labels = tally.options.map { SafeText.terminal($0.label) }
    let shares = tally.options.map { Figures.share($0.all) }
    let counts = tally.options.map { "n=\($0.all.count)" }
    let shareWidth = shares.map(TerminalWidth.of).max() ?? 0
    let countWidth = counts.map(TerminalWidth.of).max() ?? 0
    let labelWidth = min(labels.map(TerminalWidth.of).max() ?? 0, max(8, width / 3))
    let barWidth = max(4, width - labelWidth - shareWidth - countWidth - 8)
    for (index, option) in tally.options.enumerated() {
      lines.append(
        FrameLine(pieces: [
          ("  " + TerminalLayout.fit(labels[index], width: labelWidth) + "  ", .normal),
          (TerminalLayout.bar(option.all.share, width: barWidth), .accent),
          (
            "  " + TerminalLayout.fit(shares[index], width: shareWidth) + "  " + counts[index],
            .normal
          ),
        ]))
      if tally.sources.count > 1 || source != nil {
        let apart = zip(tally.sources, option.bySource).map { name, share in
          SafeText.terminal(name) + " " + Figures.share(share) + " n=\(share.count)"
        }
        let indent = String(repeating: " ", count: labelWidth + 4)
        lines += TerminalLayout.wrap(
          apart.joined(separator: " · "), width: width, first: indent, rest: indent
        ).map { FrameLine($0, .dim) }
      }
    }
    if tally.smallSample {
      lines.append(FrameLine("⚠ fewer than 30 answers — shares are only indicative", .error))
    }
    return lines
  }

  private func textLines(_ text: TextResults, width: Int) -> [FrameLine] {
    var head = "\(text.total) texts"
    if !text.bySource.isEmpty {
      head +=
        " · "
        + text.bySource.map { "\(SafeText.terminal($0.source)) \($0.responses + $0.comments)" }
        .joined(separator: " · ")
    }
    var lines = wrapped(head, width: width)
    let sentiment = text.sentiment
    lines += [
      FrameLine(
        "  positive  " + Figures.share(sentiment.positive) + "  n=\(sentiment.positive.count)"),
      FrameLine(
        "  neutral   " + Figures.share(sentiment.neutral) + "  n=\(sentiment.neutral.count)"),
      FrameLine(
        "  negative  " + Figures.share(sentiment.negative) + "  n=\(sentiment.negative.count)"),
      FrameLine("  mean " + Figures.mood(sentiment.mean)),
    ]
    if !text.languages.isEmpty {
      let languages = text.languages.map { count in
        SafeText.terminal(count.language) + " "
          + Figures.percent(text.total == 0 ? 0 : Double(count.count) / Double(text.total))
      }
      lines += wrapped("Languages: " + languages.joined(separator: " · "), width: width)
    }
    let themes = text.themes.count
    lines.append(
      themes == 0
        ? FrameLine("No themes yet (run `agora analyze`).", .dim)
        : FrameLine("\(themes) theme\(themes == 1 ? "" : "s") — t opens them", .accent))
    return lines
  }

  /// A theme's label, size and mood, then each of its quotes with where it comes from.
  func quoteLines(_ id: String, theme themeID: Int, width: Int) -> [FrameLine] {
    guard let theme = themes(of: id).first(where: { $0.id == themeID }) else {
      return [FrameLine("No texts of this theme under these filters.")]
    }
    var lines = wrapped(SafeText.terminal(theme.label), width: width, style: .bold)
    lines.append(
      FrameLine(
        Figures.share(theme.size) + " of the texts · n=\(theme.size.count) · mood "
          + Figures.mood(theme.mood), .dim))
    if theme.quotes.isEmpty { lines += [.empty, FrameLine("No quotes under these filters.")] }
    for quote in theme.quotes {
      lines.append(.empty)
      lines += TerminalLayout.wrap(
        "“" + SafeText.terminal(quote.text) + "”", width: width, first: "  ", rest: "   "
      ).map { FrameLine($0) }
      let origin = Figures.attribution(quote).map { SafeText.terminal($0) }.joined(separator: ", ")
      lines += TerminalLayout.wrap("— " + origin, width: width, first: "    ", rest: "      ")
        .map { FrameLine($0, .dim) }
    }
    return lines
  }

  /// The import batches: file, format, counts and when.
  func importLines(width: Int) -> [FrameLine] {
    guard let imports else { return [FrameLine("Reading the imports…", .dim)] }
    guard !imports.isEmpty else {
      let id = selectedSurvey.map { SafeText.terminal($0.id) } ?? "ID"
      return [FrameLine("No imports yet. Import with `agora import FILE --survey \(id)`.")]
    }
    let figures = ["read", "new", "dup", "moderated", "skipped"]
    let fixed = figures.reduce(0) { $0 + max(5, $1.count) + 2 } + 10
    let fileWidth = max(12, width - fixed - 4)
    func columns(_ file: String, _ format: String, _ values: [String]) -> String {
      TerminalLayout.fit(file, width: fileWidth) + "  " + TerminalLayout.fit(format, width: 10)
        + zip(figures, values).map { "  " + pad($1, max(5, $0.count)) }.joined()
    }
    var lines = [FrameLine(truncate(columns("file", "format", figures), width: width), .dim)]
    for batch in imports {
      let counts = batch.counts
      let values = [
        counts.read, counts.new, counts.duplicate, counts.moderated.values.reduce(0, +),
        counts.skipped,
      ].map(String.init)
      lines.append(
        FrameLine(
          truncate(
            columns(
              Self.keepEnd(SafeText.terminal(batch.fileName), width: fileWidth),
              SafeText.terminal(batch.format), values),
            width: width)))
      let routed = counts.routed.sorted { $0.key < $1.key }
        .map { "\(SafeText.terminal($0.key)) \($0.value)" }.joined(separator: ", ")
      let detail =
        "#\(batch.id) · \(SafeText.terminal(batch.importedAt))"
        + (routed.isEmpty ? "" : " · routed: " + routed)
      lines += TerminalLayout.wrap(detail, width: width, first: "  ", rest: "    ")
        .map { FrameLine($0, .dim) }
    }
    let total = imports.reduce(0) { $0 + $1.counts.new }
    lines += [.empty, FrameLine("\(imports.count) batches · \(total) new comments in all")]
    return lines
  }

  /// `text` cut at its start to `width` columns (`…/grok-3/disqus-export.xml`): the end of a
  /// path tells files apart.
  static func keepEnd(_ text: String, width: Int) -> String {
    guard TerminalWidth.of(text) > width, width > 1 else { return text }
    var kept = ""
    var used = 1
    for character in text.reversed() {
      used += TerminalWidth.width(of: character)
      if used > width { break }
      kept.insert(character, at: kept.startIndex)
    }
    return "…" + kept
  }

  /// `text` wrapped to `width`, every line in `style`.
  func wrapped(_ text: String, width: Int, style: TextStyle = .normal) -> [FrameLine] {
    TerminalLayout.wrap(text, width: width).map { FrameLine($0, style) }
  }
}
