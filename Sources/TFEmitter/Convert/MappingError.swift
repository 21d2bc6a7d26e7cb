/// Why a property is not carried over as it is: one value yields the warning on standard error,
/// the `cfn2tf:` comment in the generated code and the ledger note, so the three cannot disagree.
package enum MappingError: Hashable, Sendable {
  /// The mapping of the CloudFormation type has no rule for the property.
  case noRule(String)
  /// A computed list (a parameter, `Fn::Split`, …) where written-out elements must become
  /// repeated `block` blocks.
  case computedList(block: String)
  /// A computed value where a written-out object must become one `block` block.
  case computedObject(block: String)
  /// A computed value where a written-out object must be spread over arguments.
  case computedSpread
  /// The value cannot be converted, for the reason given (in the mapping's words).
  case notConverted(String)
  /// The property has no meaning in Terraform and is left out, for the reason given.
  case dropped(String)

  /// The ledger status the property gets.
  package var status: LedgerStatus { self.isDrop ? .dropped : .unsupported }

  /// Whether the property is dropped on purpose rather than not converted.
  package var isDrop: Bool {
    if case .dropped = self { return true }
    return false
  }

  /// The reason, as the ledger note says it.
  package var reason: String {
    switch self {
    case .noRule(let type): "cfn2tf has no rule for this property of \(type)"
    case .computedList(let block):
      "a computed list cannot become '\(block)' blocks; write the list out"
    case .computedObject(let block):
      "a computed value cannot become a '\(block)' block; write the object out"
    case .computedSpread: "a computed value cannot be spread into arguments; write it out"
    case .notConverted(let reason), .dropped(let reason): reason
    }
  }

  /// The comment line in the generated code, for property `property` (a path such as
  /// `Listeners[0].Protocol`).
  package func comment(property: String) -> String {
    "cfn2tf: '\(property)' is \(isDrop ? "dropped" : "not converted"): \(reason)"
  }

  /// The warning for property `property` of resource `logicalId` of `type`; nil for a drop, which
  /// is said in the comment and the ledger only.
  package func warning(property: String, logicalId: String, type: String) -> String? {
    if isDrop { return nil }
    return "property '\(property)' of '\(logicalId)' (\(type)) is not converted: \(reason)"
  }
}
