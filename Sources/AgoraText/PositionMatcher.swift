import Foundation

/// Infers which options of a choice question a free text takes, from phrases per option
/// ("pas fiable", "ça dépend", "for-profit").
///
/// Texts and phrases are compared case- and accent-folded, on whole words. Where one matched
/// phrase lies inside a longer matched one ("fiable" inside "pas fiable") only the longer counts.
/// For a single-choice question a text takes an option only when exactly one option matches;
/// for a multiple-choice question it takes every option that matches.
public struct PositionMatcher: Sendable {
  /// The phrases of each option id.
  public var phrases: [String: [String]]
  /// Whether several options may be taken at once.
  public var allowsSeveral: Bool

  /// Creates a matcher.
  public init(phrases: [String: [String]], allowsSeveral: Bool) {
    self.phrases = phrases.mapValues { $0.map(Self.fold).filter { !$0.isEmpty } }
    self.allowsSeveral = allowsSeveral
  }

  /// The option ids `text` takes, sorted; empty when it takes none (or is ambiguous).
  public func positions(of text: String) -> [String] {
    let words = " " + Self.fold(text) + " "
    var spans: [(option: String, range: Range<String.Index>)] = []
    for (option, list) in phrases {
      for phrase in list {
        var start = words.startIndex
        while let found = words.range(of: " \(phrase) ", range: start..<words.endIndex) {
          spans.append((option, found))
          start = words.index(before: found.upperBound)
        }
      }
    }
    let kept = spans.filter { span in
      !spans.contains { other in
        other.range != span.range && other.range.contains(span.range.lowerBound)
          && other.range.upperBound >= span.range.upperBound
          && words[other.range].count > words[span.range].count
      }
    }
    let options = Set(kept.map(\.option)).sorted()
    if allowsSeveral { return options }
    return options.count == 1 ? options : []
  }

  /// Lower-cased, accent-free words separated by single spaces (apostrophes and hyphens split).
  static func fold(_ text: String) -> String {
    let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    return folded.unicodeScalars
      .split { !($0.properties.isAlphabetic || ("0"..."9").contains($0)) }
      .map { String(String.UnicodeScalarView($0)) }
      .joined(separator: " ")
  }
}
