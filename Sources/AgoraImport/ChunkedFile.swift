import AgoraModel
import Foundation

/// A file read front to back in fixed-size chunks, hashing every byte as it is read, so an
/// export can be parsed without holding it in memory. A file in UTF-16 or Latin-1 is handed
/// over as UTF-8 when it is given a ``transcoder``.
final class ChunkedFile {
  /// How many bytes one read asks for.
  static let chunkSize = 64 * 1024

  private let descriptor: Int32
  private let path: String
  /// The hash of the bytes read so far; `nil` for a file only looked into.
  private let hash: ContentHash.SHA256Stream?
  private var chunk = [UInt8](repeating: 0, count: ChunkedFile.chunkSize)
  /// Whether every byte of the file has been read.
  private(set) var atEnd = false
  /// How many bytes have been read so far.
  private(set) var bytesRead = 0
  /// Turns what is read into UTF-8, when the file is not UTF-8; set before the first read.
  var transcoder: TextTranscoder?
  /// Whether the file's bytes turned out not to be well-formed in the encoding of its
  /// ``transcoder`` (nothing after the fault is handed over).
  var decodingFailed: Bool { transcoder?.failed ?? false }

  /// Opens `path` for reading, hashing what is read unless `hashing` is false (a look at the
  /// first bytes, to tell the format).
  init(path: String, hashing: Bool = true) throws(ImportError) {
    hash = hashing ? ContentHash.SHA256Stream() : nil
    descriptor = open(path, O_RDONLY)
    self.path = path
    guard descriptor >= 0 else {
      throw .unreadable(file: path, reason: String(cString: strerror(errno)))
    }
  }

  deinit {
    close(descriptor)
  }

  /// Appends the next chunk to `buffer`; `false` (and nothing appended) at the end of the file.
  func read(into buffer: inout [UInt8]) throws(ImportError) -> Bool {
    guard !atEnd else { return false }
    while true {
      let count = chunk.withUnsafeMutableBytes { bytes in
        Foundation.read(descriptor, bytes.baseAddress, bytes.count)
      }
      if count < 0, errno == EINTR { continue }
      guard count >= 0 else {
        throw .unreadable(file: path, reason: String(cString: strerror(errno)))
      }
      guard count > 0 else {
        atEnd = true
        _ = transcoder?.finish()
        return false
      }
      bytesRead += count
      chunk.withUnsafeBytes { bytes in
        let part = UnsafeRawBufferPointer(rebasing: bytes[0..<count])
        hash?.update(part)
        if transcoder != nil {
          transcoder?.append(part, to: &buffer)
        } else {
          buffer.append(contentsOf: part)
        }
      }
      return true
    }
  }

  /// The first `count` bytes of the file (fewer when it is shorter), whatever has been read.
  func head(_ count: Int) throws(ImportError) -> [UInt8] {
    var bytes = [UInt8](repeating: 0, count: count)
    while true {
      let read = bytes.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, count, 0) }
      if read < 0, errno == EINTR { continue }
      guard read >= 0 else {
        throw .unreadable(file: path, reason: String(cString: strerror(errno)))
      }
      return Array(bytes.prefix(read))
    }
  }

  /// Appends chunks to `buffer` until it holds at least `count` bytes or the file ends.
  func read(into buffer: inout [UInt8], atLeast count: Int) throws(ImportError) {
    while buffer.count < count, try read(into: &buffer) {}
  }

  /// Reads the rest of the file, handing nothing over; returns whether all of it decoded (see
  /// ``decodingFailed``).
  func decodesToEnd() throws(ImportError) -> Bool {
    var rest: [UInt8] = []
    while !decodingFailed, try read(into: &rest) { rest.removeAll(keepingCapacity: true) }
    return !decodingFailed
  }

  /// The SHA-256 of the file: the bytes not read yet are read and hashed first. Only for a file
  /// opened with `hashing`.
  func sha256() throws(ImportError) -> String {
    guard let hash else { preconditionFailure("the file was opened without hashing") }
    var rest: [UInt8] = []
    while try read(into: &rest) { rest.removeAll(keepingCapacity: true) }
    return hash.finish()
  }
}
