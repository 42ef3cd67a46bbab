import AgoraModel
import Foundation

extension CommentRouter {
  /// The route of each comment of an export, in order: published comments are routed, moderated
  /// ones get `nil` (they stay out of analysis).
  ///
  /// Work is split into one contiguous chunk per processor, each with its own router (routers
  /// hold stemmers and cannot be shared), so the result does not depend on the split.
  public static func routes(
    for comments: [ImportedComment], survey: Survey, forcedQuestion: String? = nil
  ) throws(ImportError) -> [Route?] {
    _ = try CommentRouter(survey: survey, forcedQuestion: forcedQuestion)
    let chunkCount = max(
      1, min(ProcessInfo.processInfo.activeProcessorCount, comments.count / 2000))
    let chunkSize = (comments.count + chunkCount - 1) / max(1, chunkCount)
    let results = ChunkResults(count: chunkCount)
    DispatchQueue.concurrentPerform(iterations: chunkCount) { chunk in
      guard let router = try? CommentRouter(survey: survey, forcedQuestion: forcedQuestion) else {
        return
      }
      let range = (chunk * chunkSize)..<min(comments.count, (chunk + 1) * chunkSize)
      results.set(
        chunk,
        comments[range].map { $0.moderation == .published ? router.route($0.text) : nil })
    }
    return results.joined()
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
