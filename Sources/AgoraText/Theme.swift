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
  /// The vector space themes are found in. Default ``VectorSpace/tfidf``: on the English dev
  /// sets TF-IDF finds topics better; ``VectorSpace/semantic`` is for mixed-language texts.
  public var vectors: VectorSpace = .tfidf
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
  /// The model-selection score of each number of themes tried (empty when k was forced).
  public var selectionScores: [Int: Double]
}
