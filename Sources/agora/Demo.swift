import AgoraModel
import AgoraStore
import AgoraTerminal
import ArgumentParser
import Foundation

extension Agora {
  /// `agora demo`: the whole job on the shipped Grok 3 material, in a fresh database.
  struct Demo: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Load the Grok 3 survey, import the shipped exports, analyse, print the summary.",
      discussion: """
        Uses a database of its own (agora-demo.sqlite unless --db is given), made anew on every \
        run; it never deletes a database it did not make.
        """)

    @Option(help: ArgumentHelp("The demo database, made anew.", valueName: "path"))
    var db = "agora-demo.sqlite"

    @Option(help: "The survey to load from ./surveys/.")
    var survey = "grok-3"

    @Option(help: "The folder of comment exports to import.")
    var exports = "exports/grok-3"

    @Option(help: "Sample answers to load first, one JSON response per line (source `sample`).")
    var answers = "exports/grok-3-sample-answers.jsonl"

    @OptionGroup var report: ReportOptions

    func validate() throws {
      try report.check()
    }

    func run() throws {
      try freshDatabase()
      let store = try Store(path: db)
      try store.setSetting("made_by", to: "agora demo")
      let stored = try SurveyLookup.find(survey, in: store)
      var errors = StandardError()
      print("Survey `\(survey)` (revision \(stored.revision)) → \(db)", to: &errors)
      let sampled = try loadSampleAnswers(stored.survey, into: store)
      let files = try exportFiles()
      try Import.parse(files + ["--survey", survey, "--db", db, "--quiet"]).run()
      let analysis = SurveyAnalysis(store: store, survey: stored.survey)
      let outcome = try analysis.run(progress: { _, _ in }, at: Date())
      print(
        "Loaded \(sampled) sample answers; imported \(files.count) exports; "
          + "analysed \(outcome.texts) texts; "
          + "\(outcome.inferred) positions inferred from comments.\n", to: &errors)
      let refreshed = try SurveyLookup.find(survey, in: store)
      try report.write(try report.summary(of: refreshed, in: store, at: Date()))
    }

    /// Removes the demo database of an earlier run; refuses to touch any other file.
    private func freshDatabase() throws {
      guard FileManager.default.fileExists(atPath: db) else { return }
      let madeByDemo = (try? Store(path: db).setting("made_by")) == "agora demo"
      guard madeByDemo else {
        throw StoreError.cannotOpen(
          path: db, reason: "it exists and was not made by `agora demo`; pass --db NEW.sqlite")
      }
      for suffix in ["", "-wal", "-shm"] {
        try? FileManager.default.removeItem(atPath: db + suffix)
      }
    }

    /// Saves each line of the sample answers file as one complete response.
    private func loadSampleAnswers(_ survey: Survey, into store: Store) throws -> Int {
      guard let text = try? String(contentsOfFile: answers, encoding: .utf8) else { return 0 }
      var count = 0
      for (index, line) in text.split(separator: "\n").enumerated() where !line.isEmpty {
        let file = try AnswerFile.read(
          Data(line.utf8), file: "\(answers):\(index + 1)", survey: survey)
        _ = try store.saveCompleteResponse(
          surveyID: survey.id, respondent: file.respondent ?? "sample-\(index + 1)",
          source: "sample", language: file.language ?? survey.defaultLanguage,
          answers: file.answers, at: file.submittedAt ?? Date())
        count += 1
      }
      return count
    }

    private func exportFiles() throws -> [String] {
      let names = (try? FileManager.default.contentsOfDirectory(atPath: exports)) ?? []
      let files = names.filter { !$0.hasPrefix(".") }.sorted().map { "\(exports)/\($0)" }
      if files.isEmpty {
        throw ModelError.unreadable(file: exports, reason: "no export files there")
      }
      return files
    }
  }
}
