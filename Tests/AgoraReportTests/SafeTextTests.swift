import Testing

@testable import AgoraReport

/// Each format's escaping, one input at a time.
@Suite struct SafeTextTests {
  @Test(arguments: [
    ("\u{1B}[31mred", "␛[31mred"),
    ("\u{1B}]0;title\u{07}", "␛]0;title␇"),
    ("a\rb", "a␍b"),
    ("a\tb\nc", "a b c"),
    ("x\u{7F}", "x␡"),
    ("\u{9B}1m", "⟨U+009B⟩1m"),
    ("a\u{202E}b\u{2067}c", "a⟨U+202E⟩b⟨U+2067⟩c"),
    ("שלום\u{200F}!", "שלום\u{200F}!"),
    ("café ☕️", "café ☕️"),
  ])
  func terminal(input: String, expected: String) {
    #expect(SafeText.terminal(input) == expected)
  }

  @Test func terminalKeepsNewlinesWhenAllowed() {
    #expect(SafeText.terminal("a\nb\u{2028}c", newlines: true) == "a\nb\nc")
  }

  @Test func html() {
    #expect(
      SafeText.html(#"<a href="x">'&'</a>"#)
        == "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;")
    #expect(SafeText.html("\u{1B}[1m") == "␛[1m")
  }

  @Test(arguments: [
    ("[x](javascript:alert(1))", #"\[x\](javascript:alert(1))"#),
    ("a | b", #"a \| b"#),
    ("*bold* _it_ `code`", #"\*bold\* \_it\_ \`code\`"#),
    ("# title", ##"\# title"##),
    ("- item", #"\- item"#),
    ("a - b", "a - b"),
    ("<b>&amp;", #"\<b\>\&amp;"#),
    ("\u{1B}[31m", "␛\\[31m"),
  ])
  func markdown(input: String, expected: String) {
    #expect(SafeText.markdown(input) == expected)
  }

  @Test(arguments: [
    ("plain", "plain"),
    ("a,b", "\"a,b\""),
    ("say \"hi\"", "\"say \"\"hi\"\"\""),
    ("two\nlines", "\"two\nlines\""),
    ("=1+1", "'=1+1"),
    ("+cmd", "'+cmd"),
    ("-2+3", "'-2+3"),
    ("@SUM(1)", "'@SUM(1)"),
    ("\tx", "' x"),
    ("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\""),
  ])
  func csv(input: String, expected: String) {
    #expect(SafeText.csv(input) == expected)
  }
}
