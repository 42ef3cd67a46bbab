/// Chooses the number of themes by the mean silhouette (cosine distance) of spherical k-means
/// partitions of a sample.
///
/// For unit vectors, the mean cosine distance from x to the members of a cluster C with sum S
/// is 1 − x·S/|C| (x excluded from its own cluster: 1 − x·(S − x)/(|C| − 1)), so the exact
/// silhouette s(x) = (b − a) / max(a, b) costs one sparse–dense product per cluster.
/// Singletons score 0. Silhouettes of sparse text keep creeping up with k, so the chosen k is the
/// smallest whose score reaches 90% of the best score in the range (parsimony).
struct KSelection: Sendable {
  var range: ClosedRange<Int>
  var seed: UInt64

  /// The score of each k tried and the chosen k.
  func choose(_ vectors: [SparseVector], dimension: Int) -> (Int, [Int: Double]) {
    let upper = min(range.upperBound, max(range.lowerBound, vectors.count / 5))
    guard upper > range.lowerBound else { return (max(1, min(upper, vectors.count)), [:]) }
    var scores: [Int: Double] = [:]
    for k in range.lowerBound...upper {
      let model = SphericalKMeans(clusterCount: k, restarts: 1, seed: seed).fit(
        vectors, dimension: dimension)
      scores[k] = silhouette(vectors, model.assignments, k: k, dimension: dimension)
    }
    let top = scores.values.max() ?? 0
    let chosen = scores.keys.sorted().first { (scores[$0] ?? 0) >= 0.9 * top }
    return (chosen ?? range.lowerBound, scores)
  }

  /// The mean silhouette of a partition, with cosine distance.
  func silhouette(_ vectors: [SparseVector], _ assignments: [Int], k: Int, dimension: Int)
    -> Double
  {
    var sums = [Float](repeating: 0, count: dimension * k)
    var sizes = [Int](repeating: 0, count: k)
    for (index, vector) in vectors.enumerated() {
      let cluster = assignments[index]
      sizes[cluster] += 1
      for (position, feature) in vector.indices.enumerated() {
        sums[Int(feature) * k + cluster] += vector.values[position]
      }
    }
    var total = 0.0
    var scores = [Float](repeating: 0, count: k)
    for (index, vector) in vectors.enumerated() {
      let own = assignments[index]
      guard sizes[own] > 1 else { continue }
      for cluster in 0..<k { scores[cluster] = 0 }
      SphericalKMeans.Model.accumulate(vector, sums, k, into: &scores)
      let selfDot = vector.values.reduce(Float(0)) { $0 + $1 * $1 }
      let a = 1 - Double(scores[own] - selfDot) / Double(sizes[own] - 1)
      var b = Double.infinity
      for cluster in 0..<k where cluster != own && sizes[cluster] > 0 {
        b = min(b, 1 - Double(scores[cluster]) / Double(sizes[cluster]))
      }
      guard b.isFinite else { continue }
      let denominator = max(a, b)
      if denominator > 0 { total += (b - a) / denominator }
    }
    return vectors.isEmpty ? 0 : total / Double(vectors.count)
  }
}
