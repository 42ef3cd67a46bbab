import CLibCrypto
import Foundation

extension ContentHash {
  /// A SHA-256 computed piece by piece, for files read in chunks.
  public final class SHA256Stream {
    private let context: OpaquePointer?

    /// Starts an empty hash.
    public init() {
      context = EVP_MD_CTX_new()
      let ok = EVP_DigestInit_ex(context, EVP_sha256(), nil)
      precondition(ok == 1, "libcrypto could not start SHA-256")
    }

    deinit {
      EVP_MD_CTX_free(context)
    }

    /// Adds `bytes` to the hash.
    public func update(_ bytes: UnsafeRawBufferPointer) {
      guard bytes.count > 0 else { return }
      let ok = EVP_DigestUpdate(context, bytes.baseAddress, bytes.count)
      precondition(ok == 1, "libcrypto could not compute SHA-256")
    }

    /// Lower-case hex SHA-256 of everything added; the hash cannot be added to afterwards.
    public func finish() -> String {
      var digest = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
      var length: UInt32 = 0
      let ok = EVP_DigestFinal_ex(context, &digest, &length)
      precondition(ok == 1, "libcrypto could not compute SHA-256")
      return ContentHash.hex(digest.prefix(Int(length)))
    }
  }
}
