import CFNParser

extension EC2 {
  /// `AWS::EC2::SecurityGroup`. `Ref` becomes the group id; CloudFormation returns the group
  /// name instead for a group without `VpcId` (EC2-Classic and default-VPC templates), where
  /// Terraform still knows the group by id, so the generated code says so in a comment.
  ///
  /// Inline rules become `ingress`/`egress` blocks, and a group with no `SecurityGroupEgress`
  /// gets AWS's default allow-all egress declared, since Terraform removes it otherwise. When a
  /// standalone `AWS::EC2::SecurityGroupIngress`/`Egress` of the template adds rules to the
  /// group, every rule of the group becomes an `aws_security_group_rule` instead: Terraform
  /// cannot mix inline rules and rule resources on one group.
  static let securityGroup = ResourceMapping(
    "AWS::EC2::SecurityGroup", to: "aws_security_group", ref: "id",
    attributes: ["GroupId": "id", "VpcId": "vpc_id"],
    properties: [
      .argument("GroupName", "name"),
      .argument("GroupDescription", "description"),
      .argument("VpcId", "vpc_id"),
      .custom("SecurityGroupIngress") { member, builder, parts in
        inlineRules(member, .ingress, &builder, &parts)
      },
      .custom("SecurityGroupEgress") { member, builder, parts in
        inlineRules(member, .egress, &builder, &parts)
      },
      .tags,
    ],
    importID: .custom { context in
      // A group without VpcId is listed by name; Terraform imports groups by id only.
      context.physicalId.flatMap { $0.hasPrefix("sg-") ? $0 : nil }
    },
    finish: { builder in
      defaultEgress(&builder)
      refNote(&builder)
    })

  /// `SecurityGroupIngress`/`SecurityGroupEgress`: one block per rule, or one
  /// `aws_security_group_rule` per rule when the group also has standalone rules. A rule under
  /// `Fn::If` with `AWS::NoValue` becomes a `dynamic` block, or a rule resource with a `count`.
  static func inlineRules(
    _ member: RuleMember, _ direction: SecurityGroupRuleSpec.Direction,
    _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    guard case .list(let items) = member.value.kind else {
      builder.unsupported(
        member, reason: "a computed rule list cannot be converted; write the rules out")
      return
    }
    let separate = hasStandaloneRules(builder.logicalId, in: builder.translator.template)
    let address = builder.primary.path
    for (i, item) in items.enumerated() {
      let element = member.element(i, item)
      let (condition, rule) = conditionalItem(item, builder)
      guard case .object(let fields) = rule.kind else {
        builder.unsupported(element, reason: "each rule must be written out as an object")
        continue
      }
      for field in fields where !direction.fields.contains(field.key) {
        builder.unsupported(
          element.field(field), reason: "cfn2tf has no rule for this field of a rule")
      }
      let conditionNote = condition == nil ? "" : "; Fn::If with AWS::NoValue became a condition"
      if separate {
        let base =
          "\(builder.primary.name)_\(direction.rawValue)" + (items.count > 1 ? "_\(i + 1)" : "")
        let name = extraName(base, type: "aws_security_group_rule", builder: builder)
        let target = TerraformPath.resource("aws_security_group_rule", name)
        builder.record(
          element, target: target, status: .transformed,
          note:
            "a standalone rule of the template adds to this group, so its inline rules became aws_security_group_rule resources (Terraform cannot mix the two)"
            + conditionNote,
          source: item)
        let spec = ruleSpec(
          fields, direction: direction, at: element.path, target: target, builder: &builder)
        let importID = ImportID.custom { context in
          ruleImportID(
            group: context.physicalId, fields: { key in fields.first { $0.key == key }?.value },
            resolve: context.resolve, direction)
        }
        appendRule(
          spec, named: name,
          comments: ["\(builder.logicalId).\(element.key) (AWS::EC2::SecurityGroup)"],
          importID: .unlessConditional(importID, condition, format: ruleImportFormat), &builder)
        if let condition { countRule(condition, &builder) }
      } else {
        builder.record(
          element, target: address / direction.rawValue,
          status: condition == nil ? .exact : .transformed,
          note: String(conditionNote.dropFirst(condition == nil ? 0 : 2)), source: item)
        let spec = ruleSpec(
          fields, direction: direction, at: element.path, target: address / direction.rawValue,
          builder: &builder)
        var block = HCLBlock(direction.rawValue, body: spec.inlineBody)
        if let condition { block = dynamicBlock(direction.rawValue, condition, spec.inlineBody) }
        parts.block(block, comments: uniqued(spec.comments))
      }
    }
  }

  /// A list item under `Fn::If` with `AWS::NoValue` on one side: the condition under which it is
  /// there, and the item; otherwise no condition and the item itself.
  static func conditionalItem(_ item: Expr, _ builder: ResourceBuilder) -> (HCLExpression?, Expr) {
    guard case .if(let name, let then, let otherwise) = item.kind else { return (nil, item) }
    let local = HCLExpression.local(builder.translator.namer.local(forCondition: name))
    if case .pseudo(.noValue) = otherwise.kind { return (local, then) }
    if case .pseudo(.noValue) = then.kind {
      return (.binary(local, "==", .bool(false)), otherwise)
    }
    return (nil, item)
  }

