import AgoraModel

/// The lines `agora import` prints for one file, written to any text stream.
public struct ImportSummary: Sendable {
  /// The file name as given.
  public var file: String
  /// The format it was read as.
  public var format: ImportFormat
  /// What was read and stored.
  public var counts: ImportCounts
  /// Rows skipped, with why.
  public var skipped: [SkippedRow]
  /// Whether nothing was written.
  public var dryRun: Bool
  /// Whether moderated comments were routed for analysis (`--include-moderated`).
  public var moderatedAnalysed: Bool

  /// Creates a summary.
  public init(
    file: String, format: ImportFormat, counts: ImportCounts, skipped: [SkippedRow],
    dryRun: Bool, moderatedAnalysed: Bool = false
  ) {
    self.file = file
    self.format = format
    self.counts = counts
    self.skipped = skipped
    self.dryRun = dryRun
    self.moderatedAnalysed = moderatedAnalysed
  }

  /// Writes the summary: a head line, then moderated, routed and skipped lines when not empty.
  /// Categories and questions are listed by name so the output is the same on every run.
  public func write(to out: inout some TextOutputStream) {
    let verb = dryRun ? "would add" : "new"
    out.write(
      "\(file): \(format.displayName) — read \(counts.read), \(verb) \(counts.new), "
        + "duplicates \(counts.duplicate), skipped \(counts.skipped)\n")
    if !counts.moderated.isEmpty {
      let analysed = moderatedAnalysed ? "analysed" : "not analysed"
      out.write("  moderated (kept, \(analysed)): \(Self.list(counts.moderated))\n")
    }
    if counts.empty > 0 {
      out.write("  empty (kept, not analysed): \(counts.empty)\n")
    }
    if counts.repliesToUnknown > 0 {
      out.write("  replies to comments not imported: \(counts.repliesToUnknown)\n")
    }
    if counts.notInFile > 0 {
      out.write(
        "  partial export: \(counts.notInFile) more comments are not in this file; "
          + "import the rest later and it merges\n")
    }
    if !counts.routed.isEmpty {
      out.write("  routed: \(Self.list(counts.routed))\n")
    }
    for row in skipped {
      out.write("  skipped line \(row.line): \(row.reason)\n")
    }
  }

  private static func list(_ counts: [String: Int]) -> String {
    counts.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
  }
}
