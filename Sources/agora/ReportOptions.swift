import AgoraModel
import AgoraReport
import AgoraStore
import ArgumentParser
import Foundation

/// The output formats of a summary.
enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
  case terminal, md, html, csv, json
}

/// Options that choose what a summary counts and how it is written.
struct ReportOptions: ParsableArguments {
  @Option(help: "Cross-tabulate by the answer to this question.")
  var by: String?

  @Option(name: .customLong("source"), help: "Only this source (repeatable): terminal, disqus…")
  var sources: [String] = []

  @Option(help: "Only what was written on or after this day (YYYY-MM-DD).")
  var since: String?

  @Option(
    name: .customLong("text-lang"),
    help: "Only free text detected in this language (repeatable): fr, en or other.")
  var textLanguages: [String] = []

  @Option(
    help: "terminal, md, html, csv or json (default: terminal, or from --output's extension).")
  var format: ReportFormat?

  @Option(help: "Write to this file instead of standard output.")
  var output: String?

  @Option(help: "The language of prompts and labels (default: the survey's first).")
  var lang: String?

  @Flag(help: "Count every copy of near-duplicate comments (default: each group once).")
  var allDuplicates = false

  func check() throws {
    if let since, since.count != 10 || StoredDay.parse(since) == nil {
      throw ValidationError("--since takes a day as YYYY-MM-DD, e.g. 2025-02-14")
    }
    for language in textLanguages where !["fr", "en", "other"].contains(language) {
      throw ValidationError("--text-lang takes fr, en or other, not \(language)")
    }
  }

  var filter: FactFilter {
    var filter = FactFilter(
      sources: sources, since: since, collapseDuplicates: !allDuplicates, by: by)
    filter.languages = textLanguages
    return filter
  }

  /// The summary of a stored survey under these options.
  func summary(of stored: StoredSurvey, in store: Store, at date: Date) throws -> Summary {
    if let by, stored.survey.question(by)?.options.isEmpty ?? true {
      throw ModelError.unknownQuestion(by, survey: stored.survey, kind: nil)
    }
    if let lang, !stored.survey.languages.contains(lang) {
      throw ModelError.unknownLanguage(lang, survey: stored.survey)
    }
    let facts = try store.facts(surveyID: stored.survey.id, filter: filter)
    return SummaryBuilder(
      survey: stored.survey, revision: stored.revision, language: lang, filters: filter
    ).build(facts, at: date)
  }

  /// The format asked for, else guessed from `--output`'s extension, else the terminal.
  var resolvedFormat: ReportFormat {
    if let format { return format }
    switch output.map({ URL(fileURLWithPath: $0).pathExtension.lowercased() }) {
    case "md", "markdown": return .md
    case "html", "htm": return .html
    case "csv": return .csv
    case "json": return .json
    default: return .terminal
    }
  }

  /// Renders `summary` to `--output` or standard output.
  func write(_ summary: Summary) throws {
    var text = ""
    render(summary, as: resolvedFormat, to: &text)
    if let output {
      do {
        try text.write(toFile: output, atomically: true, encoding: .utf8)
      } catch {
        throw ModelError.unreadable(
          file: output, reason: "cannot write: \(error.localizedDescription)")
      }
    } else {
      var out = StandardOutput()
      out.write(text)
    }
  }

  /// The renderer of a format; the terminal one is as wide as the terminal and coloured
  /// unless NO_COLOR is set or the output is not a terminal.
  func renderer(for format: ReportFormat) -> any SummaryRendering {
    switch format {
    case .terminal:
      let toTerminal = output == nil && isatty(1) == 1
      let noColor = ProcessInfo.processInfo.environment["NO_COLOR"].map { !$0.isEmpty } ?? false
      return TerminalRenderer(width: TerminalSize.columns() ?? 80, color: toTerminal && !noColor)
    case .md: return MarkdownRenderer()
    case .html: return HTMLRenderer()
    case .csv: return CSVRenderer()
    case .json: return JSONRenderer()
    }
  }

  func render(_ summary: Summary, as format: ReportFormat, to out: inout String) {
    renderer(for: format).render(summary, to: &out)
  }
}

/// Days as `YYYY-MM-DD`.
enum StoredDay {
  static func parse(_ text: String) -> Date? {
    try? Date(text, strategy: .iso8601.year().month().day())
  }
}
