/// HTML character references: named ones common in comments, decimal and hexadecimal.
enum HTMLEntities {
  private static let named: [Substring: String] = [
    "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}",
    "laquo": "«", "raquo": "»", "lsquo": "‘", "rsquo": "’", "ldquo": "“", "rdquo": "”",
    "hellip": "…", "ndash": "–", "mdash": "—", "euro": "€", "copy": "©", "reg": "®",
    "trade": "™", "deg": "°", "middot": "·", "bull": "•", "times": "×", "shy": "",
    "eacute": "é", "egrave": "è", "ecirc": "ê", "euml": "ë", "agrave": "à", "acirc": "â",
    "auml": "ä", "ccedil": "ç", "icirc": "î", "iuml": "ï", "ocirc": "ô", "ouml": "ö",
    "ugrave": "ù", "ucirc": "û", "uuml": "ü", "oelig": "œ", "aelig": "æ", "szlig": "ß",
    "Eacute": "É", "Egrave": "È", "Ecirc": "Ê", "Agrave": "À", "Ccedil": "Ç", "OElig": "Œ",
    "ntilde": "ñ", "aacute": "á", "iacute": "í", "oacute": "ó", "uacute": "ú",
  ]

  /// `text` with each character reference replaced once (`&amp;lt;` gives `&lt;`); references
  /// that are unknown or malformed are kept as written.
  static func decode(_ text: String) -> String {
    guard text.contains("&") else { return text }
    var output = ""
    output.reserveCapacity(text.utf8.count)
    var rest = Substring(text)
    while let amp = rest.firstIndex(of: "&") {
      output += rest[..<amp]
      let afterAmp = rest.index(after: amp)
      let window = rest[afterAmp...].prefix(12)
      if let semicolon = window.firstIndex(of: ";"),
        let decoded = character(rest[afterAmp..<semicolon])
      {
        output += decoded
        rest = rest[rest.index(after: semicolon)...]
      } else {
        output += "&"
        rest = rest[afterAmp...]
      }
    }
    return output + rest
  }

  private static func character(_ name: Substring) -> String? {
    guard name.first == "#" else { return named[name] }
    let digits = name.dropFirst()
    let value: UInt32?
    if digits.first == "x" || digits.first == "X" {
      value = UInt32(digits.dropFirst(), radix: 16)
    } else {
      value = UInt32(digits, radix: 10)
    }
    guard let value, value != 0, let scalar = Unicode.Scalar(value) else { return nil }
    return String(Character(scalar))
  }
}
