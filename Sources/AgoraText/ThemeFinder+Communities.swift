/// Each distinct document's cluster, its cosine with that cluster's centroid, and whether it
/// is an outlier attached to its nearest theme.
struct Partition: Sendable {
  var clusterCount: Int
  var nearest: [(cluster: Int, similarity: Float)?]
  var outliers: [Bool]
}

extension ThemeFinder {
  /// Themes without being told k: Leiden communities (``Leiden``) of the cosine k-nearest-
  /// neighbour graph (``NeighbourGraph``) of an even sample of the distinct documents, merged
  /// by ``CommunityMerge`` down to at most ``ThemeOptions/range``'s upper bound of themes.
  /// Every document outside the sample goes to the community of the nearest centroid.
  /// Communities of fewer than max(3, 1% of the sample) members are outliers: their documents
  /// are attached to the nearest theme centroid and flagged. If outliers (copies counted by
  /// `copies`) exceed ``ThemeOptions/maxOutlierShare`` of all texts, the largest outlier
  /// communities become themes until they do not.
  ///
  /// Why this and not silhouette k-means or HDBSCAN: on these vectors silhouette is flat, so
  /// it picks k = 2, and HDBSCAN on raw vectors left most texts as noise; on the neighbour
  /// graph, one modularity resolution finds topics on the English and French dev sets alike.
  /// Measured (NMI, themes found; `agora eval clusters FILE --json`): biomedical 0.328 (16),
  /// stackoverflow 0.691 (22), French topics 0.390 (12), against 0.309, 0.671 and 0.289 for
  /// k-means on the same vectors told the true k (20, 20, 7).
  ///
  /// Settings, chosen on those three sets (values that work for all, none tuned to one):
  /// - 15 neighbours: 10 gives 0.319 / 0.683 / 0.385, 20 gives 0.334 / 0.700 but 0.335 on
  ///   French topics;
  /// - cosine weights: shared-neighbour (Jaccard) and UMAP's fuzzy weights, tried in a
  ///   prototype of the same method, moved NMI by up to 0.035 either way, none better on all
  ///   three sets;
  /// - resolution 1.5: 1.0 finds fewer themes than topics (11 of 20 on biomedical, NMI 0.313),
  ///   2.0 gains at most 0.008 NMI for more themes (22 for 20 topics, 17 for 7);
  /// - Leiden's refinement, greedy rather than random, so that no seed is needed.
  ///
  /// The sample keeps the exact graph cheap (3,000 texts: about 0.1 s on 2 shared cores), so
  /// 100,000 texts cost only one centroid pass more. Sampling costs little quality: graphs on
  /// 2,500 of the 3,000 biomedical or StackOverflow titles gave NMI 0.332 and 0.688 (all
  /// 3,000: 0.328 and 0.691), on 2,000 of them 0.324 and 0.683.
  func communityPartition(
    _ vectors: [SparseVector], copies: [Int], dimension: Int, denseWidth: Int
  ) -> Partition {
    let usable = vectors.indices.filter { !vectors[$0].isEmpty }
    let sample = Self.stride(usable, limit: options.communitySample)
    let sampleVectors = sample.map { vectors[$0] }
    let graph = NeighbourGraph(neighbours: options.neighbours).build(
      sampleVectors, denseWidth: denseWidth)
    let minimum = max(3, sample.count / 100)
    let merge = CommunityMerge(
      minimum: minimum, maxThemes: options.range.upperBound,
      maxOutlierShare: options.maxOutlierShare)
    let community = merge.merged(
      Leiden(resolution: options.resolution).communities(graph),
      dense: Self.dense(sampleVectors, width: denseWidth), width: denseWidth)
    let communityCount = (community.max() ?? -1) + 1
    let centroids = Self.centroids(
      of: sampleVectors, in: community, count: communityCount, dimension: dimension)
    var sampled = [Int](repeating: -1, count: vectors.count)
    for (position, index) in sample.enumerated() { sampled[index] = community[position] }
    let fixed = sampled
    let homes = Parallel.map(count: vectors.count, minimumChunk: 512) { range in
      var scores = [Float](repeating: 0, count: communityCount)
      return range.map { index -> (cluster: Int, similarity: Float)? in
        guard !vectors[index].isEmpty else { return nil }
        for id in 0..<communityCount { scores[id] = 0 }
        SphericalKMeans.Model.accumulate(vectors[index], centroids, communityCount, into: &scores)
        var home = fixed[index]
        if home < 0 {
          home = 0
          for id in 1..<communityCount where scores[id] > scores[home] { home = id }
        }
        return (home, scores[home])
      }
    }
    let themes = Self.themeCommunities(
      homes: homes, copies: copies, sampleCommunities: community, minimum: minimum,
      count: communityCount, maxOutlierShare: options.maxOutlierShare)
    var rank = [Int](repeating: -1, count: communityCount)
    for (position, id) in themes.enumerated() { rank[id] = position }
    let ranks = rank
    let attached = Parallel.map(count: vectors.count, minimumChunk: 512) { range in
      var scores = [Float](repeating: 0, count: communityCount)
      return range.map { index -> (cluster: Int, similarity: Float)? in
        guard let home = homes[index] else { return nil }
        if ranks[home.cluster] >= 0 { return (ranks[home.cluster], home.similarity) }
        for id in 0..<communityCount { scores[id] = 0 }
        SphericalKMeans.Model.accumulate(vectors[index], centroids, communityCount, into: &scores)
        var best = themes[0]
        for id in themes where scores[id] > scores[best] { best = id }
        return (ranks[best], scores[best])
      }
    }
    return Partition(
      clusterCount: themes.count, nearest: attached,
      outliers: homes.map { home in home.map { ranks[$0.cluster] < 0 } ?? false })
  }

