/// A language the text pipeline knows how to treat.
public enum Language: String, Sendable, Hashable, Codable, CaseIterable {
  /// French.
  case french = "fr"
  /// English.
  case english = "en"
  /// Anything else, or too little text to tell.
  case other = "other"

  /// The Snowball algorithm name for this language, or `nil` when no stemmer applies.
  public var snowballName: String? {
    switch self {
    case .french: return "french"
    case .english: return "english"
    case .other: return nil
    }
  }
}
