extension JSONValue {
  /// The value as indented JSON: two spaces a level, `"key": value`, members in source order,
  /// numbers as written, empty objects and lists as `{}` and `[]`, no final newline. The same
  /// value always gives the same text.
  package var prettyText: String {
    var out = ""
    appendPretty(to: &out, indent: 0)
    return out
  }

  private func appendPretty(to out: inout String, indent: Int) {
    switch kind {
    case .array(let items) where !items.isEmpty:
      out += "[\n"
      for (i, item) in items.enumerated() {
        out += String(repeating: " ", count: indent + 2)
        item.appendPretty(to: &out, indent: indent + 2)
        out += i == items.count - 1 ? "\n" : ",\n"
      }
      out += String(repeating: " ", count: indent) + "]"
    case .object(let members) where !members.isEmpty:
      out += "{\n"
      for (i, member) in members.enumerated() {
        out += String(repeating: " ", count: indent + 2) + Self.quoted(member.key) + ": "
        member.value.appendPretty(to: &out, indent: indent + 2)
        out += i == members.count - 1 ? "\n" : ",\n"
      }
      out += String(repeating: " ", count: indent) + "}"
    default:
      out += compactText
    }
  }
}
