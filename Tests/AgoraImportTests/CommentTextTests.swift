import Testing

@testable import AgoraImport

@Suite struct CommentTextTests {
  @Test(arguments: [
    ("<p>a &amp;lt; b</p>", Markup.html, "a &lt; b"),
    ("Fish &amp;amp; chips", .escapedMarkdown, "Fish &amp; chips"),
    ("<p>One</p><p>Two<br/>Three</p>", .html, "One\n\nTwo\nThree"),
    ("<a href=\"https://x.ai\">xAI</a> said", .html, "xAI said"),
    ("<blockquote><p>quoted</p></blockquote>mine", .html, "mine"),
    ("> quoted\nmine\n>> deeper", .plain, "mine"),
    ("[quote=a][quote]inner[/quote]outer[/quote]mine", .plain, "mine"),
    ("[QUOTE]never closed", .plain, ""),
    ("", .html, ""),
    ("<p></p>", .html, ""),
    ("日本語 😀 عربى", .plain, "日本語 😀 عربى"),
    ("&#233;t&eacute; &#x1F600; &bogus; & fin", .html, "été 😀 &bogus; & fin"),
    ("  spaced   out  \r\n\r\n\r\n\r\nend ", .plain, "spaced out\n\nend"),
    ("<script>alert(1)</script>ok", .html, "ok"),
  ])
  func plainText(body: String, markup: Markup, expected: String) {
    #expect(CommentText.plain(body, markup: markup) == expected)
  }
}

@Suite struct PlainTextFastPathTests {
  @Test(arguments: [
    "Simple text.", "Two\nlines", "Para\n\nGraph", "", " lead", "trail ", "\nlead", "trail\n",
    "dou  ble", "three\n\n\nlines", "tab\there", "nb\u{A0}sp", "cr\r\nlf", "a > b", "a & b",
    "x [quote]y[/quote]", "space \nbreak", "break\n space", "émoji 😀 ok",
  ])
  func fastPathAgreesWithTheFullCleanup(text: String) {
    #expect(
      CommentText.plain(text, markup: .plain) == CommentText.plain(text + "\r", markup: .plain))
  }
}

/// The plain-text check agrees with a byte-by-byte reading of its rule on every short text.
@Suite struct PlainTextCheckTests {
  /// The rule as written: no markup, quote, tab or carriage return, no no-break space, no space at
  /// either end, doubled or next to a line break, and no more than two line breaks in a row.
  private func reference(_ text: String) -> Bool {
    reference(bytes: Array(text.utf8))
  }

  private func reference(bytes: [UInt8]) -> Bool {
    var previous: UInt8 = 32
    var newlines = 0
    for byte in bytes {
      switch byte {
      case UInt8(ascii: "<"), UInt8(ascii: "&"), UInt8(ascii: ">"), UInt8(ascii: "["), 13, 9:
        return false
      case 0xA0 where previous == 0xC2:
        return false
      case 32:
        if previous == 32 || previous == 10 { return false }
      case 10:
        if previous == 32 { return false }
        newlines = previous == 10 ? newlines + 1 : 1
        if newlines > 2 { return false }
      default:
        break
      }
      previous = byte
    }
    return previous != 32 && previous != 10
  }

  @Test func agreesOnEveryShortText() {
    let pieces = ["a", " ", "\n", "<", "\u{A0}", "é", "\t", "Â"]
    var texts = [""]
    var disagreements: [String] = []
    for _ in 0..<5 {
      texts = texts.flatMap { text in pieces.map { text + $0 } }
      for text in texts where CommentText.isAlreadyPlain(text) != reference(text) {
        disagreements.append(text)
      }
    }
    #expect(CommentText.isAlreadyPlain("") == reference(""))
    #expect(disagreements.isEmpty, "\(disagreements.prefix(5))")
  }

  /// Every pattern that matters, at every place in and across the eight-byte words that long
  /// texts are read in.
  @Test func agreesOnEveryPatternAtEveryPlace() {
    let patterns = [
      "\n\n\n", "\n\n", "  ", " \n", "\n ", "\u{A0}", "<", "&", ">", "[", "\r", "\t", "é", " ",
      "\n",
    ]
    var disagreements: [String] = []
    for pattern in patterns {
      for offset in 0..<26 {
        for length in [offset + pattern.utf8.count + 1, 40] where length <= 40 {
          let text =
            String(repeating: "a", count: offset) + pattern
            + String(repeating: "b", count: max(0, length - offset - pattern.utf8.count))
          if CommentText.isAlreadyPlain(text) != reference(text) { disagreements.append(text) }
        }
      }
    }
    #expect(disagreements.isEmpty, "\(disagreements.prefix(5))")
  }

  /// Longer texts are read eight bytes at a time: random ones, with every byte that matters at
  /// every place in a word and across words.
  @Test func agreesOnLongTexts() {
    var random = SplitMix(state: 11)
    let letters = Array("abcdefgh".utf8)
    let special: [UInt8] = [32, 10, 13, 9, 60, 38, 62, 91, 0xC2, 0xA0, 0xC3, 0xA9, 63]
    var plain = 0
    for _ in 0..<40_000 {
      let count = Int.random(in: 0...60, using: &random)
      // Mostly letters, so that long plain runs are common.
      let bytes = (0..<count).map { _ in
        Int.random(in: 0..<5, using: &random) == 0
          ? special.randomElement(using: &random) ?? 32
          : letters.randomElement(using: &random) ?? 97
      }
      let expected = reference(bytes: bytes)
      if expected { plain += 1 }
      let got = bytes.withUnsafeBufferPointer(CommentText.isAlreadyPlain(bytes:))
      #expect(got == expected, "\(bytes)")
    }
    // Both answers came up often enough to count.
    #expect(plain > 1000)
  }
}
