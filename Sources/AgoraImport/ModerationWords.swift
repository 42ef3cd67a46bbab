import AgoraModel
import Foundation

/// Moderation from the status words generic exports use.
enum ModerationWords {
  /// The moderation a status value such as `deleted`, `spam`, `pending`, `0` or `trash` means;
  /// an empty or unknown value means published.
  static func moderation(_ value: String) -> Moderation {
    switch value.trimmingCharacters(in: .whitespaces).lowercased() {
    case "deleted", "removed", "trash", "supprimé", "supprime": .deleted
    case "spam": .spam
    case "pending", "unapproved", "hold", "0", "false", "refused", "rejected", "en attente":
      .unapproved
    case "pingback", "trackback": .pingback
    case "notice", "moderator", "sticky": .notice
    default: .published
    }
  }

  /// Whether an author name is the placeholder of a deleted account.
  static func isDeletedAccount(_ name: String) -> Bool {
    // Lower-casing ASCII keeps its length and stays ASCII, so most names are ruled out without
    // building their lower-case copy.
    switch name.utf8.count {
    case 7, 9, 12, 17: break
    default:
      let ascii = name.utf8.withContiguousStorageIfAvailable { !$0.contains { $0 >= 0x80 } }
      if ascii ?? name.utf8.allSatisfy({ $0 < 0x80 }) { return false }
    }
    return switch name.lowercased() {
    case "[deleted]", "[removed]", "deleted", "[supprimé]", "utilisateur supprimé",
      "deleted user", "anonymous deleted":
      true
    default: false
    }
  }
}
