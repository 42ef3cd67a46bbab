/// A message shown under a question, saying why an answer is not taken or what to do.
public enum Notice: Error, Sendable, Hashable {
  /// A problem found by `Question.check`, in its own words.
  case problem(String)
  /// A required question needs an answer.
  case required
  /// A required multi-choice question needs picks; Space picks.
  case pickWithSpace
  /// At most this many picks.
  case pickAtMost(Int)
  /// The option asks for text, which is missing.
  case sayMore
  /// The text reached its maximum length.
  case tooLong(Int)
  /// What was typed is not a number.
  case notANumber
  /// Not one of the options (plain mode).
  case unknownOption(String)
  /// Some required questions are not answered yet (review page).
  case missingRequired([Int])
  /// There is no question before this one.
  case firstQuestion
}
