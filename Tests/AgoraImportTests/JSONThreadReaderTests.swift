import AgoraImport
import AgoraModel
import Testing

@Suite struct RedditReaderTests {
  @Test func walksRepliesSkipsMoreStubsAndRecognisesModeration() throws {
    let export = try Fixture.read("reddit/thread.json")
    #expect(export.format == .reddit)
    #expect(export.comments.map(\.externalID) == ["m1", "c1", "c2", "c3"])
    #expect(export.comments.map(\.parentExternalID) == [nil, nil, "c1", "c2"])
    #expect(export.counts.nonComments == 3)
    #expect(export.counts.notInFile == 7, "the two `more` stubs stand for 2 and 5 comments")
    #expect(export.counts.read == 4)
    #expect(export.comments.map(\.moderation) == [.notice, .published, .deleted, .published])
    #expect(export.comments[2].author == nil)
    #expect(export.comments[2].text == "")
    #expect(export.comments[1].text == "Why buy OpenAI **now**? <3")
    #expect(export.comments[3].text == "Agreed &amp; more.")
    #expect(epoch(export.comments[3].createdAt) == 1_739_884_508)
  }
}

@Suite struct HackerNewsReaderTests {
  @Test func readsTheAlgoliaTree() throws {
    let export = try Fixture.read("hackernews/algolia.json")
    #expect(export.format == .hackernews)
    #expect(export.counts.nonComments == 1)
    #expect(export.comments.map(\.externalID) == ["502", "503", "501"])
    #expect(export.comments.map(\.parentExternalID) == [nil, "502", nil])
    #expect(export.comments.map(\.moderation) == [.deleted, .published, .published])
    #expect(export.comments[1].text == "My own point & more: Grok 2's reply.")
    #expect(export.comments[2].text == "Benchmarks self-reported.\n\nSecond link")
    #expect(epoch(export.comments[1].createdAt) == 1_739_854_331)
  }

  @Test func readsFirebaseItemsInAnyOrder() throws {
    let export = try Fixture.read("hackernews/firebase.json")
    #expect(export.format == .hackernews)
    #expect(export.comments.map(\.externalID) == ["601", "603", "602", "604", "605"])
    #expect(export.comments.map(\.moderation) == [.published, .published, .deleted, .spam, .other])
    #expect(export.comments[1].parentExternalID == "601")
    #expect(export.counts.repliesToUnknown == 0)
    #expect(export.counts.moderated == ["deleted": 1, "spam": 1, "other": 1])
  }
}

@Suite struct DiscourseReaderTests {
  @Test func readsPostsWithNumberGapsQuotesAndNotices() throws {
    let export = try Fixture.read("discourse/topic.json")
    #expect(export.format == .discourse)
    #expect(export.comments.map(\.externalID) == ["77/1", "77/5", "77/4", "77/2", "77/6"])
    #expect(
      export.comments.map(\.moderation) == [
        .published, .published, .published, .notice, .unapproved,
      ])
    let gone = export.comments[2]
    #expect(gone.parentExternalID == "77/3")
    #expect(gone.text == "Replying to a post that is gone.")
    #expect(gone.rawText.hasPrefix("[quote="))
    #expect(export.counts.repliesToUnknown == 1)
    #expect(epoch(gone.createdAt) == 1_739_876_400)
  }
}

@Suite struct YouTubeReaderTests {
  @Test func readsThreadsAndReplies() throws {
    let export = try Fixture.read("youtube/threads.json")
    #expect(export.format == .youtube)
    #expect(export.comments.map(\.externalID) == ["Ug1", "Ug1.r1", "Ug2"])
    #expect(export.comments.map(\.parentExternalID) == [nil, "Ug1", nil])
    #expect(export.comments.map(\.text) == ["Grok 3 & xAI\nwow", "Not convinced", "Free crypto"])
    #expect(export.comments.map(\.moderation) == [.published, .published, .spam])
    #expect(epoch(export.comments[1].createdAt) == 1_739_858_400)
  }
}

@Suite struct MastodonReaderTests {
  @Test func readsTheContextInThreadOrder() throws {
    let export = try Fixture.read("mastodon/context.json")
    #expect(export.format == .mastodon)
    #expect(export.comments.map(\.externalID) == ["110", "111", "112"])
    #expect(
      export.comments.map(\.author) == ["journal@mastodon.social", "alice@piaille.fr", "bob"])
    #expect(export.comments[1].text == "Les données synthétiques, bof.\n\nVraiment.")
    #expect(export.comments[2].text == "@alice d'accord")
  }
}
