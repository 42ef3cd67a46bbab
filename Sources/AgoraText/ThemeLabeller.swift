import Foundation

/// Picks label terms for a theme and spells them with the words people wrote.
///
/// Class-based TF-IDF over unigrams and bigrams of adjacent terms: for feature f and theme c,
/// score = share of the theme's sampled members containing f × ln(1 + N / df(f)), with df over
/// the corpus sample of N texts; bigrams get ×1.5 so that phrases such as
/// "données synthétiques" win over their parts; features in fewer than 2 members (or 5% of
/// the sampled members) are skipped. With a semantic table, the 20 best are weighed by the
/// square root of their words' specificity in everyday language. Up to 3 features are taken, skipping a unigram inside a
/// chosen bigram, a bigram sharing a word with a chosen bigram, and numbers. Each is spelled by its most frequent surface form among the members
/// (ties: alphabetical). Members sampled: the 300 most central.
struct ThemeLabeller: Sendable {
  let documentFrequency: [String: Int]
  let corpusSize: Int
  var maxTerms = 3
  /// When set, the best candidates are weighed by how specific their words are in everyday
  /// language (see ``specificity(of:members:documents:table:)``).
  var table: SemanticTable?

  /// Counts corpus document frequencies of unigrams and bigrams on `sample`.
  init(documents: [[Term]], sample: [Int]) {
    var copies = [Int](repeating: 0, count: documents.count)
    for index in sample { copies[index] += 1 }
    self.init(distinct: documents, copies: copies)
  }

  /// Counts corpus document frequencies as if document i were sampled `copies[i]` times: the
  /// same counts as sampling every copy, each distinct document read once.
  init(distinct documents: [[Term]], copies: [Int]) {
    var counts: [String: Int] = [:]
    var size = 0
    for (document, copies) in zip(documents, copies) where copies > 0 {
      size += copies
      for feature in Set(Self.features(document)) { counts[feature, default: 0] += copies }
    }
    documentFrequency = counts
    corpusSize = max(1, size)
  }

  static func features(_ terms: [Term]) -> [String] {
    var output = terms.map(\.key)
    if terms.count > 1 {
      for index in 1..<terms.count { output.append(terms[index - 1].key + " " + terms[index].key) }
    }
    return output
  }

  func labelTerms(members: [Int], documents: [[Term]]) -> [String] {
    var counts: [String: Int] = [:]
    for member in members {
      for feature in Set(Self.features(documents[member])) { counts[feature, default: 0] += 1 }
    }
    let minimum = max(2, members.count / 20)
    var candidates: [(feature: String, score: Double)] = []
    for (feature, count) in counts where count >= minimum {
      let df = Double(documentFrequency[feature] ?? count)
      let share = Double(count) / Double(max(1, members.count))
      let bonus = feature.contains(" ") ? 1.5 : 1
      candidates.append((feature, share * log(1 + Double(corpusSize) / df) * bonus))
    }
    candidates.sort { $0.score != $1.score ? $0.score > $1.score : $0.feature < $1.feature }
    var best = Array(candidates.prefix(20))
    if let table {
      let spelled = surfaces(of: best.map(\.feature), members: members, documents: documents)
      best = best.map { candidate in
        let weight = Self.specificity(of: spelled[candidate.feature] ?? candidate.feature, table)
        return (candidate.feature, candidate.score * weight.squareRoot())
      }
      best.sort { $0.score != $1.score ? $0.score > $1.score : $0.feature < $1.feature }
    }
    var chosen: [String] = []
    for candidate in best where chosen.count < maxTerms {
      let parts = candidate.feature.split(separator: " ").map(String.init)
      if parts.count == 1,
        chosen.contains(where: { $0.split(separator: " ").contains(Substring(candidate.feature)) })
      {
        continue
      }
      if parts.contains(where: { $0.allSatisfy(\.isNumber) }) { continue }
      if parts.count == 2 {
        let used = Set(chosen.flatMap { $0.split(separator: " ").map(String.init) })
        if parts[0] == parts[1]
          || chosen.contains(where: { $0.contains(" ") })
            && parts.contains(where: { used.contains($0) })
        {
          continue
        }
        chosen.removeAll { parts.contains($0) }
      }
      chosen.append(candidate.feature)
    }
    var labels: [String] = []
    for feature in chosen {
      let word = surface(of: feature, members: members, documents: documents)
      if !labels.contains(word) { labels.append(word) }
    }
    return labels
  }

  /// How specific the words of `words` (a surface form) are in everyday language, from 0 to 1:
  /// the table's frequency weight of its rarest word (1 for words the table lacks, such as names
  /// and new terms). Words as common as "juste", "parle" or "point" weigh about 0.2–0.5,
  /// "mistral" or "synthétiques" about 1, so that a theme is named by what sets it apart.
  static func specificity(of words: String, _ table: SemanticTable) -> Double {
    let weights = words.lowercased().split(separator: " ").map {
      Double(table.specificity(of: String($0)) ?? 1)
    }
    return min(1, weights.max() ?? 1)
  }

  /// The most frequent surface form of each of `features` among the members, read in one pass
  /// (ties: alphabetical; a feature never seen spells itself).
  func surfaces(of features: [String], members: [Int], documents: [[Term]]) -> [String: String] {
    var seconds: [String: Set<String>] = [:]
    for feature in features {
      let parts = feature.split(separator: " ").map(String.init)
      seconds[parts[0], default: []].insert(parts.count > 1 ? parts[1] : "")
    }
    var counts: [String: [String: Int]] = [:]
    for member in members {
      let terms = documents[member]
      for (index, term) in terms.enumerated() {
        guard let wanted = seconds[term.key] else { continue }
        if wanted.contains("") { counts[term.key, default: [:]][term.surface, default: 0] += 1 }
        if index + 1 < terms.count, wanted.contains(terms[index + 1].key) {
          let key = term.key + " " + terms[index + 1].key
          counts[key, default: [:]][term.surface + " " + terms[index + 1].surface, default: 0] += 1
        }
      }
    }
    return counts.mapValues { forms in
      forms.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }?.key ?? ""
    }
  }

  private func surface(of feature: String, members: [Int], documents: [[Term]]) -> String {
    let parts = feature.split(separator: " ").map(String.init)
    var counts: [String: Int] = [:]
    for member in members {
      let terms = documents[member]
      for (index, term) in terms.enumerated() where term.key == parts[0] {
        if parts.count == 1 {
          counts[term.surface, default: 0] += 1
        } else if index + 1 < terms.count, terms[index + 1].key == parts[1] {
          counts[term.surface + " " + terms[index + 1].surface, default: 0] += 1
        }
      }
    }
    let best = counts.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }
    return best?.key ?? feature
  }
}
