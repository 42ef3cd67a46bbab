/// Merges graph communities until a reader can take them in: at most `maxThemes` communities
/// of `minimum` members or more (themes), holding at least 1 − `maxOutlierShare` of the
/// nodes (the rest are outliers).
///
/// While either bound fails, the smallest community (ties: the highest id) joins the community
/// whose centroid is nearest (cosine of the summed dense vectors; ties: the lowest id). This
/// matters when the neighbour graph falls apart into many pieces (near-copies of a few
/// templates, say), which no modularity resolution can join.
struct CommunityMerge: Sendable {
  var minimum: Int
  var maxThemes: Int
  var maxOutlierShare: Double

  /// The merged community of each node, renumbered from 0 in order of first node.
  /// `dense` holds each node's dense vector (`width` floats per node).
  func merged(_ community: [Int], dense: [Float], width: Int) -> [Int] {
    let count = community.count
    let communityCount = (community.max() ?? -1) + 1
    guard communityCount > 1 else { return community }
    var sums = [[Float]](
      repeating: [Float](repeating: 0, count: width), count: communityCount)
    var sizes = [Int](repeating: 0, count: communityCount)
    for (node, id) in community.enumerated() {
      sizes[id] += 1
      for column in 0..<width { sums[id][column] += dense[node * width + column] }
    }
    var parent = Array(0..<communityCount)
    var alive = Set(0..<communityCount)
    let allowed = Double(count) * maxOutlierShare
    while alive.count > 1 {
      let large = alive.filter { sizes[$0] >= minimum }
      let covered = large.reduce(0) { $0 + sizes[$1] }
      if large.count <= maxThemes && Double(count - covered) <= allowed { break }
      let smallest = alive.min { left, right in
        sizes[left] != sizes[right] ? sizes[left] < sizes[right] : left > right
      }
      guard let smallest else { break }
      var best = -1
      var bestSimilarity = -Float.infinity
      for other in alive.sorted() where other != smallest {
        let similarity = Self.cosine(sums[smallest], sums[other])
        if similarity > bestSimilarity {
          best = other
          bestSimilarity = similarity
        }
      }
      for column in 0..<width { sums[best][column] += sums[smallest][column] }
      sizes[best] += sizes[smallest]
      parent[smallest] = best
      alive.remove(smallest)
    }
    func root(_ id: Int) -> Int {
      var current = id
      while parent[current] != current { current = parent[current] }
      return current
    }
    return Leiden.renumbered(community.map(root)).ids
  }

  private static func cosine(_ a: [Float], _ b: [Float]) -> Float {
    var dot: Float = 0
    var normA: Float = 0
    var normB: Float = 0
    for index in a.indices {
      dot += a[index] * b[index]
      normA += a[index] * a[index]
      normB += b[index] * b[index]
    }
    let norms = (normA * normB).squareRoot()
    return norms > 0 ? dot / norms : 0
  }
}
