import AgoraStore
import Testing

@testable import agora

/// Theme ids persist across analysis runs where the themes do.
struct ThemeIdentityTests {
  func theme(_ id: Int, _ members: [Int64]) -> StoredTheme {
    StoredTheme(
      questionID: "q", themeID: id, label: "t\(id)",
      members: members.map { ThemeRepresentative(kind: "comment", id: $0) }, mood: 0,
      representatives: [])
  }

  @Test func persistingThemesKeepTheirIdsAndNewOnesCountOn() {
    let previous = [theme(0, [1, 2, 3, 4]), theme(1, [5, 6, 7]), theme(4, [8, 9])]
    var found = [theme(0, [5, 6, 7, 10]), theme(1, [1, 2, 3, 4, 11]), theme(2, [12, 13])]
    ThemeIdentity.keep(previous, in: &found)
    #expect(found.map(\.themeID) == [1, 0, 5])
  }

  @Test func withoutAPreviousRunIdsStayAsFound() {
    var found = [theme(0, [1]), theme(1, [2])]
    ThemeIdentity.keep([], in: &found)
    #expect(found.map(\.themeID) == [0, 1])
  }
}
