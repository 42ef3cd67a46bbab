import Foundation

/// How every renderer writes numbers, so that a share reads the same in every format.
///
/// Fixed decimals through C `printf` formatting (locale-independent), and never `-0.0`.
public enum Figures {
  /// `x` with `places` decimals: `decimal(0.4213, 2)` → `"0.42"`.
  public static func decimal(_ x: Double, _ places: Int) -> String {
    guard x.isFinite else { return x.isNaN ? "nan" : (x > 0 ? "inf" : "-inf") }
    let text = String(format: "%.\(places)f", x)
    let isZero = text.allSatisfy { $0 == "-" || $0 == "0" || $0 == "." }
    return isZero && text.hasPrefix("-") ? String(text.dropFirst()) : text
  }

  /// A share as a percentage with one decimal: `0.42` → `"42.0%"`.
  public static func percent(_ share: Double) -> String {
    decimal(share * 100, 1) + "%"
  }

  /// A 95% interval in percentage points: `"36.1–48.1"`.
  public static func interval(_ proportion: Proportion) -> String {
    decimal(proportion.low * 100, 1) + "–" + decimal(proportion.high * 100, 1)
  }

  /// A share with its interval: `"42.0% (36.1–48.1)"`.
  public static func share(_ proportion: Proportion) -> String {
    percent(proportion.share) + " (" + interval(proportion) + ")"
  }

  /// A score in [-1, 1] with its sign: `"+0.32"`, `"-0.21"`, `"0.00"`.
  public static func signed(_ score: Double) -> String {
    let text = decimal(score, 2)
    return score > 0 && text != "0.00" ? "+" + text : text
  }

  /// A score with its word: `"+0.32 positive"`.
  public static func mood(_ score: Double) -> String {
    signed(score) + " " + moodWord(score)
  }

  /// `positive` above 0.05, `negative` below -0.05, `neutral` between.
  public static func moodWord(_ score: Double) -> String {
    score > 0.05 ? "positive" : score < -0.05 ? "negative" : "neutral"
  }

  /// A p-value: three decimals, or `<0.001`.
  public static func pValue(_ p: Double) -> String {
    p < 0.001 ? "<0.001" : decimal(p, 3)
  }

  /// A chi-square result in words: `"χ² = 11.62, df 2, p = 0.003"`.
  static func chiSquare(_ test: ChiSquare) -> String {
    let p = pValue(test.pValue)
    let equals = p.hasPrefix("<") ? " " : " = "
    return "χ² = \(decimal(test.statistic, 2)), df \(test.degreesOfFreedom), p\(equals)\(p)"
  }

  /// A fixed four-decimal number for data formats (CSV).
  static func data(_ x: Double) -> String {
    decimal(x, 4)
  }

  /// `2025-02-20 09:00 UTC`.
  public static func timestamp(_ date: Date) -> String {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
    let c = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
    func two(_ n: Int?) -> String { String(format: "%02d", n ?? 0) }
    return "\(c.year ?? 0)-\(two(c.month))-\(two(c.day)) \(two(c.hour)):\(two(c.minute)) UTC"
  }

  /// Quote attribution: `"disqus, a1b2c3, 2025-02-14"` (unknown parts left out), unescaped.
  public static func attribution(_ quote: Quote) -> [String] {
    [quote.source] + [quote.author, quote.date].compactMap { $0 }
  }
}
