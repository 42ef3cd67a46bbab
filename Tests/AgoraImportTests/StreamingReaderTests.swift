import AgoraImport
import AgoraModel
import Foundation
import Testing

@Suite struct StreamingReaderTests {
  /// Comments as compared between the two reads: the thread's order is not kept in batches.
  private struct Seen: Hashable {
    var id: String?
    var parent: String?
    var author: String?
    var text: String
    var line: Int?
    var moderation: String
  }

  private func seen(_ comments: [ImportedComment]) -> Set<Seen> {
    Set(
      comments.map {
        Seen(
          id: $0.externalID, parent: $0.parentExternalID, author: $0.author, text: $0.rawText,
          line: $0.line, moderation: $0.moderation.rawValue)
      })
  }

  private func firstOfEachID(_ comments: [ImportedComment]) -> [ImportedComment] {
    var ids: Set<String?> = []
    return comments.filter { ids.insert($0.externalID).inserted }
  }

  private func moderated(_ comments: [ImportedComment]) -> [String: Int] {
    var counts: [String: Int] = [:]
    for comment in comments where comment.moderation != .published {
      counts[comment.moderation.rawValue, default: 0] += 1
    }
    return counts
  }

  /// Reads `data` whole and in chunks, and expects the same comments, counts and errors;
  /// returns whether it was read in chunks at all (a file that must be read whole is not).
  @discardableResult
  private func expectSameReads(
    _ data: Data, format: ImportFormat? = nil, skipBadRows: Bool = false
  ) throws -> Bool {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("agora-stream-\(UUID().uuidString)")
    try data.write(to: url)
    defer { try? FileManager.default.removeItem(at: url) }
    let options = ReadOptions(file: url.path, skipBadRows: skipBadRows)
    let reader = StreamingExportReader(batchSize: 7)
    guard let chosen = try reader.streamableFormat(of: url.path, forced: format) else {
      return false
    }
    var streamed: [ImportedComment] = []
    var outcome: StreamingExportReader.Outcome?
    do {
      // As `agora import` does, a CSV file that is neither UTF-8 nor UTF-16 is read again as
      // Latin-1, and what the first reading handed over is dropped.
      for latin1 in chosen == .csv ? [false, true] : [false] where outcome == nil {
        streamed = []
        outcome = try reader.read(url.path, as: chosen, options: options, latin1: latin1) {
          streamed += $0
        }
      }
    } catch {
      do {
        _ = try ExportReader().read(data, format: format, options: options)
        Issue.record("only the read in chunks failed: \(error)")
      } catch let wholeError {
        #expect("\(wholeError)" == "\(error)")
      }
      return true
    }
    guard let outcome else { return false }
    let whole = try ExportReader().read(data, format: format, options: options)
    // Reading in chunks hands repeats over too (the store keeps the first of each id).
    let firsts = firstOfEachID(streamed)
    #expect(outcome.format == whole.format)
    #expect(seen(firsts) == seen(whole.comments))
    #expect(outcome.counts.read == whole.counts.read)
    #expect(streamed.count - firsts.count == whole.counts.duplicate)
    #expect(outcome.counts.moderated == moderated(streamed))
    #expect(moderated(firsts) == whole.counts.moderated)
    #expect(outcome.skipped == whole.skipped)
    #expect(outcome.sha256 == ContentHash.sha256(data))
    return true
  }

  @Test func csvFixturesReadTheSameInChunks() throws {
    for name in ["bad-row", "bom", "custom", "semicolon", "unclosed"] {
      let data = try Fixture.data("csv/\(name).csv")
      try expectSameReads(data)
      try expectSameReads(data, skipBadRows: true)
    }
    #expect(try expectSameReads(try Fixture.data("csv/latin1.tsv")))
    #expect(try expectSameReads(try Fixture.data("csv/utf16.csv")))
  }

