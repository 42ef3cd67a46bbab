import AgoraModel

/// Where answers go the moment they are given; the `agora` executable implements it with the
/// store, tests with an array.
public protocol ResponseSink {
  /// Saves one answer (replacing an earlier one to the same question).
  func save(_ answer: Answer) throws
  /// Removes the answer to a question.
  func remove(questionID: String) throws
  /// Marks the response complete.
  func submit() throws
}

/// How an answering session ended.
public enum SessionEnd: Sendable, Hashable {
  /// The response was submitted.
  case submitted
  /// The reader quit (or input ended) before submitting; the answers given are kept.
  case stopped
}

extension ResponseSink {
  /// Carries out the flow's effects; returns how the session ends, if it does.
  func perform(_ effects: [FlowEffect]) throws -> SessionEnd? {
    for effect in effects {
      switch effect {
      case .save(let answer): try save(answer)
      case .remove(let id): try remove(questionID: id)
      case .submit:
        try submit()
        return .submitted
      case .quit: return .stopped
      }
    }
    return nil
  }
}
