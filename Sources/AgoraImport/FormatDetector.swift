import Foundation

/// Recognises an export's format from its first bytes and, for JSON, from its shape.
enum FormatDetector {
  /// What detection found: the format, and the parsed JSON when it had to be parsed to tell.
  struct Detection {
    var format: ImportFormat
    var json: Any?
  }

  /// The format of `data`: XML by its root element, JSON by its shape, JSON Lines when the first
  /// line is a whole object and more follow, anything else CSV.
  static func detect(_ data: Data, file: String) throws(ImportError) -> Detection {
    let head = data.prefix(8192)
    guard let first = head.first(where: { ![9, 10, 13, 32, 0xEF, 0xBB, 0xBF].contains($0) }) else {
      return Detection(format: .csv)
    }
    switch first {
    case UInt8(ascii: "<"):
      guard let format = xmlFormat(head) else { throw .unknownFormat(file: file) }
      return Detection(format: format)
    case UInt8(ascii: "{"), UInt8(ascii: "["):
      if first == UInt8(ascii: "{"), let jsonl = linesFormat(data) { return jsonl }
      let parsed = try JSONDocument.parse(data, file: file, hint: JSONRecordsReader.hint)
      return Detection(format: shape(of: parsed), json: parsed)
    default:
      return Detection(format: .csv)
    }
  }

  /// The format of a file starting with `prefix` (its first MiB, or all of it) when it is one
  /// that is read in chunks (CSV, JSON Lines, a JSON array of plain records, Disqus or
  /// WordPress XML, decided exactly as `detect` does), else `nil`.
  static func streamable(prefix: Data) -> ImportFormat? {
    guard !startsArray(prefix) else { return arrayOfRecords(prefix) ? .json : nil }
    let head = prefix.prefix(8192)
    guard let first = head.first(where: { ![9, 10, 13, 32, 0xEF, 0xBB, 0xBF].contains($0) }) else {
      return .csv
    }
    switch first {
    case UInt8(ascii: "<"): return xmlFormat(head)
    case UInt8(ascii: "["): return nil
    case UInt8(ascii: "{"): return linesFormat(prefix) == nil ? nil : .jsonl
    default: return .csv
    }
  }

  /// Disqus or WordPress, by what the first bytes of an XML document hold.
  private static func xmlFormat(_ head: Data) -> ImportFormat? {
    if head.contains(Array("<disqus".utf8)) { return .disqus }
    if head.contains(Array("wordpress.org/export".utf8)) || head.contains(Array("<wp:".utf8)) {
      return .wordpress
    }
    return nil
  }

  /// Whether the first byte that is not a space or a byte-order mark opens an array.
  static func startsArray(_ prefix: some Collection<UInt8>) -> Bool {
    prefix.prefix(8192).first { ![9, 10, 13, 32, 0xEF, 0xBB, 0xBF].contains($0) }
      == UInt8(ascii: "[")
  }

  /// Whether the array that `prefix` starts has the shape of plain comment records (not a
  /// Reddit, YouTube or Hacker News export), judged on its first complete items.
  private static func arrayOfRecords(_ prefix: Data) -> Bool {
    var splitter = JSONArraySplitter(file: "")
    var buffer = [UInt8](prefix)
    var items: [Any] = []
    try? splitter.split(&buffer) { item throws(ImportError) in
      guard items.count < 20 else { return }
      items.append(try JSONDocument.parse(Data(item.bytes), file: "", hint: ""))
    }
    return !items.isEmpty && shape(of: items) == .json
  }

  /// JSON Lines when the first non-empty line parses alone and another non-empty line follows.
  private static func linesFormat(_ data: Data) -> Detection? {
    let lines = data.prefix(1 << 20).split(separator: 10).filter {
      $0.contains { ![9, 13, 32].contains($0) }
    }
    guard lines.count >= 2, let firstLine = lines.first,
      (try? JSONSerialization.jsonObject(with: Data(firstLine))) is [String: Any]
    else { return nil }
    return Detection(format: .jsonl)
  }

  /// The JSON format a parsed document has the shape of.
  static func shape(of parsed: Any) -> ImportFormat {
    if let array = parsed as? [Any] {
      if array.contains(where: { RedditReader.kind($0) == "Listing" }) { return .reddit }
      if let first = array.first, shape(of: first) == .youtube { return .youtube }
      let objects = array.prefix(20).compactMap { $0 as? [String: Any] }
      if !objects.isEmpty,
        objects.allSatisfy({ $0["type"] is String && $0["id"] != nil && $0["time"] != nil })
      {
        return .hackernews
      }
      return .json
    }
    guard let object = parsed as? [String: Any] else { return .json }
    if object["kind"] as? String == "Listing" { return .reddit }
    if object["post_stream"] != nil { return .discourse }
    if (object["kind"] as? String)?.hasPrefix("youtube#") == true { return .youtube }
    if object["descendants"] is [Any], object["ancestors"] is [Any] { return .mastodon }
    if object["children"] != nil, object["story_id"] != nil || object["type"] is String {
      return .hackernews
    }
    return .json
  }
}
