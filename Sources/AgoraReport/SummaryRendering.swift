/// Anything that draws a `Summary` to a text stream: one conformance per output format.
public protocol SummaryRendering: Sendable {
  /// Writes `summary` to `out`.
  func render(_ summary: Summary, to out: inout some TextOutputStream)
}

extension TerminalRenderer: SummaryRendering {}
extension MarkdownRenderer: SummaryRendering {}
extension HTMLRenderer: SummaryRendering {}
extension CSVRenderer: SummaryRendering {}
extension JSONRenderer: SummaryRendering {}
