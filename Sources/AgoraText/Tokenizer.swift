import Foundation

/// Splits text into normalised tokens: words, numbers, emoji, emoticons, URLs, mentions and
/// punctuation.
///
/// Normalisation: NFKC, typographic apostrophes (`’ ʼ ‘`) to `'`, case folding to lower case.
/// French elision is expanded (`l'avion` → `le`, `avion`; also `d' qu' j' n' s' c' m' t'`,
/// `jusqu' lorsqu' puisqu'`); English `n't` becomes `not` and `'s 're 'm 'll 've 'd` are dropped.
/// Hyphenated words are split into their parts. URLs become `<url>` and @mentions `<user>`
/// (or are dropped when `keepsSpecialTokens` is `false`); `#tag` becomes the word `tag`.
/// Words keep `#`, `++` and inner dots before letters (`c#`, `c++`, `asp.net`).
public struct Tokenizer: Sendable {
  /// Whether `<url>` and `<user>` tokens are emitted. Default `true`.
  public var keepsSpecialTokens: Bool

  /// Creates a tokenizer.
  public init(keepsSpecialTokens: Bool = true) {
    self.keepsSpecialTokens = keepsSpecialTokens
  }

  /// The tokens of `text`, in order.
  public func tokens(_ text: String) -> [Token] {
    let normalised =
      Self.isCompatibilityNormal(text) ? text : text.precomposedStringWithCompatibilityMapping
    var scalars: [Unicode.Scalar] = []
    scalars.reserveCapacity(normalised.unicodeScalars.count)
    for scalar in normalised.unicodeScalars {
      switch scalar.value {
      case 0x2019, 0x02BC, 0x2018, 0x0060, 0x00B4: scalars.append("'")
      case 0x2010, 0x2011: scalars.append("-")
      default: scalars.append(scalar)
      }
    }
    var output: [Token] = []
    var index = 0
    let count = scalars.count
    while index < count {
      let scalar = scalars[index]
      let atBoundary = index == 0 || CharacterClass.isSpace(scalars[index - 1])
      if CharacterClass.isSpace(scalar) {
        index += 1
      } else if let end = urlEnd(scalars, from: index) {
        if keepsSpecialTokens {
          output.append(Token("<url>", kind: .url, surface: string(scalars[index..<end])))
        }
        index = end
      } else if scalar == "@", index + 1 < count, CharacterClass.isWordScalar(scalars[index + 1]),
        atBoundary || !CharacterClass.isWordScalar(scalars[index - 1])
      {
        var end = index + 1
        while end < count, CharacterClass.isWordScalar(scalars[end]) || scalars[end] == "_" {
          end += 1
        }
        if keepsSpecialTokens {
          output.append(Token("<user>", kind: .mention, surface: string(scalars[index..<end])))
        }
        index = end
      } else if atBoundary || ":;=".unicodeScalars.contains(scalar),
        let (emoticon, end) = Emoticons.match(scalars, at: index)
      {
        output.append(Token(emoticon, kind: .emoticon, surface: emoticon))
        index = end
      } else if CharacterClass.isWordScalar(scalar) {
        let end = wordEnd(scalars, from: index)
        appendWord(string(scalars[index..<end]), to: &output)
        index = end
      } else if CharacterClass.isEmoji(scalar) {
        output.append(Token(String(scalar), kind: .emoji))
        index += 1
      } else if let mark = CharacterClass.punctuation(scalar) {
        output.append(Token(mark, kind: .punctuation))
        index += 1
      } else {
        index += 1
      }
    }
    return output
  }

  /// Whether NFKC leaves `text` as it is, judged by its scalars: ASCII, Latin-1 letters,
  /// `« » œ Œ`, typographic quotes and dashes have no decomposition and compose with nothing
  /// (most comments are written with these alone, and NFKC through Foundation is slow).
  static func isCompatibilityNormal(_ text: String) -> Bool {
    text.unicodeScalars.allSatisfy { scalar in
      switch scalar.value {
      case 0..<0xA0, 0xAB, 0xBB, 0xC0...0xFF, 0x152, 0x153, 0x2013, 0x2014, 0x2018, 0x2019,
        0x201C, 0x201D:
        true
      default: false
      }
    }
  }

