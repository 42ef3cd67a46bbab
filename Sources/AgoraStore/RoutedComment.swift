import AgoraModel

/// A comment to store with the question it was routed to.
public struct RoutedComment: Sendable {
  /// The comment as read.
  public var comment: ImportedComment
  /// The question it speaks to, if any.
  public var questionID: String?
  /// The router's confidence in [0, 1].
  public var confidence: Double

  /// Creates a routed comment.
  public init(comment: ImportedComment, questionID: String?, confidence: Double) {
    self.comment = comment
    self.questionID = questionID
    self.confidence = confidence
  }
}
