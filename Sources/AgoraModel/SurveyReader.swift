import Yams

/// Walks a composed YAML tree into a `Survey`, collecting a problem for everything it cannot use.
struct SurveyReader {
  let file: String
  var problems: [SurveyProblem] = []
  /// The declared languages, once read; translations are checked against them.
  var languages: [String] = []
  /// Every question id in the file, for telling a later question from an unknown one.
  var allQuestionIDs: Set<String> = []
  /// The questions read so far, by id.
  var earlier: [String: Question] = [:]
  /// The ids of the questions met so far, valid or not, for spotting duplicates.
  var seenQuestionIDs: Set<String> = []
  /// Where each question's `infer_from` was written, for checking it once every question is read.
  var inferFromNodes: [String: Node] = [:]
  /// Known keys suggested for misspelt ones in the last mapping read, so that they are not also
  /// reported missing.
  var suggestedKeys: Set<String> = []

  init(file: String) {
    self.file = file
  }

  // MARK: - Survey

  mutating func survey(_ node: Node) -> Survey? {
    let keys = ["id", "title", "description", "source", "languages", "questions"]
    guard let fields = mapping(node, allowed: keys, in: "the survey") else { return nil }
    let misspelt = suggestedKeys
    if let node = fields["languages"] {
      languages = stringList(node, what: "languages") ?? []
      if languages.isEmpty {
        problem(at: node, "`languages` needs at least one code, e.g. [fr, en]")
      }
    } else if !misspelt.contains("languages") {
      problem(at: node, "missing `languages`; add e.g. `languages: [fr, en]`")
    }
    let id = slug(fields["id"], what: "survey id", parent: node)
    let title = localized(fields["title"], what: "title", parent: node)
    let source = fields["source"].flatMap { self.source($0) }
    var questions: [Question] = []
    if let list = fields["questions"] {
      if let items = sequence(list, what: "questions") {
        allQuestionIDs = Set(items.compactMap { $0.mapping?["id"]?.string })
        questions = items.compactMap { question($0) }
        checkInferenceSources(questions)
        if items.isEmpty { problem(at: list, "`questions` is empty; add at least one question") }
      }
    } else if !misspelt.contains("questions") {
      problem(at: node, "missing `questions`; add a list of questions")
    }
    guard let id, let title else { return nil }
    return Survey(id: id, title: title, source: source, languages: languages, questions: questions)
  }

  mutating func source(_ node: Node) -> SurveySource? {
    guard let fields = mapping(node, allowed: ["title", "url", "date"], in: "source") else {
      return nil
    }
    guard let title = fields["title"].flatMap({ string($0, what: "source title") }) else {
      problem(at: node, "missing `title` in `source`; give the article's title")
      return nil
    }
    return SurveySource(
      title: title, url: fields["url"].flatMap { string($0, what: "url") },
      date: fields["date"].flatMap { string($0, what: "date") })
  }

  /// `infer_from` must name a free-text question.
  mutating func checkInferenceSources(_ questions: [Question]) {
    for question in questions {
      guard let target = question.inferFrom, let node = inferFromNodes[question.id] else {
        continue
      }
      if let source = questions.first(where: { $0.id == target }), !source.isText {
        problem(at: node, "`infer_from` names `\(target)`, which is not a text question")
      }
    }
  }

  // MARK: - Nodes

  /// The mapping's values by key; unknown keys are reported with the closest known one.
  mutating func mapping(_ node: Node, allowed: [String], in context: String) -> [String: Node]? {
    guard let mapping = node.mapping else {
      problem(at: node, "\(context) should be a mapping of `key: value` lines")
      return nil
    }
    var fields: [String: Node] = [:]
    suggestedKeys = []
    for (key, value) in mapping {
      guard let name = key.string else { continue }
      if allowed.contains(name) {
        fields[name] = value
      } else if let guess = Spelling.closest(to: name, in: allowed) {
        suggestedKeys.insert(guess)
        problem(at: key, "unknown key `\(name)` — did you mean `\(guess)`?")
      } else {
        problem(
          at: key,
          "unknown key `\(name)` in \(context); known keys: \(allowed.joined(separator: ", "))")
      }
    }
    return fields
  }

