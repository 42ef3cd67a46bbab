/// Line-drawing helpers for the terminal renderer: word wrapping, bars and sparklines.
public enum TerminalLayout {
  /// Eighths of a cell, from one eighth (`▏`) to seven eighths (`▉`).
  static let partialBlocks: [Character] = ["▏", "▎", "▍", "▌", "▋", "▊", "▉"]

  /// Sparkline levels, lowest first.
  static let sparkLevels: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

  /// A bar of `share × width` cells drawn in eighths, padded with spaces to `width`.
  public static func bar(_ share: Double, width: Int) -> String {
    let clamped = share.isFinite ? min(1, max(0, share)) : 0
    let eighths = Int((clamped * Double(width) * 8).rounded())
    var bar = String(repeating: "█", count: eighths / 8)
    if eighths % 8 > 0 { bar.append(partialBlocks[eighths % 8 - 1]) }
    return bar + String(repeating: " ", count: max(0, width - TerminalWidth.of(bar)))
  }

  /// One character per value, scaled so that the largest is `█` (all `▁` when all are 0).
  static func sparkline(_ values: [Int]) -> String {
    let top = values.max() ?? 0
    return String(
      values.map { value in
        guard top > 0 else { return sparkLevels[0] }
        let level = Int((Double(value) / Double(top) * 7).rounded())
        return sparkLevels[min(7, max(0, level))]
      })
  }

  /// `text` padded with spaces to `width` columns, or cut with `…` when wider.
  public static func fit(_ text: String, width: Int) -> String {
    let shown = cut(text, width: width)
    return shown + String(repeating: " ", count: max(0, width - TerminalWidth.of(shown)))
  }

  /// `text` when it fits in `width` columns, else cut to `width - 1` columns and `…`.
  public static func cut(_ text: String, width: Int) -> String {
    guard TerminalWidth.of(text) > width else { return text }
    var cut = ""
    var columns = 0
    for character in text {
      let w = TerminalWidth.width(of: character)
      if columns + w > width - 1 { break }
      cut.append(character)
      columns += w
    }
    return cut + "…"
  }

  /// Lines of at most `width` columns, broken at spaces; a word wider than a line is broken
  /// between characters. The first line starts with `first`, the others with `rest`
  /// (both counted in the width). Text should already be made safe; newlines start a new line.
  public static func wrap(_ text: String, width: Int, first: String = "", rest: String = "")
    -> [String]
  {
    var lines: [String] = []
    var line = first
    var lineWidth = TerminalWidth.of(first)
    var hasContent = false
    func breakLine() {
      lines.append(line)
      line = rest
      lineWidth = TerminalWidth.of(rest)
      hasContent = false
    }
    let paragraphs = text.split(separator: "\n", omittingEmptySubsequences: false)
    for (index, paragraph) in paragraphs.enumerated() {
      if index > 0 { breakLine() }
      for word in paragraph.split(separator: " ") {
        if hasContent {
          if lineWidth + 1 + TerminalWidth.of(String(word)) > width {
            breakLine()
          } else {
            line += " "
            lineWidth += 1
          }
        }
        for character in word {
          let w = TerminalWidth.width(of: character)
          if hasContent && lineWidth + w > width { breakLine() }
          line.append(character)
          lineWidth += w
          hasContent = true
        }
      }
    }
    lines.append(line)
    return lines.map { String($0.reversed().drop { $0 == " " }.reversed()) }
  }
}
