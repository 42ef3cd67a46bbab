import AgoraModel
import Foundation

/// Comments ready to store: every value in the form it is stored in, and every text packed in
/// one buffer that SQLite reads in place, so that binding a row copies and converts nothing.
/// Made by a ``CommentRowMaker`` (on any thread), stored by ``ImportSink/insert(rows:)``.
public struct CommentRows: Sendable {
  /// The text columns of a row, in the order of their spans (and of `CommentRowMaker`'s
  /// appends).
  enum TextColumn: Int, CaseIterable {
    case externalID, parentExternalID, author, createdAt, rawText, text
  }

  /// Where a text is in `bytes`; a negative count stands for `NULL`.
  struct Span {
    var start: Int32
    var count: Int32
  }

  /// The values of a row that are not among its texts (its moderation and question are bound
  /// from these).
  struct Facts {
    var analysable: Bool
    var moderation: Moderation
    var line: Int64?
    /// The index of the row's question in `questions`, or -1 when it is not routed.
    var question: Int32
    var confidence: Double
  }

  /// The rows' texts, one after another.
  var bytes: [UInt8] = []
  /// `TextColumn.allCases.count` spans per row.
  var spans: [Span] = []
  var facts: [Facts] = []
  /// The questions rows are routed to, each once.
  var questions: [String] = []
  /// Where the id of each of `questions` is in `bytes`, and the name of each moderation (in the
  /// order of `moderations`): bound in place, SQLite need not copy them for every row.
  var questionSpans: [Span] = []
  var moderationSpans: [Span] = []

  /// How many rows there are.
  public var count: Int { facts.count }

  /// The question row `row` is routed to and the router's confidence, if it is routed.
  public func route(ofRow row: Int) -> (questionID: String, confidence: Double)? {
    let facts = facts[row]
    guard facts.question >= 0 else { return nil }
    return (questions[Int(facts.question)], facts.confidence)
  }

  /// Every moderation, in the order of `moderationSpans`.
  static let moderations = Moderation.allCases

  /// Where the name of `moderation` is in `bytes`.
  func span(of moderation: Moderation) -> Span {
    moderationSpans[Self.moderations.firstIndex(of: moderation) ?? 0]
  }

  /// Where the text of `column` in row `row` is.
  func span(_ column: TextColumn, row: Int) -> Span {
    spans[row * TextColumn.allCases.count + column.rawValue]
  }

  /// The text of `column` in row `row`; `nil` for `NULL`.
  func text(_ column: TextColumn, row: Int) -> String? {
    let span = span(column, row: row)
    guard span.count >= 0 else { return nil }
    let end = Int(span.start) + Int(span.count)
    return String(decoding: bytes[Int(span.start)..<end], as: UTF8.self)
  }
}

/// How a database stores authors' names: its policy, and the salt of its pseudonyms.
public struct AuthorNaming: Sendable {
  let policy: AuthorPolicy
  let salt: String

  /// A pseudonym is this many hex digits of the name's keyed hash (64 bits).
  static let pseudonymDigits = 16

  /// What is stored for `name`.
  func stored(_ name: String) -> String {
    guard policy == .pseudonymised else { return name }
    return String(ContentHash.keyed(name, salt: salt).prefix(Self.pseudonymDigits))
  }
}

/// Makes the rows of one file's comments, remembering recent pseudonyms (an author often writes
/// several comments). Used by one thread.
public final class CommentRowMaker {
  private let naming: AuthorNaming
  /// Recent names with their pseudonyms, by the digest of the name (hashing the name with
  /// `Hasher` took more time than the rest of making a row).
  private var pseudonyms: [DigestKey: (name: String, pseudonym: String)] = [:]

  /// A maker of rows whose authors are stored as `naming` says (an ``ImportSink``'s).
  public init(_ naming: AuthorNaming) {
    self.naming = naming
  }

  /// The rows of `comments`, in order.
  public func rows(_ comments: ArraySlice<RoutedComment>) -> CommentRows {
    // Pseudonyms are remembered only while few, so memory stays bounded.
    if pseudonyms.count > 100_000 { pseudonyms.removeAll(keepingCapacity: true) }
    var rows = CommentRows()
    rows.facts.reserveCapacity(comments.count)
    rows.spans.reserveCapacity(comments.count * CommentRows.TextColumn.allCases.count)
    rows.bytes.reserveCapacity(comments.reduce(0) { $0 + $1.comment.text.utf8.count + 96 })
    // Comments are read in place (`comments[index]`), not copied: a copy retains and releases
    // each of their strings.
    for index in comments.indices {
      let question = comments[index].questionID.map { id in
        // A survey has a handful of questions: a look along them beats hashing the id.
        if let known = rows.questions.firstIndex(of: id) { return Int32(known) }
        rows.questions.append(id)
        return Int32(rows.questions.count - 1)
      }
      rows.facts.append(
        CommentRows.Facts(
          analysable: comments[index].analysable, moderation: comments[index].comment.moderation,
          line: comments[index].comment.line.map(Int64.init), question: question ?? -1,
          confidence: comments[index].confidence))
      append(comments[index].comment.externalID ?? "", to: &rows)
      append(comments[index].comment.parentExternalID, to: &rows)
      append(comments[index].comment.author.map(author), to: &rows)
      append(date: comments[index].comment.createdAt, to: &rows)
      let isPlain = comments[index].comment.rawText == comments[index].comment.text
      append(isPlain ? nil : comments[index].comment.rawText, to: &rows)
      append(comments[index].comment.text, to: &rows)
    }
    rows.questionSpans = rows.questions.map { Self.append($0, to: &rows.bytes) }
    rows.moderationSpans = CommentRows.moderations.map { Self.append($0.rawValue, to: &rows.bytes) }
    return rows
  }

  private func append(_ text: String?, to rows: inout CommentRows) {
    guard let text else {
      rows.spans.append(CommentRows.Span(start: 0, count: -1))
      return
    }
    rows.spans.append(Self.append(text, to: &rows.bytes))
  }

  /// Appends `date` as it is stored (`StoredDate.string`), or `NULL`.
  private func append(date: Date?, to rows: inout CommentRows) {
    guard let date else {
      rows.spans.append(CommentRows.Span(start: 0, count: -1))
      return
    }
    let start = rows.bytes.count
    if !StoredDate.append(wholeMillisecond: date, to: &rows.bytes) {
      rows.bytes.append(contentsOf: StoredDate.string(date).utf8)
    }
    rows.spans.append(
      CommentRows.Span(start: Int32(start), count: Int32(rows.bytes.count - start)))
  }

  /// Appends the UTF-8 of `text` to `bytes`; returns where it is.
  private static func append(_ text: String, to bytes: inout [UInt8]) -> CommentRows.Span {
    let start = bytes.count
    bytes.append(contentsOf: text.utf8)
    return CommentRows.Span(start: Int32(start), count: Int32(bytes.count - start))
  }

  private func author(_ name: String) -> String {
    guard naming.policy == .pseudonymised else { return name }
    let key = DigestKey(ByteDigest.of(name))
    // Names are told apart by their bytes, as their pseudonyms are.
    if let known = pseudonyms[key], known.name.hasSameBytes(as: name) { return known.pseudonym }
    let stored = naming.stored(name)
    pseudonyms[key] = (name, stored)
    return stored
  }
}