  /// The communities that are themes, largest first (by texts, copies counted): those with
  /// at least `minimum` sample members, then the largest others while the texts outside
  /// themes exceed `maxOutlierShare`. `sampleCommunities` is the community of each sample member.
  private static func themeCommunities(
    homes: [(cluster: Int, similarity: Float)?], copies: [Int], sampleCommunities: [Int],
    minimum: Int, count: Int, maxOutlierShare: Double
  ) -> [Int] {
    var members = [Int](repeating: 0, count: count)
    for id in sampleCommunities { members[id] += 1 }
    var texts = [Int](repeating: 0, count: count)
    for (index, home) in homes.enumerated() { if let home { texts[home.cluster] += copies[index] } }
    let bySize = (0..<count).sorted { texts[$0] != texts[$1] ? texts[$0] > texts[$1] : $0 < $1 }
    var themes = bySize.filter { members[$0] >= minimum }
    if themes.isEmpty, let largest = bySize.first { themes = [largest] }
    let total = texts.reduce(0, +)
    var covered = themes.reduce(0) { $0 + texts[$1] }
    for id in bySize where !themes.contains(id) {
      guard Double(total - covered) > maxOutlierShare * Double(total) else { break }
      themes.append(id)
      covered += texts[id]
    }
    return themes.sorted { texts[$0] != texts[$1] ? texts[$0] > texts[$1] : $0 < $1 }
  }

  /// The first `width` features of each vector as one row-major matrix.
  static func dense(_ vectors: [SparseVector], width: Int) -> [Float] {
    var matrix = [Float](repeating: 0, count: vectors.count * width)
    for (row, vector) in vectors.enumerated() {
      for (position, feature) in vector.indices.enumerated() where Int(feature) < width {
        matrix[row * width + Int(feature)] = vector.values[position]
      }
    }
    return matrix
  }

  /// The normalised mean of each cluster's vectors, feature-major (`[feature * count + c]`).
  static func centroids(
    of vectors: [SparseVector], in clusters: [Int], count: Int, dimension: Int
  ) -> [Float] {
    var sums = [Float](repeating: 0, count: dimension * count)
    for (vector, cluster) in zip(vectors, clusters) {
      for (position, feature) in vector.indices.enumerated() {
        sums[Int(feature) * count + cluster] += vector.values[position]
      }
    }
    SphericalKMeans.normaliseColumns(&sums, rows: dimension, columns: count)
    return sums
  }
}
