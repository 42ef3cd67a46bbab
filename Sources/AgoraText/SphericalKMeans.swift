import Foundation

/// Spherical k-means on L2-normalised sparse vectors: each point goes to the centroid of highest
/// cosine similarity, each centroid is the normalised mean of its points.
///
/// Defaults: `maxIterations` 30, `restarts` 3 (the run with the highest total similarity wins),
/// k-means++ seeding with weights 1 − cos, `seed` 42. An emptied cluster is re-seeded with the
/// point least similar to its own centroid (lowest index on ties). Deterministic for a seed.
struct SphericalKMeans: Sendable {
  var clusterCount: Int
  var maxIterations = 30
  var restarts = 3
  var seed: UInt64 = 42

  /// Centroids stored feature-major: `weights[feature * k + cluster]`.
  struct Model: Sendable {
    let clusterCount: Int
    let dimension: Int
    let weights: [Float]
    let assignments: [Int]
    let objective: Double

    /// The closest centroid and its similarity; empty vectors give cluster 0, similarity 0.
    func nearest(_ vector: SparseVector) -> (cluster: Int, similarity: Float) {
      var scores = [Float](repeating: 0, count: clusterCount)
      Self.accumulate(vector, weights, clusterCount, into: &scores)
      var best = 0
      for cluster in 1..<max(1, clusterCount) where scores[cluster] > scores[best] {
        best = cluster
      }
      return (best, scores.isEmpty ? 0 : scores[best])
    }

    static func accumulate(
      _ vector: SparseVector, _ weights: [Float], _ k: Int, into scores: inout [Float]
    ) {
      weights.withUnsafeBufferPointer { centroid in
        scores.withUnsafeMutableBufferPointer { out in
          for position in 0..<vector.indices.count {
            let value = vector.values[position]
            let base = Int(vector.indices[position]) * k
            for cluster in 0..<k { out[cluster] += value * centroid[base + cluster] }
          }
        }
      }
    }
  }

  /// Clusters `vectors` (features below `dimension`).
  func fit(_ vectors: [SparseVector], dimension: Int) -> Model {
    let k = max(1, min(clusterCount, vectors.count))
    var best: Model?
    for restart in 0..<max(1, restarts) {
      var generator = SeededGenerator(seed: seed &+ UInt64(restart) &* 7919)
      let model = run(vectors, dimension: dimension, k: k, generator: &generator)
      if best.map({ model.objective > $0.objective }) ?? true { best = model }
    }
    return best
      ?? Model(
        clusterCount: k, dimension: dimension, weights: [], assignments: [],
        objective: 0)
  }

  private func run(
    _ vectors: [SparseVector], dimension: Int, k: Int, generator: inout SeededGenerator
  ) -> Model {
    var weights = seeds(vectors, dimension: dimension, k: k, generator: &generator)
    var assignments = [Int](repeating: -1, count: vectors.count)
    var similarities = [Float](repeating: 0, count: vectors.count)
    var objective = 0.0
    for _ in 0..<maxIterations {
      var changed = 0
      objective = 0
      let current = weights
      // Each point's nearest centroid on all cores; the sums below stay in index order.
      let nearest = Parallel.map(count: vectors.count, minimumChunk: 1024) { range in
        var scores = [Float](repeating: 0, count: k)
        return range.map { index -> (Int, Float) in
          for cluster in 0..<k { scores[cluster] = 0 }
          Model.accumulate(vectors[index], current, k, into: &scores)
          var bestCluster = 0
          for cluster in 1..<k where scores[cluster] > scores[bestCluster] {
            bestCluster = cluster
          }
          return (bestCluster, scores[bestCluster])
        }
      }
      for (index, (bestCluster, similarity)) in nearest.enumerated() {
        if assignments[index] != bestCluster { changed += 1 }
        assignments[index] = bestCluster
        similarities[index] = similarity
        objective += Double(similarity)
      }
      weights = centroids(vectors, assignments, similarities, dimension: dimension, k: k)
      if changed == 0 { break }
    }
    return Model(
      clusterCount: k, dimension: dimension, weights: weights,
      assignments: assignments, objective: objective)
  }

