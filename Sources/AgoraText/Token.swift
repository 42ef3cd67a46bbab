/// One token of a text, as produced by ``Tokenizer``.
public struct Token: Sendable, Hashable {
  /// What kind of token this is.
  public enum Kind: String, Sendable, Hashable {
    /// A word (letters, possibly with digits, hashtags without `#`).
    case word
    /// A number (digits with `.` or `,` inside).
    case number
    /// A single emoji (modifiers and variation selectors dropped).
    case emoji
    /// An ASCII emoticon such as `:)` or `^^`.
    case emoticon
    /// A URL, kept as the special text `<url>`.
    case url
    /// An @mention, kept as the special text `<user>`.
    case mention
    /// Punctuation that matters for sentences and emphasis: `. , ; : ! ?` and `…`.
    case punctuation
  }

  /// The normalised text: case-folded NFKC, elision expanded (`l'` → `le`), `<url>`, `<user>`.
  public var text: String
  /// The kind of token.
  public var kind: Kind
  /// The original spelling (case kept), used for labels and capital emphasis.
  public var surface: String
  /// Whether the token came from an elided form such as `l'` or `n'`.
  public var isElided: Bool

  /// Creates a token.
  public init(_ text: String, kind: Kind, surface: String? = nil, isElided: Bool = false) {
    self.text = text
    self.kind = kind
    self.surface = surface ?? text
    self.isElided = isElided
  }

  /// Whether the surface is written in capitals (at least two letters, none lower-case).
  public var isAllCaps: Bool {
    guard kind == .word else { return false }
    var letters = 0
    for scalar in surface.unicodeScalars where scalar.properties.isAlphabetic {
      if scalar.properties.isLowercase { return false }
      letters += 1
    }
    return letters >= 2
  }
}
