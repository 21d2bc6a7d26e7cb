import CFNParser

extension EC2 {
  /// Translates the fields of one security group rule (inline or standalone), the object at
  /// `path`, writing a ledger entry per field whose target is `target` / the argument. Fields
  /// that are not rule fields are left to the caller.
  static func ruleSpec(
    _ fields: [ExprMember], direction: SecurityGroupRuleSpec.Direction,
    at path: RelativeTemplatePath, target: TerraformPath, builder: inout ResourceBuilder
  ) -> SecurityGroupRuleSpec {
    var spec = SecurityGroupRuleSpec(direction: direction)
    let field = { (name: String) in
      direction.fields.contains(name) ? fields.first { $0.key == name } : nil
    }
    let record = {
      (builder: inout ResourceBuilder, member: ExprMember, argument: String, value: HCLExpression?)
      in
      builder.record(
        RuleMember(member, in: path), target: target / argument,
        status: builder.translator.status, note: builder.translator.note, source: member.value,
        value: value)
      spec.comments += builder.approximationComment
    }
    let kind = SecurityGroupRuleSpec.ProtocolKind(field("IpProtocol")?.value.scalarText)
    if let member = field("IpProtocol") {
      builder.translator.begin()
      spec.protocolValue = builder.translator.translate(member.value, as: .string)
      record(&builder, member, "protocol", spec.protocolValue)
    }
    for (name, isTo) in [("FromPort", false), ("ToPort", true)] {
      var port = HCLExpression.number(kind.defaultPort(isTo: isTo))
      if let member = field(name) {
        builder.translator.begin()
        if kind == .all {
          builder.translator.transformed(
            "protocol -1 covers every port: Terraform wants from_port and to_port 0")
        } else {
          port = builder.translator.translate(member.value, as: .number)
        }
        record(&builder, member, isTo ? "to_port" : "from_port", port)
      }
      if isTo { spec.toPort = port } else { spec.fromPort = port }
    }
    for (name, argument) in [
      ("CidrIp", "cidr_blocks"), ("CidrIpv6", "ipv6_cidr_blocks"),
      (direction.prefixListField, "prefix_list_ids"),
    ] {
      guard let member = field(name) else { continue }
      builder.translator.begin()
      let value = builder.translator.translate(member.value, as: .string)
      switch argument {
      case "cidr_blocks": spec.cidrBlocks.append(value)
      case "ipv6_cidr_blocks": spec.ipv6CidrBlocks.append(value)
      default: spec.prefixListIds.append(value)
      }
      record(&builder, member, argument, value)
    }
    let groupArgument =
      target.resourceType == "aws_security_group_rule"
      ? "source_security_group_id" : "security_groups"
    if let member = field(direction.groupIdField) {
      builder.translator.begin()
      spec.group = builder.translator.translate(member.value, as: .string)
      record(&builder, member, groupArgument, spec.group)
      if let name = field("SourceSecurityGroupName") {
        builder.dropped(
          RuleMember(name, in: path),
          reason: "\(direction.groupIdField) is set: CloudFormation takes one of the two")
      }
    } else if let member = field("SourceSecurityGroupName") {
      builder.translator.begin()
      spec.group = groupByName(
        member.value, suffix: Namer.snakeCase(path.steps.isEmpty ? "source" : "\(path).source"),
        builder: &builder)
      record(&builder, member, groupArgument, spec.group)
    }
    if let member = field("SourceSecurityGroupOwnerId") {
      builder.translator.begin()
      if case .getAtt(_, "SourceSecurityGroup.OwnerAlias") = member.value.kind {
        builder.record(
          RuleMember(member, in: path), target: nil, status: .dropped,
          note: "the load balancer's source security group is given by id, which needs no owner",
          source: member.value)
      } else if let group = spec.group {
        let owner = builder.translator.translate(member.value, as: .string)
        spec.group = ExpressionTranslator.template(
          [piece(owner), .literal("/"), piece(group)])
        builder.translator.transformed("the owner became the ACCOUNT/GROUP prefix of the group id")
        record(&builder, member, groupArgument, spec.group)
      } else {
        builder.record(
          RuleMember(member, in: path), target: nil, status: .dropped,
          note: "an owner without a source security group has no meaning", source: member.value)
      }
    }
    if let member = field("Description") {
      builder.translator.begin()
      spec.description = builder.translator.translate(member.value, as: .string)
      record(&builder, member, "description", spec.description)
    }
    return spec
  }

