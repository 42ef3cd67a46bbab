import Foundation

/// Infers which options of a choice question a free text takes, from phrases per option
/// ("pas fiable", "ça dépend", "for-profit").
///
/// Texts and phrases are compared word by word as French Snowball stems of the case- and
/// accent-folded words ("fiables" matches "fiable"; English words are stemmed the same way on
/// both sides, so they match too). Where one matched
/// phrase lies inside a longer matched one ("fiable" inside "pas fiable") only the longer counts.
/// A phrase preceded within three words by a negation (pas, jamais, not, never, no…) that is not
/// part of the phrase itself does not count ("pas très fiable" does not take "fiable").
/// For a single-choice question a text takes an option only when exactly one option matches;
/// for a multiple-choice question it takes every option that matches.
///
/// A matcher holds a stemmer, which is not thread-safe: use one matcher per thread.
public final class PositionMatcher {
  /// The folded, stemmed words of each phrase, by option id.
  let phrases: [String: [[String]]]
  /// Whether several options may be taken at once.
  public let allowsSeveral: Bool
  private let stemmer: Stemmer?
  private let negations: Set<String>
  /// Every phrase with its option, and where each word starts phrases.
  private let entries: [(option: String, words: [String])]
  private let startingWith: [String: [Int]]

  /// Creates a matcher from phrases per option id.
  public init(phrases: [String: [String]], allowsSeveral: Bool) {
    let stemmer = Stemmer(language: .french)
    self.stemmer = stemmer
    self.phrases = phrases.mapValues { list in
      list.map { Self.words($0, stemmer: stemmer) }.filter { !$0.isEmpty }
    }
    self.allowsSeveral = allowsSeveral
    let entries = self.phrases.flatMap { option, list in list.map { (option, $0) } }
    var startingWith: [String: [Int]] = [:]
    for (index, entry) in entries.enumerated() {
      startingWith[entry.1[0], default: []].append(index)
    }
    self.entries = entries
    self.startingWith = startingWith
    let negationWords = "pas jamais plus aucun aucune peu guère not never no nor hardly n't isn"
    self.negations = Set(Self.words(negationWords, stemmer: stemmer))
  }

  /// The option ids `text` takes, sorted; empty when it takes none (or is ambiguous).
  public func positions(of text: String) -> [String] {
    positions(words: Self.words(text, stemmer: stemmer))
  }

  /// The option ids a text takes, from its folded, French-stemmed words
  /// (``TextReading/matchWords``); the same as ``positions(of:)`` on the text.
  public func positions(words: [String]) -> [String] {
    // Occurrences of each phrase, left to right, not overlapping one another.
    var spans: [(option: String, range: Range<Int>)] = []
    var free = [Int](repeating: 0, count: entries.count)
    for start in words.indices {
      for entry in startingWith[words[start]] ?? [] where start >= free[entry] {
        let phrase = entries[entry].words
        let end = start + phrase.count
        if end <= words.count, words[start..<end].elementsEqual(phrase) {
          spans.append((entries[entry].option, start..<end))
          free[entry] = end
        }
      }
    }
    let kept = spans.filter { span in
      (isNegative(words[span.range]) || !isNegated(span.range, in: words))
        && !spans.contains { other in
          other.range != span.range && other.range.lowerBound <= span.range.lowerBound
            && other.range.upperBound >= span.range.upperBound
        }
    }
    let options = Set(kept.map(\.option)).sorted()
    if allowsSeveral { return options }
    return options.count == 1 ? options : []
  }

  /// Whether a matched phrase holds a negation itself ("pas fiable").
  private func isNegative(_ phrase: ArraySlice<String>) -> Bool {
    phrase.contains { negations.contains($0) }
  }

  /// Whether one of the three words before `range` is a negation.
  private func isNegated(_ range: Range<Int>, in words: [String]) -> Bool {
    words[max(0, range.lowerBound - 3)..<range.lowerBound].contains { negations.contains($0) }
  }

  /// Lower-cased, accent-free word stems (apostrophes and hyphens split words).
  static func words(_ text: String, stemmer: Stemmer?) -> [String] {
    TextAnalyzer.foldedWords(text).map { stemmer?.stem($0) ?? $0 }
  }
}
