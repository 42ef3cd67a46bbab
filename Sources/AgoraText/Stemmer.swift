import CStemmer

/// A Snowball stemmer (libstemmer) for one language, with a cache of stems already computed.
///
/// A `sb_stemmer` is not thread-safe, so this type is a class that is not `Sendable`:
/// make one per thread or task. The C stemmer is freed on `deinit`.
public final class Stemmer {
  private let handle: OpaquePointer
  private var cache: [String: String] = [:]
  /// The language this stemmer was made for.
  public let language: Language

  /// A stemmer for `language`, or `nil` when Snowball has none for it (`.other`).
  public init?(language: Language) {
    guard let name = language.snowballName, let handle = sb_stemmer_new(name, "UTF_8") else {
      return nil
    }
    self.handle = handle
    self.language = language
  }

  deinit {
    sb_stemmer_delete(handle)
  }

  /// The stem of a lower-case `word`; words the stemmer rejects come back unchanged.
  public func stem(_ word: String) -> String {
    if let cached = cache[word] { return cached }
    var utf8 = Array(word.utf8)
    let result: String = utf8.withUnsafeMutableBufferPointer { buffer in
      guard let base = buffer.baseAddress,
        let output = sb_stemmer_stem(handle, base, Int32(buffer.count))
      else { return word }
      let length = Int(sb_stemmer_length(handle))
      let bytes = UnsafeBufferPointer(start: output, count: length)
      return String(decoding: bytes, as: UTF8.self)
    }
    if cache.count < 500_000 { cache[word] = result }
    return result
  }
}
