import Foundation

/// Learns a TF-IDF vocabulary from term lists (``fit(_:)``) and gives a ``FittedTfidf`` that
/// turns term lists into sparse, L2-normalised vectors, like scikit-learn's `TfidfVectorizer`.
///
/// Features are the unigram keys and, when `usesBigrams`, the bigrams `"a b"` of adjacent terms
/// (terms separated by stop words still pair up; no pair crosses a sentence mark — the caller
/// decides by the terms it passes).
/// For term t in document d of a corpus of n documents, with df(t) documents containing t:
///
///     tf(t, d)  = 1 + ln(count(t, d))          (sublinear; raw count when sublinearTF is false)
///     idf(t)    = ln((1 + n) / (1 + df(t))) + 1 (smooth idf, scikit-learn's default)
///     w(t, d)   = tf(t, d) · idf(t),  then v(d) = w(·, d) / ‖w(·, d)‖₂
///
/// Defaults: `minDocumentFrequency` 1, `maxDocumentRatio` 1.0 (no upper cut),
/// `maxFeatures` nil (all), `usesBigrams` true with bigrams kept only when df ≥ 2,
/// `sublinearTF` true. With `maxFeatures`, the most frequent features (by df, ties by text) stay.
public struct TfidfVectorizer: Sendable {
  /// Features seen in fewer documents are dropped.
  public var minDocumentFrequency: Int
  /// Features seen in more than this share of documents are dropped.
  public var maxDocumentRatio: Double
  /// At most this many features are kept, most frequent first.
  public var maxFeatures: Int?
  /// Whether bigrams of adjacent terms are features.
  public var usesBigrams: Bool
  /// Whether tf is `1 + ln(count)` rather than the raw count.
  public var sublinearTF: Bool

  /// Creates a vectorizer; see the type's documentation for the defaults.
  public init(
    minDocumentFrequency: Int = 1, maxDocumentRatio: Double = 1.0, maxFeatures: Int? = nil,
    usesBigrams: Bool = true, sublinearTF: Bool = true
  ) {
    self.minDocumentFrequency = minDocumentFrequency
    self.maxDocumentRatio = maxDocumentRatio
    self.maxFeatures = maxFeatures
    self.usesBigrams = usesBigrams
    self.sublinearTF = sublinearTF
  }

  /// The features of one document: unigrams, then bigrams when enabled.
  public func features(_ terms: [String]) -> [String] {
    guard usesBigrams, terms.count > 1 else { return terms }
    var output = terms
    for index in 1..<terms.count { output.append(terms[index - 1] + " " + terms[index]) }
    return output
  }

  /// Learns the vocabulary and idf weights from `documents` (each a list of term keys).
  public func fit(_ documents: [[String]]) -> FittedTfidf {
    fit(documents, copies: Array(repeating: 1, count: documents.count))
  }

  /// Learns the vocabulary and idf weights as if document i were given `copies[i]` times
  /// (0 leaves it out): the same result as passing every copy, counting each document once.
  public func fit(_ documents: [[String]], copies: [Int]) -> FittedTfidf {
    var documentFrequency: [String: Int] = [:]
    var count = 0
    for (document, copies) in zip(documents, copies) where copies > 0 {
      count += copies
      for feature in Set(features(document)) { documentFrequency[feature, default: 0] += copies }
    }
    let maxCount = Int((maxDocumentRatio * Double(count)).rounded(.down))
    var kept = documentFrequency.filter { feature, frequency in
      let minimum = feature.contains(" ") ? max(2, minDocumentFrequency) : minDocumentFrequency
      return frequency >= minimum && (maxDocumentRatio >= 1 || frequency <= maxCount)
    }.map { ($0.key, $0.value) }
    kept.sort { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
    if let maxFeatures, kept.count > maxFeatures { kept = Array(kept.prefix(maxFeatures)) }
    kept.sort { $0.0 < $1.0 }
    let terms = kept.map(\.0)
    let idf = kept.map { log(Double(1 + count) / Double(1 + $0.1)) + 1 }
    return FittedTfidf(
      terms: terms, idf: idf, documentFrequency: kept.map(\.1), documentCount: count,
      usesBigrams: usesBigrams, sublinearTF: sublinearTF)
  }
}

/// A fitted TF-IDF vocabulary: feature texts, their idf, and the transform to vectors.
public struct FittedTfidf: Sendable {
  /// Feature texts (unigram keys and `"a b"` bigrams), sorted; a feature's index is its position.
  public let terms: [String]
  /// The idf of each feature.
  public let idf: [Double]
  /// The document frequency of each feature in the fitted corpus.
  public let documentFrequency: [Int]
  /// The number of documents the vocabulary was fitted on.
  public let documentCount: Int
  /// Whether bigrams are features.
  public let usesBigrams: Bool
  /// Whether tf is sublinear.
  public let sublinearTF: Bool
  /// Feature index by text.
  public let vocabulary: [String: Int]

  init(
    terms: [String], idf: [Double], documentFrequency: [Int], documentCount: Int,
    usesBigrams: Bool, sublinearTF: Bool
  ) {
    self.terms = terms
    self.idf = idf
    self.documentFrequency = documentFrequency
    self.documentCount = documentCount
    self.usesBigrams = usesBigrams
    self.sublinearTF = sublinearTF
    var vocabulary: [String: Int] = [:]
    vocabulary.reserveCapacity(terms.count)
    for (index, term) in terms.enumerated() { vocabulary[term] = index }
    self.vocabulary = vocabulary
  }

  /// The L2-normalised TF-IDF vector of one document; features outside the vocabulary are
  /// ignored, and a document with none gives the empty vector.
  public func transform(_ document: [String]) -> SparseVector {
    var counts: [Int: Int] = [:]
    func add(_ feature: String) {
      if let index = vocabulary[feature] { counts[index, default: 0] += 1 }
    }
    for term in document { add(term) }
    if usesBigrams, document.count > 1 {
      for index in 1..<document.count { add(document[index - 1] + " " + document[index]) }
    }
    guard !counts.isEmpty else { return SparseVector() }
    let sorted = counts.sorted { $0.key < $1.key }
    var values = sorted.map { index, count -> Double in
      let tf = sublinearTF ? 1 + log(Double(count)) : Double(count)
      return tf * idf[index]
    }
    let norm = values.reduce(0) { $0 + $1 * $1 }.squareRoot()
    if norm > 0 { values = values.map { $0 / norm } }
    return SparseVector(indices: sorted.map { Int32($0.key) }, values: values.map { Float($0) })
  }

  /// The vectors of many documents.
  public func transform(_ documents: [[String]]) -> [SparseVector] {
    documents.map { transform($0) }
  }
}
