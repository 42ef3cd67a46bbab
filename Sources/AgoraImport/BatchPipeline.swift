import Foundation

/// Runs a producer of batches on a thread of its own while the calling thread consumes them, so
/// that reading and routing a file overlaps with storing it, on a second processor.
///
/// At most `depth` batches wait between the two sides, so memory stays bounded. An error on
/// either side stops both: the producer's error is rethrown by `run` as it was thrown, and when
/// the consumer fails the producer's next `send` throws `CancellationError`. `run` returns only
/// once the producer's thread has ended.
public enum BatchPipeline {
  /// How the producer hands its batches over.
  public struct Sender<Batch: Sendable> {
    fileprivate let send: (Batch) throws -> Void
    fileprivate let count: () -> Int

    /// Waits for room, then hands `batch` over; throws once the consumer has given up.
    public func callAsFunction(_ batch: Batch) throws {
      try send(batch)
    }

    /// How many batches are waiting for the consumer: when many are, the consumer is the
    /// slower side, and work that either side could do is better done by the producer.
    public var waiting: Int { count() }
  }

  /// Runs `produce` on a new thread, handing each batch it sends to `consume` on this one;
  /// returns what `produce` returned.
  public static func run<Batch: Sendable, Output: Sendable>(
    depth: Int = 2,
    produce: @escaping @Sendable (_ send: Sender<Batch>) throws -> Output,
    consume: (Batch) throws -> Void
  ) throws -> Output {
    let channel = Channel<Batch, Output>(depth: max(1, depth))
    let thread = Thread {
      do {
        let sender = Sender<Batch>(send: { try channel.send($0) }, count: { channel.waitingCount })
        channel.finish(.success(try produce(sender)))
      } catch {
        channel.finish(.failure(error))
      }
    }
    thread.start()
    do {
      while let batch = try channel.receive() { try consume(batch) }
    } catch {
      channel.cancel()
      _ = channel.waitForProducer()
      throw error
    }
    return try channel.waitForProducer().get()
  }
}

/// The batches between the two sides of a `BatchPipeline`, under one lock.
private final class Channel<Batch: Sendable, Output: Sendable>: @unchecked Sendable {
  private let condition = NSCondition()
  private let depth: Int
  /// At most `depth` batches, oldest first.
  private var waiting: [Batch] = []
  private var outcome: Result<Output, any Error>?
  private var cancelled = false

  init(depth: Int) {
    self.depth = depth
  }

  /// Waits for room, then queues `batch`; throws once the consumer has given up.
  func send(_ batch: Batch) throws {
    condition.lock()
    defer { condition.unlock() }
    while waiting.count >= depth, !cancelled { condition.wait() }
    if cancelled { throw CancellationError() }
    waiting.append(batch)
    condition.broadcast()
  }

  /// How many batches are waiting.
  var waitingCount: Int {
    condition.lock()
    defer { condition.unlock() }
    return waiting.count
  }

  /// The next batch; `nil` once the producer is done and every batch was taken. Throws the
  /// producer's error as soon as it fails.
  func receive() throws -> Batch? {
    condition.lock()
    defer { condition.unlock() }
    while waiting.isEmpty, outcome == nil { condition.wait() }
    if case .failure(let error) = outcome { throw error }
    guard !waiting.isEmpty else { return nil }
    condition.broadcast()
    return waiting.removeFirst()
  }

  func finish(_ result: Result<Output, any Error>) {
    condition.lock()
    outcome = result
    condition.broadcast()
    condition.unlock()
  }

  func cancel() {
    condition.lock()
    cancelled = true
    condition.broadcast()
    condition.unlock()
  }

  /// Waits until the producer has returned or thrown, and gives its outcome.
  func waitForProducer() -> Result<Output, any Error> {
    condition.lock()
    defer { condition.unlock() }
    while outcome == nil { condition.wait() }
    return outcome ?? .failure(CancellationError())
  }
}
