/// One question of a survey.
public struct Question: Sendable, Hashable, Codable, Identifiable {
  /// A slug unique in the survey, e.g. `synthetic-data`.
  public var id: String
  /// What is asked, and how it is answered.
  public var kind: QuestionKind
  /// The question as put to the reader.
  public var prompt: LocalizedText
  /// An optional hint shown under the prompt.
  public var help: LocalizedText?
  /// Whether an answer is needed to go on.
  public var required: Bool
  /// The condition on earlier answers under which the question is asked; always when `nil`.
  public var when: Condition?
  /// Keywords per language that say what the question is about, used to route imported comments.
  public var about: [String: [String]]
  /// For a choice question: the free-text question whose texts positions are inferred from.
  public var inferFrom: String?

  /// Creates a question.
  public init(
    id: String, kind: QuestionKind, prompt: LocalizedText, help: LocalizedText? = nil,
    required: Bool = false, when: Condition? = nil, about: [String: [String]] = [:],
    inferFrom: String? = nil
  ) {
    self.id = id
    self.kind = kind
    self.prompt = prompt
    self.help = help
    self.required = required
    self.when = when
    self.about = about
    self.inferFrom = inferFrom
  }

  /// The options of a choice question (yes/no has two built-in ones); empty for other kinds.
  public var options: [Choice] {
    switch kind {
    case .single(let options), .multi(let options, _, _): options
    case .yesNo: Choice.yesNo
    default: []
    }
  }

  /// Whether the answer is free text.
  public var isText: Bool {
    if case .text = kind { true } else { false }
  }
}

/// The kinds of question and what each needs.
public enum QuestionKind: Sendable, Hashable {
  /// One option out of several.
  case single(options: [Choice])
  /// Several options; at least `min` and at most `max` picks.
  case multi(options: [Choice], min: Int, max: Int?)
  /// Yes or no (option ids `yes` and `no`).
  case yesNo
  /// A whole number from `min` to `max`, with labels for both ends.
  case scale(min: Int, max: Int, minLabel: LocalizedText?, maxLabel: LocalizedText?)
  /// A number, optionally bounded.
  case number(min: Double?, max: Double?)
  /// Free text of at most `maxLength` characters.
  case text(maxLength: Int)

  /// The name used in survey files (`single`, `multi`, `yes_no`, `scale`, `number`, `text`).
  public var name: String {
    switch self {
    case .single: "single"
    case .multi: "multi"
    case .yesNo: "yes_no"
    case .scale: "scale"
    case .number: "number"
    case .text: "text"
    }
  }
}

/// One option of a choice question.
public struct Choice: Sendable, Hashable, Codable, Identifiable {
  /// A slug unique in the question, stored with answers.
  public var id: String
  /// What the reader sees.
  public var label: LocalizedText
  /// Whether picking it asks for free text ("Autre, précisez").
  public var asksForText: Bool
  /// Phrases per language that take this position in free text ("pas fiable"), for inference.
  public var match: [String: [String]]

  /// Creates an option.
  public init(
    id: String, label: LocalizedText, asksForText: Bool = false, match: [String: [String]] = [:]
  ) {
    self.id = id
    self.label = label
    self.asksForText = asksForText
    self.match = match
  }

  /// The two options of a yes/no question.
  public static let yesNo = [
    Choice(id: "yes", label: LocalizedText(["fr": "Oui", "en": "Yes"])),
    Choice(id: "no", label: LocalizedText(["fr": "Non", "en": "No"])),
  ]
}
