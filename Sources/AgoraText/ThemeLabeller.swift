/// Picks label terms for a cluster and spells them with the words people wrote.
///
/// A feature's distinctiveness for cluster c is w(c) − mean over other clusters of w(c'),
/// with w the centroid weight; bigrams get ×1.5 so that phrases such as
/// "données synthétiques" win over their parts. Up to 3 features are taken, skipping a unigram
/// already inside a chosen bigram and a bigram whose both parts are already chosen. Each is
/// spelled by its most frequent surface form among the members (ties: alphabetical).
struct ThemeLabeller: Sendable {
  let fitted: FittedTfidf
  let model: SphericalKMeans.Model
  var maxTerms = 3

  func labelTerms(cluster: Int, members: [Int], documents: [[Term]]) -> [String] {
    let k = model.clusterCount
    var candidates: [(feature: Int, score: Float)] = []
    for feature in 0..<model.dimension {
      let own = model.weights[feature * k + cluster]
      guard own > 0 else { continue }
      var others: Float = 0
      for other in 0..<k where other != cluster { others += model.weights[feature * k + other] }
      let mean = k > 1 ? others / Float(k - 1) : 0
      let bonus: Float = fitted.terms[feature].contains(" ") ? 1.5 : 1
      candidates.append((feature, (own - mean) * bonus))
    }
    candidates.sort { $0.score != $1.score ? $0.score > $1.score : $0.feature < $1.feature }
    var chosen: [String] = []
    for candidate in candidates.prefix(12) where chosen.count < maxTerms {
      let feature = fitted.terms[candidate.feature]
      let parts = feature.split(separator: " ").map(String.init)
      if parts.count == 1, chosen.contains(where: { $0.split(separator: " ").contains(Substring(feature)) }) {
        continue
      }
      if parts.count == 2, parts.allSatisfy({ chosen.contains($0) }) { continue }
      if parts.count == 2 { chosen.removeAll { parts.contains($0) } }
      chosen.append(feature)
    }
    return chosen.map { surface(of: $0, members: members, documents: documents) }
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
