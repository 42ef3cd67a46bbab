import Testing

@testable import AgoraModel

/// SHA-256 and HMAC-SHA-256 against the published test vectors.
struct ContentHashTests {
  @Test func sha256MatchesFIPSVectors() {
    #expect(
      ContentHash.sha256("abc")
        == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    #expect(
      ContentHash.sha256("")
        == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
  }

  @Test func hmacMatchesTheKnownExample() {
    #expect(
      ContentHash.keyed("The quick brown fox jumps over the lazy dog", salt: "key")
        == "f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8")
  }

  @Test func key64IsTheFirstEightBytesOfTheSHA256() {
    #expect(ContentHash.key64("abc") == Int64(bitPattern: 0xba78_16bf_8f01_cfea))
    #expect(ContentHash.key64("") == Int64(bitPattern: 0xe3b0_c442_98fc_1c14))
    #expect(ContentHash.key64("super") != ContentHash.key64("supe"))
  }
}
