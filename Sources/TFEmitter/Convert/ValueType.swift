/// The type an expression is translated for: what the Terraform argument or variable expects.
/// Translation uses it to pick `var.x`, `[var.x]` or `join(",", var.x)`, a number or a string.
package indirect enum ValueType: Hashable, Sendable {
  case string
  case number
  case bool
  case list(ValueType)
  case map(ValueType)
  /// Anything: an object, JSON, or a type cfn2tf does not constrain.
  case any

  /// The element type of a list or map; `.any` otherwise.
  package var elementType: ValueType {
    switch self {
    case .list(let element), .map(let element): element
    default: .any
    }
  }

  /// True for lists.
  package var isList: Bool {
    if case .list = self { return true }
    return false
  }
}
