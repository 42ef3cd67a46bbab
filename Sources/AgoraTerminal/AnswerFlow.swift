import AgoraModel

/// What the answer flow asks its owner to do after a key.
public enum FlowEffect: Sendable, Hashable {
  /// Save this answer now (one transaction).
  case save(Answer)
  /// Remove the stored answer to this question (hidden by a condition, or cleared).
  case remove(String)
  /// Mark the response complete.
  case submit
  /// Stop, keeping every answer given so far.
  case quit
}

/// The page the flow shows.
public enum FlowPage: Sendable, Hashable {
  /// A question, by id.
  case question(String)
  /// The review of every answer before submitting.
  case review
}

/// The form: which question is shown, the answers given, conditions, back, review and submit.
///
/// A pure state machine (keys in, effects out) shared by the full-screen terminal and tests.
public struct AnswerFlow: Sendable {
  /// The survey answered.
  public let survey: Survey
  /// The language questions are shown in.
  public private(set) var language: String
  /// The answers given, by question id.
  public private(set) var answers: [String: Answer]
  /// The page shown.
  public private(set) var page: FlowPage
  /// The widget of the question shown.
  public private(set) var field: (any AnswerField)?
  /// The highlighted line of the review page (the last one is "submit").
  public private(set) var reviewCursor = 0
  /// A message from the flow itself (the field has its own).
  public private(set) var notice: Notice?
  private var editingFromReview = false

  /// Starts at the first visible question without an answer (the review when all have one).
  public init(survey: Survey, language: String, answers: [Answer] = []) {
    self.survey = survey
    self.language = language
    self.answers = Dictionary(answers.map { ($0.questionID, $0) }, uniquingKeysWith: { $1 })
    page = .review
    let visible = visibleQuestions
    if let first = visible.first(where: { self.answers[$0.id] == nil }) {
      show(first.id)
    } else {
      reviewCursor = visible.count
    }
  }

  /// The answers as a condition reads them.
  public var answerValues: [String: AnswerValue] { answers.mapValues(\.value) }

  /// The questions asked given the answers so far, in survey order.
  public var visibleQuestions: [Question] {
    survey.questions.filter { $0.isAsked(given: answerValues) }
  }

  /// The question shown and its place among the visible ones (1-based), with their count.
  public var progress: (current: Int, total: Int) {
    let visible = visibleQuestions
    guard case .question(let id) = page, let index = visible.firstIndex(where: { $0.id == id })
    else { return (visible.count, visible.count) }
    return (index + 1, visible.count)
  }

  /// Takes one key and returns what must be done (saving, removing, submitting, quitting).
  public mutating func handle(_ key: Key) -> [FlowEffect] {
    if key.isQuit { return [.quit] }
    if key.isLanguageSwitch {
      let languages = survey.languages
      let index = languages.firstIndex(of: language) ?? 0
      language = languages.isEmpty ? language : languages[(index + 1) % languages.count]
      return []
    }
    if key == .resize { return [] }
    notice = nil
    switch page {
    case .review: return handleReview(key)
    case .question:
      guard var field else { return [] }
      let outcome = field.handle(key)
      self.field = field
      switch outcome {
      case .editing: return []
      case .back:
        back()
        return []
      case .submit(let answer): return give(answer)
      }
    }
  }

  /// Answers the question shown (`nil` skips it, removing an earlier answer) and moves on: to
  /// the next visible question, or to the review when editing from it or at the end.
  ///
  /// Answers to questions that the new answer hides are removed.
  public mutating func give(_ answer: Answer?) -> [FlowEffect] {
    guard case .question(let id) = page else { return [] }
    var effects: [FlowEffect] = []
    if let answer {
      answers[id] = answer
      effects.append(.save(answer))
    } else if answers.removeValue(forKey: id) != nil {
      effects.append(.remove(id))
    }
    effects += removeHiddenAnswers()
    if editingFromReview {
      showReview(at: visibleQuestions.firstIndex { $0.id == id })
    } else if let next = visibleQuestions.drop(while: { $0.id != id }).dropFirst().first {
      show(next.id)
    } else {
      showReview(at: nil)
    }
    return effects
  }

  /// Removes answers to questions that conditions now hide, until none is left (hiding one
  /// question can hide those that depend on it).
  private mutating func removeHiddenAnswers() -> [FlowEffect] {
    var effects: [FlowEffect] = []
    while true {
      let values = answerValues
      let hidden = survey.questions.filter { answers[$0.id] != nil && !$0.isAsked(given: values) }
      guard !hidden.isEmpty else { return effects }
      for question in hidden {
        answers[question.id] = nil
        effects.append(.remove(question.id))
      }
    }
  }

  /// Goes back a page: to the previous visible question, or to the review when editing from it;
  /// from the review, to the last question.
  public mutating func back() {
    notice = nil
    guard case .question(let id) = page else {
      if let last = visibleQuestions.last { show(last.id) }
      return
    }
    if editingFromReview {
      showReview(at: visibleQuestions.firstIndex { $0.id == id })
    } else if let previous = visibleQuestions.prefix(while: { $0.id != id }).last {
      show(previous.id)
    } else {
      notice = .firstQuestion
      field = survey.question(id).map { makeField(for: $0, answer: answers[id]) }
    }
  }

  private mutating func handleReview(_ key: Key) -> [FlowEffect] {
    let visible = visibleQuestions
    switch key {
    case .up, .character("k"): reviewCursor = max(0, reviewCursor - 1)
    case .down, .character("j"): reviewCursor = min(visible.count, reviewCursor + 1)
    case .home: reviewCursor = 0
    case .end: reviewCursor = visible.count
    case .enter, .tab, .character(" "):
      if reviewCursor < visible.count {
        edit(reviewCursor)
        return []
      }
      return submit()
    case _ where key.isBack: back()
    default: break
    }
    return []
  }

  /// Shows the visible question at `index` (0-based) to change its answer, then the review.
  public mutating func edit(_ index: Int) {
    let visible = visibleQuestions
    guard visible.indices.contains(index) else { return }
    show(visible[index].id, fromReview: true)
  }

  /// Submits the response, unless a visible required question has no answer (then a notice
  /// says which).
  public mutating func submit() -> [FlowEffect] {
    let missing = missingRequired
    guard missing.isEmpty else {
      notice = .missingRequired(missing)
      return []
    }
    return [.submit]
  }

  /// The 1-based places of the visible required questions that have no answer.
  public var missingRequired: [Int] {
    visibleQuestions.enumerated().filter { $0.element.required && answers[$0.element.id] == nil }
      .map { $0.offset + 1 }
  }

  private mutating func show(_ id: String, fromReview: Bool = false) {
    editingFromReview = fromReview
    page = .question(id)
    field = survey.question(id).map { makeField(for: $0, answer: answers[id]) }
  }

  private mutating func showReview(at index: Int?) {
    editingFromReview = false
    page = .review
    field = nil
    reviewCursor = index ?? visibleQuestions.count
  }
}
