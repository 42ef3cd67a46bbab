/// ASCII emoticons recognised as tokens, with their sentiment valence (VADER scale, −4 … 4).
enum Emoticons {
  /// Each emoticon and its valence.
  static let valence: [String: Double] = [
    ":)": 2.0, ":-)": 2.0, ":]": 1.8, "=)": 1.8, ":))": 2.4, ":)))": 2.6, ":D": 2.3, ":-D": 2.3,
    "xD": 2.2, "XD": 2.2, ";)": 1.5, ";-)": 1.5, ":P": 1.3, ":p": 1.3, ":-P": 1.3, ":-p": 1.3,
    "^^": 1.8, "^_^": 2.0, "<3": 2.5, ":*": 1.8, ":o": 0.0, ":O": 0.0, ":(": -2.0, ":-(": -2.0,
    ":((": -2.4, ":'(": -2.3, ":[": -1.8, "=(": -1.8, ":/": -1.2, ":-/": -1.2, ":|": -0.6,
    ":-|": -0.6, ":s": -1.0, ":S": -1.0, "-_-": -1.2, "</3": -2.5, ">:(": -2.5, "D:": -1.8,
    "o_O": -0.3, "O_o": -0.3, "T_T": -2.0,
  ]

  private static let forms: [[Unicode.Scalar]] = valence.keys
    .map { Array($0.unicodeScalars) }
    .sorted {
      $0.count != $1.count
        ? $0.count > $1.count
        : String(String.UnicodeScalarView($0)) < String(String.UnicodeScalarView($1))
    }

  /// The emoticon starting at `start` and the index after it, when one ends at a space or the
  /// end of text (or before punctuation).
  static func match(_ scalars: [Unicode.Scalar], at start: Int) -> (String, Int)? {
    let first = scalars[start]
    guard ":;=^<>-xXDoOT".unicodeScalars.contains(first) else { return nil }
    for form in forms where start + form.count <= scalars.count {
      var matches = true
      for offset in 0..<form.count where scalars[start + offset] != form[offset] {
        matches = false
        break
      }
      guard matches else { continue }
      let end = start + form.count
      if end == scalars.count || CharacterClass.isSpace(scalars[end])
        || CharacterClass.punctuation(scalars[end]) != nil
      {
        return (String(String.UnicodeScalarView(form)), end)
      }
    }
    return nil
  }
}
