import Testing

@testable import AgoraImport

@Suite struct RoutingTermsTests {
  /// Words are cut at the same characters whether or not the Latin-1 shortcut applies.
  @Test func latin1LettersAreThoseUnicodeCallsAlphabetic() {
    for value in UInt32(0xC0)...0xFF {
      let scalar = Unicode.Scalar(value).map { $0 } ?? " "
      let letter = scalar.properties.isAlphabetic || scalar.properties.numericType != nil
      #expect(letter == (value != 0xD7 && value != 0xF7), "U+\(String(value, radix: 16))")
    }
  }

  @Test func wordsOfMixedText() {
    var words: [String] = []
    RoutingTerms().forEachWord("Ça coûte 3×2 ÷ DÉJÀ, ½ l'œuvre") { word, _ in
      words.append(String(decoding: word, as: UTF8.self))
    }
    #expect(words == ["Ça", "coûte", "3", "2", "dÉjÀ", "½", "l", "œuvre"])
  }

  /// The words of `text` as reading its Unicode scalars one by one gives them.
  private func referenceWords(_ text: String) -> [[UInt8]] {
    var words: [[UInt8]] = []
    var word: [UInt8] = []
    for scalar in text.unicodeScalars {
      let value = scalar.value
      if (97...122).contains(value) || (48...57).contains(value) {
        word.append(UInt8(value))
      } else if (65...90).contains(value) {
        word.append(UInt8(value + 32))
      } else if value >= 128, scalar.properties.isAlphabetic || scalar.properties.numericType != nil
      {
        word.append(contentsOf: scalar.utf8)
      } else if !word.isEmpty {
        words.append(word)
        word = []
      }
    }
    if !word.isEmpty { words.append(word) }
    return words
  }

  @Test func wordsReadFromBytesAreThoseOfTheScalars() {
    var random = SplitMix(state: 5)
    // ASCII, Latin-1, other letters and digits, marks, symbols, emoji, a joiner.
    let scalars: [Unicode.Scalar] = [
      "a", "Z", "7", " ", "'", "-", "é", "À", "×", "÷", "ß", "œ", "Ж", "λ", "中", "٣", "½",
      "\u{301}",
      "€", "😀", "\u{200D}", "\u{1D7D8}", "\u{10400}", "\n",
    ]
    let terms = RoutingTerms()
    for _ in 0..<3000 {
      let count = Int.random(in: 0...30, using: &random)
      var text = ""
      for _ in 0..<count {
        text.unicodeScalars.append(scalars.randomElement(using: &random) ?? " ")
      }
      var words: [[UInt8]] = []
      terms.forEachWord(text) { word, ascii in
        words.append(word)
        #expect(ascii == word.allSatisfy { $0 < 0x80 })
      }
      #expect(words == referenceWords(text), "\(text)")
    }
  }
}
