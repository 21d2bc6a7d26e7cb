import CFNParser

/// `validation` blocks for a parameter's constraints: `AllowedValues`, `AllowedPattern` (matched
/// against the whole value, as CloudFormation does), `MinLength`/`MaxLength`,
/// `MinValue`/`MaxValue`. List parameters check every element. A pattern RE2 (Terraform's
/// `regex()`) cannot read as Java does gets no check: `uncheckedPattern(of:)` says why.
enum ParameterValidation {
  /// The `AllowedPattern` of `parameter` as RE2 reads it, or why it cannot; nil without a
  /// pattern. The callers below take it so that a pattern is scanned once per parameter.
  static func checkedPattern(of parameter: Parameter) -> Result<RE2Pattern, RE2Incompatibility>? {
    parameter.allowedPattern.map { RE2Pattern.check($0.value) }
  }

  /// The checks of `parameter`'s constraints on `variable`. When `nullable`, a null value
  /// passes (the conditional evaluates only its chosen branch, so null never reaches `length()`).
  /// `pattern` is ``checkedPattern(of:)``, computed here when not given.
  static func validations(
    for parameter: Parameter, variable: String, nullable: Bool = false,
    pattern: Result<RE2Pattern, RE2Incompatibility>?? = nil
  ) -> [(condition: HCLExpression, message: String)] {
    let checks = checks(
      for: parameter, variable: variable, pattern: pattern ?? checkedPattern(of: parameter))
    guard nullable else { return checks }
    return checks.map {
      (
        .conditional(.binary(.variable(variable), "==", .null), .bool(true), $0.condition),
        $0.message
      )
    }
  }

  private static func checks(
    for parameter: Parameter, variable: String,
    pattern checked: Result<RE2Pattern, RE2Incompatibility>?
  ) -> [(condition: HCLExpression, message: String)] {
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
    // A pattern RE2 cannot read as Java does gets no check (see `uncheckedPattern`).
    if let pattern = parameter.allowedPattern, case .success(let re2) = checked {
      let anchored = re2.wholeMatch
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

  /// The pattern anchored at both ends, since CloudFormation matches the whole value; nil when
  /// RE2 cannot read it as Java does.
  static func wholeMatch(_ pattern: String) -> String? {
    try? RE2Pattern.check(pattern).get().wholeMatch
  }

  /// What is said about an `AllowedPattern` that gets no validation because RE2 cannot read it as
  /// Java does: a comment for the variable, a warning at the pattern, a note for the ledger. Nil
  /// when the parameter has no pattern or its pattern is checked. `pattern` is
  /// ``checkedPattern(of:)``, computed here when not given.
  static func uncheckedPattern(
    of parameter: Parameter, pattern: Result<RE2Pattern, RE2Incompatibility>?? = nil
  ) -> (comment: String, warning: Diagnostic, note: String)? {
    guard let written = parameter.allowedPattern,
      case .failure(let problem) = pattern ?? checkedPattern(of: parameter)
    else { return nil }
    return (
      "cfn2tf: AllowedPattern \(written.value) is not checked: \(problem)",
      .warning(
        "the AllowedPattern of parameter '\(parameter.name)' is not checked in Terraform: \(problem)",
        at: written.location,
        notes: [
          .init(
            "Terraform's regex() uses RE2: write a validation block with an RE2 pattern by hand, or check the value another way"
          )
        ]),
      "AllowedPattern is not checked: \(problem)"
    )
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
