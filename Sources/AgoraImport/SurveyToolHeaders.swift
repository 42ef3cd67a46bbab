/// The header rows that survey tools write under a CSV export's first one, which are not
/// answers: Qualtrics writes each question's text, then `{"ImportId":"QID1"}` cells;
/// SurveyMonkey writes `Response`, `Open-Ended Response` or an option's label under each
/// question, below `Respondent ID` and its other columns.
enum SurveyToolHeaders {
  /// How many of `following`, the rows after the header row `header` (up to two), are header
  /// rows too.
  static func count(header: [String], following: [[String]]) -> Int {
    if following.count > 1, isImportIDs(following[1]) { return 2 }
    if let first = following.first, isImportIDs(first) { return 1 }
    let normalised = Set(header.map { $0.trimmingCharacters(in: .whitespaces).lowercased() })
    if normalised.contains("respondent id"), let first = following.first,
      first.contains(where: { subHeaders.contains($0.lowercased()) })
    {
      return 1
    }
    return 0
  }

  /// SurveyMonkey's labels under a question with one answer.
  private static let subHeaders: Set<String> = ["response", "open-ended response"]

  /// Whether every filled cell of `row` (one at least) is a Qualtrics import id.
  private static func isImportIDs(_ row: [String]) -> Bool {
    let filled = row.filter { !$0.isEmpty }
    return !filled.isEmpty && filled.allSatisfy { $0.hasPrefix("{\"ImportId\"") }
  }
}
