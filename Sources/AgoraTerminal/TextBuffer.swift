import AgoraReport

/// Editable text as lines of characters with a cursor: the state under every typed field.
///
/// Characters are grapheme clusters, so an accented letter or an emoji is one step of the
/// cursor and one Backspace, whatever its UTF-8 length.
public struct TextBuffer: Sendable, Hashable {
  /// The lines, without their line breaks; never empty.
  public private(set) var lines: [[Character]]
  /// The line the cursor is on.
  public private(set) var row: Int
  /// The cursor's position in its line, `0...line.count`.
  public private(set) var column: Int
  /// Whether Ctrl-J may add lines.
  public let multiline: Bool

  /// Creates a buffer holding `text`, the cursor at its end.
  public init(_ text: String = "", multiline: Bool = true) {
    let split = text.split(separator: "\n", omittingEmptySubsequences: false).map(Array.init)
    lines = split.isEmpty ? [[]] : (multiline ? split : [split.flatMap { $0 }])
    row = lines.count - 1
    column = lines[lines.count - 1].count
    self.multiline = multiline
  }

  /// The text, lines joined with `\n`.
  public var text: String { lines.map { String($0) }.joined(separator: "\n") }

  /// The number of characters, counting each line break as one.
  public var count: Int { lines.reduce(lines.count - 1) { $0 + $1.count } }

  /// Applies an editing key; returns whether the key was one the buffer understands.
  ///
  /// `limit` caps the character count: typing past it does nothing and returns `true`
  /// with `reachedLimit` set.
  public mutating func apply(_ key: Key, limit: Int = .max) -> (handled: Bool, reachedLimit: Bool) {
    switch key {
    case .character(let character):
      guard count < limit else { return (true, true) }
      lines[row].insert(character, at: column)
      column += 1
    case .newline:
      guard multiline else { return (false, false) }
      guard count < limit else { return (true, true) }
      let rest = Array(lines[row][column...])
      lines[row].removeSubrange(column...)
      lines.insert(rest, at: row + 1)
      row += 1
      column = 0
    case .backspace:
      if column > 0 {
        lines[row].remove(at: column - 1)
        column -= 1
      } else if row > 0 {
        let line = lines.remove(at: row)
        row -= 1
        column = lines[row].count
        lines[row].append(contentsOf: line)
      }
    case .delete:
      if column < lines[row].count {
        lines[row].remove(at: column)
      } else if row + 1 < lines.count {
        lines[row].append(contentsOf: lines.remove(at: row + 1))
      }
    case .left:
      if column > 0 {
        column -= 1
      } else if row > 0 {
        row -= 1
        column = lines[row].count
      }
    case .right:
      if column < lines[row].count {
        column += 1
      } else if row + 1 < lines.count {
        row += 1
        column = 0
      }
    case .up:
      guard row > 0 else { return (multiline, false) }
      row -= 1
      column = min(column, lines[row].count)
    case .down:
      guard row + 1 < lines.count else { return (multiline, false) }
      row += 1
      column = min(column, lines[row].count)
    case .home: column = 0
    case .end: column = lines[row].count
    default: return (false, false)
    }
    return (true, false)
  }
}

/// One row of wrapped text on screen.
public struct WrappedRow: Sendable, Hashable {
  /// The characters shown.
  public var text: String
  /// The logical line the row belongs to.
  public var line: Int
  /// The index in that line of the row's first character.
  public var start: Int
}

extension TextBuffer {
  /// The lines word-wrapped to `width` columns, and the cursor's row and column in them.
  ///
  /// A line breaks after the last space that fits; a word longer than the width is cut.
  public func wrapped(width: Int) -> (rows: [WrappedRow], cursorRow: Int, cursorColumn: Int) {
    let width = max(width, 2)
    var rows: [WrappedRow] = []
    var cursor = (row: 0, column: 0)
    for (index, line) in lines.enumerated() {
      var start = 0
      repeat {
        var end = start
        var columns = 0
        while end < line.count, columns + TerminalWidth.width(of: line[end]) <= width - 1 {
          columns += TerminalWidth.width(of: line[end])
          end += 1
        }
        if end == start, start < line.count { end = start + 1 }
        if end < line.count, let space = line[start..<end].lastIndex(of: " "), space > start {
          end = space + 1
        }
        let isLast = end >= line.count
        if index == row, column >= start, column < end || (isLast && column <= end) {
          let shown = line[start..<column].reduce(0) { $0 + TerminalWidth.width(of: $1) }
          cursor = (rows.count, shown)
        }
        rows.append(WrappedRow(text: String(line[start..<end]), line: index, start: start))
        start = end
      } while start < line.count
    }
    return (rows, cursor.row, cursor.column)
  }
}
