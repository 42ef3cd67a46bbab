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
