import AgoraModel

/// A comment to store with the question it was routed to.
public struct RoutedComment: Sendable {
  /// The comment as read.
  public var comment: ImportedComment
  /// The question it speaks to, if any.
  public var questionID: String?
  /// The router's confidence in [0, 1].
  public var confidence: Double

  /// Whether analysis reads it: by default, published comments with text of their own.
  public var analysable: Bool

  /// Creates a routed comment; `analysable` defaults to whether it is published and has text.
  public init(
    comment: ImportedComment, questionID: String?, confidence: Double, analysable: Bool? = nil
  ) {
    self.comment = comment
    self.questionID = questionID
    self.confidence = confidence
    self.analysable = analysable ?? comment.isAnalysable()
  }
}
