import AgoraImport
import AgoraModel
import Foundation
import Testing

@Suite struct DisqusReaderTests {
  @Test func readsPostsThreadsAndModeration() throws {
    let export = try Fixture.read("disqus/thread.xml")
    #expect(export.format == .disqus)
    #expect(export.counts.read == 5)
    #expect(export.counts.duplicate == 1)
    #expect(export.counts.repliesToUnknown == 1)
    #expect(export.counts.moderated == ["deleted": 1, "spam": 1])
    #expect(export.comments.map(\.externalID) == ["101", "103", "102", "104"])
    #expect(export.comments.map(\.parentExternalID) == [nil, "101", nil, "555"])
    #expect(export.comments.map(\.moderation) == [.deleted, .published, .published, .spam])
  }

  @Test func gathersCDATASplitAcrossCallbacksAndDecodesEntitiesOnce() throws {
    let comments = try Fixture.read("disqus/thread.xml").comments
    #expect(comments[0].text == "Commentaire supprimé")
    #expect(
      comments[2].text
        == "Les benchmarks &lt;b&gt; \"maison\" ne prouvent rien.\nVoir LMArena 🤖\n\n"
        + "Deuxième paragraphe.")
    #expect(comments[3].text == "Gagnez 500€ par jour")
  }

  @Test func keepsBlockquotesInRawTextOnly() throws {
    let reply = try Fixture.read("disqus/thread.xml").comments[1]
    #expect(reply.text == "Je demande à voir.")
    #expect(reply.rawText.contains("<blockquote>Grok 3 surpasse tout</blockquote>"))
    #expect(reply.author == "Léa")
    #expect(epoch(reply.createdAt) == 1_739_376_000)
  }

  @Test func neverReadsEmailsOrAddresses() throws {
    for comment in try Fixture.read("disqus/thread.xml").comments {
      let fields = [comment.author ?? "", comment.rawText, comment.text]
      #expect(!fields.contains { $0.contains("@example.fr") || $0.contains("92.94") })
    }
  }

  @Test func truncatedExportNamesTheLine() throws {
    let error = try #require(try Fixture.readError("disqus/truncated.xml"))
    guard case .malformed(let file, let line, _, let expected, let hint) = error else {
      Issue.record("unexpected \(error)")
      return
    }
    #expect(file == "disqus/truncated.xml")
    #expect(line >= 17)
    #expect(expected.hasPrefix("invalid XML"))
    #expect(hint.contains("Disqus export looks truncated"))
  }
}

@Suite struct WordPressReaderTests {
  @Test func readsCommentsPreferringGMTDates() throws {
    let export = try Fixture.read("wordpress/export.xml")
    #expect(export.format == .wordpress)
    #expect(export.comments.map(\.externalID) == ["21", "22", "23", "24", "25"])
    #expect(
      export.comments.map { epoch($0.createdAt) } == [
        1_739_375_112, 1_739_379_820, 1_739_433_600, nil, nil,
      ])
    #expect(export.comments[0].text == "Musk promet, Musk surpasse…\nOn connaît la chanson.")
    #expect(export.comments[1].text == "Pas moi !")
    #expect(export.comments[1].parentExternalID == "21")
    #expect(
      export.comments.map(\.moderation) == [
        .published, .unapproved, .pingback, .spam, .deleted,
      ])
    #expect(
      export.counts.moderated == ["unapproved": 1, "pingback": 1, "spam": 1, "deleted": 1])
  }

  @Test func forcedXMLFormatOnJSONFailsWithLine() throws {
    let error = try #require(try Fixture.readError("json/array.json", format: .wordpress))
    guard case .malformed(_, let line, _, _, _) = error else {
      Issue.record("unexpected \(error)")
      return
    }
    #expect(line == 1)
  }
}

@Suite struct DamagedXMLTests {
  private func read(_ xml: String, format: ImportFormat = .disqus) throws -> ImportError? {
    do {
      _ = try ExportReader().read(Data(xml.utf8), format: format, options: ReadOptions(file: "x"))
      return nil
    } catch {
      return error
    }
  }

  @Test func undeclaredPrefixIsAnErrorNotACrash() throws {
    let error = try #require(try read("<disqus>\n<post dsq:id=\"1\"><message>a</message></post>"))
    #expect(
      error.description
        == "x:2: invalid XML (namespace prefix `dsq` is not declared) — the Disqus export looks "
        + "truncated or damaged; export it again, or pass --format if it is not XML")
  }

  @Test func invalidUTF8InNamesIsAnErrorNotACrash() throws {
    var bytes = Array(
      "<disqus xmlns:dsq=\"u\"><post dsq:id=\"1\"><message>a</message></post></disqus>".utf8)
    bytes[30] = 0xEB
    do {
      _ = try ExportReader().read(Data(bytes), format: .disqus, options: ReadOptions(file: "x"))
    } catch {
      #expect(error.description.hasPrefix("x:"))
    }
  }
}
