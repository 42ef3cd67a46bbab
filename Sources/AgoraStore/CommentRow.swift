import AgoraModel

/// Comments ready to store, made by the thread that reads a file: every value in the form it is
/// stored in, and every text packed in one buffer that SQLite reads in place. The thread that
/// stores them then only binds and inserts, without copying or converting a value.
public struct CommentRows: Sendable {
  /// The text columns of a row, in the order of their spans.
  enum TextColumn: Int, CaseIterable {
    case externalID, parentExternalID, author, createdAt, rawText, text, moderation, questionID
  }

  /// Where a text is in `bytes`; a negative count stands for `NULL`.
  struct Span {
    var start: Int32
    var count: Int32
  }

  /// The values of a row that are not text.
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

  /// How many rows there are.
  public var count: Int { facts.count }

  /// The text of `column` in row `row`; `nil` for `NULL`.
  func text(_ column: TextColumn, row: Int) -> String? {
    let span = spans[row * TextColumn.allCases.count + column.rawValue]
    guard span.count >= 0 else { return nil }
    let end = Int(span.start) + Int(span.count)
    return String(decoding: bytes[Int(span.start)..<end], as: UTF8.self)
  }

  /// The question row `row` is routed to and the router's confidence, if it is routed.
  public func route(row: Int) -> (questionID: String, confidence: Double)? {
    let facts = facts[row]
    guard facts.question >= 0 else { return nil }
    return (questions[Int(facts.question)], facts.confidence)
  }
}

/// How a database stores authors' names: its policy, and the salt of its pseudonyms.
public struct AuthorNaming: Sendable {
  public let policy: AuthorPolicy
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
  private var pseudonyms: [String: String] = [:]

  public init(_ naming: AuthorNaming) {
    self.naming = naming
  }

  /// The rows of `comments`, in order.
  public func rows(_ comments: [RoutedComment]) -> CommentRows {
    // Pseudonyms are remembered only while few, so memory stays bounded.
    if pseudonyms.count > 100_000 { pseudonyms.removeAll(keepingCapacity: true) }
    var rows = CommentRows()
    rows.facts.reserveCapacity(comments.count)
    rows.spans.reserveCapacity(comments.count * CommentRows.TextColumn.allCases.count)
    rows.bytes.reserveCapacity(comments.reduce(0) { $0 + $1.comment.text.utf8.count + 96 })
    var questions: [String: Int32] = [:]
    for routed in comments {
      let comment = routed.comment
      let question = routed.questionID.map { id in
        if let known = questions[id] { return known }
        rows.questions.append(id)
        questions[id] = Int32(rows.questions.count - 1)
        return Int32(rows.questions.count - 1)
      }
      rows.facts.append(
        CommentRows.Facts(
          analysable: routed.analysable, moderation: comment.moderation,
          line: comment.line.map(Int64.init), question: question ?? -1,
          confidence: routed.confidence))
      for column in CommentRows.TextColumn.allCases {
        switch column {
        case .externalID: append(comment.externalID ?? "", to: &rows)
        case .parentExternalID: append(comment.parentExternalID, to: &rows)
        case .author: append(comment.author.map(author), to: &rows)
        case .createdAt: append(comment.createdAt.map(StoredDate.string), to: &rows)
        case .rawText: append(comment.rawText == comment.text ? nil : comment.rawText, to: &rows)
        case .text: append(comment.text, to: &rows)
        case .moderation: append(comment.moderation.rawValue, to: &rows)
        case .questionID: append(routed.questionID, to: &rows)
        }
      }
    }
    return rows
  }

  private func append(_ text: String?, to rows: inout CommentRows) {
    guard let text else {
      rows.spans.append(CommentRows.Span(start: 0, count: -1))
      return
    }
    let start = rows.bytes.count
    rows.bytes.append(contentsOf: text.utf8)
    rows.spans.append(
      CommentRows.Span(start: Int32(start), count: Int32(rows.bytes.count - start)))
  }

  private func author(_ name: String) -> String {
    guard naming.policy == .pseudonymised else { return name }
    if let known = pseudonyms[name] { return known }
    let stored = naming.stored(name)
    pseudonyms[name] = stored
    return stored
  }
}
