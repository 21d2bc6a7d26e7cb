import CFNParser

/// JSON documents written inline in a template (IAM policies, bucket and key policies, filter
/// policies): an object becomes `jsonencode(…)` of the translated object, its keys exactly as
/// written (`Version`, `Statement`, `Effect`, …); a string is JSON text already and stays one.
enum PolicyDocument {
  /// The expression for document `expr`, translated with the builder's translator (the caller
  /// calls `begin()` first and records the status afterwards).
  static func expression(_ expr: Expr, _ translator: inout ExpressionTranslator) -> HCLExpression {
    switch expr.kind {
    case .object, .list:
      translator.transformed("the JSON document became jsonencode()")
      return .call("jsonencode", [content(expr, &translator)])
    case .if(let condition, let then, let otherwise):
      translator.transformed("Fn::If became a conditional expression")
      return .conditional(
        .local(translator.namer.local(forCondition: condition)), expression(then, &translator),
        expression(otherwise, &translator))
    case .pseudo(.noValue):
      return .null
    default:
      return translator.translate(expr, as: .string)
    }
  }

  /// Translates `member` into argument `argument` of the body being built, with its ledger entry
  /// against `target` (the primary resource's `argument` by default).
  static func argument(
    _ member: RuleMember, _ argument: String, _ builder: inout ResourceBuilder,
    _ parts: inout BodyParts, target: TerraformPath? = nil
  ) {
    let value = translate(member, &builder, target: target ?? builder.primary.path / argument)
    parts.argument(argument, value, comments: builder.approximationComment)
  }

  /// Translates `member` as a document, recording the ledger entry against `target`.
  static func translate(
    _ member: RuleMember, _ builder: inout ResourceBuilder, target: TerraformPath
  ) -> HCLExpression {
    builder.translator.begin()
    let value = expression(member.value, &builder.translator)
    builder.record(
      member, target: target, status: builder.translator.status,
      note: builder.translator.note, source: member.value, value: value,
      secret: builder.translator.touchesSecret)
    return value
  }

  /// The inside of `jsonencode(…)`. A list element or object member that is `Fn::If` with
  /// `AWS::NoValue` on one side is left out when its condition says so (a `for` filter drops the
  /// nulls), as CloudFormation leaves it out of the document.
  static func content(_ expr: Expr, _ translator: inout ExpressionTranslator) -> HCLExpression {
    switch expr.kind {
    case .object(let members):
      let object = HCLExpression.object(
        members.map { HCLObjectItem($0.key, content($0.value, &translator)) })
      guard members.contains(where: { isOptional($0.value) }) else { return object }
      translator.transformed("Fn::If with AWS::NoValue: a null member is left out")
      let clause = HCLForClause(
        keyName: "k", valueName: "v", collection: object,
        condition: .binary(.reference("v"), "!=", .null))
      return .forObject(clause, .reference("k"), .reference("v"))
    case .list(let items):
      let tuple = HCLExpression.tuple(items.map { content($0, &translator) })
      guard items.contains(where: isOptional) else { return tuple }
      translator.transformed("Fn::If with AWS::NoValue: a null element is left out")
      let clause = HCLForClause(
        valueName: "v", collection: tuple, condition: .binary(.reference("v"), "!=", .null))
      return .forTuple(clause, .reference("v"))
    case .if(let condition, let then, let otherwise):
      translator.transformed("Fn::If became a conditional expression")
      return .conditional(
        .local(translator.namer.local(forCondition: condition)), content(then, &translator),
        content(otherwise, &translator))
    case .pseudo(.noValue):
      return .null
    default:
      return translator.translate(expr, as: .any)
    }
  }

  /// True for `Fn::If` with `AWS::NoValue` on one side.
  static func isOptional(_ expr: Expr) -> Bool {
    guard case .if(_, let then, let otherwise) = expr.kind else { return false }
    return then.isNoValue || otherwise.isNoValue
  }
}

extension Expr {
  /// True for `{"Ref": "AWS::NoValue"}`.
  var isNoValue: Bool {
    if case .pseudo(.noValue) = kind { return true }
    return false
  }
}