  /// `text` in UTF-16, with or without a byte-order mark.
  private func utf16(_ text: String, bigEndian: Bool, bom: Bool) -> Data {
    var bytes: [UInt8] = bom ? (bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]) : []
    for unit in text.utf16 {
      let (high, low) = (UInt8(unit >> 8), UInt8(unit & 0xFF))
      bytes += bigEndian ? [high, low] : [low, high]
    }
    return Data(bytes)
  }

  @Test func utf16AndLatin1ReadTheSameInChunks() throws {
    var text = "id;parent;author;message\r\n"
    for row in 0..<3000 {
      let parent = row % 7 == 0 ? "" : "\(row / 2)"
      text += "\(row % 700);\(parent);a\(row % 13);\"ligne \(row) é😀 \"\"q\"\"\r\nsuite\"\n"
    }
    for bigEndian in [false, true] {
      for bom in [false, true] {
        #expect(try expectSameReads(utf16(text, bigEndian: bigEndian, bom: bom)))
      }
    }
    let latin1 = text.replacingOccurrences(of: "😀", with: "ÿ\u{85}")
    #expect(try expectSameReads(Data(latin1.unicodeScalars.map { UInt8($0.value) })))
    // UTF-16 with a surrogate out of its pair, late in the file (after an odd number of bytes,
    // so that it is cut between chunks too) is read as Latin-1, as when read whole...
    var broken = utf16(text, bigEndian: false, bom: true)
    broken.insert(contentsOf: [0x00, 0xD8, 0x41, 0x00], at: broken.count - 2)
    #expect(try expectSameReads(broken))
    // ...or at its very start...
    var first = utf16(text, bigEndian: false, bom: true)
    first.insert(contentsOf: [0x00, 0xDC], at: 4)
    #expect(try expectSameReads(first))
    // ...even when a row before it is an error in UTF-16.
    var early = utf16("id,message\n1,a,b\n" + text, bigEndian: false, bom: false)
    early.append(contentsOf: [0x00, 0xDC])
    #expect(try expectSameReads(early))
    #expect(try expectSameReads(early, skipBadRows: true))
  }

  @Test func quotedFieldsAndLineEndsAcrossChunkBoundaries() throws {
    var text = "sep=;\r\nid;parent;author;message\r\n"
    let ends = ["\n", "\r\n", "\r"]
    for row in 0..<4000 {
      let long = String(repeating: "é\"\"x; ", count: row % 97 == 0 ? 12_000 : row % 13)
      let body = "\"line one \(row)\(ends[row % 3])line two \(long)\""
      let parent = row > 0 && row % 5 == 0 ? "\(row / 2)" : ""
      text += "\(row % 600);\(parent);a\(row % 17);\(body)\(ends[(row / 3) % 3])"
      if row % 250 == 0 { text += "\n\n" }
    }
    try expectSameReads(Data(text.utf8))
    try expectSameReads(Data(text.utf8), format: .csv)
    try expectSameReads(Data((text + "1;;x;\"never closed\n").utf8))
  }

  @Test func jsonLinesReadTheSameInChunks() throws {
    var text = ""
    for row in 0..<3000 {
      let long = String(repeating: "ü", count: row % 111 == 0 ? 40_000 : row % 7)
      text += #"{"id": "\#(row % 900)", "text": "t\#(row) \#(long)", "author": "a"}"#
      text += row % 400 == 0 ? "\r\n\n   \n" : "\n"
    }
    try expectSameReads(Data(text.utf8))
    let broken = text + "{\"id\": 5, \"text\": \n" + #"{"id": "z", "text": "end"}"#
    try expectSameReads(Data(broken.utf8), format: .jsonl)
    try expectSameReads(Data(broken.utf8), format: .jsonl, skipBadRows: true)
  }

  /// A JSON array of records whose strings hold brackets, commas, quotes and backslashes.
  private func jsonArray(items: Int) -> String {
    var parts: [String] = []
    for row in 0..<items {
      let long = String(repeating: "ß], {\\\"", count: row % 97 == 0 ? 9_000 : row % 5)
      var item = #"{"id": "\#(row % 800)", "text": "t\#(row) [a, b] \#(long)", "#
      item += #""meta": {"tags": ["x", {"y": "}"}]}, "author": "a\\"}"#
      parts.append(row % 3 == 0 ? "\n  " + item : item)
    }
    return " \n[" + parts.joined(separator: ",") + "\n]\n"
  }

  @Test func jsonArraysReadTheSameInChunks() throws {
    let data = Data(jsonArray(items: 2500).utf8)
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("agora-stream-\(UUID().uuidString)")
    try data.write(to: url)
    defer { try? FileManager.default.removeItem(at: url) }
    #expect(try StreamingExportReader().streamableFormat(of: url.path, forced: nil) == .json)
    try expectSameReads(data)
    try expectSameReads(data, format: .json)
    try expectSameReads(Data("[]".utf8), format: .json)
  }

  @Test func otherJSONShapesAreReadWhole() throws {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("agora-stream-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: url) }
    let reader = StreamingExportReader()
    for name in ["reddit/thread.json", "hackernews/firebase.json", "youtube/threads.json"] {
      try Fixture.data(name).write(to: url)
      #expect(try reader.streamableFormat(of: url.path, forced: nil) == nil, "\(name)")
    }
    try Data(#"{"comments": [{"text": "un"}]}"#.utf8).write(to: url)
    #expect(try reader.streamableFormat(of: url.path, forced: .json) == nil)
  }

  /// A Disqus export of `posts` posts over many chunks: replies before their parents, CDATA,
  /// entities, quotes holding `>`, deleted and spam posts, and a repeated id.
  private func disqusExport(posts: Int) -> String {
    var xml = """
      <?xml version="1.0" encoding="utf-8"?>
      <disqus xmlns="http://disqus.com" xmlns:dsq="http://disqus.com/disqus-internals">
        <thread dsq:id="1"><id>a</id><title>Grok 3 &amp; "moi" > toi</title></thread>

      """
    for post in 0..<posts {
      let id = post == posts - 1 ? "5" : "\(post)"
      let long = String(repeating: "é ", count: post % 101 == 0 ? 20_000 : post % 9)
      let message =
        post % 2 == 0
        ? "<![CDATA[<p>Grok \(post) a > b</p>\(long)]]>" : "&lt;b&gt;Grok&lt;/b&gt; \(post) \(long)"
      xml += """
          <post dsq:id="\(id)">
            <message>\(message)</message>
            <createdAt>2025-02-12T15:\(10 + post % 50):00Z</createdAt>
            <isDeleted>\(post % 17 == 0)</isDeleted><isSpam>\(post % 23 == 0)</isSpam>
            <author><email>x@y.z</email><name>a\(post % 40)</name></author>
            <!-- note > ici -->
            <thread dsq:id="1"/>\(post > 0 ? "<parent dsq:id=\"\((post * 7 + 3) % posts)\"/>" : "")
          </post>

        """
    }
    return xml + "</disqus>\n"
  }

  @Test func xmlExportsReadTheSameInChunks() throws {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("agora-stream-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: url) }
    for (name, format) in [
      ("disqus/thread.xml", ImportFormat.disqus), ("wordpress/export.xml", .wordpress),
    ] {
      try Fixture.data(name).write(to: url)
      #expect(try StreamingExportReader().streamableFormat(of: url.path, forced: nil) == format)
    }
    #expect(try expectSameReads(try Fixture.data("disqus/thread.xml")))
    // Cut inside a character, the fixture is not UTF-8: it is read whole, to repair its bytes.
    #expect(try !expectSameReads(try Fixture.data("disqus/truncated.xml")))
    #expect(try expectSameReads(try Fixture.data("wordpress/export.xml")))
    #expect(try expectSameReads(try Fixture.data("wordpress/export.xml"), format: .wordpress))
    let export = disqusExport(posts: 600)
    #expect(try expectSameReads(Data(export.utf8)))
    #expect(try expectSameReads(Data(export.utf8), format: .disqus))
    // Cut inside a post (between characters, so that it stays UTF-8): the same error either way.
    #expect(try expectSameReads(Data(String(export.prefix(export.count * 2 / 3)).utf8)))
  }

  @Test func xmlThatIsNotUTF8IsReadWholeAndAStoppedReadStops() throws {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("agora-stream-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: url) }
    var bytes = Array(disqusExport(posts: 200).utf8)
    bytes[bytes.count / 2] = 0xFF
    try Data(bytes).write(to: url)
    let reader = StreamingExportReader(batchSize: 10)
    let options = ReadOptions(file: url.path)
    #expect(try reader.streamableFormat(of: url.path, forced: nil) == .disqus)
    var batches = 0
    #expect(try reader.read(url.path, as: .disqus, options: options) { _ in batches += 1 } == nil)
    #expect(batches == 0)
    // A consumer that gives up stops the parse, and its error comes out as it was thrown.
    try Data(disqusExport(posts: 200).utf8).write(to: url)
    struct Stop: Error {}
    #expect(throws: Stop.self) {
      _ = try reader.read(url.path, as: .disqus, options: options) { _ in
        batches += 1
        throw Stop()
      }
    }
    #expect(batches == 1)
  }

  @Test func aBrokenItemNamesItsLineOrIsSkipped() throws {
    let text =
      "[\n" + #"{"id": "1", "text": "un"},"# + "\n" + #"{"id": "2", "text": },"#
      + "\n" + #"{"id": "3", "text": "trois"}"# + "\n]"
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("agora-stream-\(UUID().uuidString)")
    try Data(text.utf8).write(to: url)
    defer { try? FileManager.default.removeItem(at: url) }
    let reader = StreamingExportReader()
    #expect {
      _ = try reader.read(url.path, as: .json, options: ReadOptions(file: "c.json")) { _ in }
    } throws: { error in
      guard case .malformed(let file, let line, _, _, _) = error as? ImportError else {
        return false
      }
      return file == "c.json" && line == 3
    }
    var comments: [ImportedComment] = []
    let outcome = try reader.read(
      url.path, as: .json, options: ReadOptions(file: "c.json", skipBadRows: true)
    ) { comments += $0 }
    #expect(comments.map(\.text) == ["un", "trois"])
    #expect(outcome?.skipped == [SkippedRow(line: 2, reason: "invalid JSON")])
    try Data("[{\"text\": \"un\"},\n".utf8).write(to: url)
    #expect(throws: ImportError.self) {
      _ = try reader.read(url.path, as: .json, options: ReadOptions(file: "c.json")) { _ in }
    }
  }
}
