import Foundation
import Testing

@testable import AgoraText

@Suite struct TfidfTests {
  @Test func valuesByHand() throws {
    // Corpus: d0 = [a, a, b], d1 = [b, c]. n = 2.
    // idf(a) = ln(3/2) + 1, idf(b) = ln(3/3) + 1 = 1, idf(c) = ln(3/2) + 1.
    // d0: tf(a) = 1 + ln 2, tf(b) = 1 → w = ((1 + ln 2)(ln 1.5 + 1), 1), then L2-normalised.
    let fitted = TfidfVectorizer(usesBigrams: false).fit([["a", "a", "b"], ["b", "c"]])
    #expect(fitted.terms == ["a", "b", "c"])
    let idfA = log(1.5) + 1
    #expect(abs(fitted.idf[0] - idfA) < 1e-12)
    #expect(abs(fitted.idf[1] - 1) < 1e-12)
    let vector = fitted.transform(["a", "a", "b"])
    let wa = (1 + log(2.0)) * idfA
    let norm = (wa * wa + 1).squareRoot()
    #expect(vector.indices == [0, 1])
    #expect(abs(Double(vector[0]) - wa / norm) < 1e-6)
    #expect(abs(Double(vector[1]) - 1 / norm) < 1e-6)
    #expect(vector[2] == 0)
  }

  @Test func bigramsNeedTwoDocuments() {
    let fitted = TfidfVectorizer().fit([["x", "y"], ["x", "y"], ["y", "z"]])
    #expect(fitted.vocabulary["x y"] != nil)
    #expect(fitted.vocabulary["y z"] == nil)
  }

  @Test func unknownTermsGiveEmptyVector() {
    let fitted = TfidfVectorizer().fit([["a"]])
    #expect(fitted.transform(["zzz"]).isEmpty)
  }

  @Test func fittingCopiesIsFittingEveryCopy() {
    let documents = [["a", "b"], ["b", "c"], ["c", "d", "a"], ["e"]]
    let copies = [3, 1, 0, 2]
    let every = zip(documents, copies).flatMap { Array(repeating: $0, count: $1) }
    for vectorizer in [
      TfidfVectorizer(), TfidfVectorizer(minDocumentFrequency: 2, maxDocumentRatio: 0.5),
    ] {
      let weighted = vectorizer.fit(documents, copies: copies)
      let expanded = vectorizer.fit(every)
      #expect(weighted.terms == expanded.terms)
      #expect(weighted.idf == expanded.idf)
      #expect(weighted.documentFrequency == expanded.documentFrequency)
      #expect(weighted.documentCount == expanded.documentCount)
    }
  }
}