  static let defaultEgressComment =
    "cfn2tf: AWS's default egress (allow all), which Terraform removes unless it is declared"

  /// How the provider's import names a rule.
  static let ruleImportFormat = "<group id>_<type>_<protocol>_<from port>_<to port>_<source>"

  /// Adds `spec` as an `aws_security_group_rule` of the group being built, imported by
  /// `importID`.
  static func appendRule(
    _ spec: SecurityGroupRuleSpec, named name: String, comments: [String], importID: ImportID,
    _ builder: inout ResourceBuilder
  ) {
    var rule = TerraformResource(
      type: "aws_security_group_rule", name: name, origin: builder.logicalId)
    rule.importID = importID
    rule.comments = comments + uniqued(spec.comments)
    rule.content.arguments = spec.ruleBody(
      securityGroupId: reference(builder.primary.path, "id", in: builder))
    builder.extras.append(rule)
  }

  /// A group without egress rules keeps AWS's allow-all egress in CloudFormation; Terraform
  /// removes it unless it is declared.
  static func defaultEgress(_ builder: inout ResourceBuilder) {
    // Egress rules that are all under Fn::If leave the default in place when none applies.
    var conditions: [HCLExpression] = []
    if let egress = builder.resource.property("SecurityGroupEgress") {
      guard case .list(let items) = egress.value.kind else { return }
      for item in items {
        guard let condition = conditionalItem(item, builder).0 else { return }
        conditions.append(condition)
      }
    }
    let condition = conditions.first.map { first in
      negation(conditions.dropFirst().reduce(first) { .binary($0, "||", $1) })
    }
    let spec = SecurityGroupRuleSpec.allowAllEgress
    let target: TerraformPath
    if hasStandaloneRules(builder.logicalId, in: builder.translator.template) {
      let name = extraName(
        "\(builder.primary.name)_egress", type: "aws_security_group_rule", builder: builder)
      target = .resource("aws_security_group_rule", name)
      let importID = ImportID.custom { context in
        context.physicalId.flatMap { $0.hasPrefix("sg-") ? "\($0)_egress_all_0_0_0.0.0.0/0" : nil }
      }
      appendRule(
        spec, named: name,
        comments: ["\(builder.logicalId) (AWS::EC2::SecurityGroup)", defaultEgressComment],
        importID: .unlessConditional(importID, condition, format: ruleImportFormat), &builder)
      if let condition { countRule(condition, &builder) }
    } else {
      target = builder.primary.path / "egress"
      var block = HCLBlock("egress", body: spec.inlineBody)
      if let condition { block = dynamicBlock("egress", condition, spec.inlineBody) }
      builder.primary.content.block(block, comments: [defaultEgressComment])
    }
    builder.ledger.append(
      LedgerEntry(
        kind: .addition, path: TemplatePath.resource(builder.logicalId) / "DefaultEgress",
        resourceType: builder.resource.type.value, location: builder.resource.range.start,
        target: target, status: .transformed,
        note:
          "the group has no SecurityGroupEgress"
          + (condition == nil ? "" : " when no Fn::If of its egress rules applies")
          + ", so AWS gives it an allow-all egress rule (IPv6 where the VPC has it); declared because Terraform would remove it"
      ))
  }

  /// `condition == false`, without a double negation or needless parentheses.
  static func negation(_ condition: HCLExpression) -> HCLExpression {
    switch condition {
    case .binary(let inner, "==", .bool(false)): return inner
    case .reference, .traversal: return .binary(condition, "==", .bool(false))
    default: return .binary(.parenthesized(condition), "==", .bool(false))
    }
  }

  /// A `dynamic` block that is there when `condition` holds.
  static func dynamicBlock(_ name: String, _ condition: HCLExpression, _ content: HCLBody)
    -> HCLBlock
  {
    var dynamic = HCLBody()
    dynamic.attribute("for_each", .conditional(condition, .tuple([.number("1")]), .tuple([])))
    dynamic.blankLine()
    dynamic.block(HCLBlock("content", body: content))
    return HCLBlock("dynamic", [name], body: dynamic)
  }

  /// Gives the last extra a `count`: 1 when `condition` (and the group's own `Condition`) holds.
  static func countRule(_ condition: HCLExpression, _ builder: inout ResourceBuilder) {
    let own = builder.resource.condition.map {
      HCLExpression.local(builder.translator.namer.local(forCondition: $0.value))
    }
    let both = own.map { HCLExpression.binary($0, "&&", .parenthesized(condition)) }
    builder.extras[builder.extras.count - 1].meta.attribute(
      "count", .conditional(both ?? condition, .number("1"), .number("0")))
  }

  /// `Ref` to a group without `VpcId` gives its name in CloudFormation, its id here.
  static func refNote(_ builder: inout ResourceBuilder) {
    guard builder.resource.property("VpcId") == nil else { return }
    let template = builder.translator.template
    let id = builder.logicalId
    let isReferenced =
      template.resources.contains {
        $0.properties.contains { mentions($0.value, id, refOnly: true) }
      }
      || template.outputs.contains { mentions($0.value, id, refOnly: true) }
    guard isReferenced else { return }
    builder.primary.comments.append(
      "cfn2tf: 'Ref' to this group gives its id; CloudFormation gave its name, as it has no VpcId")
  }
}
