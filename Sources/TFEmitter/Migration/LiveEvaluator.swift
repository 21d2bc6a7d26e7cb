import CFNParser

/// Evaluates template expressions against a live stack, for import ids: literals are themselves,
/// a `Ref` to a resource is its physical id, a `Ref` to a parameter its live value (or default),
/// pseudo parameters come from the stack, `Fn::Join` and `Fn::Sub` of those are joined. Anything
/// else is unknown (nil).
struct LiveEvaluator: Sendable {
  let template: Template
  let stack: LiveStack

  func evaluate(_ expr: Expr) -> String? {
    switch expr.kind {
    case .string(let s), .number(let s): return s
    case .bool(let b): return b ? "true" : "false"
    case .ref(let name):
      if let parameter = template.parameter(name) {
        return stack.parameterValue(name)
          ?? (parameter.noEcho ? nil : parameter.defaultValue.flatMap(Self.text))
      }
      return stack.physicalId(of: name)
    case .pseudo(.stackName): return stack.name
    case .pseudo(.region): return stack.region
    case .pseudo(.accountId):
      guard let id = stack.id else { return nil }
      let parts = id.split(separator: ":", omittingEmptySubsequences: false)
      return parts.count > 4 && !parts[4].isEmpty ? String(parts[4]) : nil
    case .pseudo(.partition):
      return stack.id?.split(separator: ":", omittingEmptySubsequences: false).dropFirst().first
        .map(String.init)
    case .join(let separator, let values):
      guard case .list(let items) = values.kind else { return nil }
      var parts: [String] = []
      for item in items {
        guard let text = evaluate(item) else { return nil }
        parts.append(text)
      }
      return parts.joined(separator: separator)
    case .sub(let parts, let variables):
      var text = ""
      for part in parts {
        switch part {
        case .literal(let literal): text += literal
        case .reference(let name):
          let value: String?
          if let variable = variables.first(where: { $0.name == name }) {
            value = evaluate(variable.value)
          } else if let pseudo = PseudoParameter(rawValue: name) {
            value = evaluate(Expr(.pseudo(pseudo), range: expr.range))
          } else {
            value = evaluate(Expr(.ref(name), range: expr.range))
          }
          guard let value else { return nil }
          text += value
        case .attribute: return nil
        }
      }
      return text
    default:
      return nil
    }
  }

  static func text(_ json: JSONValue) -> String? {
    switch json.kind {
    case .string(let s), .number(let s): s
    case .bool(let b): b ? "true" : "false"
    default: nil
    }
  }

  /// The import context of `resource`.
  func context(for resource: Resource) -> ImportContext {
    let evaluator = self
    return ImportContext(
      physicalId: stack.physicalId(of: resource.logicalId), resource: resource,
      resolve: { evaluator.evaluate($0) })
  }
}
