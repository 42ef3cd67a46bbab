import Foundation
import Testing

@testable import AgoraText

@Suite struct MetricsTests {
  @Test func accuracyAndMacroF1() {
    let gold = ["pos", "pos", "neg", "neg"]
    let predicted = ["pos", "neg", "neg", "neu"]
    #expect(Metrics.accuracy(gold: gold, predicted: predicted) == 0.5)
    // pos: P 1, R 0.5, F1 2/3; neg: P 0.5, R 0.5, F1 0.5 → mean 7/12.
    let macro = Metrics.macroF1(gold: gold, predicted: predicted, labels: ["pos", "neg"])
    #expect(abs(macro - 7.0 / 12.0) < 1e-12)
    let matrix = Metrics.confusionMatrix(gold: gold, predicted: predicted, labels: ["pos", "neg"])
    #expect(matrix == [[1, 1], [0, 1]])
  }

  @Test func perfectAndIndependentPartitions() {
    #expect(Metrics.normalizedMutualInformation([0, 0, 1, 1], ["a", "a", "b", "b"]) == 1)
    #expect(abs(Metrics.adjustedRandIndex([0, 0, 1, 1], ["a", "a", "b", "b"]) - 1) < 1e-12)
    #expect(abs(Metrics.normalizedMutualInformation([0, 0, 1, 1], [0, 1, 0, 1])) < 1e-12)
  }

  @Test func nmiAndAriByHand() {
    // a = [0,0,0,1,1,1], b = [0,0,1,1,2,2]. H(a) = ln 2, H(b) = ln 3,
    // I = (1/3)ln 2 + 2·(1/6)ln 1 + (1/3)ln 2 = (2/3)ln 2 → NMI = (4/3)ln2 / (ln2 + ln3).
    let a = [0, 0, 0, 1, 1, 1]
    let b = [0, 0, 1, 1, 2, 2]
    let nmi = Metrics.normalizedMutualInformation(a, b)
    #expect(abs(nmi - (4.0 / 3.0) * log(2) / (log(2) + log(3))) < 1e-12)
    // Σ C(nij,2) = 2, Σ C(ai,2) = 6, Σ C(bj,2) = 3, C(6,2) = 15 → E = 1.2,
    // ARI = (2 − 1.2) / (4.5 − 1.2) = 0.8 / 3.3.
    #expect(abs(Metrics.adjustedRandIndex(a, b) - 0.8 / 3.3) < 1e-12)
  }
}
