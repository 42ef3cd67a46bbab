import AgoraImport
import AgoraModel
import AgoraReport
import AgoraStore
import ArgumentParser
import Foundation

extension Agora {
  /// `agora import FILE… --survey ID`: reads exports of reader comments and stores them, one
  /// transaction per file.
  struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Import reader comments from exports (CSV, JSON, Disqus, WordPress, Reddit…).",
      discussion: """
        The format is detected from each file's content unless --format is given. Importing the \
        same comments again adds nothing. Each file is one transaction: a malformed file adds \
        nothing unless --skip-bad-rows is given.
        """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: "Export files to import.")
    var files: [String]

    @Option(help: "The survey the comments answer, e.g. grok-3.")
    var survey: String

    @Option(help: "Read every file as this format: \(Self.formats).")
    var format: String?

    @Option(help: "Send every comment to this free-text question instead of routing.")
    var question: String?

    @Option(
      name: .customLong("map"),
      help: ArgumentHelp(
        "Name the column or field of a part: text, id, parent, author, date, status.",
        valueName: "key=column"))
    var mappings: [String] = []

    @Flag(help: "Read, count and route, but write nothing.")
    var dryRun = false

    @Flag(help: "Import the good rows of a damaged file and list the skipped ones.")
    var skipBadRows = false

    @Flag(help: "Store authors' names instead of salted pseudonyms.")
    var keepAuthors = false

    @Flag(
      help: """
        Route moderated comments (deleted, spam, unapproved, pingbacks…) too, so that analysis         counts them; they stay marked as moderated.
        """)
    var includeModerated = false

    @Flag(help: "Print nothing but errors.")
    var quiet = false

    private static var formats: String {
      ImportFormat.allCases.map(\.rawValue).joined(separator: ", ")
    }

    func validate() throws {
      if let format, ImportFormat(rawValue: format) == nil {
        throw ValidationError("unknown --format `\(format)`; use one of \(Self.formats)")
      }
      do {
        _ = try FieldMapping(arguments: mappings)
      } catch {
        throw ValidationError(error.description)
      }
    }

    func run() throws {
      let mapping = try FieldMapping(arguments: mappings)
      let store = try global.openStore()
      let stored = try SurveyLookup.find(survey, in: store)
      _ = try CommentRouter(survey: stored.survey, forcedQuestion: question)
      var out = StandardOutput()
      var stderr = StandardError()
      let bar = ProgressBar()
      var failed = 0
      for file in files {
        do {
          let (summary, tally) = try importFile(
            file, mapping: mapping, definition: stored.survey, store: store, bar: bar)
          bar.finish()
          if !quiet { summary.write(to: &out) }
          if dryRun { out.write(Self.routingTable(tally)) }
        } catch {
          bar.finish()
          print("error: \(error)", to: &stderr)
          failed += 1
        }
      }
      if failed > 0 { throw ExitCode(1) }
    }

    /// Mean routing confidence per question: the comments routed and their summed confidence.
    private typealias RoutingTally = [String: (count: Int, confidence: Double)]

    /// A batch of a file's comments on its way to being stored: routed, and made into rows when
    /// the reading thread had the time.
    private enum StoreBatch: Sendable {
      case comments([RoutedComment])
      case rows(CommentRows)
    }

    /// Imports one file, showing on `bar` how much of it is read.
    private func importFile(
      _ file: String, mapping: FieldMapping, definition: Survey, store: Store, bar: ProgressBar
    ) throws -> (ImportSummary, RoutingTally) {
      let options = ReadOptions(file: file, mapping: mapping, skipBadRows: skipBadRows)
      let forced = format.flatMap(ImportFormat.init(rawValue:))
      let name = URL(fileURLWithPath: file).lastPathComponent
      bar.update(0, "importing \(name)")
      // A file that cannot be opened is reported by the whole-file read below.
      if let chosen = try? StreamingExportReader().streamableFormat(of: file, forced: forced) {
        let progress = Self.progress(of: file, named: name, on: bar)
        // A CSV file that is neither UTF-8 nor UTF-16 is read again, as Latin-1.
        for latin1 in chosen == .csv ? [false, true] : [false] {
          if let streamed = try streamFile(
            file, as: chosen, options: options, latin1: latin1, definition: definition,
            store: store, progress: progress)
          {
            return streamed
          }
        }
      }
      let data: Data
      do {
        data = try Data(contentsOf: URL(fileURLWithPath: file), options: .mappedIfSafe)
      } catch {
        throw ImportError.unreadable(file: file, reason: error.localizedDescription)
      }
      let export = try ExportReader().read(data, format: forced, options: options)
      bar.update(1, "storing \(export.comments.count) comments of \(name)")
      let routed = try route(export.comments, definition: definition)
      let batch = NewImportBatch(
        surveyID: definition.id, fileName: file, sha256: ContentHash.sha256(data),
        format: export.format.rawValue, platform: export.format.platform, importedAt: Date(),
        counts: export.counts,
        partial: !export.skipped.isEmpty || export.counts.notInFile > 0,
        parentsOutsideFile: Self.parentsOutside(export.comments))
      let counts = try store.importBatch(
        batch, comments: routed, authors: keepAuthors ? .kept : .pseudonymised, dryRun: dryRun)
      let summary = ImportSummary(
        file: file, format: export.format, counts: counts, skipped: export.skipped,
        dryRun: dryRun, moderatedAnalysed: includeModerated)
      var tally = RoutingTally()
      if dryRun { Self.add(routed, to: &tally) }
      return (summary, tally)
    }

    /// Reads a CSV, JSON Lines, JSON array, Disqus or WordPress file in chunks (a CSV file as
    /// Latin-1 when `latin1` is set) and stores it batch by batch in one transaction; `nil`, with
    /// nothing stored, when it must be read otherwise after all. Reading and routing run on a
    /// thread of their own while the batches before are stored.
    private func streamFile(
      _ file: String, as chosen: ImportFormat, options: ReadOptions, latin1: Bool,
      definition: Survey, store: Store, progress: @escaping @Sendable (_ bytesRead: Int) -> Void
    ) throws -> (ImportSummary, RoutingTally)? {
      let batch = NewImportBatch(
        surveyID: definition.id, fileName: file, sha256: "", format: chosen.rawValue,
        platform: chosen.platform, importedAt: Date(), counts: ImportCounts(), partial: false)
      var outcome: StreamingExportReader.Outcome?
      var parentsOutsideFile: Set<String>?
      var tally = RoutingTally()
      let (forced, includeModerated, dryRun) = (question, includeModerated, dryRun)
      let stored = try store.importStream(
        batch, authors: keepAuthors ? .kept : .pseudonymised, dryRun: dryRun
      ) { sink in
        // Batches of a thousand comments, up to eight waiting: storing starts once the first
        // thousand are read, and ends soon after the last are. The reading thread reads and
        // routes; it also notes which parents the file does not hold, so that storing need not
        // read every reply back to find those that point nowhere. Making the rows as they are
        // stored (pseudonyms, dates) falls to whichever thread has time to spare: the reading
        // one while batches wait to be stored, else the storing one.
        let naming = sink.naming
        let storingMaker = CommentRowMaker(naming)
        (outcome, parentsOutsideFile) = try BatchPipeline.run(depth: 8) { send in
          // One router for the whole file, so that what it remembers serves every batch.
          let router = try CommentRouter(survey: definition, forcedQuestion: forced)
          let readingMaker = CommentRowMaker(naming)
          let reader = StreamingExportReader(batchSize: 1000, progress: progress)
          var parents = ParentsOutsideFile()
          let outcome = try reader.read(file, as: chosen, options: options, latin1: latin1) {
            parents.add($0)
            let routed = Self.route($0, router: router, includeModerated: includeModerated)
            try send(
              send.waiting >= 4 ? .rows(readingMaker.rows(routed[...])) : .comments(routed))
          }
          return (outcome, parents.parents)
        } consume: { (batch: StoreBatch) in
          let rows: CommentRows
          switch batch {
          case .rows(let made): rows = made
          case .comments(let routed): rows = storingMaker.rows(routed[...])
          }
          let firstCopies = try sink.insert(rows: rows)
          // As reading a file whole does, the routing table counts each id of the file once.
          if dryRun { Self.add(rows, firstCopies: firstCopies, to: &tally) }
        }
        guard let outcome else { return nil }
        var completed = batch
        completed.sha256 = outcome.sha256
        completed.counts = outcome.counts
        completed.partial = !outcome.skipped.isEmpty
        completed.parentsOutsideFile = parentsOutsideFile
        return completed
      }
      guard let stored, let outcome else { return nil }
      let summary = ImportSummary(
        file: file, format: outcome.format, counts: stored, skipped: outcome.skipped,
        dryRun: dryRun, moderatedAnalysed: includeModerated)
      return (summary, tally)
    }

    /// The parents that `comments` reply to and that none of them is, when they are few enough
    /// to remember.
    private static func parentsOutside(_ comments: [ImportedComment]) -> Set<String>? {
      var parents = ParentsOutsideFile()
      parents.add(comments)
      return parents.parents
    }

    /// Shows on `bar` the share of `file` read, from the bytes read so far.
    private static func progress(
      of file: String, named name: String, on bar: ProgressBar
    ) -> @Sendable (Int) -> Void {
      let size = (try? FileManager.default.attributesOfItem(atPath: file)[.size] as? Int) ?? 0
      return { bytesRead in
        bar.update(size > 0 ? Double(bytesRead) / Double(size) : 0, "importing \(name)")
      }
    }

    /// The comments with the questions they are routed to.
    private func route(
      _ comments: [ImportedComment], definition: Survey
    ) throws -> [RoutedComment] {
      let routes = try CommentRouter.routes(
        for: comments, survey: definition, forcedQuestion: question,
        includingModerated: includeModerated)
      return zip(comments, routes).map { comment, route in
        RoutedComment(
          comment: comment, questionID: route?.questionID, confidence: route?.confidence ?? 0,
          analysable: comment.isAnalysable(includingModerated: includeModerated))
      }
    }

    /// The comments with their routes: published ones, and moderated ones when included, that
    /// have text of their own.
    private static func route(
      _ comments: [ImportedComment], router: CommentRouter, includeModerated: Bool
    ) -> [RoutedComment] {
      comments.map { comment in
        let analysable = comment.isAnalysable(includingModerated: includeModerated)
        let route = analysable ? router.route(comment.text) : nil
        return RoutedComment(
          comment: comment, questionID: route?.questionID, confidence: route?.confidence ?? 0,
          analysable: analysable)
      }
    }

    private static func add(
      _ rows: CommentRows, firstCopies: [Bool], to groups: inout RoutingTally
    ) {
      for row in 0..<rows.count where firstCopies[row] {
        guard let (question, confidence) = rows.route(ofRow: row) else { continue }
        groups[question, default: (0, 0)].count += 1
        groups[question, default: (0, 0)].confidence += confidence
      }
    }

    private static func add(_ routed: [RoutedComment], to groups: inout RoutingTally) {
      for comment in routed {
        guard let question = comment.questionID else { continue }
        groups[question, default: (0, 0)].count += 1
        groups[question, default: (0, 0)].confidence += comment.confidence
      }
    }

    /// Comments per question with their mean routing confidence, questions by name.
    private static func routingTable(_ groups: RoutingTally) -> String {
      guard !groups.isEmpty else { return "" }
      let rows = groups.sorted { $0.key < $1.key }.map { question, group in
        [
          question, "\(group.count)",
          String(format: "%.2f", group.confidence / Double(group.count)),
        ]
      }
      return TextTable(headers: ["question", "comments", "mean confidence"]).render(rows)
    }
  }
}
