import AgoraModel
import Foundation

/// The routes of texts already routed in an import, found by the texts' bytes.
///
/// A dictionary keyed by the texts themselves retained the stored text at each look-up (a write
/// to memory far from anything else in use), which took longer than the rest of the look-up.
/// Here the dictionary holds only the digest of each text, where its bytes are in one buffer,
/// and its route by number: a text found by its digest is compared byte for byte with the bytes
/// remembered, so texts that share a digest are never taken for each other.
struct RouteMemo {
  private struct Entry {
    var start: Int
    var count: Int
    /// The index of the route's question in `questions`.
    var question: Int
    var confidence: Double
  }

  private var entries: [DigestKey: Entry] = [:]
  private var bytes: [UInt8] = []
  /// The questions of the routes remembered, each once.
  private var questions: [String] = []

  /// How many texts, and how many of their bytes, are remembered at most, so memory stays
  /// bounded (then the memo starts again empty).
  let limit: Int
  let byteLimit: Int

  init(limit: Int, byteLimit: Int = 32 << 20) {
    self.limit = limit
    self.byteLimit = byteLimit
  }

  /// The route remembered for the text of UTF-8 `utf8`, whose digest is `digest`.
  func route(of utf8: UnsafeBufferPointer<UInt8>, digest: UInt64) -> Route? {
    guard let entry = entries[DigestKey(digest)], entry.count == utf8.count else { return nil }
    let same = bytes.withUnsafeBufferPointer { stored in
      guard let start = stored.baseAddress, let text = utf8.baseAddress else { return true }
      return memcmp(start + entry.start, text, entry.count) == 0
    }
    guard same else { return nil }
    return Route(questionID: questions[entry.question], confidence: entry.confidence)
  }

  /// Remembers `route` for the text of UTF-8 `utf8`, whose digest is `digest`, unless another
  /// text with that digest is remembered.
  mutating func remember(_ route: Route, of utf8: UnsafeBufferPointer<UInt8>, digest: UInt64) {
    if entries.count >= limit || bytes.count + utf8.count > byteLimit {
      entries.removeAll(keepingCapacity: true)
      bytes.removeAll(keepingCapacity: true)
    }
    guard entries[DigestKey(digest)] == nil else { return }
    let question =
      questions.firstIndex(of: route.questionID)
      ?? {
        questions.append(route.questionID)
        return questions.count - 1
      }()
    entries[DigestKey(digest)] = Entry(
      start: bytes.count, count: utf8.count, question: question, confidence: route.confidence)
    bytes.append(contentsOf: utf8)
  }
}
