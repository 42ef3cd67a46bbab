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
  func forEachWord(_ text: String, _ body: (_ word: [UInt8], _ ascii: Bool) -> Void) {
    var word: [UInt8] = []
    var ascii = true
    func flush() {
      guard !word.isEmpty else { return }
      body(word, ascii)
      word.removeAll(keepingCapacity: true)
      ascii = true
    }
    for scalar in text.unicodeScalars {
      let value = scalar.value
      if value < 128 {
        if (97...122).contains(value) || (48...57).contains(value) {
          word.append(UInt8(value))
        } else if (65...90).contains(value) {
          word.append(UInt8(value + 32))
        } else {
          flush()
        }
      } else if (0xC0...0xFF).contains(value) && value != 0xD7 && value != 0xF7
        || scalar.properties.isAlphabetic || scalar.properties.numericType != nil
      {
        // Latin-1 letters (À to ÿ but × and ÷), the most common, skip the property lookup.
        word.append(contentsOf: scalar.utf8)
        ascii = false
      } else {
        flush()
      }
    }
    flush()
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
