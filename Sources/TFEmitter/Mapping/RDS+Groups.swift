import CFNParser

extension RDS.Clusters {
  /// `AWS::RDS::DBClusterParameterGroup`. `Ref` is its name.
  static let dbClusterParameterGroup = ResourceMapping(
    "AWS::RDS::DBClusterParameterGroup", to: "aws_rds_cluster_parameter_group", ref: "name",
    properties: [
      .custom("DBClusterParameterGroupName", lowercased("name")),
      .argument("Family", "family"),
      .argument("Description", "description"),
      .custom("Parameters", parameters),
      .tags,
    ],
    finish: { requireLowercaseName("name", unless: "DBClusterParameterGroupName", &$0) })

  /// `AWS::RDS::DBParameterGroup`. `Ref` is its name.
  static let dbParameterGroup = ResourceMapping(
    "AWS::RDS::DBParameterGroup", to: "aws_db_parameter_group", ref: "name",
    properties: [
      .custom("DBParameterGroupName", lowercased("name")),
      .argument("Family", "family"),
      .argument("Description", "description"),
      .custom("Parameters", parameters),
      .tags,
    ],
    finish: { requireLowercaseName("name", unless: "DBParameterGroupName", &$0) })

  /// Why every parameter is applied at the next reboot.
  static let applyMethodNote =
    "CloudFormation applies a static parameter at the next reboot and a dynamic one at once; Terraform applies each as its apply_method says, 'immediate' by default, which RDS refuses for a static parameter: 'pending-reboot', which RDS takes for both, is written; write 'immediate' for a dynamic parameter to apply it at once"

  /// `Parameters`, a map of parameter names to values: a `parameter` block each, in the
  /// template's order, applied at the next reboot (see `applyMethodNote`).
  @Sendable static func parameters(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    guard case .object(let fields) = member.value.kind else {
      builder.report(member, .computedObject(block: "parameter"))
      return
    }
    let target = builder.primary.path / "parameter"
    builder.record(
      member, target: target, status: .approximated,
      note: "each entry became a parameter block; " + applyMethodNote)
    for (index, field) in fields.enumerated() {
      let path = member.field(field)
      var body = HCLBody()
      body.attribute("name", .string(field.key))
      body.attribute("value", builder.translate(path, as: .string, target: target / "value"))
      body.attribute("apply_method", .string("pending-reboot"))
      parts.block(
        HCLBlock("parameter", body: body),
        comments: index == 0
          ? [
            "CloudFormation applies dynamic parameters at once; pending-reboot, which RDS takes",
            "for every parameter, waits for a reboot (Terraform's immediate fails on static ones)",
          ] : [])
    }
  }

  /// `AWS::RDS::OptionGroup`. `Ref` is its name.
  static let optionGroup = ResourceMapping(
    "AWS::RDS::OptionGroup", to: "aws_db_option_group", ref: "name",
    properties: [
      .custom("OptionGroupName", lowercased("name")),
      .argument("OptionGroupDescription", "option_group_description"),
      .argument("EngineName", "engine_name"),
      .argument("MajorEngineVersion", "major_engine_version"),
      PropertyRule(
        "OptionConfigurations",
        .blocks(
          "option",
          [
            .argument("OptionName", "option_name"),
            .argument("OptionVersion", "version"),
            .argument("Port", "port"),
            .argument("VpcSecurityGroupMemberships", "vpc_security_group_memberships"),
            .drop(
              "DBSecurityGroupMemberships",
              "DB security groups are EC2-Classic, which AWS retired: give the option VpcSecurityGroupMemberships"
            ),
            PropertyRule(
              "OptionSettings",
              .blocks(
                "option_settings", [.argument("Name", "name"), .argument("Value", "value")])),
          ])),
      .tags,
    ],
    finish: { requireLowercaseName("name", unless: "OptionGroupName", &$0) })

