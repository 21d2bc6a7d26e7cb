import CFNParser

/// `validation` blocks for a parameter's constraints: `AllowedValues`, `AllowedPattern` (matched
/// against the whole value, as CloudFormation does), `MinLength`/`MaxLength`,
/// `MinValue`/`MaxValue`. List parameters check every element.
enum ParameterValidation {
  /// The checks of `parameter`'s constraints on `variable`. When `nullable`, a null value
  /// passes (the conditional evaluates only its chosen branch, so null never reaches `length()`).
  static func validations(for parameter: Parameter, variable: String, nullable: Bool = false)
    -> [(condition: HCLExpression, message: String)]
  {
    let checks = checks(for: parameter, variable: variable)
    guard nullable else { return checks }
    return checks.map {
      (
        .conditional(.binary(.variable(variable), "==", .null), .bool(true), $0.condition),
        $0.message
      )
    }
  }

  private static func checks(for parameter: Parameter, variable: String) -> [(
    condition: HCLExpression, message: String
  )] {
    let type = parameter.type.value
    let isNumeric = type == .number || type == .numberList
    let isList = type.isList
    let value = HCLExpression.variable(variable)
    let element = isList ? HCLExpression.reference("v") : value
    var result: [(HCLExpression, String)] = []

    func check(_ condition: HCLExpression) -> HCLExpression {
      guard isList else { return condition }
      return .call(
        "alltrue",
        [.forTuple(HCLForClause(valueName: "v", collection: value), condition)])
    }
    func message(_ fallback: String) -> String {
      sentence(parameter.constraintDescription ?? fallback)
    }
    let subject = isList ? "Each element of \(parameter.name)" : parameter.name

    if let allowed = parameter.allowedValues, !allowed.isEmpty {
      let literals: [HCLExpression] = allowed.map { item in
        let text = item.stringValue ?? item.compactText
        if isNumeric, ExpressionTranslator.isNumber(text) { return .number(text) }
        return .string(text)
      }
      let shown = allowed.map { $0.stringValue ?? $0.compactText }.joined(separator: ", ")
      result.append(
        (
          check(.call("contains", [.tuple(literals), element])),
          message("\(subject) must be one of: \(shown)")
        ))
    }
    if let pattern = parameter.allowedPattern {
      let anchored = wholeMatch(pattern.value)
      result.append(
        (
          check(.call("can", [.call("regex", [.string(anchored), element])])),
          message("\(subject) must match the pattern \(pattern.value)")
        ))
    }
    if let minimum = parameter.minLength, let n = Int(minimum.value) {
      result.append(
        (
          check(.binary(.call("length", [element]), ">=", .number(String(n)))),
          message("\(subject) must be at least \(n) \(characters(n)) long")
        ))
    }
    if let maximum = parameter.maxLength, let n = Int(maximum.value) {
      result.append(
        (
          check(.binary(.call("length", [element]), "<=", .number(String(n)))),
          message("\(subject) must be at most \(n) \(characters(n)) long")
        ))
    }
    if let minimum = parameter.minValue, ExpressionTranslator.isNumber(minimum.value) {
      result.append(
        (
          check(.binary(element, ">=", .number(minimum.value))),
          message("\(subject) must be at least \(minimum.value)")
        ))
    }
    if let maximum = parameter.maxValue, ExpressionTranslator.isNumber(maximum.value) {
      result.append(
        (
          check(.binary(element, "<=", .number(maximum.value))),
          message("\(subject) must be at most \(maximum.value)")
        ))
    }
    return result
  }

  private static func characters(_ n: Int) -> String { n == 1 ? "character" : "characters" }

  /// The pattern anchored at both ends, since CloudFormation matches the whole value.
  static func wholeMatch(_ pattern: String) -> String {
    // `^a|b$` anchors only one branch at each end: the group must be anchored as a whole.
    if hasTopLevelAlternation(pattern) { return "^(?:\(pattern))$" }
    let start = pattern.hasPrefix("^") ? "" : "^"
    let end = pattern.hasSuffix("$") && !pattern.hasSuffix("\\$") ? "" : "$"
    return start + pattern + end
  }

  private static func hasTopLevelAlternation(_ pattern: String) -> Bool {
    var depth = 0
    var inClass = false
    var escaped = false
    for c in pattern {
      if escaped {
        escaped = false
        continue
      }
      switch c {
      case "\\": escaped = true
      case "[": inClass = true
      case "]": inClass = false
      case "(" where !inClass: depth += 1
      case ")" where !inClass: depth -= 1
      case "|" where !inClass && depth == 0: return true
      default: break
      }
    }
    return false
  }

  /// Terraform wants an error message to be a sentence: a capital first letter and a final
  /// period or question mark.
  static func sentence(_ text: String) -> String {
    var s = text.trimmingCharacters(in: " ")
    if s.isEmpty { s = "The value is not allowed" }
    if let first = s.first, first.isLowercase { s = first.uppercased() + s.dropFirst() }
    if !(s.hasSuffix(".") || s.hasSuffix("?")) { s += "." }
    return s
  }
}
