import Testing

@testable import AgoraText

@Suite struct WordIndexTests {
  static func index(_ lines: String) -> WordIndex {
    Array(lines.utf8).withUnsafeBytes { WordIndex(lines: $0) }
  }

  @Test func findsEveryWordByItsBytes() {
    let words = (0..<500).map { "mot\($0)" } + ["données", "été", "a"]
    let index = Self.index(words.joined(separator: "\n") + "\n")
    #expect(index.count == words.count)
    for (row, word) in words.enumerated() { #expect(index.row(word) == Int32(row)) }
  }

  @Test func missesWordsItLacks() {
    let index = Self.index("chat\nchien\n")
    #expect(index.row("cha") == nil)
    #expect(index.row("chats") == nil)
    #expect(index.row("") == nil)
  }
}
