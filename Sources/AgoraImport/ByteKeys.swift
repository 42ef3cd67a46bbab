import Foundation

/// A text as a dictionary key compared byte by byte: `String` keys hash and compare by canonical
/// equivalence, which normalises every non-ASCII text each time, and cost more than routing the
/// text again. Texts that differ only in normalisation are simply different keys.
///
/// The key carries a 64-bit digest of the bytes, computed once: the dictionary hashes the digest
/// rather than the whole text, and two keys compare their bytes only when their digests agree.
struct TextKey: Hashable {
  var text: String
  private let digest: UInt64

  init(text: String) {
    var text = text
    digest = text.withUTF8(ByteDigest.of)
    self.text = text
  }

  static func == (left: TextKey, right: TextKey) -> Bool {
    guard left.digest == right.digest else { return false }
    var (left, right) = (left.text, right.text)
    return left.withUTF8 { leftBytes in
      right.withUTF8 { rightBytes in
        guard leftBytes.count == rightBytes.count else { return false }
        guard let leftStart = leftBytes.baseAddress, let rightStart = rightBytes.baseAddress else {
          return true
        }
        return memcmp(leftStart, rightStart, leftBytes.count) == 0
      }
    }
  }

  func hash(into hasher: inout Hasher) {
    hasher.combine(digest)
  }

  // The digest is already mixed: the dictionary's per-instance seed is folded in without running
  // `Hasher` on every lookup.
  func _rawHashValue(seed: Int) -> Int {
    Int(truncatingIfNeeded: ByteDigest.mix(digest ^ UInt64(truncatingIfNeeded: seed)))
  }
}

/// A word's UTF-8 bytes as a dictionary key, hashed by a digest computed once.
struct WordKey: Hashable {
  var bytes: [UInt8]
  private let digest: UInt64

  init(bytes: [UInt8]) {
    self.bytes = bytes
    digest = bytes.withUnsafeBufferPointer(ByteDigest.of)
  }

  static func == (left: WordKey, right: WordKey) -> Bool {
    left.digest == right.digest && left.bytes == right.bytes
  }

  func hash(into hasher: inout Hasher) {
    hasher.combine(digest)
  }

  // The digest is already mixed: the dictionary's per-instance seed is folded in without running
  // `Hasher` on every lookup.
  func _rawHashValue(seed: Int) -> Int {
    Int(truncatingIfNeeded: ByteDigest.mix(digest ^ UInt64(truncatingIfNeeded: seed)))
  }
}

/// A fast 64-bit digest of bytes for memo keys: eight bytes at a time, each word multiplied in
/// and folded (a multiply–xorshift mix), the length mixed in last. It is not a cryptographic
/// hash; `Hasher` still seeds what the dictionary sees, and equal digests are checked byte by
/// byte.
enum ByteDigest {
  private static let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15

  static func of(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var state: UInt64 = 0x243F_6A88_85A3_08D3
    guard let base = bytes.baseAddress else { return mix(state) }
    let raw = UnsafeRawPointer(base)
    let count = bytes.count
    var offset = 0
    while offset + 8 <= count {
      let word = raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
      state = mix(state ^ word)
      offset += 8
    }
    var tail: UInt64 = 0
    var shift: UInt64 = 0
    while offset < count {
      tail |= UInt64(base[offset]) << shift
      shift += 8
      offset += 1
    }
    return mix(mix(state ^ tail) ^ UInt64(count))
  }

  static func mix(_ value: UInt64) -> UInt64 {
    let product = value &* multiplier
    return product ^ (product >> 29)
  }
}
