import AgoraImport
import Testing

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
