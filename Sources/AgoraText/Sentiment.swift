/// A sentiment label.
public enum SentimentLabel: String, Sendable, Hashable, Codable, CaseIterable {
  /// Positive.
  case positive = "pos"
  /// Negative.
  case negative = "neg"
  /// Neutral or mixed.
  case neutral = "neu"
}

/// The sentiment of one sentence or text.
public struct Sentiment: Sendable, Hashable, Codable {
  /// The score in [−1, 1].
  public var score: Double
  /// The label from the score: `pos` above the threshold, `neg` below its opposite, else `neu`.
  public var label: SentimentLabel

  /// Creates a sentiment from a score, labelled with `threshold`.
  public init(score: Double, threshold: Double) {
    self.score = score
    label = score >= threshold ? .positive : score <= -threshold ? .negative : .neutral
  }
}

/// The sentiment of a text and of each of its sentences.
public struct TextSentiment: Sendable, Hashable, Codable {
  /// The whole text.
  public var overall: Sentiment
  /// Each sentence, in order (split at `. ! ? ; …`).
  public var sentences: [Sentiment]
}
