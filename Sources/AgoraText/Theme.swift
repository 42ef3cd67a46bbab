/// One theme found in a set of texts.
public struct Theme: Sendable, Hashable, Codable {
  /// The theme's position in the result (themes are sorted by size, largest first).
  public var id: Int
  /// A readable label: up to three surface terms joined with `" · "`.
  public var label: String
  /// The label's terms, in order.
  public var terms: [String]
  /// How many texts belong to the theme.
  public var size: Int
  /// Indices of the member texts, ascending.
  public var members: [Int]
  /// Up to three member indices closest to the centroid, distinct texts, most central first.
  public var representatives: [Int]
}

/// Options for ``ThemeFinder``.
public struct ThemeOptions: Sendable {
  /// Forces the number of themes; `nil` lets the model selection choose. Default `nil`.
  public var themeCount: Int?
  /// The smallest and largest number of themes tried. Default 2…24.
  public var range: ClosedRange<Int>
  /// How many texts the number of themes is chosen on. Default 3,000.
  public var selectionSample: Int
  /// How many texts the final centroids are fitted on (all others are then assigned).
  /// Default 20,000.
  public var fitSample: Int
  /// The random seed. Default 42.
  public var seed: UInt64
  /// k-means runs per fit; the best (highest total similarity) is kept. Default 10
  /// (at most 3 when the fit sample exceeds 5,000 texts).
  public var restarts: Int = 10
  /// Whether bigrams are clustering features (labels always consider bigrams). Default `false`:
  /// on short texts bigrams split topics more than they join them.
  public var usesBigrams: Bool = false
  /// Features in more than this share of texts are dropped. Default 0.5.
  public var maxDocumentRatio: Double = 0.5
  /// The vector space themes are found in. Default ``VectorSpace/semantic`` (TF-IDF when the
  /// word table is missing): French and English texts on one subject share a theme.
  public var vectors: VectorSpace = .semantic
  /// The share of TF-IDF cosine mixed into semantic cosines.
  /// Default 0.3.
  public var tfidfShare = 0.3
  /// The weight of a word the word table lacks, learned from the texts holding it (see
  /// `SemanticTable.corpusVectors`); 0 keeps its character n-gram buckets. Default 1.5.
  public var missingWordWeight = 1.5
  /// Neighbours per text in the graph communities are found in (semantic space, k not
  /// forced). Default 15.
  public var neighbours = 15
  /// The modularity resolution of ``Leiden``: higher gives more, smaller themes. Default 1.5.
  public var resolution = 1.5
  /// How many texts (an even stride) the neighbour graph is built on; the others go to the
  /// nearest community centroid. Default 3,000.
  public var communitySample = 3000
  /// The largest share of the graph's texts left in outlier communities (attached to their
  /// nearest theme and flagged). Default 0.2.
  public var maxOutlierShare = 0.2
  /// The word table for ``VectorSpace/semantic``; `nil` uses ``SemanticTable/bundled``.
  public var semanticTable: SemanticTable?

  /// Creates options; see the properties for the defaults.
  public init(
    themeCount: Int? = nil, range: ClosedRange<Int> = 2...24, selectionSample: Int = 3000,
    fitSample: Int = 20000, seed: UInt64 = 42
  ) {
    self.themeCount = themeCount
    self.range = range
    self.selectionSample = selectionSample
    self.fitSample = fitSample
    self.seed = seed
  }
}

/// A vector space that texts are clustered in.
public enum VectorSpace: String, Sendable, CaseIterable {
  /// Sparse TF-IDF of stems (monolingual, always available).
  case tfidf
  /// Dense vectors from the static multilingual word table: French and English texts on one
  /// subject land close together. Falls back to TF-IDF when the table is missing.
  case semantic
}

/// The themes of a set of texts and each text's theme.
public struct ThemeResult: Sendable {
  /// Themes, largest first.
  public var themes: [Theme]
  /// The theme id of each text, or `nil` for a text without any known term.
  public var assignments: [Int?]
  /// The model-selection score of each number of themes tried (empty when k was forced or
  /// themes are graph communities).
  public var selectionScores: [Int: Double]
  /// The space the themes were found in (TF-IDF when semantic vectors were asked for but the
  /// table or texts were missing).
  public var vectors: VectorSpace = .tfidf
  /// Whether each text is an outlier: not part of any theme's community, attached to the
  /// nearest theme for tallies.
  public var outliers: [Bool] = []

  /// The share of texts that are outliers (0 when there are none).
  public var outlierShare: Double {
    outliers.isEmpty ? 0 : Double(outliers.filter { $0 }.count) / Double(outliers.count)
  }
}
