import CFNParser

/// The code of a custom property rule.
typealias PropertyCode = @Sendable (RuleMember, inout ResourceBuilder, inout BodyParts) -> Void

/// Helpers for the further Terraform resources one CloudFormation resource becomes (policy
/// attachments, inline policies, bucket configurations) and for names Terraform requires.
enum ExtraResources {
  /// A new resource of `type` for property `property` of the resource being built, with a comment
  /// naming its CloudFormation origin.
  static func make(
    _ type: String, name: String, from property: String, _ builder: ResourceBuilder
  ) -> TerraformResource {
    var resource = TerraformResource(type: type, name: name, origin: builder.logicalId)
    resource.comments = ["\(builder.logicalId).\(property) (\(builder.resource.type.value))"]
    return resource
  }

  /// `base`, numbered (`_2`, `_3`, …) when a converted resource of `type` already has that name.
  static func uniqueName(_ base: String, type: String, _ builder: ResourceBuilder) -> String {
    // An AWS::IAM::Policy's type is known only once it is converted: it may take any
    // policy type.
    let isPolicy = type.hasPrefix("aws_iam_") && type.hasSuffix("_policy")
    let targets = builder.translator.targets.filter { id, target in
      target.type == type
        || (isPolicy && builder.translator.template.resource(id)?.type.value == "AWS::IAM::Policy")
    }
    let taken = Set(
      targets.values.map(\.name) + builder.extras.filter { $0.type == type }.map(\.name)
        + (builder.primary.type == type ? [builder.primary.name] : []))
    return Namer.numbered(base, avoiding: taken)
  }

  /// The primary resource's `attribute`, guarded with `one(…[*]…)` when it has a `Condition`.
  static func primary(_ attribute: String, _ builder: ResourceBuilder) -> HCLExpression {
    builder.translator.targets[builder.logicalId]?.expression(for: attribute)
      ?? .traversal(builder.primary.path / attribute)
  }

  /// One element of a written-out list, with the condition under which it is present.
  struct Element {
    /// The element's value.
    var value: Expr
    /// Set when the element is `Fn::If` with `AWS::NoValue` on one side.
    var condition: HCLExpression?
  }

  /// The elements of a written-out list (a single value counts as a list of one); nil when the
  /// list is computed (a parameter, `Fn::Split`, …).
  static func elements(_ expr: Expr, _ translator: ExpressionTranslator) -> [Element]? {
    let items: [Expr]
    switch expr.kind {
    case .list(let list): items = list
    case .string, .getAtt, .sub, .join, .findInMap: items = [expr]
    case .ref(let name):
      if let parameter = translator.template.parameter(name), parameter.type.value.isList {
        return nil
      }
      items = [expr]
    default: return nil
    }
    return items.compactMap { item in
      guard case .if(let name, let then, let otherwise) = item.kind else {
        return item.isNoValue ? nil : Element(value: item)
      }
      let local = HCLExpression.local(translator.namer.local(forCondition: name))
      if otherwise.isNoValue { return Element(value: then, condition: local) }
      if then.isNoValue {
        return Element(value: otherwise, condition: .binary(local, "==", .bool(false)))
      }
      return Element(value: item)
    }
  }

  /// `count` for an extra present under `condition`, combined with the resource's own
  /// `Condition`; nil when there is no element condition (the resource's own is added for it).
  static func count(_ condition: HCLExpression?, _ builder: ResourceBuilder) -> HCLExpression? {
    guard var condition else { return nil }
    if let own = builder.resource.condition {
      let local = HCLExpression.local(builder.translator.namer.local(forCondition: own.value))
      condition = .binary(local, "&&", wrapped(condition))
    }
    return .conditional(condition, .number("1"), .number("0"))
  }

  /// `for_each` over a computed list of strings, empty when the resource's `Condition` is false.
  static func forEach(_ list: HCLExpression, _ builder: ResourceBuilder) -> HCLExpression {
    let set = HCLExpression.call("toset", [list])
    guard let own = builder.resource.condition else { return set }
    let local = HCLExpression.local(builder.translator.namer.local(forCondition: own.value))
    return .conditional(local, set, .call("toset", [.tuple([])]))
  }

