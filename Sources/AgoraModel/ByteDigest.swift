import Foundation

/// A fast 64-bit digest of bytes for memo keys: eight bytes at a time, each word multiplied in
/// and folded (a multiply–xorshift mix), the length mixed in last. It is not a cryptographic
/// hash: where two keys must not be taken for each other, their bytes are compared too.
public enum ByteDigest {
  @usableFromInline static let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15

  /// The digest of `bytes`.
  @inlinable
  public static func of(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
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

  /// The digest of the UTF-8 of `text`.
  @inlinable
  public static func of(_ text: String) -> UInt64 {
    var text = text
    return text.withUTF8(of)
  }

  /// One multiply–xorshift round.
  @inlinable
  public static func mix(_ value: UInt64) -> UInt64 {
    let product = value &* multiplier
    return product ^ (product >> 29)
  }
}

/// A digest as a dictionary key: it is already mixed, so the dictionary's seed is folded in
/// without running `Hasher`.
public struct DigestKey: Hashable, Sendable {
  public let value: UInt64

  @inlinable
  public init(_ value: UInt64) {
    self.value = value
  }

  @inlinable
  public func hash(into hasher: inout Hasher) {
    hasher.combine(value)
  }

  @inlinable
  public func _rawHashValue(seed: Int) -> Int {
    Int(truncatingIfNeeded: ByteDigest.mix(value ^ UInt64(truncatingIfNeeded: seed)))
  }
}

extension String {
  /// Whether the UTF-8 of this string is byte for byte that of `other` (`==` compares strings
  /// by canonical equivalence, as SQLite and pseudonyms do not; and comparing the `utf8` views
  /// goes byte by byte).
  public func hasSameBytes(as other: String) -> Bool {
    var (left, right) = (self, other)
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
}
