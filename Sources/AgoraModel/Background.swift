import Foundation

/// A value computed on a thread of its own while the caller goes on; ``value()`` waits for it.
///
/// A thread rather than a dispatch queue: the work may itself wait for work spread over every
/// core, which must not find the dispatch pool taken by the waiting task.
public final class Background<Value: Sendable>: @unchecked Sendable {
  private let done = DispatchSemaphore(value: 0)
  // Written once by the worker before it signals `done`, read only after `done` is waited for.
  private var result: Value?

  /// Starts `work` on a new thread.
  public init(_ work: @escaping @Sendable () -> Value) {
    Thread.detachNewThread { [self] in
      result = work()
      done.signal()
    }
  }

  /// The value, once computed (at once on later calls).
  public func value() -> Value {
    done.wait()
    done.signal()
    guard let result else { preconditionFailure("Background signalled without a value") }
    return result
  }
}
