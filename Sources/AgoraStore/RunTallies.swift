import GRDB

/// The aggregates an analysis run leaves behind, so that a summary reads a few hundred rows
/// instead of every text: per question, source, day, language, sentiment, duplicate flag and
/// theme. Counted in memory from the run's texts and written once, in the run's transaction.
struct RunTallies {
  struct Sum {
    var count = 0
    var sentiment = 0.0

    mutating func add(_ value: Double) {
      count += 1
      sentiment += value
    }
  }

  /// `text_tally`: every text (an item once per question it is routed to).
  struct TextKey: Hashable {
    var question, kind, source: String
    var day: String?
    var language, label: String
    var isDuplicate: Bool
    var theme: Int?
  }

  /// `comment_tally`: every comment once.
  struct CommentKey: Hashable {
    var source: String
    var day: String?
    var language: String
    var isDuplicate: Bool
  }

  /// `inferred_tally`: every comment's inferred position.
  struct InferredKey: Hashable {
    var question, option, source: String
    var day: String?
    var language: String
    var isDuplicate: Bool
  }

  /// `duplicate_group`: comments of one question sharing a near-duplicate key.
  struct Group {
    var copies = 0
    var sources: Set<String> = []
    /// The smallest text by its bytes (SQLite's `MIN`).
    var sample: String

    mutating func add(_ text: TextItem) {
      copies += 1
      sources.insert(text.source)
      if text.text.utf8.lexicographicallyPrecedes(sample.utf8) { sample = text.text }
    }
  }

  /// A comment under one question.
  private struct QuestionItem: Hashable {
    var question: String
    var id: Int64
  }

  private(set) var texts: [TextKey: Sum] = [:]
  private(set) var comments: [CommentKey: Sum] = [:]
  private(set) var inferred: [InferredKey: Int] = [:]
  private(set) var groups: [String: [Int64: Group]] = [:]

  /// Counts `texts` (with their current analysis) into their themes and inferred positions;
  /// where an item sits in several themes of a question (or takes several options), the first
  /// one listed counts.
  init(texts: [TextItem], themes: [StoredTheme], inferred answers: [InferredAnswer]) {
    var themeOf: [String: [ItemKey: Int]] = [:]
    for theme in themes {
      var members = themeOf[theme.questionID] ?? [:]
      themeOf[theme.questionID] = nil
      for member in theme.members {
        let key = ItemKey(kind: member.kind, id: member.id)
        if members[key] == nil { members[key] = theme.themeID }
      }
      themeOf[theme.questionID] = members
    }
    // The first text of each comment, by id.
    var comment: [Int64: Int] = [:]
    for (index, text) in texts.enumerated() {
      guard let analysis = text.analysed else { continue }
      self.texts[
        TextKey(
          question: text.questionID, kind: text.kind, source: text.source, day: text.day,
          language: analysis.language, label: analysis.label, isDuplicate: analysis.isDuplicate,
          theme: themeOf[text.questionID]?[ItemKey(kind: text.kind, id: text.id)]),
        default: Sum()
      ].add(analysis.sentiment)
      guard text.kind == "comment" else { continue }
      if comment[text.id] == nil {
        comment[text.id] = index
        comments[
          CommentKey(
            source: text.source, day: text.day, language: analysis.language,
            isDuplicate: analysis.isDuplicate), default: Sum()
        ].add(analysis.sentiment)
      }
      groups[text.questionID, default: [:]][
        analysis.duplicateHash, default: Group(sample: text.text)
      ].add(text)
    }
    var seen: Set<QuestionItem> = []
    for answer in answers where answer.item.kind == "comment" {
      guard seen.insert(QuestionItem(question: answer.questionID, id: answer.item.id)).inserted,
        let index = comment[answer.item.id], let analysis = texts[index].analysed
      else { continue }
      let text = texts[index]
      self.inferred[
        InferredKey(
          question: answer.questionID, option: answer.optionID, source: text.source,
          day: text.day, language: analysis.language, isDuplicate: analysis.isDuplicate),
        default: 0] += 1
    }
  }
}
