import AgoraModel
import Foundation
import Testing

struct BackgroundTests {
  @Test func theWorkRunsWhileTheCallerGoesOn() {
    // The work waits for a signal the caller sends only once the value is under way: run in
    // the caller's stead, it would time out and give -1.
    let go = DispatchSemaphore(value: 0)
    let worker = Background { go.wait(timeout: .now() + 5) == .success ? 42 : -1 }
    go.signal()
    #expect(worker.value() == 42)
    #expect(worker.value() == 42, "a second call returns the same value")
  }
}
