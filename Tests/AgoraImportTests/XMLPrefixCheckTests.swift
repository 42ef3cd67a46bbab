import Foundation
import Testing

@testable import AgoraImport

/// The namespace-prefix check and the UTF-8 check, read in pieces of any size.
struct XMLPrefixCheckTests {
  private let document = Array(
    """
    <?xml version="1.0"?>
    <!DOCTYPE r>
    <r xmlns:a="u" a:x='1>2'>
      <!-- <b:no> -->
      <![CDATA[ <c:no> ]]>
      <a:ok t="
    multi-line"/>
      <d:bad/>
      <e:bad d:y="2"/>
    </r>
    """.utf8)

  @Test func piecesFindWhatTheWholeDocumentFinds() {
    let whole = XMLPrefixCheck.undeclaredPrefix(in: Data(document))
    #expect(whole?.prefix == "d")
    #expect(whole?.line == 8)
    for size in [1, 2, 3, 7, 16, 64] {
      var check = XMLPrefixCheck()
      var buffer: [UInt8] = []
      var start = 0
      while start < document.count {
        buffer += document[start..<min(start + size, document.count)]
        start += size
        let scanned = check.scan(buffer[...], isLast: false)
        buffer.removeFirst(scanned)
      }
      _ = check.scan(buffer[...], isLast: true)
      #expect(check.undeclared()?.prefix == "d", "pieces of \(size)")
      #expect(check.undeclared()?.line == 8, "pieces of \(size)")
    }
  }

  /// Random documents made of every kind of markup, read whole and in random pieces, give the
  /// byte-by-byte reading's prefixes, lines and stopping places.
  @Test func agreesWithTheByteByByteReading() {
    var random = SplitMix(state: 13)
    let pieces = [
      "<a:x>", "</a:x>", "<b:y z:w=\"1\"/>", "<r xmlns:a=\"u\">", "<t q='>' c:d=\"<\">", "text ",
      "\n", "<!-- <e:no> -->", "<![CDATA[ <f:no> ]]>", "<?pi <g:no> ?>", "<!DOCTYPE d>", "é",
      "<h xmlns:b='v' b:k=\"1\">", "< ", "<", ">", "]]>", "-->", "\"", "'", "<i:j\nk:l=\"m\"/>",
    ]
    for _ in 0..<400 {
      let count = Int.random(in: 1...40, using: &random)
      let document = Array(
        (0..<count).map { _ in pieces.randomElement(using: &random) ?? "" }.joined().utf8)
      var new = XMLPrefixCheck()
      var old = XMLPrefixCheckReference()
      var (newBuffer, oldBuffer): ([UInt8], [UInt8]) = ([], [])
      var start = 0
      while start < document.count {
        let end = min(document.count, start + Int.random(in: 1...30, using: &random))
        newBuffer += document[start..<end]
        oldBuffer += document[start..<end]
        start = end
        let (newScanned, oldScanned) = (
          new.scan(newBuffer[...], isLast: false), old.scan(oldBuffer[...], isLast: false)
        )
        #expect(newScanned == oldScanned)
        newBuffer.removeFirst(newScanned)
        oldBuffer.removeFirst(oldScanned)
      }
      #expect(new.scan(newBuffer[...], isLast: true) == old.scan(oldBuffer[...], isLast: true))
      let (got, expected) = (new.undeclared(), old.undeclared())
      #expect(got?.prefix == expected?.prefix, "\(String(decoding: document, as: UTF8.self))")
      #expect(got?.line == expected?.line)
      let whole = XMLPrefixCheck.undeclaredPrefix(in: Data(document))
      #expect(whole?.prefix == expected?.prefix)
      #expect(whole?.line == expected?.line)
    }
  }

  /// Random bytes, mostly UTF-8, checked in random pieces, are valid exactly when the whole is.
  @Test func utf8InPiecesIsValidExactlyWhenTheWholeIs() {
    var random = SplitMix(state: 17)
    let fragments: [[UInt8]] = [
      Array("a".utf8), Array("é".utf8), Array("€".utf8), Array("😀".utf8), [0xC3], [0xA9],
      [0xE2, 0x82],
      [0xF0, 0x9F], [0xED, 0xA0, 0x80], [0xC0, 0x80], [0xFF], [0xF4, 0x90, 0x80, 0x80],
    ]
    var valid = 0
    for _ in 0..<4000 {
      var bytes: [UInt8] = []
      for _ in 0..<Int.random(in: 0...12, using: &random) {
        // Mostly whole characters, so that valid texts are common.
        bytes +=
          Int.random(in: 0..<3, using: &random) == 0
          ? fragments.randomElement(using: &random) ?? []
          : fragments[Int.random(in: 0..<4, using: &random)]
      }
      let expected = String(validating: bytes, as: UTF8.self) != nil
      if expected { valid += 1 }
      var check = UTF8Check()
      var start = 0
      while start < bytes.count {
        let end = min(bytes.count, start + Int.random(in: 1...5, using: &random))
        check.check(bytes[start..<end])
        start = end
      }
      check.check([][...], isLast: true)
      #expect(check.isValid == expected, "\(bytes)")
    }
    #expect(valid > 1000)
  }

  @Test func utf8CutAnywhereIsStillUTF8() {
    let text = Array("aé€😀b".utf8)
    for cut in 0...text.count {
      var check = UTF8Check()
      check.check(text[..<cut])
      check.check(text[cut...], isLast: true)
      #expect(check.isValid, "cut at \(cut)")
    }
    var broken = UTF8Check()
    broken.check(text[..<2])
    broken.check([0xFF, 0x41][...], isLast: true)
    #expect(!broken.isValid)
    var cutShort = UTF8Check()
    cutShort.check(text[..<2], isLast: true)
    #expect(!cutShort.isValid)
  }
}
