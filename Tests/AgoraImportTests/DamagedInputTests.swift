import AgoraImport
import Foundation
import Testing

/// Damaged bytes must give comments or an `ImportError`, never a crash.
@Suite struct DamagedInputTests {
  private static let fixtures = [
    "csv/semicolon.csv", "csv/utf16.csv", "json/array.json", "json/lines.jsonl",
    "disqus/thread.xml", "wordpress/export.xml", "reddit/thread.json", "hackernews/algolia.json",
    "hackernews/firebase.json", "discourse/topic.json", "youtube/threads.json",
    "mastodon/context.json",
  ]

  private func survives(_ data: Data, format: ImportFormat?) {
    do {
      _ = try ExportReader().read(data, format: format, options: ReadOptions(file: "damaged"))
    } catch {
      #expect(!error.description.isEmpty)
    }
  }

  @Test(arguments: fixtures)
  func truncatedAndFlippedBytesNeverCrash(name: String) throws {
    let original = try Fixture.data(name)
    var generator = SplitMix(state: UInt64(name.utf8.count))
    for _ in 0..<12 {
      let cut = Int.random(in: 0...original.count, using: &generator)
      survives(original.prefix(cut), format: nil)
      var flipped = original
      for _ in 0..<8 where !flipped.isEmpty {
        let index = Int.random(in: 0..<flipped.count, using: &generator)
        flipped[index] = UInt8.random(in: 0...255, using: &generator)
      }
      survives(flipped, format: nil)
    }
    for format in ImportFormat.allCases {
      survives(original, format: format)
    }
  }

  @Test func randomBytesNeverCrash() {
    var generator = SplitMix(state: 42)
    for length in [0, 1, 2, 3, 5, 64, 1000] {
      let bytes = Data((0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) })
      for format in [nil] + ImportFormat.allCases.map(Optional.some) {
        survives(bytes, format: format)
      }
    }
  }
}
