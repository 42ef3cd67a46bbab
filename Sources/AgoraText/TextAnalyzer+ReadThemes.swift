extension TextAnalyzer {
  /// The themes of texts already read by ``read(_:)``: `items` are indices of its input texts
  /// (in order); the result's indices are positions in `items`. The same result as
  /// ``themes(_:themeCount:)`` on those texts, without tokenising them again.
  public func themes(of readings: TextReadings, items: [Int], themeCount: Int? = nil)
    -> ThemeResult
  {
    // The distinct texts among `items`, numbered in order of first appearance.
    let local = Distinct(items.map { readings.slots[$0] })
    let distinct = local.values
    let slots = local.slots
    let french = Self.readsFrench(slots.map { readings.readings[distinct[$0]].language })
    let terms = distinct.map { global in
      let reading = readings.readings[global]
      return french ? reading.frenchTerms ?? reading.terms : reading.terms
    }
    var options = themeOptions
    if let themeCount { options.themeCount = themeCount }
    return ThemeFinder(options: options).findThemes(
      distinct: terms, slots: slots, texts: slots.map { readings.distinct[distinct[$0]] },
      languages: distinct.map { readings.readings[$0].language })
  }
}
