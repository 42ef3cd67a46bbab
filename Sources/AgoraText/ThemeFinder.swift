import Foundation

/// Finds themes in term lists: TF-IDF (``TfidfVectorizer``) or semantic vectors
/// (``SemanticTable``, see ``ThemeOptions/vectors``) → spherical k-means, k chosen by
/// ``KSelection`` on a sample unless forced → every text assigned to its nearest centroid.
/// Labels always come from the terms (TF-IDF), whatever space the themes were found in.
///
/// Vectoriser settings: min df 2 (1 under 50 texts), max df ratio 0.5 (from 20 texts),
/// at most 50,000 features, unigrams (``ThemeOptions/usesBigrams``), sublinear tf; the vocabulary is fitted on at most
/// 200,000 texts (an even stride through the input). Deterministic for a given seed.
public struct ThemeFinder: Sendable {
  /// The options used.
  public var options: ThemeOptions

  /// Creates a finder.
  public init(options: ThemeOptions = ThemeOptions()) {
    self.options = options
  }

  /// The themes of `documents` (terms per text); `texts`, when given, lets representatives
  /// skip duplicate texts.
  public func findThemes(_ documents: [[Term]], texts: [String]? = nil) -> ThemeResult {
    findThemes(distinct: documents, slots: Array(documents.indices), texts: texts)
  }

  /// The themes of texts whose terms are `distinct[slots[i]]` for text i: each distinct
  /// document is vectorised and assigned once, with the same result as passing every copy.
  func findThemes(distinct: [[Term]], slots: [Int], texts: [String]? = nil) -> ThemeResult {
    let documents = slots.map { distinct[$0] }
    let distinctKeys = distinct.map { $0.map(\.key) }
    let keys = slots.map { distinctKeys[$0] }
    let count = keys.count
    let (distinctVectors, dimension) = vectorize(distinctKeys, slots: slots, texts: texts)
    let vectors = slots.map { distinctVectors[$0] }
    let usable = (0..<count).filter { !vectors[$0].isEmpty }
    guard !usable.isEmpty else {
      return ThemeResult(
        themes: [], assignments: Array(repeating: nil, count: count), selectionScores: [:])
    }
    var scores: [Int: Double] = [:]
    let k: Int
    if let forced = options.themeCount {
      k = max(1, min(forced, usable.count))
    } else {
      let sample = Self.stride(usable, limit: options.selectionSample).map { vectors[$0] }
      (k, scores) = KSelection(range: options.range, seed: options.seed).choose(
        sample, dimension: dimension)
    }
    let fitIndices = Self.stride(usable, limit: options.fitSample)
    let model = SphericalKMeans(
      clusterCount: k,
      restarts: fitIndices.count > 5000 ? min(3, options.restarts) : options.restarts,
      seed: options.seed
    )
    .fit(
      fitIndices.map { vectors[$0] }, dimension: dimension)
    let distinctNearest = Parallel.map(count: distinct.count) { range in
      range.map { distinctVectors[$0].isEmpty ? nil : model.nearest(distinctVectors[$0]) }
    }
    let nearest = slots.map { distinctNearest[$0] }
    let labeller = ThemeLabeller(
      distinct: distinct,
      copies: Self.copies(
        of: Self.stride(usable, limit: 20_000), slots: slots, distinct: distinct.count))
    var groups = [[Int]](repeating: [], count: model.clusterCount)
    for (index, hit) in nearest.enumerated() { if let hit { groups[hit.cluster].append(index) } }
    var themes: [(cluster: Int, theme: Theme)] = []
    for cluster in 0..<model.clusterCount where !groups[cluster].isEmpty {
      let members = groups[cluster]
      let central = members.sorted { left, right in
        let a = nearest[left]?.similarity ?? 0
        let b = nearest[right]?.similarity ?? 0
        return a != b ? a > b : left < right
      }
      let terms = labeller.labelTerms(members: Array(central.prefix(300)), documents: documents)
      var seen = Set<String>()
      var representatives: [Int] = []
      for index in central where representatives.count < 3 {
        let key =
          texts.map { $0[index].lowercased().split(separator: " ").joined(separator: " ") }
          ?? keys[index].joined(separator: " ")
        if seen.insert(key).inserted { representatives.append(index) }
      }
      let theme = Theme(
        id: 0, label: terms.joined(separator: " · "), terms: terms, size: members.count,
        members: members, representatives: representatives)
      themes.append((cluster, theme))
    }
    themes.sort { left, right in
      left.theme.size != right.theme.size
        ? left.theme.size > right.theme.size : left.theme.label < right.theme.label
    }
    var idOfCluster: [Int: Int] = [:]
    var ordered: [Theme] = []
    for (id, entry) in themes.enumerated() {
      idOfCluster[entry.cluster] = id
      var theme = entry.theme
      theme.id = id
      ordered.append(theme)
    }
    let assignments = nearest.map { hit in hit.flatMap { idOfCluster[$0.cluster] } }
    return ThemeResult(themes: ordered, assignments: assignments, selectionScores: scores)
  }

  /// The vector of each distinct document in the space ``ThemeOptions/vectors`` names, and
  /// their dimension. Semantic vectors need the texts and the bundled table; without either,
  /// TF-IDF is used.
  func vectorize(_ distinctKeys: [[String]], slots: [Int], texts: [String]?) -> (
    [SparseVector], Int
  ) {
    if options.vectors == .semantic, let texts, texts.count == slots.count,
      let table = options.semanticTable ?? SemanticTable.bundled
    {
      // Equal texts have equal vectors: keep the first copy's.
      let all = Self.semanticVectors(texts, table: table)
      var first = [Int](repeating: -1, count: distinctKeys.count)
      for (index, slot) in slots.enumerated().reversed() { first[slot] = index }
      return (first.map { $0 >= 0 ? all[$0] : SparseVector() }, table.dimension)
    }
    return tfidfVectors(distinctKeys, slots: slots)
  }

  /// TF-IDF fitted on every text (copies included, as df counts them), applied to each distinct
  /// document once.
  private func tfidfVectors(_ distinctKeys: [[String]], slots: [Int]) -> ([SparseVector], Int) {
    let count = slots.count
    let vectorizer = TfidfVectorizer(
      minDocumentFrequency: count < 50 ? 1 : 2,
      maxDocumentRatio: count < 20 ? 1 : options.maxDocumentRatio,
      maxFeatures: 50_000, usesBigrams: options.usesBigrams)
    let fitted = vectorizer.fit(
      distinctKeys,
      copies: Self.copies(
        of: Self.stride(Array(0..<count), limit: 200_000), slots: slots,
        distinct: distinctKeys.count))
    let vectors = Parallel.map(count: distinctKeys.count) { range in
      range.map { fitted.transform(distinctKeys[$0]) }
    }
    return (vectors, fitted.terms.count)
  }

  /// How many of `items` (text indices) fall on each distinct document.
  static func copies(of items: [Int], slots: [Int], distinct: Int) -> [Int] {
    var copies = [Int](repeating: 0, count: distinct)
    for item in items { copies[slots[item]] += 1 }
    return copies
  }

  /// At most `limit` items taken at an even stride (all when fewer).
  static func stride(_ items: [Int], limit: Int) -> [Int] {
    guard items.count > limit, limit > 0 else { return items }
    return (0..<limit).map { items[$0 * items.count / limit] }
  }
}
