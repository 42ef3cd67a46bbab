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
    let tiles = (count + Self.tile - 1) / Self.tile
    let lists = Parallel.map(count: tiles, minimumChunk: 8) { range in
      var scores = [Float](repeating: 0, count: Self.tile * count)
      return range.flatMap { tile -> [[(Int, Float)]] in
        let rows = tile * Self.tile..<min(count, (tile + 1) * Self.tile)
        Self.similarities(rows, matrix, denseWidth, count, into: &scores)
        return rows.map { row in
          let base = (row - rows.lowerBound) * count
          let vector = vectors[row]
          for (position, feature) in vector.indices.enumerated() where Int(feature) >= denseWidth {
            let value = vector.values[position]
            for entry in index[feature] ?? [] {
              scores[base + Int(entry.row)] += value * entry.value
            }
          }
          scores[base + row] = -.infinity
          return Self.top(k, of: scores[base..<base + count])
        }
      }
    }
    var edges: [(Int, Int, Double)] = []
    edges.reserveCapacity(count * k)
    for (row, list) in lists.enumerated() {
      for (column, similarity) in list { edges.append((row, column, Double(similarity))) }
    }
    return WeightedGraph(nodeCount: count, edges: edges)
  }

  /// Rows compared together (the kernel below holds four sums): each other row is read once
  /// per tile, not once per row.
  static let tile = 4

  /// The dense part of the cosines of `rows` (at most ``tile``) with every row, written into
  /// `scores` (row r's at `(r − rows.lowerBound) · count`). Eight lanes at a time: a plain loop
  /// over floats is not vectorised, its order of sums being fixed.
  private static func similarities(
    _ rows: Range<Int>, _ matrix: [Float], _ width: Int, _ count: Int,
    into scores: inout [Float]
  ) {
    matrix.withUnsafeBufferPointer { all in
      guard let start = all.baseAddress else { return }
      let raw = UnsafeRawPointer(start)
      let stride = MemoryLayout<Float>.stride
      let lanes = width / 8 * 8
      func load(_ offset: Int) -> SIMD8<Float> {
        raw.loadUnaligned(fromByteOffset: offset * stride, as: SIMD8<Float>.self)
      }
      scores.withUnsafeMutableBufferPointer { out in
        // Rows past the end of a short tile repeat its last row; their sums are not kept.
        let last = rows.upperBound - 1
        let r0 = rows.lowerBound * width
        let r1 = min(rows.lowerBound + 1, last) * width
        let r2 = min(rows.lowerBound + 2, last) * width
        let r3 = min(rows.lowerBound + 3, last) * width
        for other in 0..<count {
          let offset = other * width
          var s0 = SIMD8<Float>()
          var s1 = SIMD8<Float>()
          var s2 = SIMD8<Float>()
          var s3 = SIMD8<Float>()
          var column = 0
          while column < lanes {
            let b = load(offset + column)
            s0 += load(r0 + column) * b
            s1 += load(r1 + column) * b
            s2 += load(r2 + column) * b
            s3 += load(r3 + column) * b
            column += 8
          }
          var t0 = s0.sum()
          var t1 = s1.sum()
          var t2 = s2.sum()
          var t3 = s3.sum()
          for rest in column..<width {
            let b = all[offset + rest]
            t0 += all[r0 + rest] * b
            t1 += all[r1 + rest] * b
            t2 += all[r2 + rest] * b
            t3 += all[r3 + rest] * b
          }
          out[other] = t0
          if rows.count > 1 { out[count + other] = t1 }
          if rows.count > 2 { out[2 * count + other] = t2 }
          if rows.count > 3 { out[3 * count + other] = t3 }
        }
      }
    }
  }

  /// The `k` highest scores with their positions, highest first (ties: lower position).
  static func top(_ k: Int, of scores: ArraySlice<Float>) -> [(Int, Float)] {
    var best: [(Int, Float)] = []
    best.reserveCapacity(k + 1)
    for (position, score) in zip(0..., scores) {
      guard best.count < k || score > best[best.count - 1].1 else { continue }
      var slot = best.count
      while slot > 0 && best[slot - 1].1 < score { slot -= 1 }
      best.insert((position, score), at: slot)
      if best.count > k { best.removeLast() }
    }
    return best
  }
}
