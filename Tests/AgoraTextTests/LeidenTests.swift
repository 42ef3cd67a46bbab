import Testing

@testable import AgoraText

@Suite struct LeidenTests {
  /// Edges of a clique on `nodes`, weight 1.
  static func clique(_ nodes: Range<Int>) -> [(Int, Int, Double)] {
    var edges: [(Int, Int, Double)] = []
    for a in nodes { for b in nodes where b > a { edges.append((a, b, 1)) } }
    return edges
  }

  @Test func twoCliquesJoinedByOneEdge() {
    let edges = Self.clique(0..<5) + Self.clique(5..<10) + [(4, 5, 1)]
    let found = Leiden().communities(WeightedGraph(nodeCount: 10, edges: edges))
    #expect(found == [0, 0, 0, 0, 0, 1, 1, 1, 1, 1])
  }

  @Test func ringOfCliques() {
    // Six cliques of four, each joined to the next by one edge: the textbook case where
    // modularity at resolution 1 keeps every clique apart.
    var edges: [(Int, Int, Double)] = []
    for clique in 0..<6 {
      edges += Self.clique(clique * 4..<clique * 4 + 4)
      edges.append((clique * 4 + 3, (clique * 4 + 4) % 24, 1))
    }
    let found = Leiden().communities(WeightedGraph(nodeCount: 24, edges: edges))
    #expect(found == (0..<24).map { $0 / 4 })
  }

  @Test func lowResolutionJoinsWhatHighResolutionSplits() {
    let edges = Self.clique(0..<5) + Self.clique(5..<10) + [(4, 5, 1), (0, 9, 1), (2, 7, 1)]
    let graph = WeightedGraph(nodeCount: 10, edges: edges)
    #expect(Set(Leiden(resolution: 0.05).communities(graph)).count == 1)
    #expect(Set(Leiden(resolution: 1).communities(graph)).count == 2)
  }

  @Test func weightsDecide() {
    // A path 0–1–2–3 whose middle edge is weak: two communities of two.
    let edges: [(Int, Int, Double)] = [(0, 1, 5), (1, 2, 0.1), (2, 3, 5)]
    #expect(Leiden().communities(WeightedGraph(nodeCount: 4, edges: edges)) == [0, 0, 1, 1])
  }

  @Test func isDeterministicWhateverTheEdgeOrder() {
    var edges = Self.clique(0..<6) + Self.clique(6..<12) + Self.clique(12..<18)
    edges += [(5, 6, 1), (11, 12, 1), (0, 17, 1)]
    let first = Leiden().communities(WeightedGraph(nodeCount: 18, edges: edges))
    let reversed = edges.reversed().map { ($0.1, $0.0, $0.2) }
    let second = Leiden().communities(WeightedGraph(nodeCount: 18, edges: reversed))
    #expect(first == second)
    #expect(first == (0..<18).map { $0 / 6 })
  }

  @Test func nodesWithoutEdgesStayAlone() {
    let found = Leiden().communities(WeightedGraph(nodeCount: 3, edges: []))
    #expect(found == [0, 1, 2])
  }

  @Test func aggregationKeepsEveryDegree() {
    let graph = WeightedGraph(
      nodeCount: 4, edges: [(0, 1, 2), (1, 2, 1), (2, 3, 3), (0, 3, 0.5)])
    let joined = graph.aggregated(by: [0, 0, 1, 1], groupCount: 2)
    #expect(joined.nodeCount == 2)
    #expect(joined.degree(0) == graph.degree(0) + graph.degree(1))
    #expect(joined.degree(1) == graph.degree(2) + graph.degree(3))
  }
}
