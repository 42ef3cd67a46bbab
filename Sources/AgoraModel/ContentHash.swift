import CLibCrypto
import Foundation

/// Content hashes used to recognise a file or text seen before, through the system's libcrypto
/// (OpenSSL): SHA-256 and HMAC-SHA-256.
public enum ContentHash {
  /// Lower-case hex SHA-256 of `data`.
  public static func sha256(_ data: Data) -> String {
    var digest = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
    var length: UInt32 = 0
    let ok = data.withUnsafeBytes { bytes in
      EVP_Digest(bytes.baseAddress, bytes.count, &digest, &length, EVP_sha256(), nil)
    }
    precondition(ok == 1, "libcrypto could not compute SHA-256")
    return hex(digest.prefix(Int(length)))
  }

  /// Lower-case hex SHA-256 of the UTF-8 bytes of `text`.
  public static func sha256(_ text: String) -> String {
    sha256(Data(text.utf8))
  }

  /// The first 8 bytes of the SHA-256 of the UTF-8 bytes of `text`, as a big-endian integer:
  /// a compact key for grouping equal texts (two different texts share it with a chance of
  /// about 2⁻⁶⁴). Stored in databases: never change it.
  public static func key64(_ text: String) -> Int64 {
    var digest = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
    var length: UInt32 = 0
    var text = text
    let ok = text.withUTF8 { bytes in
      EVP_Digest(bytes.baseAddress, bytes.count, &digest, &length, EVP_sha256(), nil)
    }
    precondition(ok == 1 && length >= 8, "libcrypto could not compute SHA-256")
    return digest.prefix(8).reduce(Int64(0)) { $0 << 8 | Int64($1) }
  }

  /// Lower-case hex HMAC-SHA-256 of `text` under `salt`, for pseudonymising authors.
  public static func keyed(_ text: String, salt: String) -> String {
    var digest = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
    var length: UInt32 = 0
    let key = Array(salt.utf8)
    let message = Array(text.utf8)
    let result = HMAC(
      EVP_sha256(), key, Int32(key.count), message, message.count, &digest, &length)
    precondition(result != nil, "libcrypto could not compute HMAC-SHA-256")
    return hex(digest.prefix(Int(length)))
  }

  private static let digits = Array("0123456789abcdef".utf8)

  static func hex(_ bytes: ArraySlice<UInt8>) -> String {
    var characters: [UInt8] = []
    characters.reserveCapacity(bytes.count * 2)
    for byte in bytes {
      characters.append(digits[Int(byte >> 4)])
      characters.append(digits[Int(byte & 0x0F)])
    }
    return String(decoding: characters, as: UTF8.self)
  }
}
