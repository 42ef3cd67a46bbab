import AgoraModel
import Foundation

extension CommentRouter {
  /// The route of each comment of an export, in order: published comments are routed, moderated
  /// ones get `nil` (they stay out of analysis) unless `includingModerated`, and so do comments
  /// with no text of their own.
  ///
  /// Work is split into one contiguous chunk per processor, each with its own router (routers
  /// hold stemmers and cannot be shared), so the result does not depend on the split.
  public static func routes(
    for comments: [ImportedComment], survey: Survey, forcedQuestion: String? = nil,
    includingModerated: Bool = false
  ) throws(ImportError) -> [Route?] {
    let check = try CommentRouter(survey: survey, forcedQuestion: forcedQuestion)
    let routed = { (comment: ImportedComment) in
      comment.isAnalysable(includingModerated: includingModerated)
    }
    if forcedQuestion != nil {
      return comments.map { routed($0) ? check.route($0.text) : nil }
    }
    // Copies of a comment (quotes, spam waves) are routed once.
    var slots: [String: Int] = [:]
    var texts: [String] = []
    let slotOfComment = comments.map { comment -> Int? in
      guard routed(comment) else { return nil }
      if let slot = slots[comment.text] { return slot }
      slots[comment.text] = texts.count
      texts.append(comment.text)
      return texts.count - 1
    }
    let unique = texts
    let chunkCount = max(1, min(ProcessInfo.processInfo.activeProcessorCount, unique.count / 1000))
    let chunkSize = (unique.count + chunkCount - 1) / chunkCount
    let results = ChunkResults(count: chunkCount)
    DispatchQueue.concurrentPerform(iterations: chunkCount) { chunk in
      guard let router = try? CommentRouter(survey: survey, forcedQuestion: forcedQuestion) else {
        return
      }
      let range = min(unique.count, chunk * chunkSize)..<min(unique.count, (chunk + 1) * chunkSize)
      results.set(chunk, unique[range].map { router.route($0) })
    }
    let routes = results.joined()
    return slotOfComment.map { slot in slot.flatMap { $0 < routes.count ? routes[$0] : nil } }
  }
}

/// The per-chunk results of a parallel routing, filled from several threads under a lock.
private final class ChunkResults: @unchecked Sendable {
  private var parts: [[Route?]]
  private let lock = NSLock()

  init(count: Int) {
    parts = Array(repeating: [], count: count)
  }

  func set(_ index: Int, _ routes: [Route?]) {
    lock.lock()
    defer { lock.unlock() }
    parts[index] = routes
  }

  func joined() -> [Route?] {
    lock.lock()
    defer { lock.unlock() }
    return parts.flatMap { $0 }
  }
}
