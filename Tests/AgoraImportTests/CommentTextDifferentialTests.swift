import Testing

@testable import AgoraImport

/// The byte-level conversion gives the same bytes as the `Character`-level reference on many
/// generated bodies: tags, entities (named, numeric, malformed), quotes, line breaks, space runs
/// and scalars that join their neighbours into one `Character` (combining marks, joiners,
/// prepended marks, the Greek question mark that Swift finds equal to `;`).
@Suite struct CommentTextDifferentialTests {
  private static let pieces: [String] = [
    "<p>", "</p>", "<P class=\"x\">", "<br>", "<br/>", "<BR />", "</br>", "<blockquote>",
    "</blockquote>", "<BlockQuote cite=x>", "<aside>", "</aside>", "<script>", "</script>",
    "<style>", "</style>", "<li>", "</li>", "<ul>", "</ol>", "<div>", "</div>", "<h1>", "<H6>",
    "<tr>", "<table>", "<section>", "<article>", "<pre>", "<a href=\"https://x.ai/?a=1&amp;b=2\">",
    "</a>", "<span>", "<>", "</>", "<//p>", "< p>", "<p", ">", "<", "/", "<b\u{301}r>",
    "<bloc\u{212A}quote>", "<\u{301}p>", "<li\u{661}>", "<h\u{663}>", "<br\u{200D}>", "<ſcript>",
    "<p\u{903}>", "</\u{301}p>", "<averyveryverylongtagname>", "&amp;", "&amp;lt;", "&lt;", "&gt;",
    "&quot;", "&#39;", "&#x27;", "&#X1F600;", "&#233;", "&#0;", "&#x110000;", "&#-1;", "&#+65;",
    "&#65", "&eacute;", "&Eacute;", "&EACUTE;", "&bogus;", "&", "&;", "&#;", "&#x;", "&nbsp;",
    "&shy;", "&amp\u{37E}", "&amp;\u{301}", "&\u{301}amp;", "&averyverylongname;", "&#10;",
    "&#13;", "&#9;", "&#160;", "&#x3C;p&#x3E;", "&#xD800;", "&#x301;", "&#x600;", " ", "  ",
    "\t", "\n", "\n\n\n", "\r", "\r\n", "\u{A0}", " \u{301}", "\u{A0}\u{301}", "\u{600}",
    "\u{600} ", "\u{D4E}", "\u{110BD}", "\u{915}\u{94D}", "\u{301}", "\u{200D}", "\u{FE0F}",
    "\u{903}", "\u{1F3FB}", "😀", "👍🏽", "🇫🇷", "\u{37E}", ";", "#", "x", "1", "-", "[quote]",
    "[/quote]", "[QUOTE=a]", "> ", ">", "\n> q", "\n  > q", "\n\t>q", "e\u{301}", "日本語",
    "عربى", "word", "Grok 3", "\u{212A}",
  ]

  private static func bodies(count: Int, seed: UInt64) -> [String] {
    var generator = SplitMix(state: seed)
    return (0..<count).map { _ in
      (0..<Int.random(in: 1...14, using: &generator))
        .map { _ in pieces.randomElement(using: &generator) ?? "" }.joined()
    }
  }

  @Test(arguments: [Markup.html, .escapedMarkdown, .plain])
  func plainTextMatchesTheReference(markup: Markup) {
    var differences: [String] = []
    for body in Self.bodies(count: 40_000, seed: 7) {
      let expected = ReferenceCommentText.cleaned(body, markup: markup)
      if Array(CommentText.cleaned(body, markup: markup).utf8) != Array(expected.utf8) {
        differences.append(body)
      }
    }
    #expect(
      differences.isEmpty, "\(differences.count): \(differences.prefix(5).map(\.debugDescription))")
  }

  @Test func eachStepMatchesTheReference() {
    var differences: [String] = []
    for body in Self.bodies(count: 40_000, seed: 11) {
      let steps: [(String, String)] = [
        (
          HTMLText.text(body, keepingQuotes: true),
          ReferenceCommentText.html(body, keepingQuotes: true)
        ),
        (HTMLText.text(body), ReferenceCommentText.html(body, keepingQuotes: false)),
        (HTMLEntities.decode(body), ReferenceCommentText.decode(body)),
        (CommentText.removingQuotedLines(body), ReferenceCommentText.removingQuotedLines(body)),
        (CommentText.tidy(body), ReferenceCommentText.tidy(body)),
      ]
      for (index, (fast, reference)) in steps.enumerated()
      where Array(fast.utf8) != Array(reference.utf8) {
        differences.append("step \(index): \(body.debugDescription)")
      }
    }
    #expect(differences.isEmpty, "\(differences.count): \(differences.prefix(5))")
  }

  /// Every short combination of the characters the conversion looks at.
  @Test func everyShortBodyMatchesTheReference() {
    let pieces = [
      "<", ">", "&", ";", "\u{37E}", "/", "p", " ", "\n", "\r", "\u{A0}", "\u{301}", "\u{600}", "#",
    ]
    var bodies = [""]
    var differences: [String] = []
    for _ in 0..<4 {
      bodies = bodies.flatMap { body in pieces.map { body + $0 } }
      for body in bodies {
        let fast = CommentText.cleaned(body, markup: .html)
        if Array(fast.utf8) != Array(ReferenceCommentText.cleaned(body, markup: .html).utf8) {
          differences.append(body)
        }
      }
    }
    #expect(
      differences.isEmpty, "\(differences.count): \(differences.prefix(5).map(\.debugDescription))")
  }
}
