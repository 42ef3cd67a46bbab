/// Makes text from outside (imported comments) safe to print on a terminal.
public enum TerminalText {
  /// `text` with control characters, escape sequences and bidi controls shown as visible
  /// placeholders (`␛`, `\u{…}`) instead of acting on the terminal; newlines and tabs become
  /// spaces.
  public static func safe(_ text: String) -> String {
    var out = ""
    for scalar in text.unicodeScalars {
      switch scalar.value {
      case 0x0A, 0x09, 0x0D: out.append(" ")
      case 0x1B: out.append("␛")
      case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C:
        out.append("\\u{\(String(scalar.value, radix: 16))}")
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out
  }
}
