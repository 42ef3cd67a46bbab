/// One question a comment was routed to, with how sure the router is.
public struct Route: Sendable, Hashable, Codable {
  /// The free-text question's id.
  public var questionID: String
  /// The share of the comment's keyword score that went to this question, in [0, 1]; 0 when
  /// nothing matched and the comment went to the general question.
  public var confidence: Double

  /// Creates a route.
  public init(questionID: String, confidence: Double) {
    self.questionID = questionID
    self.confidence = confidence
  }
}
