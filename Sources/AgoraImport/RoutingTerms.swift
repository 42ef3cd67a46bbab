import AgoraText

/// The seam between routing and text analysis: the term keys of a text, each word giving the
/// keys it may match by.
///
/// Words are runs of letters and digits, lower-cased; French and English stop words and
/// one-letter words (elided `l'`, `d'`) are dropped; a word in AgoraText's bilingual
/// ``ConceptMap`` gives its concept, any other both its French and its English Snowball stem, so
/// no language detection is needed. One-digit numbers are kept as `#N` because version numbers
/// ("Grok 2" against "Grok 3") tell questions apart. This is cheaper than AgoraText's full
/// tokenizer with language detection, which cost about 150 µs a comment on large imports.
final class RoutingTerms {
  private let french = Stemmer(language: .french)
  private let english = Stemmer(language: .english)

  /// The keys of each word of `text`, in order.
  func words(_ text: String) -> [[String]] {
    var output: [[String]] = []
    forEachWord(text) { word, ascii in
      if let keys = keys(ofWord: word, ascii: ascii) { output.append(keys) }
    }
    return output
  }

  /// The keys of a word given as `forEachWord` gives it, or `nil` for a word that is not a term.
  func keys(ofWord word: [UInt8], ascii: Bool) -> [String]? {
    let decoded = String(decoding: word, as: UTF8.self)
    return keys(ofWord: ascii ? decoded : decoded.lowercased())
  }

  /// Calls `body` with the UTF-8 bytes of each word of `text`, in order (ASCII letters already
  /// lower-cased), and whether the word is all ASCII.
  ///
  /// The text is read as UTF-8 bytes: an ASCII byte is told by a table, and only the scalars
  /// beyond ASCII are decoded (reading `unicodeScalars` cost more than the rest of routing).
  func forEachWord(_ text: String, _ body: (_ word: [UInt8], _ ascii: Bool) -> Void) {
    var text = text
    text.withUTF8 { Self.forEachWord(in: $0, body) }
  }

  /// `forEachWord` over the UTF-8 `bytes` of a `String`. The word being read is a local of this
  /// function alone: captured by a closure, every access to it was checked at run time.
  private static func forEachWord(
    in bytes: UnsafeBufferPointer<UInt8>, _ body: (_ word: [UInt8], _ ascii: Bool) -> Void
  ) {
    var word: [UInt8] = []
    word.reserveCapacity(64)
    var ascii = true
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      var length = 1
      var letter: Bool
      if byte < 0x80 {
        let kept = asciiWordBytes[Int(byte)]
        letter = kept != 0
        if letter { word.append(kept) }
      } else {
        // A scalar of two to four bytes, in the valid UTF-8 of a `String`.
        length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
        var value = UInt32(byte) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for next in 1..<length { value = value << 6 | UInt32(bytes[index + next] & 0x3F) }
        // Latin-1 letters (À to ÿ but × and ÷), the most common, skip the property lookup.
        letter =
          (0xC0...0xFF).contains(value) && value != 0xD7 && value != 0xF7
          || Unicode.Scalar(value).map {
            $0.properties.isAlphabetic || $0.properties.numericType != nil
          } == true
        if letter {
          word.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<index + length]))
          ascii = false
        }
      }
      if !letter, !word.isEmpty {
        body(word, ascii)
        word.removeAll(keepingCapacity: true)
        ascii = true
      }
      index += length
    }
    if !word.isEmpty { body(word, ascii) }
  }

  /// For each ASCII byte, the byte a word keeps for it (letters lower-cased, digits as they
  /// are), or 0 when it ends a word.
  private static let asciiWordBytes: [UInt8] = (0..<128).map { byte in
    switch byte {
    case 97...122, 48...57: UInt8(byte)
    case 65...90: UInt8(byte + 32)
    default: 0
    }
  }

  private func keys(ofWord word: String) -> [String]? {
    if word.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) {
      if word.utf8.count == 1 { return ["#\(word)"] }
      return word.utf8.count <= 4 ? [word] : nil
    }
    guard word.unicodeScalars.count >= 2, !StopWords.french.contains(word),
      !StopWords.english.contains(word)
    else { return nil }
    if let concept = ConceptMap.concepts[word] { return [concept] }
    let stems = [french?.stem(word) ?? word, english?.stem(word) ?? word]
    return stems[0] == stems[1] ? [stems[0]] : stems
  }
}
