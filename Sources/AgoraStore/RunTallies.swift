import Foundation
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

  /// `inferred_tally`: every comment's inferred positions, each once, and under the option ""
  /// every comment that took at least one (the base of shares on multi-choice questions).
  struct InferredKey: Hashable {
    var question, option, source: String
    var day: String?
    var language: String
    var isDuplicate: Bool
  }

  /// `duplicate_group`: comments of one question sharing a near-duplicate key.
  struct Group {
    var copies = 0
    var sources: [String] = []
    /// The smallest text by its bytes (SQLite's `MIN`).
    var sample: String

    mutating func add(_ text: TextItem) {
      copies += 1
      if !sources.contains(text.source) { sources.append(text.source) }
      if text.text.utf8Precedes(sample) { sample = text.text }
    }
  }

  /// A comment under one question.
  private struct QuestionItem: Hashable {
    var question: String
    var id: Int64
    var option: String
  }

  private(set) var texts: [TextKey: Sum] = [:]
  private(set) var comments: [CommentKey: Sum] = [:]
  private(set) var inferred: [InferredKey: Int] = [:]
  private(set) var groups: [String: [Int64: Group]] = [:]

  /// Counts `texts` with their current `analyses` (texts without one are left out) into
  /// their themes and inferred positions; where an item sits in several themes of a question
  /// (or takes several options), the first one listed counts.
  init(
    texts: [TextItem], analyses: [StoredAnalysis?], themes: [StoredTheme],
    inferred answers: [InferredAnswer]
  ) {
    // Few questions: found by a look along a list rather than by hashing each text's.
    var themeOf: [(question: String, members: [ItemKey: Int])] = []
    for theme in themes {
      var at = themeOf.firstIndex { $0.question == theme.questionID }
      if at == nil {
        themeOf.append((theme.questionID, [:]))
        at = themeOf.count - 1
      }
      guard let at else { continue }
      for member in theme.members {
        let key = ItemKey(kind: member.kind, id: member.id)
        if themeOf[at].members[key] == nil { themeOf[at].members[key] = theme.themeID }
      }
    }
    // The first text of each comment, by id.
    var comment: [Int64: Int] = [:]
    for (index, text) in texts.enumerated() {
      guard let analysis = analyses[index] else { continue }
      let members = themeOf.first { $0.question == text.questionID }?.members
      self.texts[
        TextKey(
          question: text.questionID, kind: text.kind, source: text.source, day: text.day,
          language: analysis.language, label: analysis.label, isDuplicate: analysis.isDuplicate,
          theme: members?[ItemKey(kind: text.kind, id: text.id)]),
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
      guard
        seen.insert(
          QuestionItem(question: answer.questionID, id: answer.item.id, option: answer.optionID)
        ).inserted,
        let index = comment[answer.item.id], let analysis = analyses[index]
      else { continue }
      let text = texts[index]
      var key = InferredKey(
        question: answer.questionID, option: answer.optionID, source: text.source,
        day: text.day, language: analysis.language, isDuplicate: analysis.isDuplicate)
      self.inferred[key, default: 0] += 1
      // The comment's first position also counts it once among the comments that took one.
      let first = QuestionItem(question: answer.questionID, id: answer.item.id, option: "")
      if seen.insert(first).inserted {
        key.option = ""
        self.inferred[key, default: 0] += 1
      }
    }
  }
}

extension String {
  /// Whether this string's UTF-8 bytes sort before `other`'s (SQLite's `BINARY` collation).
  func utf8Precedes(_ other: String) -> Bool {
    var left = self
    var right = other
    return left.withUTF8 { a in
      right.withUTF8 { b in
        guard let x = a.baseAddress, let y = b.baseAddress else { return a.count < b.count }
        let shared = memcmp(x, y, min(a.count, b.count))
        return shared != 0 ? shared < 0 : a.count < b.count
      }
    }
  }
}
