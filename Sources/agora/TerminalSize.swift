import Foundation

/// The size of the terminal standard output is connected to.
enum TerminalSize {
  /// Columns of the terminal on standard output, else `$COLUMNS`, else `nil`.
  static func columns() -> Int? {
    var size = winsize()
    if isatty(1) == 1, ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 {
      return Int(size.ws_col)
    }
    return ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init)
  }
}
