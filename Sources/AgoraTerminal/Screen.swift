import AgoraReport
import CNcurses
import Foundation

/// The full-screen terminal through ncursesw: raw keys, wide characters, colours unless
/// `NO_COLOR` is set. `close()` (also run on SIGTERM, SIGHUP and SIGINT) restores the terminal.
final class Screen {
  private let window: UnsafeMutablePointer<WINDOW>
  private let colors: Bool

  /// Takes over the terminal; `nil` when there is none ncurses can drive (e.g. `TERM=dumb`).
  init?(environment: [String: String]) {
    setlocale(LC_ALL, "")
    guard let term = environment["TERM"], !term.isEmpty, term != "dumb",
      let output = fdopen(1, "w"), let input = fdopen(0, "r"),
      newterm(nil, output, input) != nil, let window = agora_stdscr()
    else { return nil }
    self.window = window
    for signalNumber in [SIGTERM, SIGHUP, SIGINT] {
      signal(signalNumber) { number in
        endwin()
        _exit(128 + number)
      }
    }
    raw()
    noecho()
    nonl()
    keypad(window, true)
    set_escdelay(25)
    let noColor = !(environment["NO_COLOR"] ?? "").isEmpty
    colors = !noColor && has_colors()
    if colors {
      start_color()
      use_default_colors()
      init_pair(1, Int16(COLOR_CYAN), -1)
      init_pair(2, Int16(COLOR_RED), -1)
      init_pair(3, Int16(COLOR_BLACK), Int16(COLOR_CYAN))
    }
  }

  /// Gives the terminal back as it was.
  func close() {
    endwin()
  }

  /// The terminal's size in columns and lines.
  var size: (width: Int, height: Int) {
    (Int(getmaxx(window)), Int(getmaxy(window)))
  }

  /// Draws a frame, replacing what was shown.
  func draw(_ frame: Frame) {
    werase(window)
    let width = size.width
    for (row, line) in frame.lines.enumerated() {
      wmove(window, Int32(row), 0)
      var used = 0
      for piece in line.pieces {
        let room = width - used - (row == frame.lines.count - 1 ? 1 : 0)
        guard room > 0 else { break }
        let text =
          TerminalWidth.of(piece.text) > room ? String(piece.text.prefix(room)) : piece.text
        wattrset(window, attributes(piece.style))
        waddstr(window, text)
        used += TerminalWidth.of(text)
      }
      wattrset(window, 0)
    }
    if let cursor = frame.cursor {
      curs_set(1)
      wmove(window, Int32(cursor.row), Int32(cursor.column))
    } else {
      curs_set(0)
    }
    wrefresh(window)
  }

  private func attributes(_ style: TextStyle) -> Int32 {
    switch style {
    case .normal: 0
    case .bold: agora_attr_bold()
    case .dim: agora_attr_dim()
    case .selected: colors ? agora_color_pair(3) | agora_attr_bold() : agora_attr_reverse()
    case .error: colors ? agora_color_pair(2) | agora_attr_bold() : agora_attr_bold()
    case .accent: colors ? agora_color_pair(1) : 0
    }
  }

  /// Waits for the next key; `nil` when input has ended.
  func readKey() -> Key? {
    while true {
      var value: wint_t = 0
      let status = wget_wch(window, &value)
      if status == ERR { return nil }
      if status == KEY_CODE_YES {
        if let key = Self.functionKey(Int32(value)) { return key }
        continue
      }
      if let key = Self.characterKey(UInt32(value)) { return key }
    }
  }

  static func functionKey(_ code: Int32) -> Key? {
    switch code {
    case KEY_UP: .up
    case KEY_DOWN: .down
    case KEY_LEFT: .left
    case KEY_RIGHT: .right
    case KEY_HOME: .home
    case KEY_END: .end
    case KEY_PPAGE: .pageUp
    case KEY_NPAGE: .pageDown
    case KEY_ENTER: .enter
    case KEY_BACKSPACE: .backspace
    case KEY_DC: .delete
    case KEY_BTAB: .backTab
    case KEY_RESIZE: .resize
    case agora_key_f(1)...agora_key_f(12): .function(Int(code - agora_key_f(0)))
    default: nil
    }
  }

  static func characterKey(_ value: UInt32) -> Key? {
    switch value {
    case 13: return .enter
    case 10: return .newline
    case 9: return .tab
    case 27: return .escape
    case 8, 127: return .backspace
    case 1...26: return UnicodeScalar(value + 96).map { .control(Character($0)) }
    default:
      guard value >= 32, let scalar = UnicodeScalar(value) else { return nil }
      return .character(Character(scalar))
    }
  }
}
