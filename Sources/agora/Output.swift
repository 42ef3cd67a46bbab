import Foundation

/// A text stream onto a file descriptor. Writes to a closed pipe are dropped, not errors.
struct FileDescriptorOutput: TextOutputStream {
  let descriptor: Int32

  mutating func write(_ string: String) {
    var string = string
    string.withUTF8 { buffer in
      var offset = 0
      while offset < buffer.count {
        let written = Foundation.write(
          descriptor, buffer.baseAddress.map { $0 + offset }, buffer.count - offset)
        if written <= 0 { return }
        offset += written
      }
    }
  }
}

/// Standard output as a text stream.
func StandardOutput() -> FileDescriptorOutput { FileDescriptorOutput(descriptor: 1) }

/// Standard error as a text stream.
func StandardError() -> FileDescriptorOutput { FileDescriptorOutput(descriptor: 2) }

/// JSON the way every `--json` flag prints it: keys sorted, pretty, one trailing newline.
enum JSONOutput {
  static func write<T: Encodable>(_ value: T, pretty: Bool = true) throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting =
      pretty ? [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes] : [.sortedKeys]
    encoder.dateEncodingStrategy = .iso8601
    var out = StandardOutput()
    out.write(String(decoding: try encoder.encode(value), as: UTF8.self) + "\n")
  }
}
