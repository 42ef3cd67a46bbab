/// Suggests the intended word for a misspelt one ("did you mean …?").
enum Spelling {
  /// The candidate nearest to `word` by edit distance, if it is close enough to be a typo
  /// (at most a third of the word's length, and at least 1 edit allowed).
  static func closest(to word: String, in candidates: [String]) -> String? {
    let limit = max(1, word.count / 3)
    let scored = candidates.map { (candidate: $0, distance: distance(word, $0)) }
    guard let best = scored.min(by: { ($0.distance, $0.candidate) < ($1.distance, $1.candidate) })
    else { return nil }
    return best.distance <= limit ? best.candidate : nil
  }

  /// Levenshtein distance: insertions, deletions and substitutions each cost 1.
  static func distance(_ a: String, _ b: String) -> Int {
    let a = Array(a)
    let b = Array(b)
    var previous = Array(0...b.count)
    for (i, x) in a.enumerated() {
      var current = [i + 1]
      for (j, y) in b.enumerated() {
        current.append(min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1)))
      }
      previous = current
    }
    return previous[b.count]
  }
}
