import AgoraModel
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
    left.digest == right.digest && left.text.hasSameBytes(as: right.text)
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
