extension Expr {
  /// Every name this value reads with `Ref`, `Fn::GetAtt` or `Fn::Sub`, in the order written,
  /// with the attribute for `Fn::GetAtt` and `${Name.Attribute}` (nil for `Ref` and `${Name}`).
  /// Pseudo parameters and an `Fn::Sub`'s own variables are left out.
  package var references: [(name: String, attribute: String?)] {
    var found: [(name: String, attribute: String?)] = []
    collectReferences(into: &found)
    return found
  }

  private func collectReferences(into found: inout [(name: String, attribute: String?)]) {
    switch kind {
    case .ref(let name): found.append((name, nil))
    case .getAtt(let resource, let attribute): found.append((resource, attribute))
    case .sub(let parts, let variables):
      let local = Set(variables.map(\.name))
      for part in parts {
        switch part {
        case .reference(let name) where !local.contains(name):
          if PseudoParameter(rawValue: name) == nil { found.append((name, nil)) }
        case .attribute(let resource, let attribute): found.append((resource, attribute))
        default: break
        }
      }
    default: break
    }
    for child in children { child.collectReferences(into: &found) }
  }

  /// True when an `Fn::Transform` is written anywhere in this value.
  package var containsTransform: Bool {
    if case .transform = kind { return true }
    return children.contains { $0.containsTransform }
  }
}
