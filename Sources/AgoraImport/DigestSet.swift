/// A set of 64-bit digests in one flat table (open addressing, linear probing), for remembering
/// many short keys cheaply: a slot is 8 bytes, and finding one touches a single cache line.
struct DigestSet {
  /// The digests, at their slots; 0 marks an empty slot (a digest of 0 is kept as 1).
  private var slots: [UInt64]
  /// How many digests the set holds.
  private(set) var count = 0

  /// An empty set with room for `capacity` digests before it first grows.
  init(capacity: Int = 512) {
    var size = 16
    while size < capacity * 2 { size *= 2 }
    slots = [UInt64](repeating: 0, count: size)
  }

  /// Adds `digest`; returns whether it was not there yet.
  @discardableResult
  mutating func insert(_ digest: UInt64) -> Bool {
    let digest = max(digest, 1)
    var slot = Self.start(digest, in: slots.count)
    while slots[slot] != 0 {
      if slots[slot] == digest { return false }
      slot = (slot + 1) & (slots.count - 1)
    }
    slots[slot] = digest
    count += 1
    if count * 2 > slots.count { grow() }
    return true
  }

  /// Whether `digest` was added.
  func contains(_ digest: UInt64) -> Bool {
    let digest = max(digest, 1)
    var slot = Self.start(digest, in: slots.count)
    while slots[slot] != 0 {
      if slots[slot] == digest { return true }
      slot = (slot + 1) & (slots.count - 1)
    }
    return false
  }

  /// Where the search for `digest` starts in a table of `size` slots: its high bits, which a
  /// multiplicative digest mixes best.
  private static func start(_ digest: UInt64, in size: Int) -> Int {
    Int(truncatingIfNeeded: digest >> UInt64(64 - size.trailingZeroBitCount))
  }

  private mutating func grow() {
    let old = slots
    slots = [UInt64](repeating: 0, count: old.count * 2)
    count = 0
    for digest in old where digest != 0 { insert(digest) }
  }
}
