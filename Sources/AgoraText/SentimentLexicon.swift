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
    let two = Self.squeeze(word, keep: 2)
    if two != word {
      if let value = map[two] { return value }
      if let value = map[Self.squeeze(word, keep: 1)] { return value }
    }
    if let folded, let value = folded[Self.fold(word)] { return value }
    return nil
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
    word.folding(options: .diacriticInsensitive, locale: nil)
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
