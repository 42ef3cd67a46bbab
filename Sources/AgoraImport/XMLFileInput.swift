import Foundation

/// An XML export read from its file in chunks by `XMLParser`, so that a large export is parsed
/// in bounded memory; it counts the bytes handed over, and hands over no more once stopped.
final class XMLFileInput: InputStream {
  /// The file's path.
  let path: String
  /// How many bytes the parser has been given.
  private(set) var bytesRead = 0
  /// Set once a reader gives up on the file: the parser then reaches its end at once.
  var isStopped = false
  private let descriptor: Int32

  /// Opens `path`.
  init(path: String) throws(ImportError) {
    self.path = path
    descriptor = Foundation.open(path, O_RDONLY)
    guard descriptor >= 0 else {
      throw .unreadable(file: path, reason: String(cString: strerror(errno)))
    }
    super.init(data: Data())
  }

  deinit {
    Foundation.close(descriptor)
  }

  override func open() {}

  override func close() {}

  override var hasBytesAvailable: Bool { !isStopped }

  override var streamStatus: Stream.Status { isStopped ? .atEnd : .open }

  /// Reads up to `length` bytes into `buffer`: 0 at the end of the file or once stopped, -1 on
  /// a read error.
  override func read(_ buffer: UnsafeMutablePointer<UInt8>, maxLength length: Int) -> Int {
    guard !isStopped else { return 0 }
    while true {
      let count = Foundation.read(descriptor, buffer, length)
      if count < 0, errno == EINTR { continue }
      if count > 0 { bytesRead += count }
      return count
    }
  }
}
