/// Writes a `Summary` as long-format CSV (RFC 4180, CRLF line ends), one row per figure:
/// `question,kind,item,source,count,total,share,low,high`.
///
/// `share` holds the figure itself: a share in [0, 1] for counts (with its 95% Wilson interval
/// in `low` and `high`), or a mean, a score or a p-value as the kind says. Numbers have four
/// decimals; empty cells mean "does not apply". `source` is `all` for figures over every
/// source. Kinds:
/// - `source` (no question): item `responses` or `comments`, count per source.
/// - `option`, `inferred`: item = option label, per source and `all`.
/// - `chi_square`: item `sources` (or `by:<question>` for a cross-tab); count = degrees of
///   freedom, share = p-value, low = high = the statistic.
/// - `mean` (low/high = the 95% interval of the mean), `median`: count = answers.
/// - `texts`: texts per source; `sentiment`: item positive/neutral/negative, and `mean_score`.
/// - `language`, `theme` (its size), `theme_mood` (share = mean score), `duplicate` (item =
///   sample text, source = its sources joined by `+`).
/// - `cross_tab`: item = this question's option, source = the other question's option, shares
///   within that column; `cross_tab_mood`: mean score per column.
/// - `day` (no question): item = the day, source `responses` or `comments`; `day_mood`.
///
/// Every text cell goes through `SafeText.csv`: quoted when needed, and guarded with a leading
/// `'` when it starts like a formula (`=`, `+`, `-`, `@`, tab, CR).
public struct CSVRenderer: Sendable {
  /// Whether to write the header row.
  public var header: Bool

  /// Creates a renderer; `header` (default true) writes the column names first.
  public init(header: Bool = true) {
    self.header = header
  }

  /// The column names.
  public static let columns = [
    "question", "kind", "item", "source", "count", "total", "share", "low", "high",
  ]

  /// Writes the summary.
  public func render(_ summary: Summary, to out: inout some TextOutputStream) {
    if header { out.write(Self.columns.joined(separator: ",") + "\r\n") }
    for source in summary.sources {
      row(nil, "source", "responses", source.source, count: source.responses, to: &out)
      row(nil, "source", "comments", source.source, count: source.comments, to: &out)
    }
    for question in summary.questions {
      let id = question.id
      if let tally = question.tally { writeTally(tally, id, "option", to: &out) }
      if let inferred = question.inferred { writeTally(inferred, id, "inferred", to: &out) }
      if let numbers = question.numbers {
        row(
          id, "mean", "mean", "all", count: numbers.count, share: numbers.mean,
          low: numbers.mean - numbers.margin, high: numbers.mean + numbers.margin, to: &out)
        row(id, "median", "median", "all", count: numbers.count, share: numbers.median, to: &out)
      }
      if let text = question.text { writeText(text, id, to: &out) }
      if let tab = question.crossTab {
        for crossRow in tab.rows {
          for (column, cell) in zip(tab.columns, crossRow.cells) {
            row(id, "cross_tab", crossRow.label, column, cell, to: &out)
          }
        }
        for (column, mood) in zip(tab.columns, tab.sentiment) {
          if let mood { row(id, "cross_tab_mood", "mean_score", column, share: mood, to: &out) }
        }
        if let test = tab.test { writeTest(test, id, "by:" + tab.by, to: &out) }
      }
    }
    for day in summary.trend {
      row(nil, "day", day.day, "responses", count: day.responses, to: &out)
      row(nil, "day", day.day, "comments", count: day.comments, to: &out)
      if let mood = day.sentiment { row(nil, "day_mood", day.day, "all", share: mood, to: &out) }
    }
  }

  func writeTally(
    _ tally: Tally, _ id: String, _ kind: String, to out: inout some TextOutputStream
  ) {
    for option in tally.options {
      row(id, kind, option.label, "all", option.all, to: &out)
      for (source, proportion) in zip(tally.sources, option.bySource) {
        row(id, kind, option.label, source, proportion, to: &out)
      }
    }
    if let test = tally.sourcesDiffer { writeTest(test, id, "sources", to: &out) }
  }

  func writeTest(
    _ test: ChiSquare, _ id: String, _ item: String, to out: inout some TextOutputStream
  ) {
    row(
      id, "chi_square", item, "all", count: test.degreesOfFreedom, share: test.pValue,
      low: test.statistic, high: test.statistic, to: &out)
  }

  func writeText(_ text: TextResults, _ id: String, to out: inout some TextOutputStream) {
    for source in text.bySource {
      row(id, "texts", "texts", source.source, count: source.responses + source.comments, to: &out)
    }
    row(id, "texts", "texts", "all", count: text.total, to: &out)
    let split = text.sentiment
    for (name, proportion) in [
      ("positive", split.positive), ("neutral", split.neutral), ("negative", split.negative),
    ] {
      row(id, "sentiment", name, "all", proportion, to: &out)
    }
    row(id, "sentiment", "mean_score", "all", share: split.mean, to: &out)
    for language in text.languages {
      let proportion = Proportion(count: language.count, total: text.total)
      row(id, "language", language.language, "all", proportion, to: &out)
    }
    for theme in text.themes {
      row(id, "theme", theme.label, "all", theme.size, to: &out)
      row(id, "theme_mood", theme.label, "all", share: theme.mood, to: &out)
    }
    for group in text.duplicates {
      let sources = group.sources.joined(separator: "+")
      row(id, "duplicate", group.sample, sources, count: group.count, to: &out)
    }
  }

  /// A row for a proportion.
  func row(
    _ question: String?, _ kind: String, _ item: String, _ source: String,
    _ proportion: Proportion, to out: inout some TextOutputStream
  ) {
    row(
      question, kind, item, source, count: proportion.count, total: proportion.total,
      share: proportion.share, low: proportion.low, high: proportion.high, to: &out)
  }

  /// One row; text cells made safe, numbers with four decimals, absent values empty.
  func row(
    _ question: String?, _ kind: String, _ item: String, _ source: String, count: Int? = nil,
    total: Int? = nil, share: Double? = nil, low: Double? = nil, high: Double? = nil,
    to out: inout some TextOutputStream
  ) {
    let text = [question ?? "", kind, item, source].map(SafeText.csv)
    let numbers = [count.map(String.init), total.map(String.init)].map { $0 ?? "" }
    let figures = [share, low, high].map { $0.map(Figures.data) ?? "" }
    out.write((text + numbers + figures).joined(separator: ",") + "\r\n")
  }
}
