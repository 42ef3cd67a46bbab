/// The distinct values of a list and where each position's value sits among them, so that work
/// done per value (tokenising, vectorising, assigning) runs once for all its copies: comments
/// and answers are often repeated word for word.
struct Distinct<Value: Hashable> {
  /// The distinct values, in order of first appearance.
  let values: [Value]
  /// For each input position, the index of its value in `values`.
  let slots: [Int]

  /// Groups equal values of `items`.
  init(_ items: [Value]) {
    var index: [Value: Int] = [:]
    var values: [Value] = []
    var slots: [Int] = []
    slots.reserveCapacity(items.count)
    for item in items {
      if let slot = index[item] {
        slots.append(slot)
      } else {
        index[item] = values.count
        slots.append(values.count)
        values.append(item)
      }
    }
    self.values = values
    self.slots = slots
  }

  /// `results` (one per distinct value) spread back to every input position.
  func expand<T>(_ results: [T]) -> [T] {
    slots.map { results[$0] }
  }
}
