import Foundation

/// Runs work over index ranges on all cores and gathers the results in order.
enum Parallel {
  private final class Gather<T>: @unchecked Sendable {
    private let lock = NSLock()
    private var parts: [Int: [T]] = [:]

    func store(_ part: [T], at chunk: Int) {
      lock.lock()
      parts[chunk] = part
      lock.unlock()
    }

    func joined(_ chunks: Int) -> [T] {
      lock.lock()
      defer { lock.unlock() }
      return (0..<chunks).flatMap { parts[$0] ?? [] }
    }
  }

  /// `body` applied to consecutive ranges of `0..<count`, results concatenated in order.
  /// Chunks hold at least `minimumChunk` items; small inputs run on the calling thread.
  static func map<T>(
    count: Int, minimumChunk: Int = 512, _ body: @Sendable (Range<Int>) -> [T]
  ) -> [T] {
    guard count > 0 else { return [] }
    let cores = max(1, ProcessInfo.processInfo.activeProcessorCount)
    let chunks = min(cores * 4, max(1, count / minimumChunk))
    if chunks == 1 { return body(0..<count) }
    let gather = Gather<T>()
    DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
      let start = count * chunk / chunks
      let end = count * (chunk + 1) / chunks
      gather.store(body(start..<end), at: chunk)
    }
    return gather.joined(chunks)
  }
}

/// A small deterministic random generator (SplitMix64), seeded by the caller.
struct SeededGenerator: RandomNumberGenerator, Sendable {
  private var state: UInt64

  /// Creates a generator from `seed`.
  init(seed: UInt64) {
    state = seed
  }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var value = state
    value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
    value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
    return value ^ (value >> 31)
  }

  /// A uniform number in [0, 1).
  mutating func unit() -> Double {
    Double(next() >> 11) / Double(1 << 53)
  }
}