  /// An expression as a part of a string template: a literal when it is a string.
  static func piece(_ expression: HCLExpression) -> HCLTemplatePart {
    if case .string(let text) = expression { return .literal(text) }
    return .interpolation(expression)
  }

  /// A security group given by name, as an id: the source security group of a classic load
  /// balancer of the template, a security group of the template (which Terraform knows by id),
  /// or a `data "aws_security_group"` looked up by name.
  static func groupByName(
    _ value: Expr, suffix: String, builder: inout ResourceBuilder
  ) -> HCLExpression {
    switch value.kind {
    case .getAtt(let name, "SourceSecurityGroup.GroupName"):
      if let target = builder.translator.targets[name], target.type == "aws_elb",
        !target.isMissing
      {
        builder.translator.transformed("the load balancer's source security group is given by id")
        return target.expression(for: "source_security_group_id")
      }
    case .ref(let name):
      if builder.translator.template.resource(name)?.type.value == "AWS::EC2::SecurityGroup" {
        builder.translator.transformed("the security group of the template is given by id")
        return builder.translator.translate(value, as: .string)
      }
    default: break
    }
    let name = "\(builder.primary.name)_\(suffix)"
    var lookup = TerraformResource(
      type: "aws_security_group", name: name, origin: builder.logicalId)
    lookup.kind = "data"
    lookup.comments = [
      "\(builder.logicalId) (\(builder.resource.type.value)): a security group it names, looked up by name"
    ]
    lookup.content.argument("name", builder.translator.translate(value, as: .string))
    builder.extras.append(lookup)
    builder.translator.approximated(
      "security group given by name: looked up with data.aws_security_group, which needs the name to be unique in the region"
    )
    if builder.resource.condition != nil {
      return .call("one", [.traversal(TerraformPath.data("aws_security_group", name).splat / "id")])
    }
    return .traversal(.data("aws_security_group", name) / "id")
  }

  /// True when a standalone `AWS::EC2::SecurityGroupIngress`/`Egress` of the template adds rules
  /// to the security group `logicalId`.
  static func hasStandaloneRules(_ logicalId: String, in template: Template) -> Bool {
    template.resources.contains { resource in
      guard
        ["AWS::EC2::SecurityGroupIngress", "AWS::EC2::SecurityGroupEgress"].contains(
          resource.type.value)
      else { return false }
      return ["GroupId", "GroupName"].contains { key in
        resource.property(key).map { mentions($0.value, logicalId) } ?? false
      }
    }
  }

  /// True when `expr` holds a `Ref` or `Fn::GetAtt` to `logicalId`.
  static func mentions(_ expr: Expr, _ logicalId: String, refOnly: Bool = false) -> Bool {
    switch expr.kind {
    case .ref(let name): return name == logicalId
    case .getAtt(let name, _): return !refOnly && name == logicalId
    case .sub(let parts, let variables):
      let inParts = parts.contains {
        switch $0 {
        case .reference(let name): return name == logicalId
        case .attribute(let name, _): return !refOnly && name == logicalId
        case .literal: return false
        }
      }
      return inParts || variables.contains { mentions($0.value, logicalId, refOnly: refOnly) }
    default: return expr.children.contains { mentions($0, logicalId, refOnly: refOnly) }
    }
  }

  /// A name for an extra resource of `type` made from `base`, numbered when a logical id of the
  /// template or an earlier extra already has it.
  static func extraName(_ base: String, type: String, builder: ResourceBuilder) -> String {
    let template = builder.translator.template
    let taken =
      template.resources.map { builder.translator.namer.resource(forLogicalId: $0.logicalId) }
      .filter { $0 != builder.primary.name }
      + builder.extras.filter { $0.type == type }.map(\.name)
    return Namer.numbered(base, avoiding: taken)
  }
}
