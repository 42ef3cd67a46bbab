extension ThemeLabeller {
  /// The label terms of a theme whose members are `central` (most central first).
  ///
  /// A theme holding both French and English (each at least 20% of its members and 2 texts)
  /// is labelled in both: the best term of the larger language, then the term of the other
  /// language that says the same ("données synthétiques · synthetic data"), then the larger
  /// language's second term. "Says the same" is the highest cosine in `table` among the other
  /// language's 8 best terms, if it reaches 0.5 (measured: "synthetic data" / "données
  /// synthétiques" 0.90, "nonprofit" / "but lucratif" 0.78, "bid" / "offre rachat" 0.52, but
  /// "grok" / "horaires train" −0.14); without a table, the other language's best term. When
  /// nothing says the same, or for a theme in one language, the label is the best terms of all
  /// members. A term equal to one already taken (ignoring case) is skipped. Members
  /// considered: the 300 most central (of each language when bilingual).
  func labelTerms(
    central: [Int], documents: [[Term]], languages: [Language]?, table: SemanticTable? = nil
  ) -> [String] {
    // The label of all members, worked out only when the theme is not labelled in both.
    func whole() -> [String] {
      labelTerms(members: Array(central.prefix(300)), documents: documents)
    }
    guard let languages else { return whole() }
    let french = central.filter { languages[$0] == .french }
    let english = central.filter { languages[$0] == .english }
    let least = max(2, (central.count + 4) / 5)
    guard french.count >= least, english.count >= least else { return whole() }
    let (larger, smaller) = french.count >= english.count ? (french, english) : (english, french)
    let main = labelTerms(members: Array(larger.prefix(300)), documents: documents)
    var wide = self
    wide.maxTerms = 8
    let others = wide.labelTerms(members: Array(smaller.prefix(300)), documents: documents)
    guard let first = main.first,
      let other = Self.closest(to: first, among: others, table: table),
      other.lowercased() != first.lowercased()
    else { return whole() }
    var terms = [first, other]
    for term in main.dropFirst() where terms.count < maxTerms {
      if !terms.contains(where: { $0.lowercased() == term.lowercased() }) { terms.append(term) }
    }
    return terms
  }

  /// The candidate nearest to `term` in the semantic table (ties: the earlier, better-ranked
  /// candidate) if its cosine reaches `least`, or the first candidate without a table.
  static func closest(
    to term: String, among candidates: [String], table: SemanticTable?, least: Float = 0.5
  ) -> String? {
    guard let table else { return candidates.first }
    let target = table.vector(term)
    guard !target.isEmpty else { return nil }
    var best: String?
    var bestSimilarity = least
    for candidate in candidates {
      let vector = table.vector(candidate)
      guard !vector.isEmpty else { continue }
      let similarity = zip(vector, target).reduce(Float(0)) { $0 + $1.0 * $1.1 }
      if similarity >= bestSimilarity && (best == nil || similarity > bestSimilarity) {
        best = candidate
        bestSimilarity = similarity
      }
    }
    return best
  }
}
