/// The row of each word of the semantic table, looked up by the word's UTF-8 bytes without
/// making a `String`: open addressing (linear probing) over a power-of-two table at most half
/// full, keyed by FNV-1a (64 bits) of the bytes.
///
/// Embedding looks up every token of every text; a `[String: Int32]` costs a string and its
/// hash per token, which made word lookup the largest part of embedding.
struct WordIndex: Sendable {
  private let bytes: [UInt8]
  private let starts: [Int]
  private let slots: [Int32]
  private let mask: Int

  /// The number of words.
  var count: Int { starts.count - 1 }

  /// An index of `lines` (one word per line, `\n`-separated; empty lines are skipped); word i
  /// is the i-th non-empty line.
  init(lines: UnsafeRawBufferPointer) {
    var bytes: [UInt8] = []
    var starts = [0]
    bytes.reserveCapacity(lines.count)
    for line in lines.split(separator: 0x0A, omittingEmptySubsequences: true) {
      bytes.append(contentsOf: line)
      starts.append(bytes.count)
    }
    var size = 16
    while size < 2 * (starts.count - 1) { size *= 2 }
    var slots = [Int32](repeating: -1, count: size)
    bytes.withUnsafeBufferPointer { all in
      for word in 0..<starts.count - 1 {
        let key = UnsafeBufferPointer(rebasing: all[starts[word]..<starts[word + 1]])
        var slot = Self.hash(key) & (size - 1)
        while slots[slot] >= 0 { slot = (slot + 1) & (size - 1) }
        slots[slot] = Int32(word)
      }
    }
    self.bytes = bytes
    self.starts = starts
    self.slots = slots
    mask = size - 1
  }

  /// The row of the word spelled by `key`, or `nil`. A word listed twice keeps its first row.
  func row(_ key: UnsafeBufferPointer<UInt8>) -> Int32? {
    var slot = Self.hash(key) & mask
    return bytes.withUnsafeBufferPointer { all in
      while slots[slot] >= 0 {
        let word = Int(slots[slot])
        let start = starts[word]
        if starts[word + 1] - start == key.count
          && UnsafeBufferPointer(rebasing: all[start..<start + key.count]).elementsEqual(key)
        {
          return Int32(word)
        }
        slot = (slot + 1) & mask
      }
      return nil
    }
  }

  /// The row of `word`, or `nil`.
  func row(_ word: String) -> Int32? {
    var copy = word
    return copy.withUTF8 { row($0) }
  }

  private static func hash(_ key: UnsafeBufferPointer<UInt8>) -> Int {
    var value: UInt64 = 0xCBF2_9CE4_8422_2325
    for byte in key { value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
    return Int(truncatingIfNeeded: value ^ (value >> 32))
  }
}
