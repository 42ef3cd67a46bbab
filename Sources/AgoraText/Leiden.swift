/// Community detection by the Leiden algorithm (Traag, Waltman & van Eck 2019), maximising
/// modularity with a resolution γ:
///
///     Q = 1/2m · Σ_ij (A_ij − γ · k_i · k_j / 2m) · δ(c_i, c_j)
///
/// Each level moves nodes to the neighbouring community of largest gain (a queue of nodes to
/// visit, as in Leiden's fast local moving), then refines each community into well-connected
/// sub-communities, aggregates the graph on the refined partition (each aggregate node starting
/// in its unrefined community) and repeats until no node moves.
///
/// Deterministic: nodes are visited in index order and ties keep the current community (then
/// the first one seen). The refinement merges a node into the sub-community of largest gain
/// instead of drawing one at random, so no seed is needed. Defaults: γ = 1, at most 32 levels.
struct Leiden: Sendable {
  var resolution = 1.0
  var maxLevels = 32

  /// The community of each node, numbered from 0 in order of each community's first node.
  func communities(_ graph: WeightedGraph) -> [Int] {
    let nodeCount = graph.nodeCount
    guard nodeCount > 0 else { return [] }
    let totalWeight = (0..<nodeCount).reduce(0.0) { $0 + graph.degree($1) }
    guard totalWeight > 0 else { return Array(0..<nodeCount) }
    var current = graph
    var community = Array(0..<nodeCount)
    var nodeOf = Array(0..<nodeCount)  // original node → node of `current`
    for _ in 0..<maxLevels {
      let degrees = (0..<current.nodeCount).map { current.degree($0) }
      moveNodes(current, degrees, totalWeight, &community)
      let (communityIDs, communityCount) = Self.renumbered(community)
      if communityCount == current.nodeCount { break }
      let refined = refine(current, degrees, totalWeight, communityIDs)
      var (refinedIDs, refinedCount) = Self.renumbered(refined)
      if refinedCount == current.nodeCount {
        // Nothing merged inside any community: aggregate on the communities themselves.
        (refinedIDs, refinedCount) = (communityIDs, communityCount)
      }
      var next = [Int](repeating: 0, count: refinedCount)
      for node in 0..<current.nodeCount { next[refinedIDs[node]] = communityIDs[node] }
      nodeOf = nodeOf.map { refinedIDs[$0] }
      current = current.aggregated(by: refinedIDs, groupCount: refinedCount)
      community = next
    }
    return Self.renumbered(nodeOf.map { community[$0] }).ids
  }

  /// Leiden's fast local moving.
  private func moveNodes(
    _ graph: WeightedGraph, _ degrees: [Double], _ totalWeight: Double, _ community: inout [Int]
  ) {
    let count = graph.nodeCount
    var totals = [Double](repeating: 0, count: count)
    for node in 0..<count { totals[community[node]] += degrees[node] }
    var links = [Double](repeating: 0, count: count)
    var touched: [Int] = []
    var queue = Array(0..<count)
    var head = 0
    var queued = [Bool](repeating: true, count: count)
    while head < queue.count {
      let node = queue[head]
      head += 1
      queued[node] = false
      let old = community[node]
      for edge in graph.offsets[node]..<graph.offsets[node + 1] where graph.targets[edge] != node {
        let target = community[graph.targets[edge]]
        if links[target] == 0 { touched.append(target) }
        links[target] += graph.weights[edge]
      }
      totals[old] -= degrees[node]
      let scale = resolution * degrees[node] / totalWeight
      var best = old
      var bestGain = links[old] - scale * totals[old]
      for candidate in touched where candidate != old {
        let gain = links[candidate] - scale * totals[candidate]
        if gain > bestGain + 1e-12 {
          best = candidate
          bestGain = gain
        }
      }
      totals[best] += degrees[node]
      for candidate in touched { links[candidate] = 0 }
      touched.removeAll(keepingCapacity: true)
      guard best != old else { continue }
      community[node] = best
      for edge in graph.offsets[node]..<graph.offsets[node + 1] {
        let neighbour = graph.targets[edge]
        if community[neighbour] != best && !queued[neighbour] {
          queued[neighbour] = true
          queue.append(neighbour)
        }
      }
      if head > count {
        queue.removeFirst(head)
        head = 0
      }
    }
  }

  /// Leiden's refinement: inside each community, singletons merge greedily into
  /// sub-communities, keeping only well-connected nodes and sub-communities (weight to the rest
  /// of the community ≥ γ · k · (K − k) / 2m).
  private func refine(
    _ graph: WeightedGraph, _ degrees: [Double], _ totalWeight: Double, _ community: [Int]
  ) -> [Int] {
    let count = graph.nodeCount
    var refined = Array(0..<count)
    var refinedTotals = degrees
    var singleton = [Bool](repeating: true, count: count)
    var communityTotals = [Double](repeating: 0, count: count)
    for node in 0..<count { communityTotals[community[node]] += degrees[node] }
    // Weight from each node (then each sub-community) to the rest of its community.
    var external = [Double](repeating: 0, count: count)
    for node in 0..<count {
      for edge in graph.offsets[node]..<graph.offsets[node + 1]
      where graph.targets[edge] != node && community[graph.targets[edge]] == community[node] {
        external[node] += graph.weights[edge]
      }
    }
    let inside = external
    var links = [Double](repeating: 0, count: count)
    var touched: [Int] = []
    for node in 0..<count where singleton[node] {
      let whole = communityTotals[community[node]]
      let degree = degrees[node]
      guard inside[node] >= resolution * degree * (whole - degree) / totalWeight else { continue }
      for edge in graph.offsets[node]..<graph.offsets[node + 1] {
        let neighbour = graph.targets[edge]
        guard neighbour != node, community[neighbour] == community[node] else { continue }
        let target = refined[neighbour]
        if links[target] == 0 { touched.append(target) }
        links[target] += graph.weights[edge]
      }
      var best = refined[node]
      var bestGain = 0.0
      for candidate in touched where candidate != refined[node] {
        let size = refinedTotals[candidate]
        guard external[candidate] >= resolution * size * (whole - size) / totalWeight else {
          continue
        }
        let gain = links[candidate] - resolution * degree * size / totalWeight
        if gain > bestGain + 1e-12 {
          best = candidate
          bestGain = gain
        }
      }
      if best != refined[node] {
        let old = refined[node]
        refined[node] = best
        refinedTotals[best] += degree
        refinedTotals[old] -= degree
        external[best] += inside[node] - 2 * links[best]
        singleton[node] = false
        singleton[best] = false
      }
      for candidate in touched { links[candidate] = 0 }
      touched.removeAll(keepingCapacity: true)
    }
    return refined
  }

  /// Ids renumbered from 0 in order of first appearance, and how many there are.
  static func renumbered(_ ids: [Int]) -> (ids: [Int], count: Int) {
    var map: [Int: Int] = [:]
    let output = ids.map { id in
      if let known = map[id] { return known }
      map[id] = map.count
      return map.count - 1
    }
    return (output, map.count)
  }
}
