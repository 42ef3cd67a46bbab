/// An undirected weighted graph in compressed sparse rows: the neighbours of node `i` are
/// `targets[offsets[i]..<offsets[i + 1]]`, with their edge weights in `weights`. Every edge is
/// stored in both of its rows; a self-loop (which aggregated graphs have) is stored once and
/// its weight counts once in the node's degree.
struct WeightedGraph: Sendable {
  let offsets: [Int]
  let targets: [Int]
  let weights: [Double]

  /// The number of nodes.
  var nodeCount: Int { offsets.count - 1 }

  /// A graph of `nodeCount` nodes from undirected edges `(a, b, weight)`; an edge given more
  /// than once (in either direction) keeps its largest weight. Edges of weight ≤ 0 are dropped.
  init(nodeCount: Int, edges: [(Int, Int, Double)]) {
    var pairs: [(Int, Int, Double)] = []
    pairs.reserveCapacity(edges.count)
    for (a, b, weight) in edges where weight > 0 {
      pairs.append(a <= b ? (a, b, weight) : (b, a, weight))
    }
    pairs.sort { ($0.0, $0.1) < ($1.0, $1.1) }
    var unique: [(Int, Int, Double)] = []
    for pair in pairs {
      if let last = unique.last, last.0 == pair.0, last.1 == pair.1 {
        unique[unique.count - 1].2 = max(last.2, pair.2)
      } else {
        unique.append(pair)
      }
    }
    var rows = [[(Int, Double)]](repeating: [], count: nodeCount)
    for (a, b, weight) in unique {
      rows[a].append((b, weight))
      if a != b { rows[b].append((a, weight)) }
    }
    self.init(rows: rows)
  }

  /// A graph from each node's neighbour list (already symmetric; a self-loop listed once).
  init(rows: [[(Int, Double)]]) {
    var offsets = [0]
    var targets: [Int] = []
    var weights: [Double] = []
    offsets.reserveCapacity(rows.count + 1)
    for row in rows {
      for (target, weight) in row.sorted(by: { $0.0 < $1.0 }) {
        targets.append(target)
        weights.append(weight)
      }
      offsets.append(targets.count)
    }
    self.offsets = offsets
    self.targets = targets
    self.weights = weights
  }

  /// The sum of the weights of a node's edges (its self-loop counted once).
  func degree(_ node: Int) -> Double {
    var total = 0.0
    for edge in offsets[node]..<offsets[node + 1] { total += weights[edge] }
    return total
  }

  /// The graph whose nodes are the groups of `group` (node → group id in `0..<groupCount`):
  /// the weight between two groups is the total weight between their members, and the weight
  /// inside a group becomes a self-loop.
  func aggregated(by group: [Int], groupCount: Int) -> WeightedGraph {
    var sums = [[Int: Double]](repeating: [:], count: groupCount)
    for node in 0..<nodeCount {
      let from = group[node]
      for edge in offsets[node]..<offsets[node + 1] {
        sums[from][group[targets[edge]], default: 0] += weights[edge]
      }
    }
    return WeightedGraph(rows: sums.map { row in row.map { ($0.key, $0.value) } })
  }
}
