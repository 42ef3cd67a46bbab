import AgoraModel
import AgoraReport

extension AnswerFlow {
  /// The screen for the current page, `width`×`height`: header (title, progress, language),
  /// the question and its widget (or the review), a notice line and the footer of keys.
  public func frame(width: Int, height: Int) -> Frame {
    let width = max(width, 20)
    let height = max(height, 8)
    let words = Strings(language: language)
    let title = survey.title.text(in: language, fallbacks: survey.languages)
    let languageTag = "[\(language.uppercased())]"
    var lines: [FrameLine] = [
      FrameLine(pieces: [
        (truncate(title, width: width - languageTag.count - 1), .bold), (" ", .normal),
        (languageTag, .accent),
      ]),
      progressLine(width: width),
      FrameLine(String(repeating: "─", count: width), .dim),
    ]
    let bodyHeight = height - lines.count - 2
    var body: [FrameLine] = []
    var cursor: (row: Int, column: Int)?
    var footer = words.reviewKeys
    var notices = [notice].compactMap { $0 }
    if case .question(let id) = page, let field, let question = survey.question(id) {
      let required = question.required ? " *" : ""
      for line in wrap(question.prompt.text(in: language) + required, width: width) {
        body.append(FrameLine(line, .bold))
      }
      if let help = question.help {
        body += wrap(help.text(in: language), width: width).map { FrameLine($0, .dim) }
      }
      body.append(FrameLine(""))
      let view = FieldView(
        field, language: language, width: width, height: max(3, bodyHeight - body.count))
      cursor = view.cursor.map { (lines.count + body.count + $0.row, $0.column) }
      body += view.lines
      footer = words.keys(for: question.kind, editingOther: isEditingOther)
      if let fieldNotice = field.notice { notices.append(fieldNotice) }
    } else {
      body = reviewLines(width: width, height: bodyHeight, words: words)
    }
    lines += body.prefix(bodyHeight)
    lines += Array(repeating: FrameLine(""), count: max(0, bodyHeight - body.count))
    let message = notices.map(words.text).joined(separator: " ")
    lines.append(FrameLine(truncate(message, width: width), .error))
    lines.append(FrameLine(truncate(footer, width: width), .dim))
    if let position = cursor, position.row >= height - 2 { cursor = nil }
    return Frame(lines: lines, cursor: cursor)
  }

  private var isEditingOther: Bool {
    switch field {
    case let field as SingleChoiceField: field.otherText != nil
    case let field as MultiChoiceField: field.otherText != nil
    default: false
    }
  }

  private func progressLine(width: Int) -> FrameLine {
    let (current, total) = progress
    let counter = "\(current)/\(total) "
    let barWidth = max(4, min(40, width - counter.count - 2))
    let filled = total == 0 ? barWidth : barWidth * current / total
    return FrameLine(pieces: [
      (counter, .normal), (String(repeating: "█", count: filled), .accent),
      (String(repeating: "░", count: barWidth - filled), .dim),
    ])
  }

  private func reviewLines(width: Int, height: Int, words: Strings) -> [FrameLine] {
    var lines = [FrameLine(words.review, .bold), FrameLine("")]
    var items: [FrameLine] = []
    for (index, question) in visibleQuestions.enumerated() {
      let here = index == reviewCursor
      let shown = answers[question.id].map { describe($0, question) } ?? words.notAnswered
      let prompt = truncate(question.prompt.text(in: language), width: max(10, width / 2 - 6))
      let text = "\(here ? "❯" : " ") \(index + 1). \(prompt) → \(shown)"
      let missing = question.required && answers[question.id] == nil
      items.append(
        FrameLine(truncate(text, width: width), here ? .selected : (missing ? .error : .normal)))
    }
    let here = reviewCursor >= visibleQuestions.count
    items.append(FrameLine("\(here ? "❯" : " ") ✔ \(words.submit)", here ? .selected : .accent))
    let room = max(1, height - lines.count)
    let first = max(0, min(reviewCursor - room + 1, items.count - room))
    return lines + items.dropFirst(first).prefix(room)
  }

  /// An answer in words: option labels in the current language, text on one line.
  public func describe(_ answer: Answer, _ question: Question) -> String {
    let label = { (id: String) in
      question.options.first { $0.id == id }?.label.text(in: language) ?? id
    }
    var text: String
    switch answer.value {
    case .choice(let id): text = label(id)
    case .choices(let ids): text = ids.map(label).joined(separator: ", ")
    case .number(let value): text = AnswerValue.format(value)
    case .text(let value): text = value.split(whereSeparator: \.isNewline).joined(separator: " ⏎ ")
    }
    if let other = answer.otherText, !other.isEmpty { text += " (\(other))" }
    return text
  }
}
