import AgoraModel
import GRDB

/// A survey's texts with their analysis once a run's new analyses are merged in, and the
/// near-duplicate flags worked out again over all of them.
///
/// A comment is a near-duplicate when an earlier comment (smaller id) of the same survey has
/// the same duplicate key; answers never are. Texts without any analysis are left out.
struct AnalysedTexts {
  /// Every analysed text (one per item and question), with its current analysis.
  private(set) var texts: [TextItem] = []
  /// The new analyses, in the order given.
  private var changed: [(item: ThemeRepresentative, analysis: StoredAnalysis)] = []
  /// Items analysed before whose near-duplicate flag changed.
  private var flipped: [(item: ThemeRepresentative, isDuplicate: Bool)] = []

  init(texts: [TextItem], changed items: [ItemAnalysis]) {
    var hashes: [String: Int64] = [:]
    var fresh: [ItemKey: Int] = [:]
    fresh.reserveCapacity(items.count)
    changed.reserveCapacity(items.count)
    for item in items {
      let hash = hashes[item.duplicateKey] ?? ContentHash.key64(item.duplicateKey)
      hashes[item.duplicateKey] = hash
      fresh[ItemKey(kind: item.kind, id: item.id)] = changed.count
      changed.append(
        (
          ThemeRepresentative(kind: item.kind, id: item.id),
          StoredAnalysis(
            textHash: item.textHash, language: item.language, sentiment: item.sentiment,
            label: item.label, duplicateHash: hash, isDuplicate: false)
        ))
    }
    // Which entry of `changed` each text takes, if any.
    var slots: [Int?] = []
    slots.reserveCapacity(texts.count)
    self.texts.reserveCapacity(texts.count)
    var first: [Int64: Int64] = [:]
    for var text in texts {
      let slot = fresh[ItemKey(kind: text.kind, id: text.id)]
      guard let analysis = slot.map({ changed[$0].analysis }) ?? text.analysed else { continue }
      text.analysed = analysis
      self.texts.append(text)
      slots.append(slot)
      if text.kind == "comment" {
        first[analysis.duplicateHash] = min(first[analysis.duplicateHash] ?? text.id, text.id)
      }
    }
    for (index, slot) in slots.enumerated() {
      let text = self.texts[index]
      guard let stored = text.analysed else { continue }
      let isDuplicate =
        text.kind == "comment" && first[stored.duplicateHash].map { $0 < text.id } ?? false
      self.texts[index].analysed?.isDuplicate = isDuplicate
      if let slot {
        changed[slot].analysis.isDuplicate = isDuplicate
      } else if isDuplicate != stored.isDuplicate,
        index == 0 || self.texts[index - 1].id != text.id || self.texts[index - 1].kind != text.kind
      {
        flipped.append((ThemeRepresentative(kind: text.kind, id: text.id), isDuplicate))
      }
    }
  }

  /// Writes the new analyses and the flags that changed.
  func save(_ db: Database) throws {
    let upsert = try db.cachedStatement(
      sql: """
        INSERT INTO text_analysis (item_kind, item_id, text_hash, language, sentiment,
          sentiment_label, duplicate_hash, is_duplicate)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT (item_kind, item_id) DO UPDATE SET text_hash = excluded.text_hash,
          language = excluded.language, sentiment = excluded.sentiment,
          sentiment_label = excluded.sentiment_label, duplicate_hash = excluded.duplicate_hash,
          is_duplicate = excluded.is_duplicate
        """)
    for (key, item) in changed {
      try upsert.execute(arguments: [
        key.kind, key.id, item.textHash, item.language, item.sentiment, item.label,
        item.duplicateHash, item.isDuplicate,
      ])
    }
    let flag = try db.cachedStatement(
      sql: "UPDATE text_analysis SET is_duplicate = ? WHERE item_kind = ? AND item_id = ?")
    for (item, isDuplicate) in flipped {
      try flag.execute(arguments: [isDuplicate, item.kind, item.id])
    }
  }
}
