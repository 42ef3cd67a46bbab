/// A human-readable string given in one or more languages (`{fr: …, en: …}` in a survey file).
public struct LocalizedText: Sendable, Hashable, Codable {
  /// The text per language code, e.g. `["fr": "Fiable", "en": "Reliable"]`.
  public var values: [String: String]

  /// Creates a text from its translations.
  public init(_ values: [String: String]) {
    self.values = values
  }

  /// Creates a text that reads the same in every language.
  public init(plain: String) {
    self.values = ["*": plain]
  }

  /// The text in `language`, else in the first of `fallbacks` that has one, else any text (sorted
  /// by language code, so the choice is stable).
  public func text(in language: String, fallbacks: [String] = []) -> String {
    for code in [language] + fallbacks + ["*"] {
      if let value = values[code] { return value }
    }
    return values.keys.sorted().first.flatMap { values[$0] } ?? ""
  }

  /// The language codes this text is given in (`*` for a text that is the same in all).
  public var languages: Set<String> { Set(values.keys) }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    if let plain = try? container.decode(String.self) {
      self.init(plain: plain)
    } else {
      self.init(try container.decode([String: String].self))
    }
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    if values.count == 1, let plain = values["*"] {
      try container.encode(plain)
    } else {
      try container.encode(values)
    }
  }
}
