extension ThemeLabeller {
  /// The label terms of a theme whose members are `central` (most central first).
  ///
  /// A theme holding both French and English (each at least 20% of its members and 2 texts)
  /// is labelled in both: the best terms of each language's members, alternating, the
  /// larger language first ("données synthétiques · synthetic data"), a term equal to one
  /// already taken (ignoring case) skipped. Other themes take the best terms of all members.
  /// Members considered: the 300 most central (of each language, for a bilingual theme).
  func labelTerms(central: [Int], documents: [[Term]], languages: [Language]?) -> [String] {
    let whole = labelTerms(members: Array(central.prefix(300)), documents: documents)
    guard let languages else { return whole }
    let french = central.filter { languages[$0] == .french }
    let english = central.filter { languages[$0] == .english }
    let least = max(2, (central.count + 4) / 5)
    guard french.count >= least, english.count >= least else { return whole }
    let groups = french.count >= english.count ? [french, english] : [english, french]
    let lists = groups.map { labelTerms(members: Array($0.prefix(300)), documents: documents) }
    var terms: [String] = []
    var seen = Set<String>()
    for rank in 0..<maxTerms {
      for list in lists where rank < list.count && terms.count < maxTerms {
        if seen.insert(list[rank].lowercased()).inserted { terms.append(list[rank]) }
      }
    }
    return terms.isEmpty ? whole : terms
  }
}
