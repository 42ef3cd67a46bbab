import Foundation

/// Reading loosely typed JSON values as the strings comments need.
enum JSONValue {
  /// A string, or a number written as an integer when it is one; `nil` for null and others.
  static func string(_ value: Any?) -> String? {
    switch value {
    case let text as String: return text
    case let number as NSNumber:
      if isBoolean(number) { return number.boolValue ? "true" : "false" }
      let double = number.doubleValue
      if double == double.rounded(), abs(double) < 1e15 { return String(Int64(double)) }
      return "\(double)"
    case let object as [String: Any]:
      return string(object["name"] ?? object["username"] ?? object["id"])
    default: return nil
    }
  }

  /// Whether Foundation parsed this number from `true` or `false` (its Objective-C type is `c`).
  private static func isBoolean(_ number: NSNumber) -> Bool {
    String(cString: number.objCType) == "c"
  }

  /// A date from an ISO string or epoch number.
  static func date(_ value: Any?) -> Date? {
    switch value {
    case let text as String: DateParser.date(text)
    case let number as NSNumber: DateParser.date(epoch: number.doubleValue)
    default: nil
    }
  }

  /// A whole number, from a number or a string of digits; `nil` for others.
  static func int(_ value: Any?) -> Int? {
    switch value {
    case let number as NSNumber where !isBoolean(number): number.intValue
    case let text as String: Int(text)
    default: nil
    }
  }

  /// Whether `value` is JSON `true` (or the number 1).
  static func isTrue(_ value: Any?) -> Bool {
    (value as? NSNumber)?.boolValue ?? ((value as? String) == "true")
  }
}

extension JSONDocument.FlatObject.Value {
  /// The value as `JSONValue.string` reads Foundation's value for the same JSON.
  var string: String? {
    switch self {
    case .string(let text): text
    case .integer(let number): String(number)
    case .boolean(let flag): flag ? "true" : "false"
    case .null: nil
    }
  }

  /// The value as `JSONValue.date` reads Foundation's value for the same JSON.
  var date: Date? {
    switch self {
    case .string(let text): DateParser.date(text)
    case .integer(let number): DateParser.date(epoch: Double(number))
    case .boolean(let flag): DateParser.date(epoch: flag ? 1 : 0)
    case .null: nil
    }
  }
}
