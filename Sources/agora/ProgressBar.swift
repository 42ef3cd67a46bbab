import Foundation

/// A one-line progress bar on standard error, redrawn in place with `\r`, shown only when
/// standard error is a terminal: `[██████░░░░░░░░░░░░░░]  30%  reading 100000 texts`.
/// Safe to update from any thread.
final class ProgressBar: @unchecked Sendable {
  private let lock = NSLock()
  private let isShown: Bool
  private var error = StandardError()
  /// The line drawn last, if any.
  private var shown: String?

  /// A bar drawn when `isShown` (by default: when standard error is a terminal).
  init(isShown: Bool = isatty(2) == 1) {
    self.isShown = isShown
  }

  /// Redraws the bar at `fraction` (0…1) with `label` after it, cut to the terminal's width.
  func update(_ fraction: Double, _ label: String) {
    guard isShown else { return }
    let line = Self.line(fraction, label, columns: Self.columns())
    lock.lock()
    defer { lock.unlock() }
    // Redrawing the same line would only flicker.
    guard line != shown else { return }
    shown = line
    error.write("\r\u{1B}[2K" + line)
  }

  /// The bar's text at `fraction` (0…1, clamped) with `label` after it, at most `columns - 1`
  /// characters long, so that the cursor never wraps.
  static func line(_ fraction: Double, _ label: String, columns: Int) -> String {
    let cells = 20
    let clamped = min(1, max(0, fraction))
    let filled = Int((clamped * Double(cells)).rounded())
    let percent = String(Int((clamped * 100).rounded()))
    let bar =
      "[" + String(repeating: "█", count: filled) + String(repeating: "░", count: cells - filled)
      + "] " + String(repeating: " ", count: 3 - percent.count) + percent + "%  " + label
    return String(bar.prefix(max(0, columns - 1)))
  }

  /// Clears the bar's line.
  func finish() {
    guard isShown else { return }
    lock.lock()
    defer { lock.unlock() }
    shown = nil
    error.write("\r\u{1B}[2K")
  }

  /// Columns of the terminal on standard error (80 when unknown).
  private static func columns() -> Int {
    var size = winsize()
    if ioctl(2, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
    return 80
  }
}
