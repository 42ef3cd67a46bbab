import GRDB

extension RunTallies {
  /// Inserts the tallies as rows of run `run`, each table's rows in the order of their key
  /// columns (as SQLite's `GROUP BY` gives them: `NULL` first, text by its bytes).
  func insert(run: Int64, _ db: Database) throws {
    var text = BatchInsert(
      db,
      """
      INSERT OR FAIL INTO text_tally (run_id, question_id, item_kind, source, day, language,
        sentiment_label, is_duplicate, theme_id, texts, sentiment_sum)
      """, columns: 11)
    for (key, sum) in Self.ordered(texts, by: \.columns) {
      try text.add(
        run, key.question, key.kind, key.source, key.day, key.language, key.label,
        key.isDuplicate, key.theme, sum.count, sum.sentiment)
    }
    try text.finish()
    let comment = try db.cachedStatement(
      sql: """
        INSERT INTO comment_tally (run_id, source, day, language, is_duplicate, comments,
          sentiment_sum) VALUES (?, ?, ?, ?, ?, ?, ?)
        """)
    for (key, sum) in Self.ordered(comments, by: \.columns) {
      try comment.execute(arguments: [
        run, key.source, key.day, key.language, key.isDuplicate, sum.count, sum.sentiment,
      ])
    }
    let position = try db.cachedStatement(
      sql: """
        INSERT INTO inferred_tally (run_id, question_id, option_id, source, day, language,
          is_duplicate, comments) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
        """)
    for (key, count) in Self.ordered(inferred, by: \.columns) {
      try position.execute(arguments: [
        run, key.question, key.option, key.source, key.day, key.language, key.isDuplicate, count,
      ])
    }
    let group = try db.cachedStatement(
      sql: """
        INSERT INTO duplicate_group (run_id, question_id, copies, sources, sample)
        VALUES (?, ?, ?, ?, ?)
        """)
    for question in groups.keys.sorted(by: { Self.precedes([.text($0)], [.text($1)]) }) {
      let copies = (groups[question] ?? [:]).values.filter { $0.copies > 1 }
      for copy in copies.sorted(by: { Self.precedes($0.columns, $1.columns) }) {
        try group.execute(arguments: [
          run, question, copy.copies, copy.sources.sorted().joined(separator: ","), copy.sample,
        ])
      }
    }
  }

  /// The entries of `tally` sorted by their key's columns (worked out once per key).
  static func ordered<Key, Value>(_ tally: [Key: Value], by columns: (Key) -> [Column]) -> [(
    Key, Value
  )] {
    tally.map { (key: $0.key, value: $0.value, columns: columns($0.key)) }
      .sorted { precedes($0.columns, $1.columns) }
      .map { ($0.key, $0.value) }
  }

  /// One key column's value, ordered as SQLite orders them.
  enum Column {
    case null
    case integer(Int)
    case text(String)
  }

  /// Whether `left` sorts before `right`, column by column: `NULL` first, then integers, then
  /// text by its UTF-8 bytes (SQLite's `BINARY` collation).
  static func precedes(_ left: [Column], _ right: [Column]) -> Bool {
    for (a, b) in zip(left, right) {
      switch (a, b) {
      case (.null, .null): continue
      case (.null, _): return true
      case (_, .null): return false
      case (.integer(let x), .integer(let y)):
        if x != y { return x < y }
      case (.integer, .text): return true
      case (.text, .integer): return false
      case (.text(let x), .text(let y)):
        if x != y { return x.utf8Precedes(y) }
      }
    }
    return false
  }
}

extension RunTallies.TextKey {
  var columns: [RunTallies.Column] {
    [
      .text(question), .text(kind), .text(source), day.map { .text($0) } ?? .null,
      .text(language), .text(label), .integer(isDuplicate ? 1 : 0),
      theme.map { .integer($0) } ?? .null,
    ]
  }
}

extension RunTallies.CommentKey {
  var columns: [RunTallies.Column] {
    [.text(source), day.map { .text($0) } ?? .null, .text(language), .integer(isDuplicate ? 1 : 0)]
  }
}

extension RunTallies.InferredKey {
  var columns: [RunTallies.Column] {
    [
      .text(question), .text(option), .text(source), day.map { .text($0) } ?? .null,
      .text(language), .integer(isDuplicate ? 1 : 0),
    ]
  }
}

extension RunTallies.Group {
  /// Most copies first, then by sample, as summaries list them.
  var columns: [RunTallies.Column] { [.integer(-copies), .text(sample)] }
}
