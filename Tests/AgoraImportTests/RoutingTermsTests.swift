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
}