  /// Greedy k-means++: each new seed is the best of 2 + ⌊ln k⌋ candidates drawn with
  /// probability ∝ 1 − cos to the nearest seed (the one leaving the lowest total distance).
  private func seeds(
    _ vectors: [SparseVector], dimension: Int, k: Int, generator: inout SeededGenerator
  ) -> [Float] {
    var weights = [Float](repeating: 0, count: dimension * k)
    var closest = [Float](repeating: 1, count: vectors.count)
    let trials = 2 + Int(log(Double(k)))
    var chosen = Int(generator.next() % UInt64(vectors.count))
    for cluster in 0..<k {
      let seed = vectors[chosen]
      for (position, feature) in seed.indices.enumerated() {
        weights[Int(feature) * k + cluster] = seed.values[position]
      }
      closest = distances(vectors, to: seed, closest, dimension: dimension)
      let total = closest.reduce(0.0) { $0 + Double($1) }
      guard total > 0, cluster + 1 < k else { break }
      var bestTotal = Double.infinity
      for _ in 0..<trials {
        var target = generator.unit() * total
        var candidate = vectors.count - 1
        for index in 0..<vectors.count {
          target -= Double(closest[index])
          if target <= 0, closest[index] > 0 {
            candidate = index
            break
          }
        }
        let trialTotal = distances(
          vectors, to: vectors[candidate], closest, dimension: dimension
        ).reduce(0.0) { $0 + Double($1) }
        if trialTotal < bestTotal {
          bestTotal = trialTotal
          chosen = candidate
        }
      }
    }
    return weights
  }

  /// Each point's `closest` distance lowered to its distance from `seed`, 1 − cos; the seed is
  /// spread into a dense vector so that each dot product is a gather over the point's features.
  private func distances(
    _ vectors: [SparseVector], to seed: SparseVector, _ closest: [Float], dimension: Int
  ) -> [Float] {
    var dense = [Float](repeating: 0, count: dimension)
    for (position, feature) in seed.indices.enumerated() {
      dense[Int(feature)] = seed.values[position]
    }
    let lookup = dense
    return Parallel.map(count: vectors.count, minimumChunk: 2048) { range in
      lookup.withUnsafeBufferPointer { seedWeights in
        range.map { index in
          let vector = vectors[index]
          var dot: Float = 0
          for position in 0..<vector.indices.count {
            dot += vector.values[position] * seedWeights[Int(vector.indices[position])]
          }
          return min(closest[index], max(0, 1 - dot))
        }
      }
    }
  }

  private func centroids(
    _ vectors: [SparseVector], _ assignments: [Int], _ similarities: [Float], dimension: Int,
    k: Int
  ) -> [Float] {
    var weights = [Float](repeating: 0, count: dimension * k)
    var sizes = [Int](repeating: 0, count: k)
    for (index, vector) in vectors.enumerated() {
      let cluster = assignments[index]
      sizes[cluster] += 1
      for (position, feature) in vector.indices.enumerated() {
        weights[Int(feature) * k + cluster] += vector.values[position]
      }
    }
    var used = Set<Int>()
    for cluster in 0..<k where sizes[cluster] == 0 {
      let order = similarities.indices.filter { !used.contains($0) }
      guard let far = order.min(by: { similarities[$0] < similarities[$1] }) else { continue }
      used.insert(far)
      let vector = vectors[far]
      for (position, feature) in vector.indices.enumerated() {
        weights[Int(feature) * k + cluster] = vector.values[position]
      }
    }
    Self.normaliseColumns(&weights, rows: dimension, columns: k)
    return weights
  }

  /// Scales each column of a row-major `rows` × `columns` matrix to unit length (columns of
  /// zeros stay zero): the centroids of clusters stored feature by feature.
  static func normaliseColumns(_ matrix: inout [Float], rows: Int, columns: Int) {
    var norms = [Float](repeating: 0, count: columns)
    for row in 0..<rows {
      for column in 0..<columns {
        let value = matrix[row * columns + column]
        norms[column] += value * value
      }
    }
    for column in 0..<columns {
      norms[column] = norms[column] > 0 ? 1 / norms[column].squareRoot() : 0
    }
    for row in 0..<rows {
      for column in 0..<columns { matrix[row * columns + column] *= norms[column] }
    }
  }
}
