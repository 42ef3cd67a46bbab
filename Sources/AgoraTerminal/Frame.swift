import AgoraReport

/// How a piece of text is drawn.
public enum TextStyle: Sendable, Hashable {
  /// Plain text.
  case normal
  /// Titles and prompts.
  case bold
  /// Hints, footers and counters.
  case dim
  /// The highlighted option or line.
  case selected
  /// Problems.
  case error
  /// Chosen options and progress.
  case accent
}

/// One line of the screen, as pieces of styled text.
public struct FrameLine: Sendable, Hashable {
  /// The pieces, left to right.
  public var pieces: [(text: String, style: TextStyle)]

  /// Creates a line of one piece.
  public init(_ text: String, _ style: TextStyle = .normal) {
    pieces = [(text, style)]
  }

  /// Creates a line of several pieces.
  public init(pieces: [(text: String, style: TextStyle)]) {
    self.pieces = pieces
  }

  /// The line's text without styles.
  public var text: String { pieces.map(\.text).joined() }

  public static func == (lhs: FrameLine, rhs: FrameLine) -> Bool {
    lhs.pieces.map(\.text) == rhs.pieces.map(\.text)
      && lhs.pieces.map(\.style) == rhs.pieces.map(\.style)
  }

  public func hash(into hasher: inout Hasher) {
    for piece in pieces {
      hasher.combine(piece.text)
      hasher.combine(piece.style)
    }
  }
}

/// What the screen shows: exactly `height` lines and where the cursor blinks, if anywhere.
public struct Frame: Sendable, Hashable {
  /// The lines, top to bottom.
  public var lines: [FrameLine]
  /// The cursor's line and column, when a text is being typed.
  public var cursor: (row: Int, column: Int)?

  public static func == (lhs: Frame, rhs: Frame) -> Bool {
    lhs.lines == rhs.lines && lhs.cursor?.row == rhs.cursor?.row
      && lhs.cursor?.column == rhs.cursor?.column
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(lines)
    hasher.combine(cursor?.row)
    hasher.combine(cursor?.column)
  }

  /// The frame as plain text, one line each, for tests.
  public var text: String { lines.map(\.text).joined(separator: "\n") }
}

/// Word-wraps `text` to `width` columns (breaking long words), keeping its line breaks.
func wrap(_ text: String, width: Int) -> [String] {
  TextBuffer(text).wrapped(width: width + 1).rows.map(\.text)
}

/// Cuts `text` to at most `width` terminal columns, ending with `…` when cut.
func truncate(_ text: String, width: Int) -> String {
  TerminalLayout.cut(text, width: width)
}
