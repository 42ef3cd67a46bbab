import AgoraImport
import Foundation
import Testing

@Suite struct DateParserTests {
  @Test(arguments: [
    ("2025-02-12T14:02:11Z", 1_739_368_931.0),
    ("2025-02-12T15:02:11+01:00", 1_739_368_931.0),
    ("2025-02-12T15:02:11+0100", 1_739_368_931.0),
    ("2025-02-12T09:02:11-05:00", 1_739_368_931.0),
    ("2025-02-12T14:02:11.250Z", 1_739_368_931.25),
    ("2025-02-12 14:02:11", 1_739_368_931.0),
    ("2025-02-12T14:02:11", 1_739_368_931.0),
    ("2025-02-12", 1_739_318_400.0),
    ("1739368931", 1_739_368_931.0),
    ("1739368931.5", 1_739_368_931.5),
    ("1739368931000", 1_739_368_931.0),
  ])
  func readsDateForms(text: String, epoch: Double) {
    #expect(DateParser.date(text)?.timeIntervalSince1970 == epoch)
  }

  @Test(arguments: ["", "  ", "yesterday", "2025-13-01", "2025-02-12T25:00:00Z", "12/02/2025"])
  func rejectsNonDates(text: String) {
    #expect(DateParser.date(text) == nil)
  }
}
