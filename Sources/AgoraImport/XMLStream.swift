import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Streams an XML document through Foundation's `XMLParser`, handing each element's start
/// (name, attributes, line) and end (name, text, line) to the reader. Text is gathered from
/// every characters and CDATA callback of the element, which XMLParser may split.
final class XMLStream: NSObject, XMLParserDelegate {
  /// What a reader does with elements.
  struct Handlers {
    var start: (_ name: String, _ attributes: [String: String], _ line: Int) -> Void
    var end: (_ name: String, _ text: String, _ line: Int) -> Void
  }

  private let handlers: Handlers
  private var texts: [String] = []
  private var names: [String] = []
  private var lastLine = 1

  private init(handlers: Handlers) {
    self.handlers = handlers
  }

  /// Parses `data`, calling `handlers`; a document that is not well-formed throws with the
  /// line and column XMLParser stopped at.
  static func parse(
    _ data: Data, file: String, format: ImportFormat, handlers: Handlers
  ) throws(ImportError) {
    let hint =
      "the \(format.displayName) export looks truncated or damaged; export it again, "
      + "or pass --format if it is not XML"
    let data = validUTF8(data)
    if let (prefix, line) = XMLPrefixCheck.undeclaredPrefix(in: data) {
      throw .malformed(
        file: file, line: line, column: nil,
        expected: "invalid XML (namespace prefix `\(prefix)` is not declared)", hint: hint)
    }
    let stream = XMLStream(handlers: handlers)
    // Fed from a stream, XMLParser hands libxml2 the bytes in chunks; given all of a large
    // export at once, libxml2 stops at about 10 MB with an internal error.
    let parser = XMLParser(stream: InputStream(data: data))
    parser.shouldResolveExternalEntities = false
    parser.delegate = stream
    if !parser.parse() {
      let reason = parser.parserError.map { ($0 as NSError).localizedDescription } ?? "parse error"
      throw .malformed(
        file: file, line: max(1, parser.lineNumber), column: max(1, parser.columnNumber),
        expected: "invalid XML (\(reason))", hint: hint)
    }
    // XMLParser on Linux accepts a document cut short; an element still open means it was.
    if let open = stream.names.last {
      throw .malformed(
        file: file, line: stream.lastLine, column: nil,
        expected: "invalid XML (the file ends inside <\(open)>)", hint: hint)
    }
  }

  /// `data` with invalid UTF-8 sequences replaced by U+FFFD, unless it declares an encoding that
  /// libxml2 converts (Latin-1, Windows code pages, UTF-16).
  ///
  /// Foundation's XMLParser on Linux crashes on a name that is not valid UTF-8, which libxml2
  /// passes on while recovering from a damaged file. Files that declare another encoding are
  /// converted to UTF-8 by libxml2 itself and are left alone.
  private static func validUTF8(_ data: Data) -> Data {
    let head = String(decoding: data.prefix(120), as: UTF8.self).lowercased()
    if let range = head.range(of: "encoding="), head[..<range.lowerBound].contains("<?xml") {
      let declared = head[range.upperBound...].dropFirst().prefix { $0 != "\"" && $0 != "'" }
      let converted = ["iso-8859", "latin", "windows-", "cp125", "utf-16", "us-ascii"]
      if converted.contains(where: { declared.hasPrefix($0) }) { return data }
    }
    if String(bytes: data, encoding: .utf8) != nil { return data }
    return Data(String(decoding: data, as: UTF8.self).utf8)
  }

  func parser(
    _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
    qualifiedName: String?, attributes: [String: String] = [:]
  ) {
    texts.append("")
    names.append(elementName)
    lastLine = parser.lineNumber
    handlers.start(elementName, attributes, parser.lineNumber)
  }

  func parser(
    _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
    qualifiedName: String?
  ) {
    let text = texts.popLast() ?? ""
    _ = names.popLast()
    lastLine = parser.lineNumber
    handlers.end(elementName, text, parser.lineNumber)
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) {
    lastLine = parser.lineNumber
    if !texts.isEmpty { texts[texts.count - 1] += string }
  }

  func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
    if !texts.isEmpty { texts[texts.count - 1] += String(decoding: CDATABlock, as: UTF8.self) }
  }
}
