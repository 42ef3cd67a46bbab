/// Checks that bytes read piece by piece are UTF-8, a sequence cut by the end of one piece
/// being completed by the next.
///
/// Each piece is checked in place by ``UTF8Validation``; only a sequence cut by the end of a
/// piece is kept, and checked once the next piece completes it.
struct UTF8Check {
  /// Whether every byte checked so far is UTF-8.
  private(set) var isValid = true
  /// The start of a sequence cut off at the end of the last piece.
  private var pending: [UInt8] = []

  /// Checks the next piece (`isLast` when nothing follows).
  mutating func check(_ bytes: ArraySlice<UInt8>, isLast: Bool = false) {
    guard isValid else { return }
    var rest = bytes
    if let lead = pending.first {
      // The cut sequence is completed by the first bytes of this piece.
      let missing = Self.length(lead) - pending.count
      guard rest.count >= missing || isLast else {
        pending += rest
        return
      }
      let sequence = pending + rest.prefix(missing)
      rest = rest.dropFirst(missing)
      pending = []
      isValid = sequence.withUnsafeBufferPointer(UTF8Validation.isValid)
      guard isValid else { return }
    }
    let cut = isLast ? rest.endIndex : Self.completeEnd(rest)
    isValid = rest[..<cut].withUnsafeBufferPointer(UTF8Validation.isValid)
    pending = Array(rest[cut...])
  }

  /// How many bytes the sequence that `lead` starts has (1 for a byte that cannot lead one,
  /// which the validation then rejects).
  private static func length(_ lead: UInt8) -> Int {
    lead < 0xC0 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
  }

  /// Where the sequence that the end of `bytes` cuts off starts (`endIndex` when none is).
  private static func completeEnd(_ bytes: ArraySlice<UInt8>) -> Int {
    // A sequence is at most 4 bytes: look back at most 3 for the lead byte of the last one.
    var start = bytes.endIndex
    while start > bytes.startIndex, bytes.endIndex - start < 4 {
      start -= 1
      let byte = bytes[start]
      guard byte & 0xC0 == 0x80 else {
        let length = byte < 0x80 ? 1 : byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
        return start + length <= bytes.endIndex ? bytes.endIndex : start
      }
    }
    return bytes.endIndex
  }
}
