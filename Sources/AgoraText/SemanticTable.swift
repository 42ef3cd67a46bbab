import Foundation

/// A static French/English word table distilled from a multilingual sentence encoder
/// (recipe and provenance: `Resources/vectors/README.md` and `make_vectors.py`).
///
/// Each row is a word's encoder vector reduced by PCA, normalised and multiplied by the
/// frequency weight a / (a + p(w)), a = 1e-4, stored as int8 with a float scale per row.
/// Words the table lacks take the mean of their character n-gram bucket rows (n = 3…5 on
/// "<word>", FNV-1a hashed). A text's vector is the L2-normalised sum of its tokens' rows
/// (the same direction as their weighted mean); tokens follow ``SemanticTokenizer``.
public struct SemanticTable: Sendable {
  /// The number of dimensions of a vector.
  public let dimension: Int
  /// The number of words in the table.
  public var wordCount: Int { words.count }
  /// The number of n-gram buckets that follow the word rows.
  let bucketCount: Int
  let ngramLengths: ClosedRange<Int>
  let words: WordIndex
  let scales: [Float]
  let rows: [Int8]

  /// The table shipped with Agora (read once), or `nil` when its resource files are missing.
  public static let bundled: SemanticTable? = {
    guard let files = bundledFiles else { return nil }
    return try? SemanticTable(tableFile: files.table, wordsFile: files.words)
  }()

  /// The resource files of the shipped table, or `nil` when they are missing.
  public static var bundledFiles: (table: URL, words: URL)? {
    guard
      let table = Bundle.module.url(forResource: "semantic-table", withExtension: "bin"),
      let words = Bundle.module.url(forResource: "semantic-words", withExtension: "txt")
    else { return nil }
    return (table, words)
  }

  /// Reads a table from its two files (`semantic-table.bin`, `semantic-words.txt`).
  public init(tableFile: URL, wordsFile: URL) throws {
    let table: Data
    let words: Data
    do {
      table = try Data(contentsOf: tableFile, options: .alwaysMapped)
      words = try Data(contentsOf: wordsFile, options: .alwaysMapped)
    } catch {
      throw TextError.unreadableFile(path: tableFile.path, reason: "\(error)")
    }
    try self.init(table: table, words: words, name: tableFile.path)
  }

  /// Reads a table from the bytes of its two files; `name` is used in errors.
  init(table: Data, words wordData: Data, name: String) throws {
    let header = 28
    func field(_ index: Int) -> Int {
      table.withUnsafeBytes {
        Int(
          UInt32(
            littleEndian: $0.loadUnaligned(
              fromByteOffset: 4 + 4 * index, as: UInt32.self)))
      }
    }
    guard table.count >= header, table.prefix(4) == Data("AGSV".utf8), field(0) == 1 else {
      throw TextError.unreadableFile(path: name, reason: "not a version 1 semantic table")
    }
    let dimension = field(1)
    let wordCount = field(2)
    let bucketCount = field(3)
    let rowCount = wordCount + bucketCount
    guard table.count == header + rowCount * (4 + dimension), field(4) <= field(5) else {
      throw TextError.unreadableFile(path: name, reason: "truncated semantic table")
    }
    self.dimension = dimension
    self.bucketCount = bucketCount
    ngramLengths = field(4)...field(5)
    scales = table.withUnsafeBytes { raw in
      (0..<rowCount).map { row in
        Float(
          bitPattern: UInt32(
            littleEndian: raw.loadUnaligned(
              fromByteOffset: header + 4 * row, as: UInt32.self)))
      }
    }
    let start = header + 4 * rowCount
    rows = table.withUnsafeBytes { raw in
      [Int8](unsafeUninitializedCapacity: rowCount * dimension) { buffer, count in
        UnsafeMutableRawBufferPointer(buffer).copyMemory(
          from: UnsafeRawBufferPointer(rebasing: raw[start...]))
        count = rowCount * dimension
      }
    }
    let index = wordData.withUnsafeBytes { WordIndex(lines: $0) }
    guard index.count == wordCount else {
      throw TextError.unreadableFile(
        path: name, reason: "word list has \(index.count) lines, table has \(wordCount) rows")
    }
    words = index
  }

