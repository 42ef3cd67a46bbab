import Foundation

/// Finds themes in term lists, in one of two spaces (``ThemeOptions/vectors``):
/// - semantic (the default): the word table's vectors (``SemanticTable``) mixed with a little
///   TF-IDF; without a forced k, themes are Leiden communities of a neighbour graph
///   (`communityPartition`), small communities being outliers attached to the nearest theme;
/// - TF-IDF (``TfidfVectorizer``): spherical k-means, k chosen by ``KSelection`` on a sample.
///
/// A forced k (``ThemeOptions/themeCount``) means spherical k-means in either space. Every
/// text is assigned to its nearest centroid. Labels always come from the terms (TF-IDF),
/// whatever space the themes were found in, in both languages for a bilingual theme.
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
  /// `languages` (one per distinct document), when given, labels a theme that holds both
  /// French and English in both languages.
  func findThemes(
    distinct: [[Term]], slots: [Int], texts: [String]? = nil, languages: [Language]? = nil
  ) -> ThemeResult {
    let documents = slots.map { distinct[$0] }
    let distinctKeys = distinct.map { $0.map(\.key) }
    let keys = slots.map { distinctKeys[$0] }
    let count = keys.count
    let space = vectorize(distinctKeys, slots: slots, texts: texts)
    let distinctVectors = space.vectors
    let usable = (0..<count).filter { !distinctVectors[slots[$0]].isEmpty }
    guard !usable.isEmpty else {
      return ThemeResult(
        themes: [], assignments: Array(repeating: nil, count: count), selectionScores: [:],
        vectors: space.name, outliers: Array(repeating: false, count: count))
    }
    var scores: [Int: Double] = [:]
    let partition: Partition
    if options.themeCount == nil && space.name == .semantic {
      var copies = [Int](repeating: 0, count: distinct.count)
      for slot in slots { copies[slot] += 1 }
      partition = communityPartition(
        distinctVectors, copies: copies, dimension: space.dimension,
        denseWidth: space.denseWidth)
    } else {
      let vectors = slots.map { distinctVectors[$0] }
      let k: Int
      if let forced = options.themeCount {
        k = max(1, min(forced, usable.count))
      } else {
        let sample = Self.stride(usable, limit: options.selectionSample).map { vectors[$0] }
        (k, scores) = KSelection(range: options.range, seed: options.seed).choose(
          sample, dimension: space.dimension)
      }
      partition = kMeansPartition(
        vectors, usable: usable, distinct: distinctVectors, k: k, dimension: space.dimension)
    }
    let nearest = slots.map { partition.nearest[$0] }
    let outliers = slots.map { partition.outliers[$0] }
    var labeller = ThemeLabeller(
      distinct: distinct,
      copies: Self.copies(
        of: Self.stride(usable, limit: 20_000), slots: slots, distinct: distinct.count))
    labeller.table = space.table
    let textLanguages = languages.map { all in slots.map { all[$0] } }
    var groups = [[Int]](repeating: [], count: partition.clusterCount)
    for (index, hit) in nearest.enumerated() { if let hit { groups[hit.cluster].append(index) } }
    var themes: [(cluster: Int, theme: Theme)] = []
    for cluster in 0..<partition.clusterCount where !groups[cluster].isEmpty {
      let members = groups[cluster]
      // Outliers come last: they are attached to the theme, not typical of it.
      let central = members.sorted { left, right in
        if outliers[left] != outliers[right] { return !outliers[left] }
        let a = nearest[left]?.similarity ?? 0
        let b = nearest[right]?.similarity ?? 0
        return a != b ? a > b : left < right
      }
      let terms = labeller.labelTerms(
        central: central, documents: documents, languages: textLanguages, table: space.table)
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
    return ThemeResult(
      themes: ordered, assignments: assignments, selectionScores: scores, vectors: space.name,
      outliers: outliers)
  }

  /// Spherical k-means with `k` clusters fitted on an even sample of the texts (copies
  /// included), then every distinct document assigned to its nearest centroid.
  private func kMeansPartition(
    _ vectors: [SparseVector], usable: [Int], distinct: [SparseVector], k: Int, dimension: Int
  ) -> Partition {
    let fitIndices = Self.stride(usable, limit: options.fitSample)
    let model = SphericalKMeans(
      clusterCount: k,
      restarts: fitIndices.count > 5000 ? min(3, options.restarts) : options.restarts,
      seed: options.seed
    )
    .fit(fitIndices.map { vectors[$0] }, dimension: dimension)
    let nearest = Parallel.map(count: distinct.count) { range in
      range.map { distinct[$0].isEmpty ? nil : model.nearest(distinct[$0]) }
    }
    return Partition(
      clusterCount: model.clusterCount, nearest: nearest,
      outliers: Array(repeating: false, count: distinct.count))
  }

  /// The vectors of the distinct documents in the space ``ThemeOptions/vectors`` names.
  /// Semantic vectors need the texts and the bundled table; without either, TF-IDF is used.
  func vectorize(_ distinctKeys: [[String]], slots: [Int], texts: [String]?) -> VectorSet {
    let (tfidf, terms) = tfidfVectors(distinctKeys, slots: slots)
    guard options.vectors == .semantic, let texts, texts.count == slots.count,
      let table = options.semanticTable ?? SemanticTable.bundled
    else {
      return VectorSet(
        name: .tfidf, vectors: tfidf, dimension: terms, denseWidth: 0, table: nil)
    }
    // Equal texts have equal vectors: embed each distinct document's first copy.
    var first = [Int](repeating: -1, count: distinctKeys.count)
    for (index, slot) in slots.enumerated().reversed() { first[slot] = index }
    let vectors = Self.semanticVectors(
      first.map { $0 >= 0 ? texts[$0] : "" }, table: table, tfidf: tfidf,
      tfidfShare: options.tfidfShare, missingWordWeight: options.missingWordWeight)
    return VectorSet(
      name: .semantic, vectors: vectors, dimension: table.dimension + terms,
      denseWidth: table.dimension, table: table)
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
