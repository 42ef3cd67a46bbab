import Foundation

/// Interval estimates and tests used in summaries.
public enum Statistics {
  /// z for a two-sided 95% interval.
  public static let z95 = 1.959963984540054

  /// The Wilson score interval for `count` successes out of `total`:
  /// centre = (p + z²/2n) / (1 + z²/n), half-width = z·√(p(1−p)/n + z²/4n²) / (1 + z²/n),
  /// with z = 1.96 (95%). `(0, 0)` when `total` is 0.
  public static func wilson(count: Int, total: Int, z: Double = z95) -> (low: Double, high: Double)
  {
    guard total > 0 else { return (0, 0) }
    let n = Double(total)
    let p = Double(count) / n
    let z2 = z * z
    let denominator = 1 + z2 / n
    let centre = (p + z2 / (2 * n)) / denominator
    let half = z * ((p * (1 - p) / n + z2 / (4 * n * n)).squareRoot()) / denominator
    let low = count == 0 ? 0 : max(0, centre - half)
    let high = count == total ? 1 : min(1, centre + half)
    return (low, high)
  }

  /// Pearson's chi-square test of independence on a contingency table (rows × columns of
  /// counts). Rows and columns whose total is 0 are dropped; `nil` when fewer than 2 of either
  /// remain. The p-value is the upper tail of the chi-square distribution with
  /// (rows − 1)(columns − 1) degrees of freedom.
  public static func chiSquare(_ table: [[Int]]) -> ChiSquare? {
    let rows = table.filter { $0.reduce(0, +) > 0 }
    guard let width = rows.first?.count else { return nil }
    let columns = (0..<width).filter { column in rows.reduce(0) { $0 + $1[column] } > 0 }
    guard rows.count >= 2, columns.count >= 2 else { return nil }
    let rowTotals = rows.map { row in columns.reduce(0) { $0 + row[$1] } }
    let columnTotals = columns.map { column in rows.reduce(0) { $0 + $1[column] } }
    let total = Double(rowTotals.reduce(0, +))
    var statistic = 0.0
    for (r, row) in rows.enumerated() {
      for (c, column) in columns.enumerated() {
        let expected = Double(rowTotals[r]) * Double(columnTotals[c]) / total
        let difference = Double(row[column]) - expected
        statistic += difference * difference / expected
      }
    }
    let df = (rows.count - 1) * (columns.count - 1)
    return ChiSquare(
      statistic: statistic, degreesOfFreedom: df,
      pValue: upperRegularizedGamma(Double(df) / 2, statistic / 2))
  }

  /// Q(a, x) = Γ(a, x)/Γ(a), by its series for x < a + 1 and its continued fraction otherwise
  /// (Numerical Recipes, §6.2).
  static func upperRegularizedGamma(_ a: Double, _ x: Double) -> Double {
    guard x > 0 else { return 1 }
    let logPrefix = -x + a * log(x) - lgamma(a)
    if x < a + 1 {
      var term = 1 / a
      var sum = term
      var n = a
      for _ in 0..<500 {
        n += 1
        term *= x / n
        sum += term
        if abs(term) < abs(sum) * 1e-15 { break }
      }
      return max(0, 1 - sum * exp(logPrefix))
    }
    let tiny = 1e-300
    var b = x + 1 - a
    var c = 1 / tiny
    var d = 1 / b
    var h = d
    for i in 1...500 {
      let an = -Double(i) * (Double(i) - a)
      b += 2
      d = an * d + b
      if abs(d) < tiny { d = tiny }
      c = b + an / c
      if abs(c) < tiny { c = tiny }
      d = 1 / d
      let delta = d * c
      h *= delta
      if abs(delta - 1) < 1e-15 { break }
    }
    return min(1, exp(logPrefix) * h)
  }

  /// Mean, median and the 95% margin of the mean (1.96·s/√n, s the sample standard deviation).
  public static func numberStats(_ values: [Double]) -> NumberStats? {
    guard !values.isEmpty else { return nil }
    let n = Double(values.count)
    let mean = values.reduce(0, +) / n
    let sorted = values.sorted()
    let middle = sorted.count / 2
    let median = sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    let variance =
      values.count > 1 ? values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / (n - 1) : 0
    return NumberStats(
      count: values.count, mean: mean, median: median,
      margin: z95 * variance.squareRoot() / n.squareRoot())
  }
}
