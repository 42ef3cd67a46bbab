import AgoraModel
import Foundation
import Testing

@testable import AgoraImport

/// The byte-level reader of flat objects must read exactly what Foundation reads, or step aside.
@Suite struct JSONFlatObjectTests {
  private func flat(_ json: String) -> JSONDocument.FlatObject? {
    Array(json.utf8).withUnsafeBufferPointer { JSONDocument.FlatObject(utf8: $0) }
  }

  @Test func readsAFlatRecord() throws {
    let object = try #require(
      flat(#"{"id": 12, "b": "a\u00e9\ud83d\ude00\"\\\/\n", "c": true, "d": null, "e": -7}"#))
    #expect(object.keys == ["b", "c", "d", "e", "id"])
    #expect(object["id"]?.string == "12")
    #expect(object["b"]?.string == "aé😀\"\\/\n")
    #expect(object["c"]?.string == "true")
    #expect(object["d"].map { $0.string == nil } == true)
    #expect(object["e"]?.string == "-7")
    #expect(object["missing"] == nil)
  }

  @Test(arguments: [
    #"{"a": {"name": "x"}}"#, #"{"a": [1]}"#, #"{"a": 1.0}"#, #"{"a": 1e3}"#, #"{"a": -0}"#,
    #"{"a": 1234567890123456}"#, #"{"a": 012}"#, #"{"a": "\ud83d"}"#, #"{"a": "\ude00x"}"#,
    #"{"a": 1, "a": 2}"#, "\u{FEFF}{\"a\": 1}", #"{"a": 1,}"#, #"{"a": 1} x"#, #"[{"a": 1}]"#,
    #"{"a": tru}"#, "{\"a\": \"\t\"}", #"{"a": "\x"}"#, "12",
  ])
  func stepsAsideForAnythingElse(json: String) {
    #expect(flat(json) == nil)
  }

  @Test func stepsAsideForInvalidUTF8() {
    let bytes: [UInt8] = Array(#"{"a": ""#.utf8) + [0xC3, 0x28] + Array(#""}"#.utf8)
    #expect(bytes.withUnsafeBufferPointer { JSONDocument.FlatObject(utf8: $0) } == nil)
  }

  /// Random lines, valid or not: wherever the flat reader reads one, its keys and every value,
  /// as a string and as a date, are Foundation's.
  @Test func agreesWithFoundationOnRandomLines() throws {
    var generator = RandomJSON(seed: 7)
    var read = 0
    for _ in 0..<20_000 {
      let line = generator.line()
      let bytes = Array(line.utf8)
      guard let object = bytes.withUnsafeBufferPointer({ JSONDocument.FlatObject(utf8: $0) })
      else { continue }
      read += 1
      let parsed = try? JSONSerialization.jsonObject(with: Data(bytes), options: .fragmentsAllowed)
      let exact = try #require(parsed as? [String: Any], "\(line)")
      #expect(object.keys == exact.keys.sorted(), "\(line)")
      for key in object.keys {
        let value = try #require(object[key])
        #expect(value.string == JSONValue.string(exact[key]), "\(line)")
        #expect(value.date == JSONValue.date(exact[key]), "\(line)")
        let text: String? = if case .string(let string) = value { string } else { nil }
        #expect(text == exact[key] as? String, "\(line)")
      }
    }
    // Both paths are exercised.
    #expect(read > 2_000)
    #expect(read < 18_000)
  }

  /// Random records read as JSON Lines, through the flat reader where it can, make the same
  /// comments, skipped rows and errors as the same records read as one array by Foundation;
  /// and so do both read from a file in chunks.
  @Test(arguments: [1, 2, 3, 4, 5, 6, 7, 8])
  func linesReadAsTheArrayIs(seed: UInt64) throws {
    var generator = RandomJSON(seed: seed)
    var lines: [String] = []
    while lines.count < 500 {
      let line = generator.line()
      if !line.hasPrefix("\u{FEFF}"),
        (try? JSONSerialization.jsonObject(with: Data(line.utf8), options: .fragmentsAllowed))
          != nil
      {
        lines.append(line)
      }
    }
    let jsonl = Data(lines.joined(separator: "\n").utf8)
    let array = Data(("[" + lines.joined(separator: ",\n") + "]").utf8)
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("agora-flat-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let linesFile = directory.appendingPathComponent("c.jsonl")
    let arrayFile = directory.appendingPathComponent("c.json")
    try jsonl.write(to: linesFile)
    try array.write(to: arrayFile)
    let reader = JSONRecordsReader()
    for skip in [true, false] {
      let options = ReadOptions(file: "c", skipBadRows: skip)
      let expected = Outcome { try reader.read(json: array, options: options) }
      let outcomes = [
        Outcome { try reader.read(lines: jsonl, options: options) },
        Outcome(streaming: {
          try reader.stream(streamed(linesFile), options: options, batchSize: 7, flush: $0)
        }),
        Outcome(streaming: {
          try reader.streamArray(streamed(arrayFile), options: options, batchSize: 7, flush: $0)
        }),
      ]
      for outcome in outcomes { #expect(outcome == expected, "seed \(seed), skip \(skip)") }
      if skip { #expect(expected.comments.count > 100) }
    }
  }

  private func streamed(_ url: URL) throws -> ChunkedFile {
    try ChunkedFile(path: url.path)
  }
}

/// Comments, skipped rows and the error, if any, of one read.
private struct Outcome: Equatable {
  var comments: [ImportedComment] = []
  var skipped: [SkippedRow] = []
  var error: String?

  init(_ read: () throws -> ReadResult) {
    do {
      let result = try read()
      (comments, skipped) = (result.comments, result.skipped)
    } catch {
      self.error = "\(error)"
    }
  }

  /// Runs a streaming read, gathering what it flushes.
  init(
    streaming stream: (_ flush: (inout [ImportedComment]) throws -> Void) throws -> ReadResult
  ) {
    var gathered: [ImportedComment] = []
    self.init { () throws -> ReadResult in
      var result = try stream { gathered += $0 }
      result.comments = gathered
      return result
    }
  }
}

/// Seeded records, mostly flat and valid, with the values and mistakes exports hold.
private struct RandomJSON {
  private var generator: SplitMix

  init(seed: UInt64) { generator = SplitMix(state: seed) }

  private mutating func next(_ bound: Int) -> Int {
    Int(generator.next() % UInt64(bound))
  }

  private mutating func pick(_ choices: [String]) -> String { choices[next(choices.count)] }

  private mutating func space() -> String {
    next(4) == 0 ? pick(["", " ", "  ", "\t", "\r"]) : ""
  }

  private static let keys = [
    "id", "parent_id", "author", "created_at", "message", "text", "comment", "status", "body",
    "réponse", "re\u{301}ponse", "user", "likes", "date", "name",
  ]

  private static let pieces = [
    "a", "Z", " ", "é", "😀", "日本", "\\\"", "\\\\", "\\/", "\\n", "\\t", "\\r", "\\b", "\\f",
    "\\u00e9", "\\u00E9", "\\u0041", "\\ud83d\\ude00", "\\uD83D\\uDE00", "\\ud83d", "\\ude00",
    "\\u0000", "\\u001f", "\u{1}", "\t", "\\x", "<b>gras</b>", "&amp;", "spam", "deleted",
    "2025-02-13T08:00:37+00:00", "1739368931", "e\u{301}", "\u{2028}",
  ]

  private mutating func string() -> String {
    "\"" + (0..<next(6)).map { _ in pick(Self.pieces) }.joined() + "\""
  }

  private mutating func number() -> String {
    switch next(4) {
    case 0:
      return pick([
        "0", "-0", "012", "1.0", "1.5", "-2.5E-1", "1e3", "1739368931", "1739368931.5",
        "999999999999999", "1000000000000000", "9007199254740993", "18446744073709551616",
        "-999999999999999", "1.", "-", "+1",
      ])
    default:
      let digits = (0..<(1 + next(17))).map { _ in String(next(10)) }.joined()
      return (next(4) == 0 ? "-" : "") + digits
    }
  }

  private mutating func value() -> String {
    switch next(12) {
    case 0...4: string()
    case 5...7: number()
    case 8: pick(["true", "false", "null", "tru", "nul"])
    case 9: "{\"name\": \(string())}"
    case 10: pick(["{\"username\": \"u\", \"id\": 3}", "{\"id\": 4}", "[1, 2]", "{}", "[]"])
    default: string()
    }
  }

  mutating func line() -> String {
    var members: [String] = []
    for _ in 0..<next(7) {
      let key = next(20) == 0 ? string() : "\"\(pick(Self.keys))\""
      members.append(space() + key + space() + ":" + space() + value() + space())
    }
    var line = "{" + members.joined(separator: ",") + "}"
    switch next(40) {
    case 0: line = "\u{FEFF}" + line
    case 1: line += ","
    case 2: line = String(line.dropLast())
    case 3: line = pick(["12", "\"x\"", "[{\"text\": \"a\"}]", "null"])
    case 4: line += "\r"
    default: break
    }
    return space() + line + space()
  }
}
