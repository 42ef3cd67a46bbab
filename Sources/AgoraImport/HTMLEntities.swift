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
    guard CommentText.contains(UInt8(ascii: "&"), in: text) else { return text }
    var text = text
    return text.withUTF8 { bytes in
      var output: [UInt8] = []
      output.reserveCapacity(bytes.count)
      decode(bytes, 0..<bytes.count, into: &output)
      return String(decoding: output, as: UTF8.self)
    }
  }

  /// Appends the bytes of `range` to `output` with each character reference replaced once.
  ///
  /// As with `Character`s, a reference is an `&` and a `;` that each stand alone (U+037E, which
  /// Swift finds equal to `;`, counts as one) with a known name or a number between them, and
  /// the `;` is at most 12 characters after the `&`. A name with a non-ASCII scalar is never
  /// known, so the bytes after `&` need only be read while they are ASCII.
  static func decode(
    _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, into output: inout [UInt8]
  ) {
    var copied = range.lowerBound
    var index = range.lowerBound
    while index < range.upperBound {
      guard bytes[index] == UInt8(ascii: "&"), HTMLText.standsAlone(bytes, at: index, count: 1)
      else {
        index += 1
        continue
      }
      let amp = index
      index += 1
      guard let (semicolon, length) = semicolon(after: amp, in: bytes, before: range.upperBound),
        let decoded = character(String(decoding: bytes[amp + 1..<semicolon], as: UTF8.self))
      else { continue }
      output += bytes[copied..<amp]
      output += decoded.utf8
      index = semicolon + length
      copied = index
    }
    output += bytes[copied..<range.upperBound]
  }

  /// Where the `;` that ends a reference starting at `amp` is, and its length in bytes.
  private static func semicolon(
    after amp: Int, in bytes: UnsafeBufferPointer<UInt8>, before end: Int
  ) -> (Int, Int)? {
    var index = amp + 1
    while index < end, index - amp <= 12 {
      let byte = bytes[index]
      if byte == UInt8(ascii: ";") {
        return HTMLText.standsAlone(bytes, at: index, count: 1) ? (index, 1) : nil
      }
      if byte >= 0x80 {
        let greekQuestionMark = byte == 0xCD && index + 1 < end && bytes[index + 1] == 0xBE
        return greekQuestionMark && HTMLText.standsAlone(bytes, at: index, count: 2)
          ? (index, 2) : nil
      }
      index += 1
    }
    return nil
  }

  /// The text of the reference named `name` (`amp`, `#233`, `#xE9`), or `nil` when it is
  /// unknown or not a character.
  static func character(_ name: String) -> String? {
    let name = Substring(name)
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
