import Foundation
import Testing

@testable import AgoraImport

/// UTF-16 and Latin-1 turned into UTF-8 chunk by chunk give the text that decoding the whole
/// input gives.
@Suite struct TextTranscoderTests {
  /// `input` through `transcoder`, cut into pieces of the lengths `cuts` draws; `nil` when it
  /// fails.
  private func transcode(
    _ input: [UInt8], _ transcoder: TextTranscoder, cuts random: inout SplitMix
  ) -> [UInt8]? {
    var transcoder = transcoder
    var output: [UInt8] = []
    var start = 0
    while start < input.count {
      let end = min(input.count, start + Int.random(in: 1...9, using: &random))
      input[start..<end].withUnsafeBytes { transcoder.append($0, to: &output) }
      start = end
    }
    return transcoder.finish() ? output : nil
  }

  @Test func utf16DecodesAsFoundationDoes() {
    var random = SplitMix(state: 7)
    // Code units drawn so that surrogates, paired or not, are common.
    let units: [UInt16] = [0x41, 0x0A, 0xE9, 0x20AC, 0xFEFF, 0, 0xD83D, 0xDE00, 0xDBFF, 0xDC00]
    for _ in 0..<3000 {
      let count = Int.random(in: 0...12, using: &random)
      let text = (0..<count).map { _ in units.randomElement(using: &random) ?? 0 }
      for bigEndian in [false, true] {
        var bytes = text.flatMap { unit -> [UInt8] in
          let (high, low) = (UInt8(unit >> 8), UInt8(unit & 0xFF))
          return bigEndian ? [high, low] : [low, high]
        }
        // Sometimes an odd byte at the end, which Foundation drops.
        if Bool.random(using: &random) { bytes.append(0x41) }
        let expected = String(
          data: Data(bytes), encoding: bigEndian ? .utf16BigEndian : .utf16LittleEndian)
        let got = transcode(bytes, TextTranscoder(.utf16(bigEndian: bigEndian)), cuts: &random)
        #expect(got == expected.map { Array($0.utf8) }, "\(bytes)")
      }
    }
  }

  @Test func aByteOrderMarkIsDroppedOnce() {
    var random = SplitMix(state: 8)
    let bytes: [UInt8] = [0xFF, 0xFE, 0xFF, 0xFE, 0x41, 0x00]
    let transcoder = TextTranscoder.forFile(startingWith: bytes)
    #expect(transcoder?.encoding == .utf16(bigEndian: false))
    let got = transcoder.flatMap { transcode(bytes, $0, cuts: &random) }
    #expect(got == Array("\u{FEFF}A".utf8))
  }

  @Test func utf16IsToldFromItsFirstBytes() {
    #expect(
      TextTranscoder.forFile(startingWith: [0xFE, 0xFF])?.encoding == .utf16(bigEndian: true))
    #expect(
      TextTranscoder.forFile(startingWith: [0x69, 0x00])?.encoding == .utf16(bigEndian: false))
    #expect(
      TextTranscoder.forFile(startingWith: [0x00, 0x69])?.encoding == .utf16(bigEndian: true))
    #expect(TextTranscoder.forFile(startingWith: [0xEF, 0xBB, 0xBF, 0x69]) == nil)
    #expect(TextTranscoder.forFile(startingWith: [0x69, 0x64]) == nil)
    #expect(TextTranscoder.forFile(startingWith: [0x69]) == nil)
    #expect(TextTranscoder.forFile(startingWith: []) == nil)
  }

  @Test func latin1IsEveryByteAsItsCharacter() {
    var random = SplitMix(state: 9)
    let bytes = (0..<2000).map { _ in UInt8.random(in: 0...255, using: &random) }
    let expected = String(bytes.map { Character(Unicode.Scalar($0)) })
    #expect(transcode(bytes, TextTranscoder(.latin1), cuts: &random) == Array(expected.utf8))
  }
}
