extension HCLTokenWriter {
  /// Scalars may share a one-line tuple: strings and templates (always one line once printed),
  /// numbers, booleans, `null`, references and traversals of them (`x[0]`, `x.id`).
  static func isScalar(_ expression: HCLExpression) -> Bool {
    switch unwrapped(expression) {
    case .string, .template, .number, .bool, .null, .reference, .traversal:
      true
    case .index(let collection, let key):
      isScalar(collection) && isScalar(key)
    case .attributeAccess(let base, _):
      isScalar(base)
    default:
      false
    }
  }

  /// Operator precedence, higher binds tighter (hashicorp/hcl `hclsyntax/spec.md`):
  /// `||` 1, `&&` 2, `==` `!=` 3, `<` `>` `<=` `>=` 4, `+` `-` 5, `*` `/` `%` 6.
  static func precedence(of op: String) -> Int {
    switch op {
    case "||": 1
    case "&&": 2
    case "==", "!=": 3
    case "<", ">", "<=", ">=": 4
    case "+", "-": 5
    default: 6
    }
  }

  /// The token class of a binary operator.
  static func operatorKind(_ op: String) -> HCLToken.Kind {
    switch op {
    case "-": .minus
    case "+", "*", "/", "%": .arithmetic
    case "&&", "||": .logical
    default: .comparison
    }
  }

  /// True for a conditional, which binds looser than any operator.
  func isConditional(_ expression: HCLExpression) -> Bool {
    if case .conditional = Self.unwrapped(expression) { return true }
    return false
  }

  /// True when `expression` as an operand of an operator of precedence `precedence` needs
  /// parentheses to keep its meaning: a conditional, or a binary expression binding looser.
  func bindsLooser(_ expression: HCLExpression, than precedence: Int) -> Bool {
    switch Self.unwrapped(expression) {
    case .conditional: true
    case .binary(_, let op, _): Self.precedence(of: op) < precedence
    default: false
    }
  }

  /// True when `expression` needs parentheses before `[key]` or `.name`: operators,
  /// conditionals, negative numbers and quoted strings (`hclwrite` writes `"a" [0]`).
  func isLoose(_ expression: HCLExpression) -> Bool {
    switch Self.unwrapped(expression) {
    case .conditional, .binary, .string, .template, .heredoc: true
    case .number(let lexeme): lexeme.hasPrefix("-")
    default: false
    }
  }

  /// The expression a template of one interpolation prints as (R7), looked through repeatedly.
  static func unwrapped(_ expression: HCLExpression) -> HCLExpression {
    guard case .template(let written) = expression else { return expression }
    let parts = normalized(written)
    guard parts.count == 1, case .interpolation(let inner) = parts[0] else { return expression }
    return unwrapped(inner)
  }
}
