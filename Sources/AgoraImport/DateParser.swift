import Foundation

/// Reads the date forms exports use: ISO 8601 with `Z`, with an offset with or without colon,
/// with fractional seconds, with a space instead of `T`, without zone (read as UTC), a bare day,
/// and Unix epoch seconds as integers or floats (milliseconds when above 10¹¹).
public enum DateParser {
  /// The date written in `text`, or `nil` when it is empty or not a date.
  public static func date(_ text: String) -> Date? {
    var text = text
    return text.withUTF8 { all in
      let isSpace: (UInt8) -> Bool = { $0 == 32 || $0 == 9 || $0 == 10 || $0 == 13 }
      var (start, end) = (0, all.count)
      while start < end, isSpace(all[start]) { start += 1 }
      while end > start, isSpace(all[end - 1]) { end -= 1 }
      if start == end { return nil }
      let bytes = UnsafeBufferPointer(rebasing: all[start..<end])
      if let epoch = epochSeconds(bytes) { return Date(timeIntervalSince1970: epoch) }
      return iso(bytes)
    }
  }

  /// The date of a JSON number of epoch seconds (milliseconds when above 10¹¹).
  public static func date(epoch value: Double) -> Date? {
    guard value.isFinite, value > 0 else { return nil }
    return Date(timeIntervalSince1970: value > 1e11 ? value / 1000 : value)
  }

  private static func epochSeconds(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
    guard bytes.allSatisfy({ ($0 >= 48 && $0 <= 57) || $0 == 46 }), bytes.count >= 9,
      let value = Double(String(decoding: bytes, as: UTF8.self))
    else { return nil }
    return date(epoch: value).map(\.timeIntervalSince1970)
  }

  private static func iso(_ b: UnsafeBufferPointer<UInt8>) -> Date? {
    var i = 0
    // Inlined: called a dozen times a date, on every row of an export.
    @inline(__always) func number(_ count: Int) -> Int? {
      guard i + count <= b.count else { return nil }
      var value = 0
      for k in i..<(i + count) {
        guard b[k] >= 48, b[k] <= 57 else { return nil }
        value = value * 10 + Int(b[k] - 48)
      }
      i += count
      return value
    }
    @inline(__always) func skip(_ byte: UInt8) -> Bool {
      guard i < b.count, b[i] == byte else { return false }
      i += 1
      return true
    }
    guard let year = number(4), skip(45), let month = number(2), skip(45), let day = number(2),
      (1...12).contains(month), (1...31).contains(day)
    else { return nil }
    var seconds = Double(daysFromCivil(year: year, month: month, day: day)) * 86_400
    guard i < b.count else { return Date(timeIntervalSince1970: seconds) }
    guard b[i] == 84 || b[i] == 116 || b[i] == 32 else { return nil }
    i += 1
    guard let hour = number(2), skip(58), let minute = number(2), hour < 24, minute < 60 else {
      return nil
    }
    seconds += Double(hour * 3600 + minute * 60)
    if skip(58) {
      guard let second = number(2), second <= 60 else { return nil }
      seconds += Double(second)
      if skip(46) || skip(44) {
        var scale = 0.1
        while i < b.count, b[i] >= 48, b[i] <= 57 {
          seconds += Double(b[i] - 48) * scale
          scale /= 10
          i += 1
        }
      }
    }
    if i < b.count, b[i] == 32 { i += 1 }
    if i == b.count || skip(90) || skip(122) {
      return i == b.count ? Date(timeIntervalSince1970: seconds) : nil
    }
    guard i < b.count, b[i] == 43 || b[i] == 45 else { return nil }
    let sign: Double = b[i] == 45 ? -1 : 1
    i += 1
    guard let offsetHours = number(2) else { return nil }
    _ = skip(58)
    let offsetMinutes = i < b.count ? number(2) : 0
    guard let offsetMinutes, i == b.count, offsetHours < 24, offsetMinutes < 60 else { return nil }
    seconds -= sign * Double(offsetHours * 3600 + offsetMinutes * 60)
    return Date(timeIntervalSince1970: seconds)
  }

  /// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
  private static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146_097 + doe - 719_468
  }
}
