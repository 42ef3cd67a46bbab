import Testing

@testable import AgoraText

@Suite struct CorpusVectorsTests {
  static func cosine(_ a: [Float], _ b: [Float]) -> Float {
    zip(a, b).reduce(Float(0)) { $0 + $1.0 * $1.1 }
  }

  static let texts = [
    "how to sort a list with zqxlinq", "zqxlinq query returns nothing", "the weather is nice today",
  ]

  @Test func sharedMissingWordPullsItsTextsTogether() throws {
    let table = try #require(SemanticTable.bundled)
    #expect(!table.contains("zqxlinq"))
    let plain = table.vectors(Self.texts)
    let learned = table.corpusVectors(Self.texts)
    #expect(Self.cosine(learned[0], learned[1]) > Self.cosine(plain[0], plain[1]) + 0.05)
    // A text without the word is unchanged.
    #expect(learned[2] == plain[2])
    for vector in learned { #expect(abs(Self.cosine(vector, vector) - 1) < 1e-4) }
  }

  @Test func weightZeroOrAWordInOneTextChangesNothing() throws {
    let table = try #require(SemanticTable.bundled)
    #expect(table.corpusVectors(Self.texts, weight: 0) == table.vectors(Self.texts))
    let alone = ["zqxlinq once", "nothing else here"]
    #expect(table.corpusVectors(alone) == table.vectors(alone))
  }
}
