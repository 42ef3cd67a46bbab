import Yams

extension SurveyReader {
  static let questionKeys = [
    "id", "type", "prompt", "help", "required", "when", "about", "options", "min", "max",
    "labels", "min_picks", "max_picks", "max_length", "infer_from",
  ]
  static let kindNames = ["single", "multi", "yes_no", "scale", "number", "text"]

  mutating func question(_ node: Node) -> Question? {
    guard let fields = mapping(node, allowed: Self.questionKeys, in: "a question") else {
      return nil
    }
    let id = slug(fields["id"], what: "question id", parent: node)
    if let id, !seenQuestionIDs.insert(id).inserted, let idNode = fields["id"] {
      problem(at: idNode, "duplicate question id `\(id)`; ids must be unique in a survey")
    }
    let prompt = localized(fields["prompt"], what: "prompt", parent: node)
    let help = fields["help"].flatMap { localized($0, what: "help", parent: node) }
    let required = bool(fields["required"], what: "required") ?? false
    let kind = self.kind(fields, node: node)
    let when = fields["when"].flatMap { condition($0, questionID: id) }
    let about = fields["about"].flatMap { self.keywords($0, what: "about") } ?? [:]
    let inferFrom = fields["infer_from"].flatMap { self.inferFrom($0) }
    guard let id, let prompt, let kind else { return nil }
    if inferFrom != nil { inferFromNodes[id] = fields["infer_from"] }
    let question = Question(
      id: id, kind: kind, prompt: prompt, help: help, required: required, when: when, about: about,
      inferFrom: inferFrom)
    if earlier[id] == nil { earlier[id] = question }
    return question
  }

  private mutating func kind(_ fields: [String: Node], node: Node) -> QuestionKind? {
    guard let typeNode = fields["type"] else {
      if suggestedKeys.contains("type") { return nil }
      problem(at: node, "missing `type`; use one of \(Self.kindNames.joined(separator: ", "))")
      return nil
    }
    guard let type = string(typeNode, what: "type") else { return nil }
    let allowedExtras: [String: Set<String>] = [
      "single": ["options", "infer_from"],
      "multi": ["options", "min_picks", "max_picks", "infer_from"],
      "yes_no": [],
      "scale": ["min", "max", "labels"], "number": ["min", "max"], "text": ["max_length", "about"],
    ]
    guard let extras = allowedExtras[type] else {
      let guess = Spelling.closest(to: type, in: Self.kindNames).map { " — did you mean `\($0)`?" }
      problem(
        at: typeNode,
        "unknown question type `\(type)`\(guess ?? "; use one of \(Self.kindNames.joined(separator: ", "))")"
      )
      return nil
    }
    let specific: Set<String> = [
      "options", "min_picks", "max_picks", "min", "max", "labels", "max_length", "about",
    ]
    for key in specific.subtracting(extras).sorted() {
      if let misplaced = fields[key] {
        problem(at: misplaced, "`\(key)` does not apply to a \(type) question; remove it")
      }
    }
    switch type {
    case "single":
      return options(fields["options"], node: node).map { .single(options: $0) }
    case "multi":
      guard let options = options(fields["options"], node: node) else { return nil }
      let minPicks = int(fields["min_picks"], what: "min_picks") ?? 0
      let maxPicks = int(fields["max_picks"], what: "max_picks")
      if let maxPicks, maxPicks < max(minPicks, 1), let at = fields["max_picks"] {
        problem(at: at, "max_picks (\(maxPicks)) must be at least min_picks (\(max(minPicks, 1)))")
      }
      if minPicks > options.count, let at = fields["min_picks"] {
        problem(at: at, "min_picks (\(minPicks)) is more than the \(options.count) options")
      }
      return .multi(options: options, min: minPicks, max: maxPicks)
    case "yes_no":
      return .yesNo
    case "scale":
      let low = int(fields["min"], what: "min") ?? 1
      let high = int(fields["max"], what: "max") ?? 5
      if low >= high {
        problem(
          at: fields["max"] ?? fields["min"] ?? node,
          "scale min (\(low)) must be less than max (\(high))")
      }
      let labels = fields["labels"].flatMap { mapping($0, allowed: ["min", "max"], in: "labels") }
      return .scale(
        min: low, max: high,
        minLabel: labels?["min"].flatMap { localized($0, what: "labels.min", parent: node) },
        maxLabel: labels?["max"].flatMap { localized($0, what: "labels.max", parent: node) })
    case "number":
      let low = double(fields["min"], what: "min")
      let high = double(fields["max"], what: "max")
      if let low, let high, low > high, let at = fields["max"] {
        problem(at: at, "number min (\(low)) must not be more than max (\(high))")
      }
      return .number(min: low, max: high)
    default:
      let length = int(fields["max_length"], what: "max_length") ?? 2000
      if length < 1, let at = fields["max_length"] {
        problem(at: at, "max_length must be at least 1")
      }
      return .text(maxLength: length)
    }
  }

