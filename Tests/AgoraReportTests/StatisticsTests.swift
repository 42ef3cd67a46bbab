import Testing

@testable import AgoraReport

/// `Statistics` against figures worked out outside this code base.
@Suite struct StatisticsTests {
  /// Wilson 95% intervals from the closed formula in Python with z = scipy.stats.norm.ppf(0.975):
  /// centre = (p + z²/2n)/(1 + z²/n), half = z·√(p(1−p)/n + z²/4n²)/(1 + z²/n); they agree with
  /// published tables (e.g. 0/10 → 0–0.2775).
  @Test(arguments: [
    (0, 10, 0.0000, 0.2775),
    (5, 10, 0.2366, 0.7634),
    (10, 10, 0.7225, 1.0000),
    (45, 100, 0.3561, 0.5476),
  ])
  func wilson(count: Int, total: Int, low: Double, high: Double) {
    let interval = Statistics.wilson(count: count, total: total)
    #expect(abs(interval.low - low) < 0.00005)
    #expect(abs(interval.high - high) < 0.00005)
  }

  @Test func wilsonOfNothingIsZero() {
    let interval = Statistics.wilson(count: 0, total: 0)
    #expect(interval.low == 0 && interval.high == 0)
    #expect(Proportion(count: 0, total: 0).share == 0)
  }

  /// Expected values from `scipy.stats.chi2_contingency(table, correction=False)` (Pearson's
  /// statistic without Yates' continuity correction, as `Statistics.chiSquare` computes it).
  @Test(arguments: [
    ([[21, 15], [63, 33]], 0.6015625, 1, 0.437982481804058),
    ([[10, 20], [30, 40]], 0.7936507936507936, 1, 0.37299848361348686),
    ([[12, 5, 9], [7, 15, 4]], 8.238866396761134, 2, 0.016253724468925007),
  ])
  func chiSquare(table: [[Int]], statistic: Double, df: Int, p: Double) throws {
    let test = try #require(Statistics.chiSquare(table))
    #expect(abs(test.statistic - statistic) < 1e-9)
    #expect(test.degreesOfFreedom == df)
    #expect(abs(test.pValue - p) < 1e-9)
    #expect(test.significant == (p < 0.05))
  }

  @Test func chiSquareDropsEmptyColumnsAndNeedsTwoOfEach() throws {
    let withEmpty = try #require(Statistics.chiSquare([[12, 5, 9, 0], [7, 15, 4, 0]]))
    #expect(withEmpty.degreesOfFreedom == 2)
    #expect(abs(withEmpty.statistic - 8.238866396761134) < 1e-9)
    #expect(Statistics.chiSquare([[3, 4]]) == nil)
    #expect(Statistics.chiSquare([[3, 0], [4, 0]]) == nil)
  }

  /// [1, 2, 3, 4, 10]: mean 4, median 3, sample sd √12.5, margin 1.959964·√12.5/√5 = 3.098975
  /// (Python's statistics module).
  @Test func numberStats() throws {
    let stats = try #require(Statistics.numberStats([4, 1, 10, 3, 2]))
    #expect(stats.count == 5)
    #expect(stats.mean == 4)
    #expect(stats.median == 3)
    #expect(abs(stats.margin - 3.098975161522808) < 1e-9)
    #expect(Statistics.numberStats([])?.count == nil)
  }
}
