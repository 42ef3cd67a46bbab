import AgoraImport
import AgoraModel
import Testing

/// Rebuilding the reply tree of an export, whatever its order and however damaged.
struct ThreadBuilderTests {
  private func comment(
    _ id: String?, parent: String? = nil, text: String = "t",
    moderation: Moderation = .published
  ) -> ImportedComment {
    ImportedComment(
      externalID: id, parentExternalID: parent, rawText: text, text: text, moderation: moderation)
  }

  @Test func repliesFollowTheirParentsWhateverTheFileOrder() {
    let thread = ThreadBuilder().thread([
      comment("3", parent: "1"), comment("2"), comment("4", parent: "3"), comment("1"),
      comment("5", parent: "1"),
    ])
    #expect(thread.comments.map(\.externalID) == ["2", "1", "3", "4", "5"])
    #expect(thread.depths == [0, 0, 1, 2, 1])
    #expect(thread.repliesToUnknown == 0)
  }

  @Test func aReplyToAMissingParentIsKeptAtTheTopAndCounted() {
    let thread = ThreadBuilder().thread([comment("7", parent: "404"), comment("8", parent: "7")])
    #expect(thread.comments.map(\.externalID) == ["7", "8"])
    #expect(thread.comments[0].parentExternalID == "404")
    #expect(thread.depths == [0, 1])
    #expect(thread.repliesToUnknown == 1)
  }

  @Test func aDeletedParentKeepsItsLiveReplies() {
    let thread = ThreadBuilder().thread([
      comment("r", parent: "p"), comment("p", moderation: .deleted),
    ])
    #expect(thread.comments.map(\.externalID) == ["p", "r"])
    #expect(thread.comments.map(\.moderation) == [.deleted, .published])
    #expect(thread.depths == [0, 1])
  }

  @Test func theFirstOfEachIDWinsAndRepeatsAreCounted() {
    let thread = ThreadBuilder().thread([
      comment("1", text: "premier"), comment("1", text: "second"), comment("2"),
    ])
    #expect(thread.comments.map(\.text) == ["premier", "t"])
    #expect(thread.duplicates == 1)
  }

  @Test func commentsWithoutAnIDGetOneFromTheirContent() {
    let first = ThreadBuilder().thread([comment(nil, text: "sans id"), comment(nil, text: "autre")])
    let again = ThreadBuilder().thread([comment(nil, text: "autre"), comment(nil, text: "sans id")])
    let ids = first.comments.compactMap(\.externalID)
    #expect(ids.count == 2 && ids.allSatisfy { $0.hasPrefix("h:") && $0.count == 22 })
    #expect(Set(ids) == Set(again.comments.compactMap(\.externalID)))
    // The same content twice is the same comment.
    let twice = ThreadBuilder().thread([comment(nil, text: "copie"), comment(nil, text: "copie")])
    #expect(twice.comments.count == 1)
    #expect(twice.duplicates == 1)
  }

  @Test func aDeepThreadIsRebuiltWithoutRecursion() {
    let depth = 20_000
    let chain = (0..<depth).reversed().map { level in
      comment("\(level)", parent: level == 0 ? nil : "\(level - 1)")
    }
    let thread = ThreadBuilder().thread(chain)
    #expect(thread.comments.first?.externalID == "0")
    #expect(thread.depths.last == depth - 1)
  }

  @Test func cyclesAndSelfRepliesStillPlaceEveryComment() {
    let thread = ThreadBuilder().thread([
      comment("a", parent: "b"), comment("b", parent: "a"), comment("c", parent: "c"),
    ])
    #expect(Set(thread.comments.compactMap(\.externalID)) == ["a", "b", "c"])
    #expect(thread.comments.first { $0.externalID == "c" }?.parentExternalID == nil)
  }
}
