/// Inline SVG charts for the HTML renderer. Each chart scales with its container (`viewBox`,
/// width 100%), has a `<title>` and `<desc>` read by screen readers, and is followed in the page
/// by a table or list holding the same figures as text.
extension HTMLRenderer {
  /// Width of every chart in user units.
  static let chartWidth = 320.0

  /// A coordinate with one decimal.
  static func x(_ value: Double) -> String {
    Figures.decimal(value, 1)
  }

  /// Horizontal bars with 95% interval whiskers, one row per label: the label and the share
  /// above a full-width track, the bar scaled to the share.
  func barChart(
    _ rows: [(label: String, proportion: Proportion)], title: String, id: String
  ) -> String {
    let width = Self.chartWidth
    let rowHeight = 40.0
    let height = rowHeight * Double(rows.count)
    let desc = rows.map { "\(h($0.label)): \(Figures.share($0.proportion))" }
      .joined(separator: "; ")
    var svg =
      "<svg class=\"bars\" viewBox=\"0 0 \(Self.x(width)) \(Self.x(height))\" role=\"img\" "
      + "aria-labelledby=\"\(id)-t \(id)-d\">"
      + "<title id=\"\(id)-t\">\(h(title))</title><desc id=\"\(id)-d\">\(desc)</desc>\n"
    for (index, row) in rows.enumerated() {
      let top = Double(index) * rowHeight
      let p = row.proportion
      let barY = top + 20
      let mid = Self.x(barY + 6)
      let low = Self.x(p.low * width)
      let high = Self.x(p.high * width)
      svg +=
        "<g><text class=\"label\" x=\"0\" y=\"\(Self.x(top + 14))\">"
        + h(TerminalLayout.fit(row.label, width: 27).trimmedRight) + "</text>"
        + "<text class=\"value\" x=\"\(Self.x(width))\" y=\"\(Self.x(top + 14))\" "
        + "text-anchor=\"end\">\(Figures.share(p))</text>"
        + "<rect class=\"track\" x=\"0\" y=\"\(Self.x(barY))\" width=\"\(Self.x(width))\" "
        + "height=\"12\"/>"
        + "<rect class=\"bar\" x=\"0\" y=\"\(Self.x(barY))\" "
        + "width=\"\(Self.x(p.share * width))\" height=\"12\"/>"
        + "<path class=\"whisker\" d=\"M\(low) \(mid)H\(high)M\(low) \(Self.x(barY + 1))"
        + "V\(Self.x(barY + 11))M\(high) \(Self.x(barY + 1))V\(Self.x(barY + 11))\"/></g>\n"
    }
    return "<figure class=\"chart\">" + svg + "</svg></figure>\n"
  }

  /// One bar split into positive, neutral and negative, with a legend in HTML.
  func sentimentChart(_ split: SentimentSplit, id: String) -> String {
    let parts = [
      ("positive", split.positive), ("neutral", split.neutral), ("negative", split.negative),
    ]
    let desc = parts.map { "\($0) \(Figures.share($1))" }.joined(separator: "; ")
    var svg =
      "<svg class=\"stack\" viewBox=\"0 0 \(Self.x(Self.chartWidth)) 20\" role=\"img\" "
      + "aria-labelledby=\"\(id)-t \(id)-d\"><title id=\"\(id)-t\">Sentiment</title>"
      + "<desc id=\"\(id)-d\">\(desc)</desc>"
    var start = 0.0
    for (name, proportion) in parts {
      let width = proportion.share * Self.chartWidth
      svg +=
        "<rect class=\"\(name)\" x=\"\(Self.x(start))\" y=\"0\" width=\"\(Self.x(width))\" "
        + "height=\"20\"/>"
      start += width
    }
    let legend = parts.map { name, proportion in
      "<li><span class=\"key \(name)\"></span>\(name) \(Figures.share(proportion)) · "
        + "n=\(proportion.count)</li>"
    }
    return "<figure class=\"chart\">" + svg + "</svg><ul class=\"legend\">"
      + legend.joined() + "</ul></figure>\n"
  }

  /// Columns of answers and comments per day, labelled with the day and the total.
  func trendChart(_ trend: [DayCount], id: String) -> String {
    let totals = trend.map { $0.responses + $0.comments }
    let top = Double(max(1, totals.max() ?? 1))
    let slot = Self.chartWidth / Double(max(1, trend.count))
    let chartHeight = 100.0
    let desc = zip(trend, totals).map { "\(h($0.day)): \($1)" }.joined(separator: "; ")
    var svg =
      "<svg class=\"trend\" viewBox=\"0 0 \(Self.x(Self.chartWidth)) 140\" role=\"img\" "
      + "aria-labelledby=\"\(id)-t \(id)-d\"><title id=\"\(id)-t\">Answers and comments per day"
      + "</title><desc id=\"\(id)-d\">\(desc)</desc>\n"
    for (index, day) in trend.enumerated() {
      let left = Double(index) * slot + slot * 0.15
      let responses = Double(day.responses) / top * chartHeight
      let comments = Double(day.comments) / top * chartHeight
      let base = 118.0
      let label = h(String(day.day.suffix(5)))
      svg +=
        "<g><rect class=\"bar\" x=\"\(Self.x(left))\" y=\"\(Self.x(base - responses))\" "
        + "width=\"\(Self.x(slot * 0.7))\" height=\"\(Self.x(responses))\"/>"
        + "<rect class=\"comments\" x=\"\(Self.x(left))\" "
        + "y=\"\(Self.x(base - responses - comments))\" width=\"\(Self.x(slot * 0.7))\" "
        + "height=\"\(Self.x(comments))\"/>"
        + "<text class=\"value\" x=\"\(Self.x(left + slot * 0.35))\" "
        + "y=\"\(Self.x(base - responses - comments - 4))\" text-anchor=\"middle\">"
        + "\(day.responses + day.comments)</text>"
        + "<text class=\"label\" x=\"\(Self.x(left + slot * 0.35))\" y=\"136\" "
        + "text-anchor=\"middle\">\(label)</text></g>\n"
    }
    return "<figure class=\"chart\">" + svg
      + "</svg><ul class=\"legend\"><li><span class=\"key bar\"></span>responses</li>"
      + "<li><span class=\"key comments\"></span>comments</li></ul></figure>\n"
  }
}
