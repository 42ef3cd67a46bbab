/// The one-line description of a summary's filters, shared by every renderer.
extension SummaryFilters {
  /// "all sources · since 2025-02-14 · text in fr · near-duplicates counted once · by tried",
  /// with each value from the user passed through `escape` for the renderer's output.
  func described(escape: (String) -> String) -> String {
    var parts = [
      sources.isEmpty ? "all sources" : "sources " + sources.map(escape).joined(separator: ", ")
    ]
    if let since { parts.append("since " + escape(since)) }
    if !languages.isEmpty {
      parts.append("text in " + languages.map(escape).joined(separator: ", "))
    }
    parts.append(
      collapseDuplicates ? "near-duplicates counted once" : "near-duplicates counted each time")
    if let by { parts.append("by " + escape(by)) }
    return parts.joined(separator: " · ")
  }
}
