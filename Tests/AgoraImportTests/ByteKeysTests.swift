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

  @Test func theRouteMemoFindsATextOnlyByItsOwnBytes() {
    var memo = RouteMemo(limit: 3)
    func route(_ text: String, digest: UInt64) -> Route? {
      var text = text
      return text.withUTF8 { memo.route(of: $0, digest: digest) }
    }
    func remember(_ text: String, _ question: String, digest: UInt64) {
      var text = text
      text.withUTF8 {
        memo.remember(Route(questionID: question, confidence: 0.5), of: $0, digest: digest)
      }
    }
    remember("Déjà vu", "a", digest: 7)
    remember("", "b", digest: 8)
    #expect(route("Déjà vu", digest: 7) == Route(questionID: "a", confidence: 0.5))
    #expect(route("", digest: 8)?.questionID == "b")
    // A text that shares another's digest, or its length, is not taken for it.
    #expect(route("De\u{301}ja\u{300} vu", digest: 7) == nil)
    #expect(route("Dejà vu!", digest: 7) == nil)
    remember("De\u{301}ja\u{300} vu", "c", digest: 7)
    #expect(route("Déjà vu", digest: 7)?.questionID == "a")
    // Past its limit it forgets what it held.
    remember("x", "c", digest: 9)
    remember("y", "c", digest: 10)
    #expect(route("Déjà vu", digest: 7) == nil)
    #expect(route("y", digest: 10)?.questionID == "c")
    // And past its bytes' limit.
    memo = RouteMemo(limit: 100, byteLimit: 10)
    remember("abcdef", "a", digest: 1)
    remember("ghij", "b", digest: 2)
    #expect(route("abcdef", digest: 1)?.questionID == "a")
    remember("k", "c", digest: 3)
    #expect(route("abcdef", digest: 1) == nil)
    #expect(route("k", digest: 3)?.questionID == "c")
  }

  @Test func wordKeysFindWordsByTheirBytes() {
    let words: [WordKey: Int] = [WordKey(bytes: Array("grok".utf8)): 1]
    #expect(words[WordKey(bytes: Array("grok".utf8))] == 1)
    #expect(words[WordKey(bytes: Array("gro".utf8))] == nil)
  }

  @Test func keysOfEveryLengthAndLastByteStayApart() {
    // Texts around the eight-byte steps of the digest, differing only in length or last byte.
    var texts: [String] = []
    for length in 0..<40 {
      let stem =
        String(repeating: "é", count: length / 2) + String(repeating: "a", count: length % 2)
      texts += [stem, stem + "b", stem + "c", stem + "\u{0}"]
    }
    let unique = Set(texts.map { Array($0.utf8) })
    var memo: [TextKey: Int] = [:]
    for (index, text) in texts.enumerated() where memo[TextKey(text: text)] == nil {
      memo[TextKey(text: text)] = index
    }
    #expect(memo.count == unique.count)
    for text in texts {
      #expect(memo[TextKey(text: text)].map { Array(texts[$0].utf8) } == Array(text.utf8))
    }
    let words = Set(texts.map { WordKey(bytes: Array($0.utf8)) })
    #expect(words.count == unique.count)
  }
}
