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
  /// Semantic and TF-IDF vectors joined into one unit vector [√(1 − s) · semantic, √s · tfidf]
  /// (TF-IDF features after the semantic ones), so that the cosine of two texts is
  /// (1 − s) · semantic cosine + s · TF-IDF cosine, s = `tfidfShare`. A text lacking one part
  /// keeps the other alone.
  ///
  /// Why mix: the word table blurs rare names (`linq`, `magento`) that TF-IDF keeps apart,
  /// and a little TF-IDF sharpens themes on every dev set (s = 0.3: NMI +0.01 to +0.04) while
  /// French and English paraphrases still meet (their TF-IDF cosine is 0, their semantic one
  /// high); s ≥ 0.5 starts to split the cross-lingual set by language.
  static func mixed(
    semantic: [SparseVector], tfidf: [SparseVector], dimension: Int, tfidfShare: Double
  ) -> [SparseVector] {
    let semanticScale = Float((1 - tfidfShare).squareRoot())
    let tfidfScale = Float(tfidfShare.squareRoot())
    return Parallel.map(count: semantic.count, minimumChunk: 1024) { range in
      range.map { index in
        let dense = semantic[index]
        let sparse = tfidf[index]
        if dense.isEmpty || sparse.isEmpty || tfidfShare <= 0 {
          return dense.isEmpty ? sparse : dense
        }
        var indices = dense.indices
        var values = dense.values.map { $0 * semanticScale }
        indices.reserveCapacity(dense.indices.count + sparse.indices.count)
        values.reserveCapacity(indices.capacity)
        for (feature, value) in zip(sparse.indices, sparse.values) {
          indices.append(feature + Int32(dimension))
          values.append(value * tfidfScale)
        }
        return SparseVector(indices: indices, values: values)
      }
    }
  }

  /// The texts' semantic vectors, centred on their mean and normalised again, as sparse vectors
  /// with every dimension present; texts without a word give empty vectors.
  ///
  /// Centring removes the direction all texts share (frequent words, the language, the genre),
  /// which otherwise dominates cosines: without it, clusters and silhouettes follow that shared
  /// direction and k collapses to 2.
  static func semanticVectors(_ texts: [String], table: SemanticTable) -> [SparseVector] {
    let dense = table.vectors(texts)
    let dimension = table.dimension
    var mean = [Double](repeating: 0, count: dimension)
    var used = 0
    for vector in dense where !vector.isEmpty {
      used += 1
      for column in 0..<dimension { mean[column] += Double(vector[column]) }
    }
    let centre = mean.map { Float($0 / Double(max(1, used))) }
    let indices = (0..<Int32(dimension)).map { $0 }
    return Parallel.map(count: dense.count, minimumChunk: 1024) { range in
      range.map { index in
        let vector = dense[index]
        guard !vector.isEmpty else { return SparseVector() }
        var values = (0..<dimension).map { vector[$0] - centre[$0] }
        let norm = values.reduce(0) { $0 + $1 * $1 }.squareRoot()
        guard norm > 0 else { return SparseVector() }
        for column in 0..<dimension { values[column] /= norm }
        return SparseVector(indices: indices, values: values)
      }
    }
  }
}
