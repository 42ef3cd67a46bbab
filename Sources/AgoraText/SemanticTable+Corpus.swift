extension SemanticTable {
  /// The unit vectors of `texts` (empty for a text without a word), where each word the table
  /// lacks that occurs in at least `minimumTexts` of the texts takes the direction of those
  /// texts instead of its character n-gram buckets: the normalised mean of their vectors (as
  /// ``vector(_:)`` gives them), times `weight`. With `weight` 0, the same as ``vectors(_:)``.
  ///
  /// Why: the words a table distilled from general French and English lacks are often what a
  /// set of texts is about (`linq`, `magento`, `svn`; drug and gene names), and their n-gram
  /// buckets carry little meaning. Learned from the texts, such a word pulls the texts that
  /// share it together. Measured with themes found (NMI, weight 0 → 1 → 1.5 → 2):
  /// stackoverflow 0.606 → 0.676 → 0.691 → 0.696, biomedical 0.317 → 0.323 → 0.328 → 0.323,
  /// French topics 0.392 → 0.380 → 0.390 → 0.379; the cross-lingual set is unchanged.
  func corpusVectors(_ texts: [String], minimumTexts: Int = 2, weight: Float = 1.5) -> [[Float]] {
    guard weight > 0 else { return vectors(texts) }
    // First pass: each text's sum of rows, and the words it lacks (once per occurrence).
    let first = Parallel.map(count: texts.count, minimumChunk: 256) { range in
      range.map { index -> (sum: [Float]?, missing: [String]) in
        var missing: [String] = []
        let sum = sum(texts[index]) { token, _ in
          missing.append(String(decoding: token, as: UTF8.self))
          return false
        }
        return (sum, missing)
      }
    }
    let plain = first.map { normalised($0.sum) }
    var holders: [String: [Int]] = [:]
    for (index, item) in first.enumerated() {
      for word in Set(item.missing) { holders[word, default: []].append(index) }
    }
    // A learned word replaces its buckets: its change to a sum is learned − buckets.
    var change: [String: [Float]] = [:]
    for (word, indices) in holders where indices.count >= minimumTexts {
      var mean = [Float](repeating: 0, count: dimension)
      for index in indices.sorted() where !plain[index].isEmpty {
        for column in 0..<dimension { mean[column] += plain[index][column] }
      }
      let norm = mean.reduce(0) { $0 + $1 * $1 }.squareRoot()
      guard norm > 0 else { continue }
      var buckets = [Float](repeating: 0, count: dimension)
      addBuckets(of: word, into: &buckets)
      change[word] = (0..<dimension).map { mean[$0] * weight / norm - buckets[$0] }
    }
    guard !change.isEmpty else { return plain }
    let changes = change
    return Parallel.map(count: texts.count, minimumChunk: 256) { range in
      range.map { index -> [Float] in
        let item = first[index]
        guard var sum = item.sum, item.missing.contains(where: { changes[$0] != nil }) else {
          return plain[index]
        }
        for word in item.missing {
          guard let delta = changes[word] else { continue }
          for column in 0..<dimension { sum[column] += delta[column] }
        }
        return normalised(sum)
      }
    }
  }
}
