import Foundation

/// Writes a `Summary` as JSON: the value encoded with sorted keys, snake_case names, ISO 8601
/// dates and pretty printing, followed by a newline.
///
/// Top-level fields (each documented on its Swift type, and only ever added to):
/// - `survey`: `id`, `title`, `revision`, `language`, `article` (may be absent).
/// - `generated_at`: ISO 8601 UTC timestamp.
/// - `filters`: `sources`, `since`, `collapse_duplicates`, `by`.
/// - `sources`: `[{source, responses, comments}]`.
/// - `questions`: `[{id, prompt, type, tally, numbers, text, inferred, cross_tab}]`; a tally is
///   `{answered, options: [{id, label, all, by_source}], sources, sources_differ,
///   small_sample}`; every share is a proportion `{count, total, share, low, high}` (95% Wilson
///   interval); `text` holds `total`, `by_source`, `sentiment`, `languages`, `themes` (with
///   `quotes`) and `duplicates`; `cross_tab` holds `by`, `columns`, `rows`, `sentiment`, `test`.
/// - `trend`: `[{day, responses, comments, sentiment}]`.
///
/// Absent optionals are left out. Non-finite numbers (never expected) are written as the
/// strings `"nan"`, `"inf"` and `"-inf"` rather than failing. JSON escapes control characters
/// itself, so imported text needs no other treatment here.
public struct JSONRenderer: Sendable {
  /// Creates a renderer.
  public init() {}

  /// The encoder this renderer uses.
  public static func encoder() -> JSONEncoder {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    encoder.dateEncodingStrategy = .iso8601
    encoder.keyEncodingStrategy = .convertToSnakeCase
    encoder.nonConformingFloatEncodingStrategy = .convertToString(
      positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
    return encoder
  }

  /// Writes the summary.
  public func render(_ summary: Summary, to out: inout some TextOutputStream) {
    guard let data = try? Self.encoder().encode(summary) else {
      out.write("{\"error\": \"the summary could not be encoded\"}\n")
      return
    }
    out.write(String(decoding: data, as: UTF8.self) + "\n")
  }
}
