import Foundation

/// Evaluation metrics for labels and partitions (pure functions).
public enum Metrics {
  /// The share of positions where `predicted` equals `gold` (0 for empty input).
  public static func accuracy<Label: Equatable>(gold: [Label], predicted: [Label]) -> Double {
    guard !gold.isEmpty, gold.count == predicted.count else { return 0 }
    return Double(zip(gold, predicted).filter { $0 == $1 }.count) / Double(gold.count)
  }

  /// Counts `matrix[g][p]` of items with gold `labels[g]` predicted as `labels[p]`;
  /// items whose gold or prediction is outside `labels` are ignored (gold) or never counted.
  public static func confusionMatrix<Label: Hashable>(
    gold: [Label], predicted: [Label], labels: [Label]
  ) -> [[Int]] {
    var position: [Label: Int] = [:]
    for (index, label) in labels.enumerated() { position[label] = index }
    var matrix = [[Int]](repeating: [Int](repeating: 0, count: labels.count), count: labels.count)
    for (truth, guess) in zip(gold, predicted) {
      if let row = position[truth], let column = position[guess] { matrix[row][column] += 1 }
    }
    return matrix
  }

  /// Macro-F1 over `labels`: the mean over labels of F1 = 2PR / (P + R) (0 when P + R = 0).
  /// Predictions outside `labels` count as wrong for their gold label.
  public static func macroF1<Label: Hashable>(
    gold: [Label], predicted: [Label], labels: [Label]
  ) -> Double {
    guard !labels.isEmpty else { return 0 }
    var total = 0.0
    for label in labels {
      var truePositive = 0
      var goldCount = 0
      var predictedCount = 0
      for (truth, guess) in zip(gold, predicted) {
        if truth == label { goldCount += 1 }
        if guess == label { predictedCount += 1 }
        if truth == label && guess == label { truePositive += 1 }
      }
      let precision = predictedCount > 0 ? Double(truePositive) / Double(predictedCount) : 0
      let recall = goldCount > 0 ? Double(truePositive) / Double(goldCount) : 0
      total += precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0
    }
    return total / Double(labels.count)
  }

  /// Normalised mutual information with arithmetic-mean normalisation (scikit-learn's default):
  /// NMI = I(A; B) / ((H(A) + H(B)) / 2), natural logarithms; 1 when both partitions have a
  /// single cluster.
  public static func normalizedMutualInformation<A: Hashable, B: Hashable>(_ a: [A], _ b: [B])
    -> Double
  {
    let table = Contingency(a, b)
    let n = Double(a.count)
    guard n > 0 else { return 0 }
    let entropyA = entropy(table.rowTotals, n)
    let entropyB = entropy(table.columnTotals, n)
    if entropyA == 0 && entropyB == 0 { return 1 }
    var mutual = 0.0
    for (cell, count) in table.cells where count > 0 {
      let joint = Double(count) / n
      let rows = Double(table.rowTotals[cell.row]) / n
      let columns = Double(table.columnTotals[cell.column]) / n
      mutual += joint * log(joint / (rows * columns))
    }
    let denominator = (entropyA + entropyB) / 2
    return denominator > 0 ? max(0, mutual / denominator) : 0
  }

  /// The adjusted Rand index (Hubert & Arabie):
  /// ARI = (Σ C(nij,2) − E) / (½(Σ C(ai,2) + Σ C(bj,2)) − E), E = Σ C(ai,2) · Σ C(bj,2) / C(n,2).
  public static func adjustedRandIndex<A: Hashable, B: Hashable>(_ a: [A], _ b: [B]) -> Double {
    let table = Contingency(a, b)
    func pairs(_ value: Int) -> Double { Double(value) * Double(value - 1) / 2 }
    let index = table.cells.values.reduce(0) { $0 + pairs($1) }
    let rows = table.rowTotals.reduce(0) { $0 + pairs($1) }
    let columns = table.columnTotals.reduce(0) { $0 + pairs($1) }
    let total = pairs(a.count)
    guard total > 0 else { return 1 }
    let expected = rows * columns / total
    let maximum = (rows + columns) / 2
    guard maximum != expected else { return 1 }
    return (index - expected) / (maximum - expected)
  }

  private static func entropy(_ totals: [Int], _ n: Double) -> Double {
    totals.reduce(0) { sum, count in
      guard count > 0 else { return sum }
      let p = Double(count) / n
      return sum - p * log(p)
    }
  }

  private struct Cell: Hashable {
    let row: Int
    let column: Int
  }

  private struct Contingency {
    var cells: [Cell: Int] = [:]
    var rowTotals: [Int] = []
    var columnTotals: [Int] = []

    init<A: Hashable, B: Hashable>(_ a: [A], _ b: [B]) {
      var rowIndex: [A: Int] = [:]
      var columnIndex: [B: Int] = [:]
      for (left, right) in zip(a, b) {
        let row = rowIndex[left] ?? rowIndex.count
        rowIndex[left] = row
        let column = columnIndex[right] ?? columnIndex.count
        columnIndex[right] = column
        if row == rowTotals.count { rowTotals.append(0) }
        if column == columnTotals.count { columnTotals.append(0) }
        rowTotals[row] += 1
        columnTotals[column] += 1
        cells[Cell(row: row, column: column), default: 0] += 1
      }
    }
  }
}
