import CFNParser

/// Whether a CloudFormation value and a planned Terraform value mean the same, across the forms
/// a conversion changes: `"1"` and `1`, `"true"` and `true`, a value and a one-element list, a
/// `Key`/`Value` tag list and a map, `CamelCase` keys and `snake_case` block arguments, a list and a
/// set, a script and the SHA-1 the provider plans for a launch configuration's user data, a JSON
/// document and its `jsonencode`d text.
package enum ValueMatcher {
  package static func matches(_ value: Value, _ planned: JSONValue) -> Bool {
    switch (value, planned.kind) {
    case (.noValue, .null), (.null, .null): return true
    case (.noValue, .array(let items)), (.null, .array(let items)): return items.isEmpty
    case (.noValue, .object(let members)): return members.isEmpty
    case (_, .null): return false
    case (.list(let items), .array(let plannedItems)):
      return sameList(items, plannedItems)
    case (.list(let items), .object(let members)):
      // Key/Value tags that became a map.
      guard let tags = tagMap(items) else { return false }
      return tags.count == members.count
        && members.allSatisfy { member in
          tags.first { $0.0 == member.key }.map { scalarText(member.value) == $0.1 } ?? false
        }
    case (.list(let items), .string(let text)):
      return items.compactMap(\.text).joined(separator: ",") == text
    case (.object(let members), .object(let plannedMembers)):
      return sameObject(members, plannedMembers)
    case (.object, .array(let items)) where items.count == 1:
      return matches(value, items[0])
    case (.object, .string(let text)):
      // A document written as JSON text (jsonencode).
      let (json, diagnostics) = JSONReader.read(text, fileName: "")
      guard let json, diagnostics.isEmpty else { return false }
      return sameDocument(value, json)
    case (_, .array(let items)) where items.count == 1:
      return matches(value, items[0])
    default:
      guard let text = value.text, let plannedText = scalarText(planned) else { return false }
      return text == plannedText || sameNumber(text, plannedText) || SHA1.hex(text) == plannedText
    }
  }

  static func scalarText(_ json: JSONValue) -> String? {
    switch json.kind {
    case .string(let s), .number(let s): s
    case .bool(let b): b ? "true" : "false"
    default: nil
    }
  }

  static func sameNumber(_ a: String, _ b: String) -> Bool {
    guard let x = Double(a), let y = Double(b) else { return false }
    return x == y
  }

  /// Lists in order, or as sets (Terraform plans sets sorted its own way).
  static func sameList(_ items: [Value], _ planned: [JSONValue]) -> Bool {
    guard items.count == planned.count else { return false }
    if zip(items, planned).allSatisfy({ matches($0, $1) }) { return true }
    var remaining = planned
    for item in items {
      guard let i = remaining.firstIndex(where: { matches(item, $0) }) else { return false }
      remaining.remove(at: i)
    }
    return true
  }

  /// Every CloudFormation member that has a counterpart (same key, or its snake_case) matches;
  /// Terraform's extra (computed) arguments are ignored.
  static func sameObject(_ members: [(String, Value)], _ planned: [JSONMember]) -> Bool {
    var matched = 0
    for (key, value) in members {
      let snake = Namer.snakeCase(key)
      guard let counterpart = planned.first(where: { $0.key == key || $0.key == snake }) else {
        continue
      }
      guard matches(value, counterpart.value) else { return false }
      matched += 1
    }
    return matched > 0 || members.isEmpty
  }

  /// A policy document: keys as written, values by the usual rules.
  static func sameDocument(_ value: Value, _ json: JSONValue) -> Bool {
    switch (value, json.kind) {
    case (.object(let members), .object(let planned)):
      return members.count == planned.count
        && members.allSatisfy { key, inner in
          planned.first { $0.key == key }.map { sameDocument(inner, $0.value) } ?? false
        }
    case (.list(let items), .array(let planned)):
      return items.count == planned.count && zip(items, planned).allSatisfy(sameDocument)
    default:
      return matches(value, json)
    }
  }

  /// `[{Key, Value}, …]` as pairs, when the list is one.
  static func tagMap(_ items: [Value]) -> [(String, String)]? {
    var tags: [(String, String)] = []
    for item in items {
      guard case .object(let members) = item,
        let key = members.first(where: { $0.0 == "Key" })?.1.text,
        let value = members.first(where: { $0.0 == "Value" })?.1.text
      else { return nil }
      tags.append((key, value))
    }
    return tags
  }
}
