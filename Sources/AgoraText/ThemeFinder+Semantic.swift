extension ThemeFinder {
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
