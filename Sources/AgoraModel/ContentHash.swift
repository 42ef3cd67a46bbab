import Crypto
import Foundation

/// Content hashes used to recognise a file or text seen before.
public enum ContentHash {
  /// Lower-case hex SHA-256 of `data`.
  public static func sha256(_ data: Data) -> String {
    hex(SHA256.hash(data: data))
  }

  /// Lower-case hex SHA-256 of the UTF-8 bytes of `text`.
  public static func sha256(_ text: String) -> String {
    sha256(Data(text.utf8))
  }

  /// Lower-case hex HMAC-SHA-256 of `text` under `salt`, for pseudonymising authors.
  public static func keyed(_ text: String, salt: String) -> String {
    let key = SymmetricKey(data: Data(salt.utf8))
    return hex(HMAC<SHA256>.authenticationCode(for: Data(text.utf8), using: key))
  }

  /// Lower-case hex of `bytes`, written directly: `String(format:)` per byte dominated the
  /// cost of importing large exports.
  private static func hex(_ bytes: some Sequence<UInt8>) -> String {
    let digits = Array("0123456789abcdef".utf8)
    var output: [UInt8] = []
    output.reserveCapacity(64)
    for byte in bytes {
      output.append(digits[Int(byte >> 4)])
      output.append(digits[Int(byte & 0x0F)])
    }
    return String(decoding: output, as: UTF8.self)
  }
}
