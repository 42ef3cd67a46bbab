import Foundation

/// Word valences for sentiment (VADER's scale, about −4 … +4): the resource lexicons
/// (see `Resources/README.md`) overlaid with Agora's own entries in ``SentimentRules``.
///
/// Lookup order: the word, the word with letter runs of 3+ cut to 2 then to 1 (`cooool`),
/// then (French) the word without accents.
public struct SentimentLexicon: Sendable {
  /// Valences of English words.
  public let english: [String: Double]
  /// Valences of French words.
  public let french: [String: Double]
  private let frenchFolded: [String: Double]

  /// The lexicon loaded from the module's resources (empty maps if they are missing).
  public static let standard = SentimentLexicon(
    english: load("sentiment-en").merging(SentimentRules.englishWords) { _, own in own },
    french: load("sentiment-fr").merging(SentimentRules.frenchWords) { _, own in own })

  /// Creates a lexicon from explicit maps (lower-case keys).
  public init(english: [String: Double], french: [String: Double]) {
    self.english = english
    self.french = french
    var folded: [String: Double] = [:]
    for (word, value) in french.sorted(by: { $0.key < $1.key }) {
      let key = Self.fold(word)
      if folded[key] == nil { folded[key] = value }
    }
    frenchFolded = folded
  }

  /// The valence of a lower-case `word` in `language` (`.other`: English, then French).
  public func valence(_ word: String, language: Language) -> Double? {
    switch language {
    case .english: return lookup(word, in: english, folded: nil)
    case .french: return lookup(word, in: french, folded: frenchFolded)
    case .other:
      return lookup(word, in: english, folded: nil)
        ?? lookup(word, in: french, folded: frenchFolded)
    }
  }

  private func lookup(_ word: String, in map: [String: Double], folded: [String: Double]?)
    -> Double?
  {
    if let value = map[word] { return value }
    let ascii = word.utf8.allSatisfy { $0 < 0x80 }
    // A word without a run of three equal letters is its own squeeze, and an ASCII word its
    // own fold.
    if Self.hasRun(word) {
      let two = Self.squeeze(word, keep: 2)
      if two != word {
        if let value = map[two] { return value }
        if let value = map[Self.squeeze(word, keep: 1)] { return value }
      }
    }
    if let folded, let value = folded[ascii ? word : Self.fold(word)] { return value }
    return nil
  }

  /// Whether the bytes of `word` hold a run of three equal bytes.
  /// Whether `word` may hold three equal characters in a row: told by its bytes when it is
  /// ASCII, by its scalars when each is a character of its own (below U+0300, no combining
  /// mark), else assumed.
  private static func hasRun(_ word: String) -> Bool {
    var previous: UInt32 = 0
    var run = 0
    for scalar in word.unicodeScalars {
      if scalar.value >= 0x300 || scalar.value < 0x20 { return true }
      run = scalar.value == previous ? run + 1 : 1
      previous = scalar.value
      if run > 2 { return true }
    }
    return false
  }

  /// `word` with runs of more than `keep` equal letters cut to `keep`.
  static func squeeze(_ word: String, keep: Int) -> String {
    var output = ""
    var previous: Character?
    var run = 0
    for character in word {
      run = character == previous ? run + 1 : 1
      previous = character
      if run <= keep { output.append(character) }
    }
    return output
  }

  /// `word` without diacritics.
  static func fold(_ word: String) -> String {
    Folding.withoutDiacritics(word)
  }

  private static func load(_ name: String) -> [String: Double] {
    guard let url = Bundle.module.url(forResource: name, withExtension: "tsv"),
      let data = try? Data(contentsOf: url)
    else { return [:] }
    var map: [String: Double] = [:]
    for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
      let parts = line.split(separator: "\t")
      guard parts.count >= 2, let value = Double(parts[1]) else { continue }
      map[String(parts[0])] = value
    }
    return map
  }
}
