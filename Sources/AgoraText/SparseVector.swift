/// A sparse vector: sorted feature indices and their values.
public struct SparseVector: Sendable, Hashable {
  /// Feature indices, ascending.
  public var indices: [Int32]
  /// Values, one per index.
  public var values: [Float]

  /// Creates a vector from sorted indices and matching values.
  public init(indices: [Int32] = [], values: [Float] = []) {
    self.indices = indices
    self.values = values
  }

  /// Whether the vector has no non-zero entry.
  public var isEmpty: Bool { indices.isEmpty }

  /// The dot product with another sparse vector (merge of the sorted indices).
  public func dot(_ other: SparseVector) -> Float {
    var left = 0
    var right = 0
    var sum: Float = 0
    while left < indices.count, right < other.indices.count {
      let a = indices[left]
      let b = other.indices[right]
      if a == b {
        sum += values[left] * other.values[right]
        left += 1
        right += 1
      } else if a < b {
        left += 1
      } else {
        right += 1
      }
    }
    return sum
  }

  /// The value at feature `index` (0 when absent).
  public subscript(index: Int) -> Float {
    var low = 0
    var high = indices.count
    while low < high {
      let middle = (low + high) / 2
      if Int(indices[middle]) < index { low = middle + 1 } else { high = middle }
    }
    return low < indices.count && Int(indices[low]) == index ? values[low] : 0
  }
}
