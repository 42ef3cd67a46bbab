import AgoraModel
import AgoraReport

/// The lines a widget draws below its question, and the cursor inside them if any.
struct FieldView {
  var lines: [FrameLine] = []
  var cursor: (row: Int, column: Int)?

  /// Draws `field` in `width` columns and at most `height` lines.
  init(_ field: any AnswerField, language: String, width: Int, height: Int) {
    let label = { (choice: Choice) in choice.label.text(in: language) }
    switch field {
    case let field as SingleChoiceField:
      for (index, option) in field.question.options.enumerated() {
        let here = index == field.cursor
        let text = "\(here ? "❯" : " ") \(index + 1). \(label(option))"
        lines.append(FrameLine(truncate(text, width: width), here ? .selected : .normal))
        if here, option.asksForText {
          addOther(field.otherText, saved: field.savedOtherText, width)
        }
      }
    case let field as MultiChoiceField:
      for (index, option) in field.question.options.enumerated() {
        let here = index == field.cursor
        let box = field.picked.contains(option.id) ? "[x]" : "[ ]"
        let text = "\(here ? "❯" : " ") \(box) \(index + 1). \(label(option))"
        lines.append(FrameLine(truncate(text, width: width), here ? .selected : .normal))
        if option.asksForText, field.picked.contains(option.id) || field.otherText != nil {
          addOther(field.otherText, saved: field.savedOtherText, width)
        }
      }
    case let field as YesNoField:
      let pieces = Choice.yesNo.flatMap { option -> [(text: String, style: TextStyle)] in
        let here = field.selection == option.id
        return [
          ("  ", .normal),
          (here ? "❯ \(label(option)) " : "  \(label(option)) ", here ? .selected : .normal),
        ]
      }
      lines.append(FrameLine(pieces: pieces))
    case let field as ScaleField:
      drawScale(field, language: language, width: width)
    case let field as NumberField:
      var hint = ""
      if case .number(let min, let max) = field.question.kind {
        hint = [
          min.map { "≥ \(AnswerValue.format($0))" }, max.map { "≤ \(AnswerValue.format($0))" },
        ]
        .compactMap { $0 }.joined(separator: ", ")
      }
      lines.append(FrameLine(pieces: [("> ", .accent), (field.buffer.text, .normal)]))
      cursor = (0, 2 + TerminalWidth.of(String(field.buffer.lines[0].prefix(field.buffer.column))))
      if !hint.isEmpty { lines.append(FrameLine(hint, .dim)) }
    case let field as TextField:
      drawText(field, width: width, height: height)
    default: break
    }
  }

  private mutating func addOther(_ editor: TextBuffer?, saved: String, _ width: Int) {
    let prefix = "      ✎ "
    if let editor {
      let column =
        TerminalWidth.of(prefix) + TerminalWidth.of(String(editor.lines[0].prefix(editor.column)))
      lines.append(FrameLine(pieces: [(prefix, .accent), (editor.text, .normal)]))
      cursor = (lines.count - 1, min(column, width - 1))
    } else if !saved.isEmpty {
      lines.append(FrameLine(truncate(prefix + saved, width: width), .dim))
    }
  }

  private mutating func drawScale(_ field: ScaleField, language: String, width: Int) {
    guard case .scale(_, _, let minLabel, let maxLabel) = field.question.kind else { return }
    var pieces: [(text: String, style: TextStyle)] = []
    if let minLabel { pieces.append((minLabel.text(in: language) + "  ", .dim)) }
    for point in field.range {
      let here = point == field.value
      pieces.append((here ? "[\(point)]" : " \(point) ", here ? .selected : .normal))
      pieces.append((" ", .normal))
    }
    if let maxLabel { pieces.append((" " + maxLabel.text(in: language), .dim)) }
    lines.append(FrameLine(pieces: pieces))
  }

  private mutating func drawText(_ field: TextField, width: Int, height: Int) {
    let (rows, cursorRow, cursorColumn) = field.buffer.wrapped(width: width - 2)
    let visible = max(1, height - 1)
    let first = max(0, min(cursorRow - visible + 1, rows.count - visible))
    for row in rows.dropFirst(first).prefix(visible) {
      lines.append(FrameLine(pieces: [("│ ", .accent), (row.text, .normal)]))
    }
    cursor = (cursorRow - first, cursorColumn + 2)
    let more = rows.count > visible ? "  ↕ \(rows.count) lines" : ""
    lines.append(FrameLine("\(field.buffer.count)/\(field.maxLength)\(more)", .dim))
  }
}
