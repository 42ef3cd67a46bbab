import AgoraModel

/// Several options: ↑/↓ or j/k move, Space (or a digit) toggles, Enter submits.
///
/// The question's maximum is enforced as options are picked; its minimum when Enter is
/// pressed. Picking an option that asks for text opens a one-line editor: Enter keeps the
/// text, Escape unpicks the option.
public struct MultiChoiceField: AnswerField {
  /// The question answered.
  public let question: Question
  /// The highlighted option.
  public private(set) var cursor = 0
  /// The ids of the picked options.
  public private(set) var picked: Set<String>
  /// The editor for the text of the option that asks for it, while it is open.
  public private(set) var otherText: TextBuffer?
  /// The text typed for the option that asks for it.
  public private(set) var savedOtherText: String
  /// Why the last key was not taken, or what to do next.
  public private(set) var notice: Notice?

  /// Creates the field with the picks answered before.
  public init(question: Question, answer: Answer?) {
    self.question = question
    if case .choices(let ids) = answer?.value { picked = Set(ids) } else { picked = [] }
    savedOtherText = answer?.otherText ?? ""
  }

  private var maximum: Int? {
    if case .multi(_, _, let max) = question.kind { max } else { nil }
  }

  /// The picks in the survey's order.
  public var pickedIDs: [String] { question.options.map(\.id).filter { picked.contains($0) } }

  /// Takes one key.
  public mutating func handle(_ key: Key) -> FieldOutcome {
    notice = nil
    let options = question.options
    if var editor = otherText {
      if key.isBack {
        otherText = nil
        if let option = options.first(where: \.asksForText) { picked.remove(option.id) }
        return .editing
      }
      if key == .enter || key == .tab {
        guard !editor.text.allSatisfy(\.isWhitespace) else {
          notice = .sayMore
          return .editing
        }
        savedOtherText = editor.text
        otherText = nil
        return .editing
      }
      if editor.apply(key, limit: ChoiceText.limit).reachedLimit {
        notice = .tooLong(ChoiceText.limit)
      }
      otherText = editor
      return .editing
    }
    switch key {
    case .up, .character("k"): cursor = (cursor + options.count - 1) % max(options.count, 1)
    case .down, .character("j"): cursor = (cursor + 1) % max(options.count, 1)
    case .home: cursor = 0
    case .end: cursor = max(options.count - 1, 0)
    case .character(" "): toggle(cursor)
    case .enter, .tab: return finish()
    case _ where key.isBack: return .back
    default:
      if let digit = key.digit, digit >= 1, digit <= options.count {
        cursor = digit - 1
        toggle(cursor)
      }
    }
    return .editing
  }

  private mutating func toggle(_ index: Int) {
    guard question.options.indices.contains(index) else { return }
    let option = question.options[index]
    if picked.contains(option.id) {
      picked.remove(option.id)
      return
    }
    if let maximum, picked.count >= maximum {
      notice = .pickAtMost(maximum)
      return
    }
    picked.insert(option.id)
    if option.asksForText { otherText = TextBuffer(savedOtherText, multiline: false) }
  }

  private mutating func finish() -> FieldOutcome {
    if picked.isEmpty {
      if question.required {
        notice = .pickWithSpace
        return .editing
      }
      return .submit(nil)
    }
    let asksForText = question.options.contains { $0.asksForText && picked.contains($0.id) }
    let answer = Answer(
      questionID: question.id, value: .choices(pickedIDs),
      otherText: asksForText ? savedOtherText : nil)
    let (outcome, notice) = question.submitting(answer)
    self.notice = notice
    return outcome
  }
}

// MARK: - Plain mode

extension MultiChoiceField: PlainField {
  /// How to answer on a line.
  static func plainHint(for question: Question, words: Strings) -> String {
    words.optionHint(question.options, multi: true)
  }

  /// Option numbers or ids separated by commas or spaces, e.g. `1,3`.
  static func read(_ line: String, for question: Question) -> PlainReading {
    var ids: [String] = []
    for token in line.split(whereSeparator: { $0 == "," || $0 == " " }) {
      guard let option = ChoiceText.option(String(token), in: question.options) else {
        return .problem(.unknownOption(String(token)))
      }
      if !ids.contains(option.id) { ids.append(option.id) }
    }
    let order = question.options.map(\.id)
    return .value(.choices(order.filter(ids.contains)))
  }
}
