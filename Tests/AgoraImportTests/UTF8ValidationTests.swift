import Testing

@testable import AgoraImport

/// The validator agrees with the standard library on every short sequence and on long texts.
@Suite struct UTF8ValidationTests {
  private func agrees(_ bytes: [UInt8]) -> Bool {
    let expected = String(validating: bytes, as: UTF8.self) != nil
    return bytes.withUnsafeBufferPointer(UTF8Validation.isValid) == expected
  }

  @Test func everySequenceOfUpToThreeBytes() {
    var disagreements: [[UInt8]] = []
    for first in 0...255 {
      for second in 0...255 {
        let pair = [UInt8(first), UInt8(second)]
        if !agrees(pair) { disagreements.append(pair) }
        // The third byte matters only as a continuation byte or not.
        for third: UInt8 in [0x41, 0x80, 0x9F, 0xA0, 0xBF, 0xC0] where first >= 0xE0 {
          if !agrees(pair + [third]) { disagreements.append(pair + [third]) }
        }
      }
    }
    #expect(disagreements.isEmpty, "\(disagreements.prefix(5))")
  }

  @Test func fourByteSequencesAndLongTexts() {
    var generator = SplitMix(state: 7)
    for lead: UInt8 in 0xF0...0xF7 {
      for second: UInt8 in [0x7F, 0x80, 0x8F, 0x90, 0xBF, 0xC0] {
        for tail: [UInt8] in [[0x80, 0x80], [0xBF, 0xBF], [0x80, 0x41], [0x41, 0x80], [0x80]] {
          #expect(agrees([lead, second] + tail))
        }
      }
    }
    let text = Array("Déjà vu, 日本語 😀 — naïve café, plain ASCII runs of some length.".utf8)
    #expect(agrees(text))
    for _ in 0..<2000 {
      var bytes = text
      let position = Int.random(in: 0..<bytes.count, using: &generator)
      bytes[position] = UInt8.random(in: 0...255, using: &generator)
      #expect(agrees(bytes), "\(bytes)")
      #expect(agrees(Array(bytes.prefix(position + 1))))
    }
  }
}
