/// Plain text from the HTML of a comment, keeping its paragraphs and line breaks.
enum HTMLText {
  private static let paragraphTags: Set<String> = [
    "p", "div", "ul", "ol", "li", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table",
    "aside", "section", "article", "blockquote",
  ]

  /// The text of `html` with blockquotes left out and entities decoded once.
  static func text(_ html: String) -> String {
    text(html, keepingQuotes: false)
  }

  /// The text of `html`; quoted blocks are kept when `keepingQuotes`.
  static func text(_ html: String, keepingQuotes: Bool) -> String {
    guard html.contains("<") || html.contains("&") else { return html }
    var output = ""
    var quoteDepth = 0
    var skipDepth = 0
    var rest = Substring(html)
    while let open = rest.firstIndex(of: "<") {
      if quoteDepth == 0 || keepingQuotes, skipDepth == 0 {
        output += HTMLEntities.decode(String(rest[..<open]))
      }
      guard let close = rest[open...].firstIndex(of: ">") else {
        rest = rest[open...]
        break
      }
      let tag = rest[rest.index(after: open)..<close]
      rest = rest[rest.index(after: close)...]
      let closing = tag.first == "/"
      let name = String(
        tag.drop { $0 == "/" }.prefix { $0.isLetter || $0.isNumber }
      ).lowercased()
      switch name {
      case "br":
        output += "\n"
      case "blockquote", "aside":
        quoteDepth = max(0, quoteDepth + (closing ? -1 : 1))
        output += "\n\n"
      case "script", "style":
        skipDepth = max(0, skipDepth + (closing ? -1 : 1))
      case "li" where !closing:
        output += "\n- "
      default:
        if paragraphTags.contains(name) { output += "\n\n" }
      }
    }
    if quoteDepth == 0 || keepingQuotes, skipDepth == 0 {
      output += HTMLEntities.decode(String(rest))
    }
    return output
  }
}
