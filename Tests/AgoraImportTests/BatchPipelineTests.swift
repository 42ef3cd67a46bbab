import Foundation
import Testing

@testable import AgoraImport

/// Batches go from a producing thread to the calling one in order, with a bounded backlog that
/// the producer can see.
@Suite struct BatchPipelineTests {
  private struct Failure: Error, Equatable {}

  @Test func batchesArriveInOrderAndTheProducersOutputIsReturned() throws {
    var received: [Int] = []
    let output = try BatchPipeline.run(depth: 3) { send in
      for batch in 0..<100 { try send(batch) }
      return "done"
    } consume: {
      received.append($0)
    }
    #expect(received == Array(0..<100))
    #expect(output == "done")
  }

  @Test func theProducerSeesTheBatchesWaiting() throws {
    let firstTaken = DispatchSemaphore(value: 0)
    let sentMore = DispatchSemaphore(value: 0)
    let seen = try BatchPipeline.run(depth: 8) { send in
      try send(0)
      firstTaken.wait()
      for batch in 1...3 { try send(batch) }
      let waiting = send.waiting
      sentMore.signal()
      return waiting
    } consume: { batch in
      if batch == 0 {
        firstTaken.signal()
        sentMore.wait()
      }
    }
    #expect(seen == 3)
  }

  @Test func aProducersErrorComesOutAsItWasThrown() {
    #expect(throws: Failure()) {
      try BatchPipeline.run(depth: 2) { send in
        try send(1)
        throw Failure()
      } consume: { (_: Int) in
      }
    }
  }

  /// Counts the batches sent; written by the producer's thread only, read once it has ended.
  private final class Sent: @unchecked Sendable {
    var count = 0
  }

  @Test func aConsumersErrorStopsTheProducer() {
    let sent = Sent()
    #expect(throws: Failure()) {
      try BatchPipeline.run(depth: 2) { send in
        for batch in 0..<1_000_000 {
          try send(batch)
          sent.count += 1
        }
        return 0
      } consume: { batch in
        if batch == 5 { throw Failure() }
      }
    }
    // The six batches taken, two waiting, and one more at most before the producer saw it.
    #expect(sent.count <= 9)
  }
}
