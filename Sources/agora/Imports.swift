import AgoraReport
import AgoraStore
import ArgumentParser
import Foundation

extension Agora {
  /// `agora imports SURVEY [--json]`: the import batches of a survey.
  struct Imports: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "List a survey's imports: file, format, hash, counts and when.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The survey id, e.g. grok-3.")
    var survey: String

    @Flag(help: "Print JSON instead of a table.")
    var json = false

    func run() throws {
      let batches = try global.openStore().importBatches(surveyID: survey)
      if json { return try JSONOutput.write(batches) }
      var out = StandardOutput()
      if batches.isEmpty {
        print(
          "No imports for `\(survey)` yet. Import with `agora import FILE --survey \(survey)`.",
          to: &out)
        return
      }
      let table = TextTable(headers: [
        "id", "file", "format", "sha256", "read", "new", "dup", "moderated", "skipped", "partial",
        "when",
      ])
      let rows = batches.map { batch in
        [
          "\(batch.id)", batch.fileName, batch.format, String(batch.sha256.prefix(12)),
          "\(batch.counts.read)", "\(batch.counts.new)", "\(batch.counts.duplicate)",
          "\(batch.counts.moderated.values.reduce(0, +))", "\(batch.counts.skipped)",
          batch.partial ? "yes" : "", batch.importedAt.formatted(.iso8601),
        ]
      }
      print(table.render(rows), terminator: "", to: &out)
    }
  }
}
