/// An item (answer or comment, by id) packed into one integer: a cheap dictionary key when
/// every text of a survey is looked up.
struct ItemKey: Hashable {
  let value: Int64

  init(kind: String, id: Int64) {
    value = id << 1 | (kind == "comment" ? 1 : 0)
  }
}
