import AgoraModel
import Foundation
import Testing

@testable import AgoraImport

/// A file read in chunks is handed back to be read whole as soon as one of its rows is not UTF-8.
@Suite struct DelimitedParserTests {
  /// Whether `data` is read in chunks (`true`) or handed back to be read whole (`false`).
  private func streams(_ data: Data) throws -> Bool {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("agora-parser-\(UUID().uuidString).csv")
    try data.write(to: url)
    defer { try? FileManager.default.removeItem(at: url) }
    let outcome = try StreamingExportReader(batchSize: 5).read(
      url.path, as: .csv, options: ReadOptions(file: url.path)
    ) { _ in }
    return outcome != nil
  }

  private func file(rows: Int, then last: [UInt8]) -> Data {
    var bytes = Array("id,author,message\n".utf8)
    for row in 0..<rows { bytes += Array("\(row),a,\"déjà \"\"vu\"\" \(row)\"\n".utf8) }
    return Data(bytes + last)
  }

  @Test(arguments: [
    Array("x,b\u{E9}b,ok\n".utf8), Array("x,\u{E9},ok\n".utf8), Array("x,b,\"caf\u{E9}\"\n".utf8),
    Array("x,b,\"\"\"caf\u{E9}\"\"\"\n".utf8), Array("x,b,\"ab\"cd\n".utf8),
  ])
  func validRowsStream(last: [UInt8]) throws {
    #expect(try streams(file(rows: 20, then: last)))
    #expect(try streams(file(rows: 3000, then: last)))
  }

  @Test(arguments: [
    [0x78, 0x2C, 0xE9, 0x2C, 0x6F, 0x6B, 0x0A],  // x,é,ok in Latin-1
    [0x78, 0x2C, 0x62, 0x2C, 0x22, 0x63, 0x61, 0x66, 0xE9, 0x22, 0x0A],  // x,b,"café"
    [0x78, 0x2C, 0x62, 0x2C, 0x22, 0x61, 0xC3, 0x22, 0xA9, 0x0A],  // a split sequence: "a\xC3"\xA9
    [0x78, 0x2C, 0x62, 0x2C, 0x22, 0xC3, 0x22, 0x22, 0xA9, 0x22, 0x0A],  // "\xC3""\xA9"
    [0x78, 0x2C, 0x62, 0x2C, 0x6F, 0x6B, 0xC3],  // cut short at the end of the file
  ])
  func rowsThatAreNotUTF8AreReadWhole(last: [UInt8]) throws {
    #expect(try !streams(file(rows: 20, then: last)))
    #expect(try !streams(file(rows: 3000, then: last)))
  }

  @Test func fieldsAndLines() throws {
    let text =
      "\r\n\"ab\"cd,\"x\"\"y\",plain\"q\"\r\n\"one\rtwo\r\nthree\",,\"\"\n\nlast,\"é\"\"\",\"\"\"\""
    var parser = DelimitedParser(text: text, delimiter: nil)
    var rows: [(Int, [String])] = []
    while let row = try parser.next(file: "t") { rows.append((row.line, row.fields)) }
    #expect(rows.map(\.0) == [2, 3, 7])
    #expect(
      rows.map(\.1) == [
        ["abcd", "x\"y", "plain\"q\""], ["one\rtwo\r\nthree", "", ""], ["last", "é\"", "\""],
      ])
  }
}
