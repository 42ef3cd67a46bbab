/// The cosine k-nearest-neighbour graph of unit vectors: each point is joined to its
/// `neighbours` most similar points (ties: lower index first), the graph is made undirected
/// and each edge weighs max(0, cosine).
///
/// Exact: every pair is compared, so it is meant for a sample of a few thousand points. The
/// first `denseWidth` features are compared as a dense matrix, the others (sparse TF-IDF)
/// through an inverted index; rows run on all cores.
struct NeighbourGraph: Sendable {
  var neighbours = 15

  /// The graph of `vectors` (features below `denseWidth` dense, the rest sparse).
  func build(_ vectors: [SparseVector], denseWidth: Int) -> WeightedGraph {
    let count = vectors.count
    let k = min(neighbours, count - 1)
    guard k > 0 else { return WeightedGraph(nodeCount: count, edges: []) }
    var dense = [Float](repeating: 0, count: count * denseWidth)
    var postings: [Int32: [(row: Int32, value: Float)]] = [:]
    for (row, vector) in vectors.enumerated() {
      for (position, feature) in vector.indices.enumerated() {
        if Int(feature) < denseWidth {
          dense[row * denseWidth + Int(feature)] = vector.values[position]
        } else {
          postings[feature, default: []].append((Int32(row), vector.values[position]))
        }
      }
    }
    let matrix = dense
    let index = postings
    let lists = Parallel.map(count: count, minimumChunk: 64) { range in
      var scores = [Float](repeating: 0, count: count)
      return range.map { row -> [(Int, Float)] in
        Self.similarities(row, matrix, denseWidth, into: &scores)
        let vector = vectors[row]
        for (position, feature) in vector.indices.enumerated() where Int(feature) >= denseWidth {
          let value = vector.values[position]
          for entry in index[feature] ?? [] { scores[Int(entry.row)] += value * entry.value }
        }
        scores[row] = -.infinity
        return Self.top(k, of: scores)
      }
    }
    var edges: [(Int, Int, Double)] = []
    edges.reserveCapacity(count * k)
    for (row, list) in lists.enumerated() {
      for (column, similarity) in list { edges.append((row, column, Double(similarity))) }
    }
    return WeightedGraph(nodeCount: count, edges: edges)
  }

  /// The dense part of the cosine of `row` with every row, written into `scores` (eight
  /// lanes at a time: a plain loop over floats is not vectorised, its sum order being fixed).
  private static func similarities(
    _ row: Int, _ matrix: [Float], _ width: Int, into scores: inout [Float]
  ) {
    matrix.withUnsafeBufferPointer { all in
      guard let start = all.baseAddress else { return }
      let raw = UnsafeRawPointer(start)
      let stride = MemoryLayout<Float>.stride
      let lanes = width / 8 * 8
      scores.withUnsafeMutableBufferPointer { out in
        let base = row * width
        for other in 0..<out.count {
          let offset = other * width
          var lanesSum = SIMD8<Float>()
          var column = 0
          while column < lanes {
            let a = raw.loadUnaligned(
              fromByteOffset: (base + column) * stride, as: SIMD8<Float>.self)
            let b = raw.loadUnaligned(
              fromByteOffset: (offset + column) * stride, as: SIMD8<Float>.self)
            lanesSum += a * b
            column += 8
          }
          var sum = lanesSum.sum()
          while column < width {
            sum += all[base + column] * all[offset + column]
            column += 1
          }
          out[other] = sum
        }
      }
    }
  }

  /// The `k` highest scores with their positions, highest first (ties: lower position).
  static func top(_ k: Int, of scores: [Float]) -> [(Int, Float)] {
    var best: [(Int, Float)] = []
    best.reserveCapacity(k + 1)
    for (position, score) in scores.enumerated() {
      guard best.count < k || score > best[best.count - 1].1 else { continue }
      var slot = best.count
      while slot > 0 && best[slot - 1].1 < score { slot -= 1 }
      best.insert((position, score), at: slot)
      if best.count > k { best.removeLast() }
    }
    return best
  }
}
