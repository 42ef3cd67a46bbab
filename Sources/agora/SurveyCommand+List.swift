import AgoraReport
import AgoraStore
import ArgumentParser

extension Agora.SurveyCommand {
  /// `agora survey list [--json]`: the stored surveys with their counts.
  struct List: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "List the surveys in the database with their counts.")

    @OptionGroup var global: GlobalOptions

    @Flag(help: "Print JSON instead of a table.")
    var json = false

    private struct Row: Encodable {
      var id: String
      var title: String
      var revision: Int
      var completeResponses: Int
      var inProgressResponses: Int
      var comments: Int

      enum CodingKeys: String, CodingKey {
        case id, title, revision, comments
        case completeResponses = "complete_responses"
        case inProgressResponses = "in_progress_responses"
      }
    }

    func run() throws {
      let surveys = try global.openStore().surveys()
      let rows = surveys.map {
        Row(
          id: $0.survey.id, title: $0.survey.title.text(in: $0.survey.defaultLanguage),
          revision: $0.revision, completeResponses: $0.completeResponses,
          inProgressResponses: $0.inProgressResponses, comments: $0.comments)
      }
      if json { return try JSONOutput.write(rows) }
      var out = StandardOutput()
      if rows.isEmpty {
        print("No surveys yet. Add one with `agora survey add surveys/`.", to: &out)
        return
      }
      let table = TextTable(headers: ["id", "rev", "responses", "in progress", "comments", "title"])
      print(
        table.render(
          rows.map {
            [
              $0.id, "\($0.revision)", "\($0.completeResponses)", "\($0.inProgressResponses)",
              "\($0.comments)", $0.title,
            ]
          }), terminator: "", to: &out)
    }
  }
}
