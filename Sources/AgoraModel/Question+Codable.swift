/// Questions read and write as flat JSON objects, the way survey files spell them:
/// `{"id": "tried", "type": "yes_no", "prompt": {…}, "required": true, …}`.
extension Question {
  private enum Key: String, CodingKey {
    case id, type, prompt, help, required, when, about, options, min, max, labels
    case minPicks = "min_picks"
    case maxPicks = "max_picks"
    case maxLength = "max_length"
    case inferFrom = "infer_from"
  }

  private struct Labels: Codable {
    var min: LocalizedText?
    var max: LocalizedText?
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: Key.self)
    let type = try c.decode(String.self, forKey: .type)
    let kind: QuestionKind
    switch type {
    case "single": kind = .single(options: try c.decode([Choice].self, forKey: .options))
    case "multi":
      kind = .multi(
        options: try c.decode([Choice].self, forKey: .options),
        min: try c.decodeIfPresent(Int.self, forKey: .minPicks) ?? 0,
        max: try c.decodeIfPresent(Int.self, forKey: .maxPicks))
    case "yes_no": kind = .yesNo
    case "scale":
      let labels = try c.decodeIfPresent(Labels.self, forKey: .labels)
      kind = .scale(
        min: try c.decode(Int.self, forKey: .min), max: try c.decode(Int.self, forKey: .max),
        minLabel: labels?.min, maxLabel: labels?.max)
    case "number":
      kind = .number(
        min: try c.decodeIfPresent(Double.self, forKey: .min),
        max: try c.decodeIfPresent(Double.self, forKey: .max))
    default: kind = .text(maxLength: try c.decodeIfPresent(Int.self, forKey: .maxLength) ?? 2000)
    }
    self.init(
      id: try c.decode(String.self, forKey: .id), kind: kind,
      prompt: try c.decode(LocalizedText.self, forKey: .prompt),
      help: try c.decodeIfPresent(LocalizedText.self, forKey: .help),
      required: try c.decodeIfPresent(Bool.self, forKey: .required) ?? false,
      when: try c.decodeIfPresent(Condition.self, forKey: .when),
      about: try c.decodeIfPresent([String: [String]].self, forKey: .about) ?? [:],
      inferFrom: try c.decodeIfPresent(String.self, forKey: .inferFrom))
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: Key.self)
    try c.encode(id, forKey: .id)
    try c.encode(kind.name, forKey: .type)
    try c.encode(prompt, forKey: .prompt)
    try c.encodeIfPresent(help, forKey: .help)
    try c.encode(required, forKey: .required)
    try c.encodeIfPresent(when, forKey: .when)
    if !about.isEmpty { try c.encode(about, forKey: .about) }
    try c.encodeIfPresent(inferFrom, forKey: .inferFrom)
    switch kind {
    case .single(let options): try c.encode(options, forKey: .options)
    case .multi(let options, let min, let max):
      try c.encode(options, forKey: .options)
      try c.encode(min, forKey: .minPicks)
      try c.encodeIfPresent(max, forKey: .maxPicks)
    case .yesNo: break
    case .scale(let min, let max, let minLabel, let maxLabel):
      try c.encode(min, forKey: .min)
      try c.encode(max, forKey: .max)
      if minLabel != nil || maxLabel != nil {
        try c.encode(Labels(min: minLabel, max: maxLabel), forKey: .labels)
      }
    case .number(let min, let max):
      try c.encodeIfPresent(min, forKey: .min)
      try c.encodeIfPresent(max, forKey: .max)
    case .text(let maxLength): try c.encode(maxLength, forKey: .maxLength)
    }
  }
}

/// Conditions read and write as `{"question": "tried", "equals": "yes"}` (or `in`, `not`,
/// `answered`), as in survey files.
extension Condition {
  private enum Key: String, CodingKey {
    case question, equals, `in`, not, answered
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: Key.self)
    let question = try c.decode(String.self, forKey: .question)
    if let value = try c.decodeIfPresent(String.self, forKey: .equals) {
      self.init(question: question, test: .equals(value))
    } else if let values = try c.decodeIfPresent([String].self, forKey: .in) {
      self.init(question: question, test: .isIn(values))
    } else if let value = try c.decodeIfPresent(String.self, forKey: .not) {
      self.init(question: question, test: .not(value))
    } else {
      self.init(question: question, test: .answered)
    }
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: Key.self)
    try c.encode(question, forKey: .question)
    switch test {
    case .equals(let value): try c.encode(value, forKey: .equals)
    case .isIn(let values): try c.encode(values, forKey: .in)
    case .not(let value): try c.encode(value, forKey: .not)
    case .answered: try c.encode(true, forKey: .answered)
    }
  }
}

/// Options read and write as `{"id": …, "label": …, "other": true}`.
extension Choice {
  private enum Key: String, CodingKey {
    case id, label, match
    case asksForText = "other"
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: Key.self)
    self.init(
      id: try c.decode(String.self, forKey: .id),
      label: try c.decode(LocalizedText.self, forKey: .label),
      asksForText: try c.decodeIfPresent(Bool.self, forKey: .asksForText) ?? false,
      match: try c.decodeIfPresent([String: [String]].self, forKey: .match) ?? [:])
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: Key.self)
    try c.encode(id, forKey: .id)
    try c.encode(label, forKey: .label)
    if asksForText { try c.encode(true, forKey: .asksForText) }
    if !match.isEmpty { try c.encode(match, forKey: .match) }
  }
}