  private static func wrapped(_ expression: HCLExpression) -> HCLExpression {
    if expression.isReference { return expression }
    return .parenthesized(expression)
  }

  /// A Terraform name suffix for a list element: the logical id it refers to, the last part of a
  /// literal ARN or name, or its position.
  static func suffix(for expr: Expr, index: Int) -> String {
    switch expr.kind {
    case .ref(let name), .getAtt(let name, _):
      return Namer.snakeCase(name)
    case .string(let text):
      let last = text.split(separator: "/").last.map(String.init) ?? text
      let name = Namer.snakeCase(last.split(separator: ":").last.map(String.init) ?? last)
      return name == "unnamed" ? String(index + 1) : name
    default:
      return String(index + 1)
    }
  }

  /// Sets a name Terraform requires and CloudFormation generates when `property` is not given:
  /// the name in `var.physical_names` for the logical id (a migration sets the live one, so
  /// nothing is renamed or replaced), else `"${var.stack_name}-LogicalId"` (CloudFormation's own
  /// names are `stack-LogicalId-SUFFIX`). When the physical id is not the name itself (an ARN,
  /// `CLUSTER|NAME`), `removing` is the regular expression of what is not the name, removed with
  /// `replace()`; it must match nothing in the fallback.
  static func requireName(
    _ argument: String, unless property: String, _ builder: inout ResourceBuilder,
    removing pattern: String? = nil
  ) {
    guard builder.resource.property(property) == nil else { return }
    let fallback = HCLExpression.template([
      .interpolation(builder.translator.stackName()), .literal("-\(builder.logicalId)"),
    ])
    var name = HCLExpression.call(
      "lookup",
      [
        builder.translator.physicalNames(for: builder.logicalId), .string(builder.logicalId),
        fallback,
      ])
    var comment = [
      "cfn2tf: '\(property)' is not set: CloudFormation names it <stack>-\(builder.logicalId)-<suffix>;",
      "var.physical_names keeps the live name when a stack is adopted",
    ]
    if let pattern {
      name = .call("replace", [name, .string("/\(pattern)/"), .string("")])
      comment[1] += " (its physical id, less what is not the name)"
    }
    var items: [HCLItem] = [
      .comment(comment),
      .attribute(HCLAttribute(argument, name)),
    ]
    items += builder.primary.content.arguments.items
    builder.primary.content.arguments.items = items
  }

  /// An object property whose fields become arguments of the body being built, by `rules`
  /// (`ProvisionedThroughput` → `read_capacity`, `write_capacity`). The body is the primary
  /// resource's, or its nested block at `blockPath`. An `Fn::If` with `AWS::NoValue` on one side
  /// is carried into each field, which becomes null when the condition says so.
  static func flattened(_ rules: [PropertyRule], in blockPath: [String] = []) -> PropertyCode {
    { member, builder, parts in
      var value = member.value
      var wrap: ((Expr) -> Expr)?
      if case .if(let name, let then, let otherwise) = value.kind,
        then.isNoValue || otherwise.isNoValue
      {
        let keepThen = !then.isNoValue
        let noValue = keepThen ? otherwise : then
        value = keepThen ? then : otherwise
        wrap = { field in
          Expr(
            .if(
              condition: name, then: keepThen ? field : noValue, else: keepThen ? noValue : field),
            range: field.range)
        }
      }
      guard case .object(let fields) = value.kind else {
        builder.unsupported(
          member, reason: "a computed value cannot be spread into arguments; write it out")
        return
      }
      var scope = builder.scope.reading(member.path)
      for name in blockPath { scope = scope.block(name) }
      let target = scope.target
      builder.record(
        member, target: target, status: .transformed,
        note: "its fields became arguments"
          + (wrap == nil ? "" : ", each null when the Fn::If says so"),
        source: member.value)
      let members = fields.map {
        ExprMember(key: $0.key, keyRange: $0.keyRange, value: wrap?($0.value) ?? $0.value)
      }
      builder.apply(
        rules, to: members, in: scope, into: &parts)
    }
  }
}
