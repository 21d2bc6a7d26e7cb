import CFNParser

/// `AWS::Events::*` (EventBridge): rules (each target an `aws_cloudwatch_event_target`, see
/// `Events+Targets.swift`), event buses and their policies, archives, connections (their secrets
/// sensitive variables, see `Events+Connection.swift`) and API destinations.
package enum Events: MappingFamily {
  /// The mappings of this family.
  static let mappings = [rule, eventBus, eventBusPolicy, archive, connection, apiDestination]

  /// `AWS::Events::Rule`. `Ref` is the rule name.
  static let rule = ResourceMapping(
    "AWS::Events::Rule", to: "aws_cloudwatch_event_rule", ref: "name",
    attributes: ["Arn": "arn"],
    properties: [
      .argument("Name", "name"),
      .argument("Description", "description"),
      .argument("EventBusName", "event_bus_name"),
      .custom("EventPattern") { member, builder, parts in
        PolicyDocument.argument(member, "event_pattern", &builder, &parts)
      },
      .argument("ScheduleExpression", "schedule_expression"),
      .argument("State", "state"),
      .argument("RoleArn", "role_arn"),
      .tags,
      .custom("Targets", targets),
    ],
    importID: .custom { context in context.physicalId.map(ruleImportID) })

  /// The import id of a rule from its physical id: `name`, or `bus/name` for a rule of another
  /// bus (CloudFormation joins them with `|`, an ARN with `/`).
  static func ruleImportID(_ physicalId: String) -> String {
    var id = physicalId
    if id.hasPrefix("arn:"), let rule = id.firstRange(of: ":rule/") {
      id = String(id[rule.upperBound...])
    }
    return id.replacing("|", with: "/")
  }

  /// `AWS::Events::EventBus`. `Ref` and `Name` are its name. `Policy` becomes an
  /// `aws_cloudwatch_event_bus_policy`.
  static let eventBus = ResourceMapping(
    "AWS::Events::EventBus", to: "aws_cloudwatch_event_bus", ref: "name",
    attributes: ["Arn": "arn", "Name": "name"],
    properties: [
      .argument("Name", "name"),
      .argument("Description", "description"),
      .argument("EventSourceName", "event_source_name"),
      .argument("KmsKeyIdentifier", "kms_key_identifier"),
      PropertyRule("DeadLetterConfig", .block("dead_letter_config", [.argument("Arn", "arn")])),
      .custom("Policy") { member, builder, _ in
        let type = "aws_cloudwatch_event_bus_policy"
        var resource = ExtraResources.make(
          type, name: ExtraResources.uniqueName(builder.primary.name, type: type, builder),
          from: member.key, builder)
        resource.content.argument("event_bus_name", ExtraResources.primary("name", builder))
        resource.content.argument(
          "policy", PolicyDocument.translate(member, &builder, target: resource.path / "policy")
        )
        resource.importID = .physicalId
        builder.extras.append(resource)
      },
      .custom("LogConfig") { member, builder, _ in
        builder.unsupported(
          member,
          reason:
            "aws_cloudwatch_event_bus (provider 5.100) has no log configuration: the bus logs nothing; set it with 'aws events update-event-bus --log-config' after apply"
        )
      },
      .tags,
    ])

  /// `AWS::Events::EventBusPolicy`: one statement of a bus's policy. Terraform writes the bus's
  /// whole policy, so the statement becomes a policy of its own: two EventBusPolicy resources of
  /// one bus would overwrite each other (combine their statements by hand). The legacy form
  /// (`Action`, `Principal`, `Condition`) becomes the statement CloudFormation writes for it.
  static let eventBusPolicy = ResourceMapping(
    "AWS::Events::EventBusPolicy", to: "aws_cloudwatch_event_bus_policy", ref: nil,
    properties: [
      .argument("EventBusName", "event_bus_name"),
      .custom("StatementId") { member, builder, _ in
        // Written into the statement by busStatement or legacyStatement.
        builder.record(
          member, target: builder.primary.path / "policy",
          status: .transformed, note: "became the policy statement's Sid", source: member.value)
      },
      .custom("Statement", busStatement),
      .custom("Action", legacyStatement),
      .custom("Principal", legacyPart),
      .custom("Condition", legacyPart),
    ],
    importID: .custom { context in
      context.resource.property("EventBusName").map { context.resolve($0.value) } ?? "default"
    })

  /// `Principal` and `Condition` of the form with `Action`: written into the statement by
  /// legacyStatement.
  @Sendable static func legacyPart(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    builder.record(
      member, target: builder.primary.path / "policy",
      status: .transformed, note: "written into the policy statement with Action",
      source: member.value)
  }

  /// `Statement` with `StatementId` as its `Sid`, in a policy document of its own.
  @Sendable static func busStatement(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    var statement = member.value
    if case .object(var fields) = statement.kind, !fields.contains(where: { $0.key == "Sid" }),
      let sid = builder.resource.property("StatementId")
    {
      fields.insert(ExprMember(key: "Sid", keyRange: sid.keyRange, value: sid.value), at: 0)
      statement = Expr(.object(fields), range: statement.range)
    }
    let document = policy([statement], range: member.value.range)
    PolicyDocument.argument(member.with(value: document), "policy", &builder, &parts)
  }

  /// The legacy `Action`, `Principal` and `Condition`: the statement CloudFormation writes.
  @Sendable static func legacyStatement(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    let range = member.value.range
    func text(_ value: String) -> Expr { Expr(.string(value), range: range) }
    func field(_ key: String, _ value: Expr) -> ExprMember {
      ExprMember(key: key, keyRange: member.keyRange, value: value)
    }
    let resource = builder.resource
    var principal: Expr = text("*")
    if let given = resource.property("Principal"), given.value.stringValue != "*" {
      principal = joined(
        [
          text("arn:"), Expr(.pseudo(.partition), range: range), text(":iam::"), given.value,
          text(":root"),
        ], range: range)
    }
    var fields = [
      field("Sid", resource.property("StatementId")?.value ?? text(builder.logicalId)),
      field("Effect", text("Allow")),
      field("Principal", Expr(.object([field("AWS", principal)]), range: range)),
      field("Action", member.value),
      field("Resource", busArn(resource.property("EventBusName")?.value, range: range)),
    ]
    if let condition = resource.property("Condition"),
      case .object(let members) = condition.value.kind,
      let type = members.first(where: { $0.key == "Type" })?.value.stringValue,
      let key = members.first(where: { $0.key == "Key" })?.value,
      let value = members.first(where: { $0.key == "Value" })?.value, let name = key.stringValue
    {
      fields.append(
        field(
          "Condition",
          Expr(
            .object([field(type, Expr(.object([field(name, value)]), range: range))]),
            range: range)))
    }
    let document = policy([Expr(.object(fields), range: range)], range: range)
    PolicyDocument.argument(member.with(value: document), "policy", &builder, &parts)
  }

  /// `{"Version": "2012-10-17", "Statement": statements}`.
  static func policy(_ statements: [Expr], range: SourceRange) -> Expr {
    let key = range
    return Expr(
      .object([
        ExprMember(key: "Version", keyRange: key, value: Expr(.string("2012-10-17"), range: range)),
        ExprMember(key: "Statement", keyRange: key, value: Expr(.list(statements), range: range)),
      ]), range: range)
  }

  /// The ARN of the bus named `name` (the default bus when nil).
  static func busArn(_ name: Expr?, range: SourceRange) -> Expr {
    let bus = name ?? Expr(.string("default"), range: range)
    func text(_ value: String) -> Expr { Expr(.string(value), range: range) }
    return joined(
      [
        text("arn:"), Expr(.pseudo(.partition), range: range), text(":events:"),
        Expr(.pseudo(.region), range: range), text(":"), Expr(.pseudo(.accountId), range: range),
        text(":event-bus/"), bus,
      ], range: range)
  }

  /// `Fn::Join` of `values` with no separator.
  static func joined(_ values: [Expr], range: SourceRange) -> Expr {
    Expr(.join(separator: "", values: Expr(.list(values), range: range)), range: range)
  }

  /// `AWS::Events::Archive`. `Ref` is the archive name.
  static let archive = ResourceMapping(
    "AWS::Events::Archive", to: "aws_cloudwatch_event_archive", ref: "name",
    attributes: ["Arn": "arn"],
    properties: [
      .argument("ArchiveName", "name"),
      .argument("SourceArn", "event_source_arn"),
      .argument("Description", "description"),
      .custom("EventPattern") { member, builder, parts in
        PolicyDocument.argument(member, "event_pattern", &builder, &parts)
      },
      .argument("RetentionDays", "retention_days"),
      .custom("KmsKeyIdentifier") { member, builder, _ in
        builder.unsupported(
          member,
          reason:
            "aws_cloudwatch_event_archive (provider 5.100) has no KMS key: the archive is encrypted with an AWS owned key"
        )
      },
    ],
    finish: { ExtraResources.requireName("name", unless: "ArchiveName", &$0) })

  /// `AWS::Events::ApiDestination`. `Ref` is its name. `ArnForPolicy` (the ARN without its
  /// unique suffix) is left out: Terraform does not return it.
  static let apiDestination = ResourceMapping(
    "AWS::Events::ApiDestination", to: "aws_cloudwatch_event_api_destination", ref: "name",
    attributes: ["Arn": "arn"],
    properties: [
      .argument("Name", "name"),
      .argument("Description", "description"),
      .argument("ConnectionArn", "connection_arn"),
      .argument("InvocationEndpoint", "invocation_endpoint"),
      .argument("HttpMethod", "http_method"),
      .argument("InvocationRateLimitPerSecond", "invocation_rate_limit_per_second"),
    ],
    finish: { ExtraResources.requireName("name", unless: "Name", &$0) })
}