  private mutating func options(_ node: Node?, node parent: Node) -> [Choice]? {
    guard let node else {
      problem(at: parent, "a choice question needs `options`; add a list of `- id: …  label: …`")
      return nil
    }
    guard let items = sequence(node, what: "options") else { return nil }
    if items.count < 2 { problem(at: node, "a choice question needs at least two options") }
    var seen: Set<String> = []
    var options: [Choice] = []
    for item in items {
      let keys = ["id", "label", "other", "match"]
      guard let fields = mapping(item, allowed: keys, in: "an option") else {
        continue
      }
      let id = slug(fields["id"], what: "option id", parent: item)
      let label = localized(fields["label"], what: "label", parent: item)
      let other = bool(fields["other"], what: "other") ?? false
      let match = fields["match"].flatMap { keywords($0, what: "match") } ?? [:]
      guard let id, let label else { continue }
      if !seen.insert(id).inserted, let at = fields["id"] {
        problem(at: at, "duplicate option id `\(id)` in this question")
      }
      options.append(Choice(id: id, label: label, asksForText: other, match: match))
    }
    return options
  }

  private mutating func condition(_ node: Node, questionID: String?) -> Condition? {
    let keys = ["question", "equals", "in", "not", "answered"]
    guard let fields = mapping(node, allowed: keys, in: "`when`") else { return nil }
    guard let targetNode = fields["question"], let target = string(targetNode, what: "question")
    else {
      problem(at: node, "`when` needs `question: ID` naming an earlier question")
      return nil
    }
    if target == questionID {
      problem(at: targetNode, "a question cannot depend on itself")
      return nil
    }
    guard let earlierQuestion = earlier[target] else {
      let why =
        allQuestionIDs.contains(target)
        ? "comes later; a condition can only look at earlier questions"
        : "is not a question of this survey"
      problem(at: targetNode, "`when` refers to `\(target)`, which \(why)")
      return nil
    }
    let tests = ["equals", "in", "not", "answered"].filter { fields[$0] != nil }
    guard tests.count == 1, let testNode = fields[tests[0]] else {
      problem(at: node, "`when` needs exactly one of `equals`, `in`, `not`, `answered`")
      return nil
    }
    let test: Condition.Test
    switch tests[0] {
    case "equals": test = .equals(string(testNode, what: "equals") ?? "")
    case "not": test = .not(string(testNode, what: "not") ?? "")
    case "in": test = .isIn(stringList(testNode, what: "in") ?? [])
    default: test = .answered
    }
    let valid = Set(earlierQuestion.options.map(\.id))
    if !valid.isEmpty {
      let named: [String] =
        switch test {
        case .equals(let v), .not(let v): [v]
        case .isIn(let vs): vs
        case .answered: []
        }
      for value in named where !valid.contains(value) {
        problem(
          at: testNode,
          "`\(value)` is not an option of `\(target)` (\(valid.sorted().joined(separator: ", ")))")
      }
    }
    return Condition(question: target, test: test)
  }

  private mutating func inferFrom(_ node: Node) -> String? {
    guard let target = string(node, what: "infer_from") else { return nil }
    guard allQuestionIDs.contains(target) else {
      problem(at: node, "`infer_from` names `\(target)`, which is not a question of this survey")
      return nil
    }
    return target
  }

  /// `{fr: [mot, …], en: [word, …]}` with declared languages only.
  private mutating func keywords(_ node: Node, what: String) -> [String: [String]]? {
    guard let mapping = node.mapping else {
      problem(at: node, "`\(what)` should map languages to keyword lists, e.g. `fr: [fiable]`")
      return nil
    }
    var about: [String: [String]] = [:]
    for (key, value) in mapping {
      guard let code = key.string else { continue }
      if !languages.contains(code) {
        problem(at: key, "language `\(code)` is not declared in `languages`")
      }
      about[code] = stringList(value, what: "\(what).\(code)")
    }
    return about
  }
}
