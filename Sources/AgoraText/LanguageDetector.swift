/// Tells French from English (or neither) by stop words and character cues.
///
/// Score per language: 1 per token found in that language's cue list, +0.5 per French accented
/// letter (`é è ê à ç ù â î ô û ë ï œ`) capped at 3, +1 per elided French form (`l' d' qu'`…),
/// +1 per English `n't` or `'s`. The higher score wins when it is at least 1 and exceeds the other
/// by more than 0.5; otherwise, or when most letters are outside Latin script, `.other`.
public struct LanguageDetector: Sendable {
  /// Creates a detector.
  public init() {}

  /// The language of `text`.
  public func detect(_ text: String) -> Language {
    detect(tokens: Tokenizer().tokens(text), raw: text)
  }

  /// The language of already tokenised text (`raw` gives the character cues).
  public func detect(tokens: [Token], raw: String) -> Language {
    var french = 0.0
    var english = 0.0
    var accents = 0.0
    var latin = 0
    var nonLatin = 0
    for scalar in raw.unicodeScalars {
      if scalar.isASCII {
        let value = scalar.value | 0x20
        if value >= 0x61 && value <= 0x7A { latin += 1 }
        continue
      }
      guard scalar.properties.isAlphabetic else { continue }
      if scalar.value < 0x250 {
        latin += 1
        if Self.frenchAccents.contains(scalar) { accents += 0.5 }
      } else {
        nonLatin += 1
      }
    }
    if nonLatin > latin { return .other }
    french += min(accents, 3)
    for token in tokens where token.kind == .word {
      if token.isElided {
        if token.text == "not" { english += 1 } else { french += 1 }
        continue
      }
      if Self.frenchCues.contains(token.text) { french += 1 }
      if Self.englishCues.contains(token.text) { english += 1 }
    }
    if Self.hasPossessive(raw) { english += 1 }
    if french >= 1, french > english + 0.5 { return .french }
    if english >= 1, english > french + 0.5 { return .english }
    return .other
  }

  /// Whether `raw` holds `'s ` as whole characters, as `raw.contains("'s ")` tells, without
  /// Foundation's slow search: the three bytes, the space not extended by what follows it
  /// (a combining mark, a joiner).
  static func hasPossessive(_ raw: String) -> Bool {
    let bytes = Array(raw.utf8)
    var index = 0
    while index + 2 < bytes.count {
      if bytes[index] == 0x27, bytes[index + 1] == 0x73, bytes[index + 2] == 0x20 {
        let next = String(decoding: bytes[(index + 3)...], as: UTF8.self).unicodeScalars.first
        let extended = next.map { scalar in
          scalar.properties.isGraphemeExtend || scalar.value == 0x200D
            || scalar.properties.generalCategory == .spacingMark
        }
        if extended != true { return true }
      }
      index += 1
    }
    return false
  }

  private static let frenchAccents: Set<Unicode.Scalar> = Set(
    "éèêàçùâîôûëïœÉÈÊÀÇ".unicodeScalars)

  /// Frequent French words that are rare in English.
  static let frenchCues: Set<String> = Set(
    """
    le la les des est et une un du au aux pour pas que qui dans sur avec ce ces cette ne je
    vous il elle ils elles nous on mais ou où plus très tout tous sont été être avoir fait
    son sa ses leur mon ma mes ton ta tes notre votre bien aussi comme quand peut rien
    jamais encore alors donc car chez sans sous entre après avant voilà ça cela oui non merci
    bonjour moi toi lui eux faire dit trop vraiment génial nul mdr bof
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))

  /// Frequent English words that are rare in French.
  static let englishCues: Set<String> = Set(
    """
    the and is are of to in that it for with this was not you i have be on at by from they
    we he she his her their there what which who will would can could should been has had do
    does did my your our an or but if so no just about more than them these those how why
    when all very really good great bad movie product use used using get one like
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
}
