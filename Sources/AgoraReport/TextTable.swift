/// A plain-text table with left-aligned columns separated by two spaces.
public struct TextTable: Sendable {
  /// The column headers.
  public var headers: [String]

  /// Creates a table with these headers.
  public init(headers: [String]) {
    self.headers = headers
  }

  /// The header, a rule and one line per row; every line ends with a newline, trailing spaces
  /// are trimmed.
  public func render(_ rows: [[String]]) -> String {
    let all = [headers] + rows
    let widths = headers.indices.map { column in
      all.map { $0.indices.contains(column) ? TerminalWidth.of($0[column]) : 0 }.max() ?? 0
    }
    func line(_ cells: [String]) -> String {
      let padded = cells.enumerated().map { index, cell in
        cell + String(repeating: " ", count: max(0, widths[index] - TerminalWidth.of(cell)))
      }
      return String(padded.joined(separator: "  ").reversed().drop { $0 == " " }.reversed())
    }
    let rule = widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ")
    return ([line(headers), rule] + rows.map(line)).joined(separator: "\n") + "\n"
  }
}

/// How many terminal columns a string takes: wide (East Asian, emoji) characters count 2,
/// combining marks 0.
public enum TerminalWidth {
  /// The display width of `text`.
  public static func of(_ text: String) -> Int {
    text.reduce(0) { $0 + width(of: $1) }
  }

  /// The display width of one grapheme cluster.
  public static func width(of character: Character) -> Int {
    guard let scalar = character.unicodeScalars.first else { return 0 }
    if scalar.properties.isEmojiPresentation { return 2 }
    switch scalar.value {
    case 0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F,
      0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x20000...0x3FFFD:
      return 2
    default:
      return scalar.properties.generalCategory == .nonspacingMark ? 0 : 1
    }
  }
}