  /// `AWS::RDS::EventSubscription`. `Ref` is its name.
  static let eventSubscription = ResourceMapping(
    "AWS::RDS::EventSubscription", to: "aws_db_event_subscription", ref: "name",
    properties: [
      .argument("SubscriptionName", "name"),
      .argument("SnsTopicArn", "sns_topic"),
      .argument("SourceType", "source_type"),
      .argument("SourceIds", "source_ids"),
      .argument("EventCategories", "event_categories"),
      .argument("Enabled", "enabled"),
      .tags,
    ],
    finish: { ExtraResources.requireName("name", unless: "SubscriptionName", &$0) })

  /// A name or engine that RDS stores in lower case, and that Terraform accepts in lower case
  /// only: a written name is lowered.
  static func lowercased(_ argument: String) -> PropertyCode {
    { member, builder, parts in
      let target = builder.primary.path / argument
      guard let text = member.value.stringValue, text != text.lowercased() else {
        parts.argument(argument, builder.translate(member, as: .string, target: target))
        return
      }
      let value = HCLExpression.string(text.lowercased())
      builder.record(
        member, target: target, status: .transformed,
        note: "RDS stores it in lower case; Terraform accepts only that", source: member.value,
        value: value)
      parts.argument(argument, value)
    }
  }

  /// The name Terraform requires (or would make up) and CloudFormation generates when `property`
  /// is not set (see `ExtraResources.requireName`), in lower case as RDS stores it.
  static func requireLowercaseName(
    _ argument: String, unless property: String, _ builder: inout ResourceBuilder
  ) {
    guard builder.resource.property(property) == nil else { return }
    ExtraResources.requireName(argument, unless: property, &builder)
    builder.primary.content.arguments.items = builder.primary.content.arguments.items.map {
      guard case .attribute(let attribute) = $0, attribute.name == argument else { return $0 }
      return .attribute(HCLAttribute(argument, .call("lower", [attribute.value])))
    }
  }

  /// CloudFormation applies a change to a DB cluster at once; Terraform, unless told, in the next
  /// maintenance window.
  static func applyImmediately(_ builder: inout ResourceBuilder) {
    builder.primary.content.argument(
      "apply_immediately", .bool(true),
      comments: ["CloudFormation applies changes at once, not in the maintenance window"])
    builder.ledger.append(
      LedgerEntry(
        kind: .addition, path: .resource(builder.logicalId) / "ApplyImmediately",
        resourceType: builder.resource.type.value, location: builder.resource.range.start,
        target: builder.primary.path / "apply_immediately", status: .transformed,
        note:
          "written: CloudFormation applies changes at once; Terraform would wait for the maintenance window",
        targetValue: "true"))
  }

  /// A property provider 5.100 has no argument for: its default value (`value`) needs none and is
  /// dropped; any other is not converted, for `reason`.
  static func unlessDefault(_ property: String, _ value: HCLExpression, _ reason: String)
    -> PropertyRule
  {
    .custom(property) { member, builder, _ in
      let given: HCLExpression? =
        switch member.value.kind {
        case .string("true"), .bool(true): .bool(true)
        case .string("false"), .bool(false): .bool(false)
        case .string(let text): .string(text)
        default: nil
        }
      if given == value {
        builder.dropped(
          member,
          reason: "\(HCLPrinter.printExpression(value)) is RDS's default, which needs no argument")
      } else {
        builder.unsupported(member, reason: reason)
      }
    }
  }

  /// A KMS key Terraform takes by ARN: a `Ref` to a key of the template (its id) becomes the
  /// key's `arn`, which RDS reports (an id would differ from it on every plan).
  static func kmsKeyArn(_ argument: String) -> PropertyCode {
    { member, builder, parts in
      let target = builder.primary.path / argument
      if case .ref(let name) = member.value.kind,
        builder.translator.template.resource(name)?.type.value == "AWS::KMS::Key",
        let key = builder.translator.targets[name], !key.isMissing
      {
        let value = key.expression(for: "arn")
        builder.record(
          member, target: target, status: .transformed,
          note: "Ref to the key (its id) became its arn", source: member.value, value: value)
        parts.argument(argument, value)
        return
      }
      parts.argument(argument, builder.translate(member, as: .string, target: target))
    }
  }
}
