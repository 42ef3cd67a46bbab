/// Checks that bytes read piece by piece are UTF-8, a sequence cut by the end of one piece
/// being completed by the next.
struct UTF8Check {
  /// Whether every byte checked so far is UTF-8.
  private(set) var isValid = true
  /// The start of a sequence cut off at the end of the last piece.
  private var pending: [UInt8] = []

  /// Checks the next piece (`isLast` when nothing follows).
  mutating func check(_ bytes: ArraySlice<UInt8>, isLast: Bool = false) {
    guard isValid else { return }
    let piece = pending + bytes
    let cut = isLast ? piece.count : Self.completeLength(piece)
    isValid = String(validating: piece[..<cut], as: UTF8.self) != nil
    pending = Array(piece[cut...])
  }

  /// How many bytes of `bytes` come before a sequence its end cuts off.
  private static func completeLength(_ bytes: [UInt8]) -> Int {
    // A sequence is at most 4 bytes: look back at most 3 for the lead byte of the last one.
    var start = bytes.count
    while start > 0, bytes.count - start < 4 {
      start -= 1
      let byte = bytes[start]
      guard byte & 0xC0 == 0x80 else {
        let length = byte < 0x80 ? 1 : byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
        return start + length <= bytes.count ? bytes.count : start
      }
    }
    return bytes.count
  }
}
