/// Documents' vectors in one space: their dimension, how many leading features are dense
/// (the semantic part; 0 for TF-IDF alone), and the word table used (`nil` for TF-IDF).
struct VectorSet: Sendable {
  var name: VectorSpace
  var vectors: [SparseVector]
  var dimension: Int
  var denseWidth: Int
  var table: SemanticTable?
}

extension ThemeFinder {
  /// Each text's semantic vector, centred on the texts' mean and normalised again, joined
  /// with its TF-IDF vector into one unit vector [√(1 − s) · semantic, √s · tfidf] (TF-IDF
  /// features numbered after the table's dimensions), so that the cosine of two texts is
  /// (1 − s) · semantic cosine + s · TF-IDF cosine, s = `tfidfShare`. A text lacking one part
  /// keeps the other alone; a text lacking both gives an empty vector.
  ///
  /// Why centre: the direction all texts share (frequent words, the language, the genre)
  /// otherwise dominates cosines, and themes follow it. Why mix: the word table blurs rare
  /// names (`linq`, `magento`) that TF-IDF keeps apart, while French and English paraphrases
  /// still meet (their TF-IDF cosine is 0, their semantic one high). Measured with themes found
  /// on the dev sets, s = 0 → 0.3 moves NMI from 0.309 to 0.328 (biomedical), 0.684 to 0.691
  /// (stackoverflow), 0.341 to 0.390 (French topics); s = 0.5 gives 0.333, 0.685, 0.374, and
  /// s = 0.6 lowers subject NMI on the cross-lingual set from 0.97 to 0.87.
  static func semanticVectors(
    _ texts: [String], table: SemanticTable, tfidf: [SparseVector], tfidfShare: Double,
    missingWordWeight: Double
  ) -> [SparseVector] {
    // Words the table lacks are learned from the texts (`SemanticTable.corpusVectors`).
    let dense = table.corpusVectors(texts, weight: Float(missingWordWeight))
    let dimension = table.dimension
    var mean = [Double](repeating: 0, count: dimension)
    var used = 0
    for vector in dense where !vector.isEmpty {
      used += 1
      for column in 0..<dimension { mean[column] += Double(vector[column]) }
    }
    let centre = mean.map { Float($0 / Double(max(1, used))) }
    let indices = (0..<Int32(dimension)).map { $0 }
    let share = max(0, min(1, tfidfShare))
    return Parallel.map(count: dense.count, minimumChunk: 1024) { range in
      range.map { index in
        let vector = dense[index]
        let sparse = tfidf[index]
        guard !vector.isEmpty else { return share > 0 ? sparse : SparseVector() }
        var values = (0..<dimension).map { vector[$0] - centre[$0] }
        let norm = values.reduce(0) { $0 + $1 * $1 }.squareRoot()
        guard norm > 0 else { return share > 0 ? sparse : SparseVector() }
        let mixes = share > 0 && !sparse.isEmpty
        let scale = (mixes ? Float((1 - share).squareRoot()) : 1) / norm
        for column in 0..<dimension { values[column] *= scale }
        guard mixes else { return SparseVector(indices: indices, values: values) }
        var all = indices
        all.reserveCapacity(dimension + sparse.indices.count)
        values.reserveCapacity(dimension + sparse.indices.count)
        let tfidfScale = Float(share.squareRoot())
        for (feature, value) in zip(sparse.indices, sparse.values) {
          all.append(feature + Int32(dimension))
          values.append(value * tfidfScale)
        }
        return SparseVector(indices: all, values: values)
      }
    }
  }
}
