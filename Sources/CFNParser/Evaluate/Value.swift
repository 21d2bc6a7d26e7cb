/// A concrete CloudFormation value: what a template's expression evaluates to once parameters,
/// pseudo parameters, mappings and conditions are known. Values that only exist once resources
/// are created (a `Ref` to a resource, `Fn::GetAtt`) are `unknown`.
package indirect enum Value: Hashable, Sendable, CustomStringConvertible {
  case string(String)
  /// A number, as written or as CloudFormation would print it.
  case number(String)
  case bool(Bool)
  case list([Value])
  case object([(String, Value)])
  case null
  /// `AWS::NoValue`: the property is left out.
  case noValue
  /// Known only after the stack is created; the reason says what it depends on.
  case unknown(String)

  /// Equality of content (object members in order).
  package static func == (lhs: Value, rhs: Value) -> Bool {
    switch (lhs, rhs) {
    case (.string(let a), .string(let b)), (.number(let a), .number(let b)): a == b
    case (.bool(let a), .bool(let b)): a == b
    case (.list(let a), .list(let b)): a == b
    case (.object(let a), .object(let b)):
      a.count == b.count && zip(a, b).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
    case (.null, .null), (.noValue, .noValue): true
    case (.unknown(let a), .unknown(let b)): a == b
    default: false
    }
  }

  /// Hashes the value's JSON text.
  package func hash(into hasher: inout Hasher) {
    hasher.combine(description)
  }

  /// The value as CloudFormation treats it in strings: numbers and booleans as text.
  package var text: String? {
    switch self {
    case .string(let s), .number(let s): s
    case .bool(let b): b ? "true" : "false"
    default: nil
    }
  }

  /// Compact JSON, for reports.
  package var description: String {
    switch self {
    case .string(let s): JSONValue.quoted(s)
    case .number(let n): n
    case .bool(let b): b ? "true" : "false"
    case .list(let items): "[" + items.map(\.description).joined(separator: ",") + "]"
    case .object(let members):
      "{" + members.map { JSONValue.quoted($0.0) + ":" + $0.1.description }.joined(separator: ",")
        + "}"
    case .null: "null"
    case .noValue: "AWS::NoValue"
    case .unknown(let reason): "(known after creation: \(reason))"
    }
  }

  /// True when the value, or anything inside it, is unknown.
  package var containsUnknown: Bool {
    switch self {
    case .unknown: true
    case .list(let items): items.contains(where: \.containsUnknown)
    case .object(let members): members.contains { $0.1.containsUnknown }
    default: false
    }
  }
}