  mutating func sequence(_ node: Node, what: String) -> [Node]? {
    guard let items = node.sequence else {
      problem(at: node, "`\(what)` should be a list (`- item` lines or `[a, b]`)")
      return nil
    }
    return Array(items)
  }

  mutating func string(_ node: Node, what: String) -> String? {
    guard let scalar = node.scalar else {
      problem(at: node, "`\(what)` should be a single value, not a list or mapping")
      return nil
    }
    return scalar.string
  }

  mutating func stringList(_ node: Node, what: String) -> [String]? {
    sequence(node, what: what)?.compactMap { string($0, what: what) }
  }

  mutating func int(_ node: Node?, what: String) -> Int? {
    guard let node else { return nil }
    guard let text = string(node, what: what), let value = Int(text) else {
      problem(at: node, "`\(what)` should be a whole number")
      return nil
    }
    return value
  }

  mutating func double(_ node: Node?, what: String) -> Double? {
    guard let node else { return nil }
    guard let text = string(node, what: what), let value = Double(text), value.isFinite else {
      problem(at: node, "`\(what)` should be a number")
      return nil
    }
    return value
  }

  mutating func bool(_ node: Node?, what: String) -> Bool? {
    guard let node else { return nil }
    switch string(node, what: what)?.lowercased() {
    case "true", "yes", "on": return true
    case "false", "no", "off": return false
    default:
      problem(at: node, "`\(what)` should be true or false")
      return nil
    }
  }

  /// A slug: lower-case letters, digits and `-`/`_`, starting with a letter or digit.
  mutating func slug(_ node: Node?, what: String, parent: Node) -> String? {
    guard let node else {
      if suggestedKeys.contains("id") { return nil }
      problem(
        at: parent,
        "missing `id` (the \(what)); add e.g. `id: my-\(what.split(separator: " ").first ?? "id")`")
      return nil
    }
    guard let text = string(node, what: what) else { return nil }
    let allowed = Set("abcdefghijklmnopqrstuvwxyz0123456789-_")
    guard let first = text.first, first != "-", first != "_", text.allSatisfy(allowed.contains)
    else {
      problem(
        at: node, "\(what) `\(text)` should use only a-z, 0-9, - and _ (e.g. `synthetic-data`)")
      return nil
    }
    return text
  }

  /// A plain string (same in all languages) or `{fr: …, en: …}` with every declared language.
  mutating func localized(_ node: Node?, what: String, parent: Node) -> LocalizedText? {
    guard let node else {
      if suggestedKeys.contains(what) { return nil }
      problem(at: parent, "missing `\(what)`")
      return nil
    }
    if let scalar = node.scalar { return LocalizedText(plain: scalar.string) }
    guard let mapping = node.mapping else {
      problem(at: node, "`\(what)` should be text or a mapping such as `{fr: …, en: …}`")
      return nil
    }
    var values: [String: String] = [:]
    for (key, value) in mapping {
      guard let code = key.string else { continue }
      if !languages.isEmpty, !languages.contains(code) {
        problem(
          at: key,
          "language `\(code)` is not declared in `languages` (\(languages.joined(separator: ", ")))"
        )
      }
      if let text = string(value, what: "\(what).\(code)") { values[code] = text }
    }
    for code in languages where values[code] == nil {
      problem(at: node, "`\(what)` has no `\(code)` translation; add `\(code): …`")
    }
    return LocalizedText(values)
  }

  mutating func problem(at node: Node, _ message: String) {
    let mark = node.mark
    problems.append(
      SurveyProblem(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1, message: message))
  }
}
