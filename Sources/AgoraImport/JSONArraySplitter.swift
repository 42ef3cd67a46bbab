/// Splits a top-level JSON array, fed in chunks, into the bytes of its items, so that a large
/// array can be parsed one item at a time. It follows strings and nesting only as far as needed
/// to find the commas between items; each item is then parsed by Foundation.
struct JSONArraySplitter {
  /// One item's bytes and the line of the file it starts on.
  struct Item {
    var bytes: ArraySlice<UInt8>
    var line: Int
  }

  /// Where the splitter stands in the document.
  private enum Phase {
    case beforeArray, inArray, afterArray
  }

  private var phase = Phase.beforeArray
  private var depth = 0
  private var inString = false
  private var escaped = false
  /// The line of the byte being read, and of the current item's first byte.
  private var line = 1
  private var itemLine = 1
  /// Where the current item starts in the buffer, and how far the buffer has been read.
  private var itemStart = 0
  private var position = 0
  private let file: String

  init(file: String) {
    self.file = file
  }

  /// Reads what `buffer` holds beyond what was read before, handing each complete item to
  /// `body`, then drops the bytes no longer needed from the front of `buffer`.
  mutating func split(
    _ buffer: inout [UInt8], body: (Item) throws(ImportError) -> Void
  ) throws(ImportError) {
    while position < buffer.count {
      let byte = buffer[position]
      if byte == 10 { line += 1 }
      switch phase {
      case .beforeArray:
        if byte == UInt8(ascii: "[") {
          phase = .inArray
          depth = 1
          startItem(at: position + 1)
        } else if !Self.isSpace(byte) && ![0xEF, 0xBB, 0xBF].contains(byte) {
          throw malformed("a JSON array of comment objects")
        }
      case .inArray:
        try read(byte, in: buffer, body: body)
      case .afterArray:
        if !Self.isSpace(byte) { throw malformed("nothing after the array's closing ]") }
      }
      position += 1
    }
    let keep = phase == .inArray ? itemStart : position
    buffer.removeSubrange(0..<keep)
    itemStart -= keep
    position -= keep
  }

  /// Checks that the document ended where it may.
  func finish() throws(ImportError) {
    guard phase == .afterArray else {
      throw malformed(phase == .beforeArray ? "a JSON array" : "the array's closing ]")
    }
  }

  private mutating func read(
    _ byte: UInt8, in buffer: [UInt8], body: (Item) throws(ImportError) -> Void
  ) throws(ImportError) {
    if inString {
      if escaped {
        escaped = false
      } else if byte == UInt8(ascii: "\\") {
        escaped = true
      } else if byte == UInt8(ascii: "\"") {
        inString = false
      }
      return
    }
    switch byte {
    case UInt8(ascii: "\""): inString = true
    case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
    case UInt8(ascii: "}"), UInt8(ascii: "]"):
      depth -= 1
      if depth == 0 {
        try endItem(in: buffer, isLast: true, body: body)
        phase = .afterArray
      }
    case UInt8(ascii: ",") where depth == 1:
      try endItem(in: buffer, isLast: false, body: body)
      startItem(at: position + 1)
    default: break
    }
  }

  private mutating func startItem(at index: Int) {
    itemStart = index
    itemLine = line
  }

  /// Hands over the item that ends at `position`; only the last item may be empty (`[]`).
  private func endItem(
    in buffer: [UInt8], isLast: Bool, body: (Item) throws(ImportError) -> Void
  ) throws(ImportError) {
    let bytes = buffer[itemStart..<position]
    guard bytes.contains(where: { !Self.isSpace($0) }) else {
      if isLast { return }
      throw malformed("an item between two commas")
    }
    try body(Item(bytes: bytes, line: itemLine))
  }

  private func malformed(_ expected: String) -> ImportError {
    .malformed(
      file: file, line: line, column: nil, expected: expected,
      hint: "check the JSON, or pass --format jsonl for one object per line")
  }

  private static func isSpace(_ byte: UInt8) -> Bool {
    byte == 32 || byte == 10 || byte == 13 || byte == 9
  }
}
