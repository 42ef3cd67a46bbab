import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Streams an XML document through Foundation's `XMLParser`, handing each element's start
/// (name, attributes, line) and end (name, text, line) to the reader. Text is gathered from
/// every characters and CDATA callback of the element, which XMLParser may split.
final class XMLStream: NSObject, XMLParserDelegate {
  /// What a reader does with elements. An error thrown by `end` stops the parse, and `parse`
  /// rethrows it as it is.
  struct Handlers {
    var start: (_ name: String, _ attributes: [String: String], _ line: Int) -> Void
    var end: (_ name: String, _ text: String, _ line: Int) throws -> Void
  }

  /// What the check of a whole file before it is parsed in chunks found.
  struct FileCheck {
    /// The SHA-256 of the file's bytes.
    var sha256: String
    /// The file's first bytes (up to 4 KiB).
    var head: [UInt8]
  }

  private let handlers: Handlers
  private var texts: [String] = []
  private var names: [String] = []
  private var lastLine = 1
  /// The first error thrown by a handler, which stopped the parse.
  private var failure: (any Error)?
  /// The file being parsed, when it is read in chunks.
  private weak var input: XMLFileInput?

  private init(handlers: Handlers, input: XMLFileInput?) {
    self.handlers = handlers
    self.input = input
  }

  /// Parses `data`, calling `handlers`; a document that is not well-formed throws with the
  /// line and column XMLParser stopped at.
  static func parse(
    _ data: Data, file: String, format: ImportFormat, handlers: Handlers
  ) throws(ImportError) {
    let data = validUTF8(data)
    if let (prefix, line) = XMLPrefixCheck.undeclaredPrefix(in: data) {
      throw undeclared(prefix, line: line, file: file, format: format)
    }
    do {
      // Fed from a stream, XMLParser hands libxml2 the bytes in chunks; given all of a large
      // export at once, libxml2 stops at about 10 MB with an internal error.
      try run(InputStream(data: data), file: file, format: format, handlers: handlers, input: nil)
    } catch let error as ImportError {
      throw error
    } catch {
      throw .unreadable(file: file, reason: "\(error)")
    }
  }

  /// Parses the file of `input` in chunks, calling `handlers`; the file must have passed
  /// `check(file:format:)`.
  static func parse(_ input: XMLFileInput, format: ImportFormat, handlers: Handlers) throws {
    try run(input, file: input.path, format: format, handlers: handlers, input: input)
  }

  /// Reads the file at `path` through before it is parsed in chunks: `nil` when it must be read
  /// whole after all (it is not UTF-8 and declares no encoding libxml2 converts, so its invalid
  /// bytes must be replaced first); throws when a namespace prefix is not declared.
  static func check(file path: String, format: ImportFormat) throws(ImportError) -> FileCheck? {
    let source = try ChunkedFile(path: path)
    var buffer: [UInt8] = []
    var head: [UInt8] = []
    var prefixes = XMLPrefixCheck()
    var utf8 = UTF8Check()
    var converted: Bool?
    while true {
      let carried = buffer.count
      guard try source.read(into: &buffer) else { break }
      if head.count < 4096 { head += buffer[carried...].prefix(4096 - head.count) }
      if converted == nil, head.count >= 120 { converted = declaresConverted(head) }
      if converted == false, !utf8.isValid { return nil }
      // Markup cut off by the end of the chunk waits for the next one, unless it has grown
      // past 8 MiB (a damaged file), which is then scanned as it is.
      let scanned = prefixes.scan(buffer[...], isLast: buffer.count > 8 << 20)
      utf8.check(buffer[..<scanned])
      buffer.removeFirst(scanned)
    }
    _ = prefixes.scan(buffer[...], isLast: true)
    utf8.check(buffer[...], isLast: true)
    if !(converted ?? declaresConverted(head)), !utf8.isValid { return nil }
    if let (prefix, line) = prefixes.undeclared() {
      throw undeclared(prefix, line: line, file: path, format: format)
    }
    return FileCheck(sha256: try source.sha256(), head: head)
  }

  private static func run(
    _ stream: InputStream, file: String, format: ImportFormat, handlers: Handlers,
    input: XMLFileInput?
  ) throws {
    let delegate = XMLStream(handlers: handlers, input: input)
    let parser = XMLParser(stream: stream)
    parser.shouldResolveExternalEntities = false
    parser.delegate = delegate
    let parsed = parser.parse()
    if let failure = delegate.failure { throw failure }
    if !parsed {
      let reason = parser.parserError.map { ($0 as NSError).localizedDescription } ?? "parse error"
      throw ImportError.malformed(
        file: file, line: max(1, parser.lineNumber), column: max(1, parser.columnNumber),
        expected: "invalid XML (\(reason))", hint: hint(format))
    }
    // XMLParser on Linux accepts a document cut short; an element still open means it was.
    if let open = delegate.names.last {
      throw ImportError.malformed(
        file: file, line: delegate.lastLine, column: nil,
        expected: "invalid XML (the file ends inside <\(open)>)", hint: hint(format))
    }
  }

  private static func hint(_ format: ImportFormat) -> String {
    "the \(format.displayName) export looks truncated or damaged; export it again, "
      + "or pass --format if it is not XML"
  }

  private static func undeclared(
    _ prefix: String, line: Int, file: String, format: ImportFormat
  ) -> ImportError {
    .malformed(
      file: file, line: line, column: nil,
      expected: "invalid XML (namespace prefix `\(prefix)` is not declared)", hint: hint(format))
  }

  /// Whether the XML declaration at the start of `head` names an encoding that libxml2
  /// converts to UTF-8 itself (Latin-1, Windows code pages, UTF-16).
  private static func declaresConverted(_ head: some Collection<UInt8>) -> Bool {
    let head = String(decoding: head.prefix(120), as: UTF8.self).lowercased()
    guard let range = head.range(of: "encoding="), head[..<range.lowerBound].contains("<?xml")
    else { return false }
    let declared = head[range.upperBound...].dropFirst().prefix { $0 != "\"" && $0 != "'" }
    let converted = ["iso-8859", "latin", "windows-", "cp125", "utf-16", "us-ascii"]
    return converted.contains { declared.hasPrefix($0) }
  }

  /// `data` with invalid UTF-8 sequences replaced by U+FFFD, unless it declares an encoding that
  /// libxml2 converts (Latin-1, Windows code pages, UTF-16).
  ///
  /// Foundation's XMLParser on Linux crashes on a name that is not valid UTF-8, which libxml2
  /// passes on while recovering from a damaged file. Files that declare another encoding are
  /// converted to UTF-8 by libxml2 itself and are left alone.
  private static func validUTF8(_ data: Data) -> Data {
    if declaresConverted(data) { return data }
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
    guard failure == nil else { return }
    do {
      try handlers.end(elementName, text, parser.lineNumber)
    } catch {
      failure = error
      input?.isStopped = true
      parser.abortParsing()
    }
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) {
    lastLine = parser.lineNumber
    if !texts.isEmpty { texts[texts.count - 1] += string }
  }

  func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
    if !texts.isEmpty { texts[texts.count - 1] += String(decoding: CDATABlock, as: UTF8.self) }
  }
}