  /// Whether `word` (already a token) has its own row.
  public func contains(_ word: String) -> Bool { words.row(word) != nil }

  /// How specific `word` (already a token) is in everyday language: the length of its row,
  /// which is the frequency weight a / (a + p(w)) baked into it (near 1 for rare words, near 0
  /// for the commonest); `nil` for a word without its own row.
  func specificity(of word: String) -> Float? {
    guard let row = words.row(word).map(Int.init) else { return nil }
    let base = row * dimension
    let squares = rows[base..<base + dimension].reduce(Float(0)) { $0 + Float($1) * Float($1) }
    return scales[row] * squares.squareRoot()
  }

  /// The unit vector of `text`, or an empty array when it has no token with a letter.
  public func vector(_ text: String) -> [Float] {
    normalised(sum(text) { _, _ in false })
  }

  /// The sum of the rows of `text`'s tokens (`nil` when no token has a letter). A token the
  /// table lacks is first offered to `missing`, which may add a vector of its own to the sum
  /// and return `true`; otherwise its n-gram bucket rows are added.
  func sum(
    _ text: String, missing: (UnsafeBufferPointer<UInt8>, inout [Float]) -> Bool
  ) -> [Float]? {
    var sum = [Float](repeating: 0, count: dimension)
    var any = false
    SemanticTokenizer.forEachToken(text) { token, hasLetter in
      guard hasLetter else { return }
      any = true
      if let row = words.row(token) {
        add(row: Int(row), weight: 1, into: &sum)
      } else if !missing(token, &sum) {
        addBuckets(of: String(decoding: token, as: UTF8.self), into: &sum)
      }
    }
    return any ? sum : nil
  }

  /// Adds the mean of `word`'s character n-gram bucket rows to `sum`.
  func addBuckets(of word: String, into sum: inout [Float]) {
    let ids = SemanticTokenizer.buckets(of: word, buckets: bucketCount, lengths: ngramLengths)
    let weight = 1 / Float(max(1, ids.count))
    for id in ids { add(row: wordCount + id, weight: weight, into: &sum) }
  }

  /// `sum` scaled to unit length, or an empty array for `nil` or a zero sum.
  func normalised(_ sum: [Float]?) -> [Float] {
    guard let sum else { return [] }
    let norm = sum.reduce(0) { $0 + $1 * $1 }.squareRoot()
    guard norm > 0 else { return [] }
    return sum.map { $0 / norm }
  }

  /// The vectors of many texts, computed on all cores, in input order.
  public func vectors(_ texts: [String]) -> [[Float]] {
    Parallel.map(count: texts.count, minimumChunk: 256) { range in range.map { vector(texts[$0]) } }
  }

  private func add(row: Int, weight: Float, into sum: inout [Float]) {
    let scale = scales[row] * weight
    let base = row * dimension
    rows.withUnsafeBufferPointer { table in
      sum.withUnsafeMutableBufferPointer { out in
        // Sixteen columns at a time; the rest one by one.
        guard let source = table.baseAddress, let target = out.baseAddress else { return }
        let row = UnsafeRawPointer(source + base)
        let output = UnsafeMutableRawPointer(target)
        let lanes = out.count / 16 * 16
        var column = 0
        while column < lanes {
          let bytes = row.loadUnaligned(fromByteOffset: column, as: SIMD16<Int8>.self)
          let offset = column * MemoryLayout<Float>.stride
          let current = output.loadUnaligned(fromByteOffset: offset, as: SIMD16<Float>.self)
          output.storeBytes(
            of: current + scale * SIMD16<Float>(bytes), toByteOffset: offset,
            as: SIMD16<Float>.self)
          column += 16
        }
        while column < out.count {
          out[column] += scale * Float(table[base + column])
          column += 1
        }
      }
    }
  }
}
