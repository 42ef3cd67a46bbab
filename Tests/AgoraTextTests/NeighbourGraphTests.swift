import Foundation
import Testing

@testable import AgoraText

@Suite struct NeighbourGraphTests {
  /// A unit vector at `degrees` in the plane (dense, two features).
  static func point(_ degrees: Double) -> SparseVector {
    let radians = degrees * .pi / 180
    return SparseVector(indices: [0, 1], values: [Float(cos(radians)), Float(sin(radians))])
  }

  @Test func neighboursStayInTheirGroup() {
    let angles: [Double] = [0, 5, 10, 15, 90, 95, 100, 105]
    let graph = NeighbourGraph(neighbours: 3).build(angles.map(Self.point), denseWidth: 2)
    for node in 0..<graph.nodeCount {
      let group = node / 4
      for edge in graph.offsets[node]..<graph.offsets[node + 1] {
        #expect(graph.targets[edge] / 4 == group)
      }
    }
  }

  @Test func sparseFeaturesCountToo() {
    // Dense parts are equal; only the sparse features 5 and 6 pair the points.
    let vectors = [
      SparseVector(indices: [0, 5], values: [0.6, 0.8]),
      SparseVector(indices: [0, 6], values: [0.6, 0.8]),
      SparseVector(indices: [0, 5], values: [0.6, 0.8]),
      SparseVector(indices: [0, 6], values: [0.6, 0.8]),
    ]
    let graph = NeighbourGraph(neighbours: 1).build(vectors, denseWidth: 2)
    let rows = (0..<4).map { Array(graph.targets[graph.offsets[$0]..<graph.offsets[$0 + 1]]) }
    #expect(rows == [[2], [3], [0], [1]])
  }

  @Test func topKeepsTheHighestAndTheLowerPositionOnTies() {
    let best = NeighbourGraph.top(3, of: [0.5, 0.9, 0.5, 0.1, 0.9][...])
    #expect(best.map(\.0) == [1, 4, 0])
  }

  @Test func mergeJoinsSmallCommunitiesToTheNearest() {
    // Communities 0 and 1 are large; 2 lies near 0 and 3 near 1 (one dense feature pair).
    let community = [0, 0, 0, 0, 1, 1, 1, 1, 2, 3]
    let points: [[Float]] = [
      [1, 0], [1, 0], [1, 0], [1, 0], [0, 1], [0, 1], [0, 1], [0, 1], [0.9, 0.1], [0.2, 0.8],
    ]
    let merge = CommunityMerge(minimum: 3, maxThemes: 2, maxOutlierShare: 0)
    let merged = merge.merged(community, dense: points.flatMap { $0 }, width: 2)
    #expect(merged == [0, 0, 0, 0, 1, 1, 1, 1, 0, 1])
  }

  @Test func mergeLeavesOutliersWithinTheirShare() {
    let community = [0, 0, 0, 0, 1, 1, 1, 1, 2, 3]
    let points = [[Float]](repeating: [1, 0], count: 10).flatMap { $0 }
    let merge = CommunityMerge(minimum: 3, maxThemes: 2, maxOutlierShare: 0.2)
    #expect(merge.merged(community, dense: points, width: 2) == community)
  }
}
