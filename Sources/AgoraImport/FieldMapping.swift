import Foundation

/// Which column (CSV) or field (JSON) holds each part of a comment.
///
/// Defaults, matched without regard to case, accents kept: see ``defaults``. A `--map KEY=NAME`
/// names the column explicitly.
public struct FieldMapping: Sendable, Hashable {
  /// The parts of a comment a column can hold.
  public enum Key: String, Sendable, Hashable, CaseIterable {
    /// The comment text.
    case text
    /// The comment's own id.
    case id
    /// The id of the comment it replies to.
    case parent
    /// The author's name.
    case author
    /// When it was written.
    case date
    /// A moderation status (`deleted`, `spam`, `pending`…).
    case status
  }

  /// Column names tried for each key, in order, when no `--map` names one.
  public static let defaults: [Key: [String]] = [
    .text: [
      "message", "comment", "text", "body", "content", "réponse", "reponse", "commentaire",
      "comment_content", "contenu", "open-ended response",
    ],
    .id: ["id", "comment_id", "commentid", "message_id", "uuid", "responseid", "respondent id"],
    .parent: ["parent", "parent_id", "parentid", "in_reply_to", "reply_to", "in_reply_to_id"],
    .author: ["author", "user", "auteur", "username", "user_name", "name", "by", "pseudo"],
    .date: [
      "date", "created_at", "created", "timestamp", "time", "published", "posted_at",
      "recordeddate", "end date",
    ],
    .status: ["status", "moderation", "state", "approved"],
  ]

  /// Columns named explicitly, by key.
  public var explicit: [Key: String]

  /// A mapping with the columns named in `explicit` and the defaults for the rest.
  public init(explicit: [Key: String] = [:]) {
    self.explicit = explicit
  }

  /// A mapping from `--map key=column` arguments.
  public init(arguments: [String]) throws(ImportError) {
    var explicit: [Key: String] = [:]
    for argument in arguments {
      let parts = argument.split(separator: "=", maxSplits: 1).map(String.init)
      guard parts.count == 2, let key = Key(rawValue: parts[0].lowercased()), !parts[1].isEmpty
      else { throw .badMapping(argument) }
      explicit[key] = parts[1]
    }
    self.init(explicit: explicit)
  }

  /// The index in `columns` of each key's column, for the keys found.
  public func resolve(_ columns: [String]) -> [Key: Int] {
    let normalised = columns.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
    var indices: [Key: Int] = [:]
    for key in Key.allCases {
      let wanted = explicit[key].map { [$0.lowercased()] } ?? Self.defaults[key] ?? []
      for name in wanted {
        if let index = normalised.firstIndex(of: name) {
          indices[key] = index
          break
        }
      }
    }
    return indices
  }
}
