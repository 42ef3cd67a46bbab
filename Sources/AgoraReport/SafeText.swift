import Foundation

/// Makes untrusted text (imported comments, labels, authors) safe for each output format.
///
/// Imported comments are hostile text: they may carry terminal escape sequences (colours,
/// hyperlinks, window titles), bidi overrides that reorder what the reader sees, HTML, Markdown
/// links or spreadsheet formulas. Every string taken from a `Summary` goes through one of these
/// functions before it is written. Dangerous characters are shown, never silently dropped, so a
/// reader can see that something was there.
public enum SafeText {
  /// Text for a terminal: C0 controls become their Control Pictures (`ESC` → `␛`, `BEL` → `␇`,
  /// `CR` → `␍`), `DEL` → `␡`, C1 controls and bidi embeddings, overrides and isolates
  /// (U+202A–202E, U+2066–2069) become `⟨U+202E⟩`. Neutralising `ESC`, `CSI` (U+009B) and
  /// `OSC`/`DCS` introducers leaves the rest of any escape sequence as harmless text.
  /// A tab becomes a space; a newline (and U+2028/U+2029) stays one when `newlines` is true
  /// and becomes a space otherwise.
  ///
  /// Bidi marks (U+200E, U+200F, U+061C) are kept: they only affect neighbouring neutral
  /// characters, cannot reorder a whole line, and right-to-left writers need them.
  public static func terminal(_ text: String, newlines: Bool = false) -> String {
    var result = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      switch scalar.value {
      case 0x0A, 0x2028, 0x2029:
        result.append(contentsOf: newlines ? "\n".unicodeScalars : " ".unicodeScalars)
      case 0x09:
        result.append(" ")
      case 0x00...0x1F:
        result.append(Unicode.Scalar(0x2400 + scalar.value) ?? "?")
      case 0x7F:
        result.append("\u{2421}")
      case 0x80...0x9F, 0x202A...0x202E, 0x2066...0x2069:
        result.append(contentsOf: codePoint(scalar).unicodeScalars)
      default:
        result.append(scalar)
      }
    }
    return String(result)
  }

  /// Text for HTML element content and quoted attribute values: controls neutralised as for the
  /// terminal (newlines kept as spaces), then `&`, `<`, `>`, `"` and `'` escaped.
  public static func html(_ text: String) -> String {
    var result = ""
    for character in terminal(text) {
      switch character {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      case "'": result += "&#39;"
      default: result.append(character)
      }
    }
    return result
  }

  /// Characters that change Markdown formatting anywhere in a line (CommonMark lets a backslash
  /// escape any ASCII punctuation, so escaping is always safe).
  static let markdownSpecials: Set<Character> = [
    "\\", "`", "*", "_", "[", "]", "<", ">", "#", "|", "~", "&",
  ]

  /// Characters that start a block (list, heading underline) only at the start of a line.
  static let markdownLineStarts: Set<Character> = ["-", "+", "=", ":"]

  /// Inline Markdown text (a table cell, a list item, a heading, a blockquote line): controls
  /// neutralised as for the terminal with newlines as spaces, then every formatting character
  /// (`\ ` * _ [ ] < > # | ~ &`) backslash-escaped, and a leading `-`, `+`, `=` or `:` too.
  /// Links, images, emphasis, raw HTML and table cell breaks cannot be formed.
  public static func markdown(_ text: String) -> String {
    var result = ""
    for character in terminal(text) {
      if markdownSpecials.contains(character)
        || (result.isEmpty && markdownLineStarts.contains(character))
      {
        result.append("\\")
      }
      result.append(character)
    }
    return result
  }

  /// Characters that make a spreadsheet read a cell as a formula (or a DDE command).
  static let formulaStarts: Set<Character> = ["=", "+", "-", "@", "\t", "\r"]

  /// One RFC 4180 CSV field: controls neutralised as for the terminal with newlines kept; a
  /// field starting with `=`, `+`, `-`, `@`, tab or CR gets a leading `'` so that spreadsheets
  /// show it as text; the field is quoted (inner quotes doubled) when it contains a comma, a
  /// quote, a newline or that guard.
  public static func csv(_ text: String) -> String {
    var field = terminal(text, newlines: true)
    if let first = text.first, formulaStarts.contains(first) {
      field = "'" + field
    }
    let needsQuotes = field.contains { $0 == "," || $0 == "\"" || $0 == "\n" }
    guard needsQuotes else { return field }
    return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }

  /// `⟨U+202E⟩`: a visible name for an invisible or dangerous code point.
  static func codePoint(_ scalar: Unicode.Scalar) -> String {
    let hex = String(scalar.value, radix: 16, uppercase: true)
    return "⟨U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + "⟩"
  }
}
