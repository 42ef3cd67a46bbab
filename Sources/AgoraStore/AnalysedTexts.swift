import AgoraModel
import GRDB

/// A survey's texts with their analysis once a run's new analyses are merged in, and the
/// near-duplicate flags worked out again over all of them.
///
/// A comment is a near-duplicate when an earlier comment (smaller id) of the same survey has
/// the same duplicate key; answers never are.
struct AnalysedTexts {
  /// Every text (one per item and question).
  let texts: [TextItem]
  /// The current analysis of each text; `nil` for a text never analysed.
  private(set) var analyses: [StoredAnalysis?]
  /// The new analyses, in the order given, and whether each is a near-duplicate.
  private let changed: [ItemAnalysis]
  private var changedDuplicates: [Bool]
  /// Whether each new analysis replaces a stored one (its text had an analysis).
  private var replaces: [Bool]
  /// Items analysed before whose near-duplicate flag changed.
  private var flipped: [(item: ThemeRepresentative, isDuplicate: Bool)] = []

  init(texts: [TextItem], changed items: [ItemAnalysis]) {
    self.texts = texts
    changed = items
    changedDuplicates = Array(repeating: false, count: items.count)
    replaces = Array(repeating: false, count: items.count)
    // Which entry of `changed` each text takes, if any.
    let slots = Self.slots(
      of: texts, in: items.map { ThemeRepresentative(kind: $0.kind, id: $0.id) })
    analyses = zip(texts, slots).map { text, slot in
      slot.map { slot in
        let item = items[slot]
        return StoredAnalysis(
          textHash: item.textHash, language: item.language, sentiment: item.sentiment,
          label: item.label, duplicateHash: item.duplicateHash, isDuplicate: false)
      } ?? text.analysed
    }
    var first: [Int64: Int64] = [:]
    for (text, analysis) in zip(texts, analyses) where text.kind == "comment" {
      guard let hash = analysis?.duplicateHash else { continue }
      first[hash] = min(first[hash] ?? text.id, text.id)
    }
    for (index, slot) in slots.enumerated() {
      let text = texts[index]
      guard let hash = analyses[index]?.duplicateHash else { continue }
      let earliest = first[hash] ?? text.id
      let isDuplicate = text.kind == "comment" && earliest < text.id
      analyses[index]?.isDuplicate = isDuplicate
      if let slot {
        changedDuplicates[slot] = isDuplicate
        replaces[slot] = text.analysed != nil
      } else if isDuplicate != text.analysed?.isDuplicate,
        index == 0 || texts[index - 1].id != text.id || texts[index - 1].kind != text.kind
      {
        flipped.append((ThemeRepresentative(kind: text.kind, id: text.id), isDuplicate))
      }
    }
  }

  /// For each text, the index of its item in `items`: a walk through both when they are in
  /// (kind, id) order (as `agora analyze` gives them), a lookup otherwise.
  static func slots(of texts: [TextItem], in items: [ThemeRepresentative]) -> [Int?] {
    func precedes(_ a: ThemeRepresentative, _ b: ThemeRepresentative) -> Bool {
      a.kind != b.kind ? a.kind < b.kind : a.id < b.id
    }
    let ordered =
      zip(items, items.dropFirst()).allSatisfy { precedes($0, $1) }
      && zip(texts, texts.dropFirst()).allSatisfy {
        !precedes(ThemeRepresentative(kind: $1.kind, id: $1.id), .init(kind: $0.kind, id: $0.id))
      }
    guard ordered else {
      var index: [ItemKey: Int] = [:]
      for (slot, item) in items.enumerated() { index[ItemKey(kind: item.kind, id: item.id)] = slot }
      return texts.map { index[ItemKey(kind: $0.kind, id: $0.id)] }
    }
    var next = 0
    return texts.map { text in
      let key = ThemeRepresentative(kind: text.kind, id: text.id)
      while next < items.count, precedes(items[next], key) { next += 1 }
      return next < items.count && items[next] == key ? next : nil
    }
  }

  /// Writes the new analyses and the flags that changed.
  ///
  /// Analyses of texts never analysed are inserted many rows at a time; those that replace a
  /// stored one are written one row at a time, since an upsert of several rows makes SQLite
  /// journal every page it changes (see ``BatchInsert``).
  func save(_ db: Database) throws {
    let columns = """
      (item_kind, item_id, text_hash, language, sentiment, sentiment_label, duplicate_hash,
        is_duplicate)
      """
    var insert = BatchInsert(
      db, "INSERT OR FAIL INTO text_analysis \(columns)", columns: 8,
      tail: "ON CONFLICT (item_kind, item_id) DO NOTHING")
    let before = db.totalChangesCount
    var replacing: [Int] = []
    for (slot, item) in changed.enumerated() {
      guard !replaces[slot] else {
        replacing.append(slot)
        continue
      }
      try insert.add(
        item.kind, item.id, item.textHash, item.language, item.sentiment, item.label,
        item.duplicateHash, changedDuplicates[slot])
    }
    try insert.finish()
    // A text that another run analysed since the texts were read was not inserted: every new
    // analysis is then written as a replacement.
    if db.totalChangesCount - before < changed.count - replacing.count {
      replacing = Array(changed.indices)
    }
    let upsert = try db.cachedStatement(
      sql: """
        INSERT INTO text_analysis \(columns) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT (item_kind, item_id) DO UPDATE SET text_hash = excluded.text_hash,
          language = excluded.language, sentiment = excluded.sentiment,
          sentiment_label = excluded.sentiment_label, duplicate_hash = excluded.duplicate_hash,
          is_duplicate = excluded.is_duplicate
        """)
    for slot in replacing {
      let item = changed[slot]
      try upsert.execute(arguments: [
        item.kind, item.id, item.textHash, item.language, item.sentiment, item.label,
        item.duplicateHash, changedDuplicates[slot],
      ])
    }
    let flag = try db.cachedStatement(
      sql: "UPDATE text_analysis SET is_duplicate = ? WHERE item_kind = ? AND item_id = ?")
    for (item, isDuplicate) in flipped {
      try flag.execute(arguments: [isDuplicate, item.kind, item.id])
    }
  }
}
