/// Turns the bytes of a UTF-16 or Latin-1 file into UTF-8 as they are read, chunk by chunk, so
/// that such a file is parsed in bounded memory into the same text as `TextDecoding` gives for
/// it read whole.
///
/// UTF-16 that does not decode (a surrogate without its pair) is not repaired: `TextDecoding`
/// then reads the whole file as Latin-1, so the file must be read again that way (``failed``).
/// A last odd byte is dropped, as Foundation's decoder drops it.
struct TextTranscoder {
  /// The encoding of the input.
  enum Encoding: Equatable {
    case utf16(bigEndian: Bool)
    case latin1
  }

  let encoding: Encoding
  /// Bytes still to drop at the start of the input (a byte-order mark).
  private var skip: Int
  /// The first byte of a UTF-16 code unit whose second byte is in the next chunk.
  private var halfUnit: UInt8?
  /// A high surrogate waiting for its low one.
  private var highSurrogate: UInt16?
  /// Whether the input turned out not to be well-formed; nothing more is written once it is.
  private(set) var failed = false

  /// A transcoder of `encoding` that drops the first `skipping` bytes (a byte-order mark).
  init(_ encoding: Encoding, skipping: Int = 0) {
    self.encoding = encoding
    skip = skipping
  }

  /// How a file starting with `head` (its first bytes, at least two when it has them) is read
  /// as `TextDecoding` reads it: `nil` for UTF-8 (with or without a byte-order mark, left to the
  /// parser), else UTF-16 by its byte-order mark or, without one, by a zero byte in its first
  /// code unit.
  static func forFile(startingWith head: [UInt8]) -> TextTranscoder? {
    if head.starts(with: [0xFF, 0xFE]) {
      return TextTranscoder(.utf16(bigEndian: false), skipping: 2)
    }
    if head.starts(with: [0xFE, 0xFF]) {
      return TextTranscoder(.utf16(bigEndian: true), skipping: 2)
    }
    guard head.count >= 2, (head[0] == 0) != (head[1] == 0) else { return nil }
    return TextTranscoder(.utf16(bigEndian: head[0] == 0))
  }

  /// Appends the UTF-8 of `input`, the bytes that follow those given before, to `output`.
  mutating func append(_ input: UnsafeRawBufferPointer, to output: inout [UInt8]) {
    guard !failed else { return }
    switch encoding {
    case .latin1:
      for byte in input {
        if byte < 0x80 {
          output.append(byte)
        } else {
          output.append(0xC0 | byte >> 6)
          output.append(0x80 | byte & 0x3F)
        }
      }
    case .utf16(let bigEndian):
      for byte in input {
        if skip > 0 {
          skip -= 1
          continue
        }
        guard let first = halfUnit else {
          halfUnit = byte
          continue
        }
        halfUnit = nil
        let (high, low) = bigEndian ? (first, byte) : (byte, first)
        decode(UInt16(high) << 8 | UInt16(low), to: &output)
        if failed { return }
      }
    }
  }

  /// Ends the input; returns whether all of it was well-formed.
  mutating func finish() -> Bool {
    if highSurrogate != nil { failed = true }
    return !failed
  }

  private mutating func decode(_ unit: UInt16, to output: inout [UInt8]) {
    if let high = highSurrogate {
      highSurrogate = nil
      guard (0xDC00...0xDFFF).contains(unit) else {
        failed = true
        return
      }
      append(0x10000 + (UInt32(high - 0xD800) << 10) + UInt32(unit - 0xDC00), to: &output)
    } else if (0xD800...0xDBFF).contains(unit) {
      highSurrogate = unit
    } else if (0xDC00...0xDFFF).contains(unit) {
      failed = true
    } else {
      append(UInt32(unit), to: &output)
    }
  }

  /// Appends the UTF-8 of the scalar `value`.
  private func append(_ value: UInt32, to output: inout [UInt8]) {
    switch value {
    case ..<0x80:
      output.append(UInt8(value))
    case ..<0x800:
      output.append(UInt8(0xC0 | value >> 6))
      output.append(UInt8(0x80 | value & 0x3F))
    case ..<0x10000:
      output.append(UInt8(0xE0 | value >> 12))
      output.append(UInt8(0x80 | value >> 6 & 0x3F))
      output.append(UInt8(0x80 | value & 0x3F))
    default:
      output.append(UInt8(0xF0 | value >> 18))
      output.append(UInt8(0x80 | value >> 12 & 0x3F))
      output.append(UInt8(0x80 | value >> 6 & 0x3F))
      output.append(UInt8(0x80 | value & 0x3F))
    }
  }
}
