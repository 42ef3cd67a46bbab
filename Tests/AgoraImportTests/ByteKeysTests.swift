import Testing

@testable import AgoraImport

/// Memo keys compare texts and words byte by byte.
@Suite struct ByteKeysTests {
  @Test func textKeysAreEqualExactlyWhenTheirBytesAre() {
    let composed = "Déjà vu", decomposed = "De\u{301}ja\u{300} vu"
    #expect(composed == decomposed)
    #expect(TextKey(text: composed) != TextKey(text: decomposed))
    #expect(TextKey(text: composed) == TextKey(text: String("Déjà vu".reversed().reversed())))
    #expect(TextKey(text: "") == TextKey(text: ""))
    #expect(TextKey(text: "a") != TextKey(text: "ab"))
    let memo: [TextKey: Int] = [TextKey(text: composed): 1, TextKey(text: decomposed): 2]
    #expect(memo[TextKey(text: "Déjà" + " vu")] == 1)
    #expect(memo.count == 2)
  }

  @Test func wordKeysFindWordsByTheirBytes() {
    let words: [WordKey: Int] = [WordKey(bytes: Array("grok".utf8)): 1]
    #expect(words[WordKey(bytes: Array("grok".utf8))] == 1)
    #expect(words[WordKey(bytes: Array("gro".utf8))] == nil)
  }
}
