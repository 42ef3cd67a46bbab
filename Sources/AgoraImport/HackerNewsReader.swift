import AgoraModel
import Foundation

/// Reads Hacker News comments from an Algolia item tree (`/api/v1/items/ID`, nested `children`)
/// or from Firebase items (an array of `/v0/item/ID.json` objects). The story is not a comment;
/// replies to it are top level. Jobs, polls and poll options are kept as `.other`; `deleted`
/// items (or Algolia's null author and text) as `.deleted`; `dead` ones as `.spam`.
public struct HackerNewsReader: Sendable {
  /// Creates a reader.
  public init() {}

  func read(parsed: Any, options: ReadOptions) throws(ImportError) -> ReadResult {
    var result = ReadResult()
    if let root = parsed as? [String: Any], root["children"] != nil {
      var counter = 0
      walkTree(root, storyIDs: [], counter: &counter, into: &result)
      return result
    }
    guard let items = (parsed as? [Any]) ?? (parsed as? [String: Any]).map({ [$0] }) else {
      throw .unexpectedShape(
        file: options.file, format: .hackernews,
        expected: "an Algolia item tree or an array of Firebase items")
    }
    let objects = items.compactMap { $0 as? [String: Any] }
    let stories = Set(
      objects.filter { $0["type"] as? String == "story" }.compactMap { JSONValue.string($0["id"]) })
    for (index, item) in objects.enumerated() {
      if item["type"] as? String == "story" {
        result.nonComments += 1
        continue
      }
      result.comments.append(
        comment(item, text: "text", author: "by", date: "time", storyIDs: stories, line: index + 1))
    }
    return result
  }

  private func walkTree(
    _ node: [String: Any], storyIDs: Set<String>, counter: inout Int, into result: inout ReadResult
  ) {
    var stories = storyIDs
    if node["type"] as? String == "story" {
      result.nonComments += 1
      if let id = JSONValue.string(node["id"]) { stories.insert(id) }
    } else {
      counter += 1
      if let story = JSONValue.string(node["story_id"]) { stories.insert(story) }
      result.comments.append(
        comment(
          node, text: "text", author: "author", date: "created_at", storyIDs: stories,
          line: counter))
    }
    for child in node["children"] as? [Any] ?? [] {
      if let child = child as? [String: Any] {
        walkTree(child, storyIDs: stories, counter: &counter, into: &result)
      }
    }
  }

  private func comment(
    _ item: [String: Any], text textKey: String, author authorKey: String, date dateKey: String,
    storyIDs: Set<String>, line: Int
  ) -> ImportedComment {
    let raw = JSONValue.string(item[textKey]) ?? ""
    let author = JSONValue.string(item[authorKey])
    var moderation = Moderation.published
    switch item["type"] as? String {
    case "job", "poll", "pollopt": moderation = .other
    default: break
    }
    if JSONValue.isTrue(item["deleted"]) || (author == nil && item[textKey] is NSNull) {
      moderation = .deleted
    } else if JSONValue.isTrue(item["dead"]) {
      moderation = .spam
    }
    let parent = JSONValue.string(item["parent_id"] ?? item["parent"])
    return ImportedComment(
      externalID: JSONValue.string(item["id"]),
      parentExternalID: parent.flatMap { storyIDs.contains($0) ? nil : $0 },
      author: author, createdAt: JSONValue.date(item["created_at_i"] ?? item[dateKey]),
      rawText: raw, text: CommentText.plain(raw, markup: .html), moderation: moderation,
      line: line)
  }
}