  private func string(_ slice: ArraySlice<Unicode.Scalar>) -> String {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(slice.count * 2)
    for scalar in slice { UTF8.encode(scalar) { bytes.append($0) } }
    return String(decoding: bytes, as: UTF8.self)
  }

  private func urlEnd(_ scalars: [Unicode.Scalar], from start: Int) -> Int? {
    let first = scalars[start]
    guard first == "h" || first == "H" || first == "w" || first == "W" else { return nil }
    let prefixes = ["https://", "http://", "www."]
    for prefix in prefixes {
      let prefixScalars = Array(prefix.unicodeScalars)
      guard start + prefixScalars.count <= scalars.count else { continue }
      var matches = true
      for (offset, expected) in prefixScalars.enumerated()
      where Character(scalars[start + offset]).lowercased() != String(expected) {
        matches = false
        break
      }
      if matches {
        var end = start + prefixScalars.count
        while end < scalars.count, !CharacterClass.isSpace(scalars[end]) { end += 1 }
        return end
      }
    }
    // A bare "http" at the end of a truncated tweet is a URL too.
    if start + 4 <= scalars.count,
      String(string(scalars[start..<start + 4])).lowercased() == "http",
      start + 4 == scalars.count || CharacterClass.isSpace(scalars[start + 4])
    {
      return start + 4
    }
    return nil
  }

  private func wordEnd(_ scalars: [Unicode.Scalar], from start: Int) -> Int {
    var end = start
    let count = scalars.count
    while end < count {
      let scalar = scalars[end]
      if CharacterClass.isWordScalar(scalar) {
        end += 1
        continue
      }
      let nextIsWord = end + 1 < count && CharacterClass.isWordScalar(scalars[end + 1])
      if (scalar == "'" || scalar == "-") && nextIsWord {
        end += 1
      } else if scalar == ".", nextIsWord, scalars[end + 1].properties.isAlphabetic {
        end += 1
      } else if (scalar == "," || scalar == "."), nextIsWord,
        scalars[end - 1].properties.numericType != nil,
        scalars[end + 1].properties.numericType != nil
      {
        end += 1
      } else if scalar == "#", end + 1 >= count || !CharacterClass.isWordScalar(scalars[end + 1]) {
        end += 1
        break
      } else if scalar == "+", end + 1 < count, scalars[end + 1] == "+" {
        end += 2
        break
      } else {
        break
      }
    }
    return end
  }

  private func appendWord(_ raw: String, to output: inout [Token]) {
    for part in raw.split(separator: "-", omittingEmptySubsequences: true) {
      appendHyphenFree(String(part), to: &output)
    }
  }

  private func appendHyphenFree(_ raw: String, to output: inout [Token]) {
    // Plain ASCII letters (most words): no apostrophe to expand or drop, not a number.
    if !raw.isEmpty, raw.utf8.allSatisfy({ ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A }) {
      output.append(Token(raw.lowercased(), kind: .word, surface: raw))
      return
    }
    var word = raw
    var lower = word.lowercased()
    while let (expansion, length) = Elision.prefix(of: lower) {
      let elided = String(word.prefix(length))
      output.append(Token(expansion, kind: .word, surface: elided, isElided: true))
      word = String(word.dropFirst(length))
      lower = String(lower.dropFirst(length))
    }
    guard !lower.isEmpty else { return }
    if lower.hasSuffix("n't"), lower.count > 3 {
      let base = Elision.englishNegativeBase(String(lower.dropLast(3)))
      output.append(Token(base, kind: .word, surface: String(word.dropLast(3))))
      output.append(Token("not", kind: .word, surface: "n't", isElided: true))
      return
    }
    if let apostrophe = lower.lastIndex(of: "'") {
      let suffix = String(lower[lower.index(after: apostrophe)...])
      if Elision.englishSuffixes.contains(suffix) {
        let keep = lower.distance(from: lower.startIndex, to: apostrophe)
        lower = String(lower.prefix(keep))
        word = String(word.prefix(keep))
      }
    }
    let isNumber = lower.unicodeScalars.allSatisfy {
      $0.properties.numericType != nil || $0 == "." || $0 == ","
    }
    output.append(Token(lower, kind: isNumber ? .number : .word, surface: word))
  }
}
