import CFNParser

extension ExpressionTranslator {
  /// Condition functions: `Fn::Equals` becomes `==`, `Fn::And`/`Fn::Or` become `&&`/`||`,
  /// `Fn::Not` becomes `== false` (never a unary `!`, which `packer fmt` rewrites), and
  /// `Condition` a reference to the condition's local.
  mutating func condition(_ expr: Expr) -> HCLExpression {
    switch expr.kind {
    case .equals(let a, let b):
      transformed("Fn::Equals became ==")
      return .binary(comparable(a), "==", comparable(b))
    case .and(let items):
      transformed("Fn::And became &&")
      return chain(items, "&&")
    case .or(let items):
      transformed("Fn::Or became ||")
      return chain(items, "||")
    case .not(let inner):
      transformed("Fn::Not became == false")
      return .binary(operand(inner), "==", .bool(false))
    case .condition(let name):
      return .local(namer.local(forCondition: name))
    default:
      return translate(expr, as: .bool)
    }
  }

  /// CloudFormation compares values as strings, Terraform's `==` compares types too: a value
  /// that may be a number (a Number parameter, a number in a mapping, an element of a
  /// `List<Number>`) goes through `tostring()`. A NoEcho parameter's default becomes a
  /// sensitive variable.
  private mutating func comparable(_ expr: Expr) -> HCLExpression {
    if let secret = noEchoDefault(expr) { return secret }
    let translated = translate(expr, as: .string)
    return mayBeNumber(expr) ? .call("tostring", [translated]) : translated
  }

  private func mayBeNumber(_ expr: Expr) -> Bool {
    switch expr.kind {
    case .ref(let name):
      return template.parameter(name)?.type.value == .number
    case .findInMap(let map, _, let second):
      guard let name = map.stringValue, let mapping = template.mapping(name) else { return true }
      let key = second.scalarText
      return mapping.entries.contains { entry in
        entry.values.contains { ($0.key == key || key == nil) && $0.value.stringValue == nil }
      }
    case .select(_, let list):
      if case .ref(let name) = list.kind {
        return template.parameter(name)?.type.value == .numberList
      }
      return false
    default:
      return false
    }
  }

  private mutating func chain(_ items: [Expr], _ op: String) -> HCLExpression {
    var result = operand(items[0])
    for item in items.dropFirst() {
      result = .binary(result, op, operand(item))
    }
    return result
  }

  /// A condition operand, parenthesised unless it is a plain reference.
  private mutating func operand(_ expr: Expr) -> HCLExpression {
    let translated = condition(expr)
    switch translated {
    case .reference, .traversal, .bool: return translated
    default: return .parenthesized(translated)
    }
  }
}
