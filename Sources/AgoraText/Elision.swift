/// French elided articles and pronouns, and English contractions.
enum Elision {
  /// Elided French forms and what they stand for, longest first.
  static let frenchPrefixes: [(String, String)] = [
    ("jusqu'", "jusque"), ("lorsqu'", "lorsque"), ("puisqu'", "puisque"), ("quoiqu'", "quoique"),
    ("qu'", "que"), ("l'", "le"), ("d'", "de"), ("j'", "je"), ("n'", "ne"), ("s'", "se"),
    ("c'", "ce"), ("m'", "me"), ("t'", "te"),
  ]

  /// English endings after an apostrophe that carry no meaning for analysis.
  static let englishSuffixes: Set<String> = ["s", "re", "m", "ll", "ve", "d"]

  /// Words that keep their apostrophe (`aujourd'hui`).
  static let keptWhole: Set<String> = ["aujourd'hui", "prud'homme", "prud'hommes"]

  /// The expansion and the length (in characters) of an elided prefix of `lower`, if any.
  static func prefix(of lower: String) -> (String, Int)? {
    if keptWhole.contains(lower) { return nil }
    for (form, expansion) in frenchPrefixes where lower.hasPrefix(form) && lower.count > form.count
    {
      return (expansion, form.count)
    }
    return nil
  }

  /// The verb before `n't`: `ca` → `can`, `wo` → `will`, `do` stays `do`.
  static func englishNegativeBase(_ base: String) -> String {
    switch base {
    case "ca": return "can"
    case "wo": return "will"
    case "sha": return "shall"
    default: return base
    }
  }
}
