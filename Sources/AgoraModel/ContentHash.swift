import Crypto
import Foundation

/// Content hashes used to recognise a file or text seen before.
public enum ContentHash {
  /// Lower-case hex SHA-256 of `data`.
  public static func sha256(_ data: Data) -> String {
    SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
  }

  /// Lower-case hex SHA-256 of the UTF-8 bytes of `text`.
  public static func sha256(_ text: String) -> String {
    sha256(Data(text.utf8))
  }

  /// Lower-case hex HMAC-SHA-256 of `text` under `salt`, for pseudonymising authors.
  public static func keyed(_ text: String, salt: String) -> String {
    let key = SymmetricKey(data: Data(salt.utf8))
    return HMAC<SHA256>.authenticationCode(for: Data(text.utf8), using: key)
      .map { String(format: "%02x", $0) }.joined()
  }
}
