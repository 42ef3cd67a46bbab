/// A key press, decoded from the terminal (or written by a test).
public enum Key: Sendable, Hashable {
  /// A printable character, including space.
  case character(Character)
  /// A control key, e.g. `.control("c")` for Ctrl-C.
  case control(Character)
  /// Arrow up.
  case up
  /// Arrow down.
  case down
  /// Arrow left.
  case left
  /// Arrow right.
  case right
  /// Home (start of line).
  case home
  /// End (end of line).
  case end
  /// Page Up.
  case pageUp
  /// Page Down.
  case pageDown
  /// Enter (carriage return).
  case enter
  /// Ctrl-J (line feed): adds a line in the text editor.
  case newline
  /// Tab.
  case tab
  /// Shift-Tab: back.
  case backTab
  /// Escape: back.
  case escape
  /// Backspace: deletes before the cursor.
  case backspace
  /// Delete: deletes under the cursor.
  case delete
  /// A function key, `F1` to `F12`.
  case function(Int)
  /// The terminal was resized.
  case resize

  /// Keys for each character of `text`, for tests and scripted input.
  public static func typing(_ text: String) -> [Key] {
    text.map { $0 == "\n" ? .newline : .character($0) }
  }

  /// Whether the key goes back a page (Shift-Tab or Escape).
  public var isBack: Bool { self == .backTab || self == .escape }

  /// Whether the key switches the language (F2 or Ctrl-L).
  public var isLanguageSwitch: Bool { self == .function(2) || self == .control("l") }

  /// Whether the key quits, keeping the answers given (Ctrl-C).
  public var isQuit: Bool { self == .control("c") }

  /// The digit `0`–`9` this key types, if any.
  public var digit: Int? {
    if case .character(let character) = self { character.wholeNumberValue } else { nil }
  }
}
