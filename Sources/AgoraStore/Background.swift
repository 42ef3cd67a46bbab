import Foundation

/// A value computed on another thread while the caller goes on; ``value()`` waits for it.
final class Background<Value: Sendable>: @unchecked Sendable {
  private let done = DispatchSemaphore(value: 0)
  // Written once by the worker before it signals `done`, read only after `done` is waited for.
  private var result: Value?

  init(_ work: @escaping @Sendable () -> Value) {
    DispatchQueue.global().async { [self] in
      result = work()
      done.signal()
    }
  }

  /// The value, once computed.
  func value() -> Value {
    done.wait()
    done.signal()
    guard let result else { preconditionFailure("Background signalled without a value") }
    return result
  }
}
