import CFNParser

extension EC2 {
  /// `AWS::EC2::SecurityGroupIngress` as an `aws_security_group_rule` of type `ingress`.
  static let securityGroupIngress = standaloneRule("AWS::EC2::SecurityGroupIngress", .ingress)

  /// `AWS::EC2::SecurityGroupEgress` as an `aws_security_group_rule` of type `egress`.
  static let securityGroupEgress = standaloneRule("AWS::EC2::SecurityGroupEgress", .egress)

  /// A standalone rule. Its fields depend on each other (the protocol decides the ports), so
  /// `finish` writes the whole body; the property rules only claim the fields.
  static func standaloneRule(_ type: String, _ direction: SecurityGroupRuleSpec.Direction)
    -> ResourceMapping
  {
    var fields = direction.fields + ["GroupId"]
    if direction == .ingress { fields.append("GroupName") }
    return ResourceMapping(
      type, to: "aws_security_group_rule", ref: "security_group_rule_id",
      attributes: ["Id": "security_group_rule_id"],
      properties: fields.map { PropertyRule.custom($0) { _, _, _ in } },
      importID: .custom { ruleImportID($0, direction) },
      finish: { builder in standaloneRuleBody(&builder, direction) })
  }

  static func standaloneRuleBody(
    _ builder: inout ResourceBuilder, _ direction: SecurityGroupRuleSpec.Direction
  ) {
    let address = builder.primary.path
    var group = HCLExpression.null
    if let member = builder.resource.property("GroupId") {
      group = builder.translate(member, as: .string, target: address / "security_group_id")
      if let name = builder.resource.property("GroupName") {
        builder.dropped(name, reason: "GroupId is set: CloudFormation takes one of the two")
      }
    } else if let member = builder.resource.property("GroupName") {
      builder.translator.begin()
      group = groupByName(member.value, suffix: "group", builder: &builder)
      builder.primary.comments += builder.approximationComment
      builder.record(
        member, target: address / "security_group_id",
        status: builder.translator.status, note: builder.translator.note, source: member.value,
        value: group)
    }
    let spec = ruleSpec(
      builder.resource.properties, direction: direction, at: .here, target: address,
      builder: &builder)
    builder.primary.comments += uniqued(spec.comments)
    builder.primary.content.arguments.items += spec.ruleBody(securityGroupId: group).items
  }

  /// `SGID_TYPE_PROTOCOL_FROMPORT_TOPORT_SOURCE`, as the provider's import parses it: the
  /// protocol `tcp`, `udp`, `icmp`, `icmpv6`, `all` or a number; the ports as the configuration
  /// has them; the source a CIDR block, a prefix list or a security group id (`sg-…`, possibly
  /// `OWNER/sg-…`). Nil when the group or the source is known only by name.
  static func ruleImportID(_ context: ImportContext, _ direction: SecurityGroupRuleSpec.Direction)
    -> String?
  {
    ruleImportID(
      group: context.property("GroupId") ?? context.property("GroupName"),
      fields: { context.resource.property($0)?.value }, resolve: context.resolve, direction)
  }

  /// The import id of the rule whose fields `fields` gives (`IpProtocol`, `FromPort`, …) in the
  /// group `group`, its values resolved by `resolve`.
  static func ruleImportID(
    group: String?, fields: (String) -> Expr?, resolve: (Expr) -> String?,
    _ direction: SecurityGroupRuleSpec.Direction
  ) -> String? {
    func property(_ name: String) -> String? { fields(name).flatMap(resolve) }
    guard let group, group.hasPrefix("sg-"), let protocolText = property("IpProtocol") else {
      return nil
    }
    let kind = SecurityGroupRuleSpec.ProtocolKind(protocolText)
    let protocolPart = kind == .all ? "all" : protocolText.lowercased()
    func port(_ name: String, _ isTo: Bool) -> String? {
      if kind == .all { return "0" }
      guard fields(name) != nil else { return kind.defaultPort(isTo: isTo) }
      return property(name)
    }
    var sources = [property("CidrIp"), property("CidrIpv6"), property(direction.prefixListField)]
      .compactMap { $0 }
    if fields(direction.groupIdField) != nil {
      guard let other = property(direction.groupIdField), other.contains("sg-") else {
        return nil
      }
      if fields("SourceSecurityGroupOwnerId") != nil, direction == .ingress {
        guard let ownerId = property("SourceSecurityGroupOwnerId") else { return nil }
        sources.append("\(ownerId)/\(other)")
      } else {
        sources.append(other)
      }
    } else if fields("SourceSecurityGroupName") != nil {
      return nil
    }
    guard let from = port("FromPort", false), let to = port("ToPort", true), !sources.isEmpty
    else { return nil }
    return ([group, direction.rawValue, protocolPart, from, to] + sources).joined(separator: "_")
  }

  /// `lines` without repeats, in first-seen order.
  static func uniqued(_ lines: [String]) -> [String] {
    var seen: Set<String> = []
    return lines.filter { seen.insert($0).inserted }
  }
}
