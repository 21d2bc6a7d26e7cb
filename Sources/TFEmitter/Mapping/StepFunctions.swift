import CFNParser

/// `AWS::StepFunctions::*`: state machines (the definition as `jsonencode(...)` or its string,
/// `DefinitionSubstitutions` applied with `replace()`, as CloudFormation replaces `${name}` in
/// the definition's text) and activities.
package enum StepFunctions: MappingFamily {
  /// The mappings of this family.
  static let mappings = [stateMachine, activity]

  /// `AWS::StepFunctions::StateMachine`. `Ref` is its ARN.
  static let stateMachine = ResourceMapping(
    "AWS::StepFunctions::StateMachine", to: "aws_sfn_state_machine", ref: "arn",
    attributes: ["Arn": "arn", "Name": "name", "StateMachineRevisionId": "revision_id"],
    properties: [
      .argument("StateMachineName", "name"),
      .argument("StateMachineType", "type"),
      .argument("RoleArn", "role_arn"),
      .custom("Definition", definition),
      .custom("DefinitionString", definition),
      .custom("DefinitionSubstitutions") { member, builder, _ in
        // Applied by definition, when there is a definition it applies to.
        let resource = builder.resource
        guard resource.property("Definition") == nil, resource.property("DefinitionString") == nil
        else { return }
        builder.unsupported(
          member,
          reason:
            "it applies to Definition or DefinitionString, and neither is set: substitute into the definition at DefinitionS3Location by hand"
        )
      },
      .custom("DefinitionS3Location") { member, builder, _ in
        builder.unsupported(
          member,
          reason:
            "aws_sfn_state_machine takes the definition itself: copy the S3 object's JSON into Definition"
        )
      },
      PropertyRule("EncryptionConfiguration", .block("encryption_configuration", encryption)),
      .custom("LoggingConfiguration", logging),
      PropertyRule(
        "TracingConfiguration", .block("tracing_configuration", [.argument("Enabled", "enabled")])),
      .tags,
    ])

  /// The fields of an encryption configuration.
  static let encryption: [PropertyRule] = [
    .argument("Type", "type"),
    .argument("KmsKeyId", "kms_key_id"),
    .argument("KmsDataKeyReusePeriodSeconds", "kms_data_key_reuse_period_seconds"),
  ]

  /// `Definition` (an object: `jsonencode`) or `DefinitionString` (text), each `${name}` of
  /// `DefinitionSubstitutions` replaced in the text with `replace()`.
  @Sendable static func definition(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    let target = builder.primary.path / "definition"
    builder.translator.begin()
    var value = PolicyDocument.expression(member.value, &builder.translator)
    if let substitutions = builder.resource.property("DefinitionSubstitutions"),
      case .object(let pairs) = substitutions.value.kind
    {
      for pair in pairs {
        let replacement = builder.translator.translate(pair.value, as: .string)
        value = .call("replace", [value, .string("${\(pair.key)}"), replacement])
      }
      builder.translator.transformed(
        "DefinitionSubstitutions became replace() of each ${name} in the definition's text")
      builder.record(
        substitutions, target: target, status: .transformed,
        note: "each ${name} of the definition is replaced with replace()",
        source: substitutions.value)
    } else if let substitutions = builder.resource.property("DefinitionSubstitutions"),
      member.key == "Definition" || builder.resource.property("Definition") == nil
    {
      // Said once, with the definition it applies to.
      builder.unsupported(
        substitutions, reason: "computed substitutions cannot be applied; write the object out")
    }
    builder.record(
      member, target: target, status: builder.translator.status,
      note: builder.translator.note, source: member.value, value: value,
      secret: builder.translator.touchesSecret)
    parts.argument("definition", value)
  }

  /// `LoggingConfiguration`: its one destination's log group ARN becomes `log_destination`.
  @Sendable static func logging(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    guard case .object(let fields) = member.value.kind else {
      builder.report(member, .computedObject(block: "logging_configuration"))
      return
    }
    let scope = builder.scope.block("logging_configuration", reading: member.path)
    builder.record(
      member, target: scope.target, status: .exact, note: "")
    var inner = BodyParts()
    builder.apply(
      [
        .argument("Level", "level"),
        .argument("IncludeExecutionData", "include_execution_data"),
        .custom("Destinations") { member, builder, parts in
          guard case .list(let items) = member.value.kind, items.count == 1,
            case .object(let destination) = items[0].kind,
            let group = destination.first(where: { $0.key == "CloudWatchLogsLogGroup" }),
            case .object(let groupFields) = group.value.kind,
            let arn = groupFields.first(where: { $0.key == "LogGroupArn" })
          else {
            builder.unsupported(
              member, reason: "Step Functions logs to one log group: write one destination out")
            return
          }
          let arnMember = member.element(0, items[0]).field(group).field(arn)
          parts.argument(
            "log_destination",
            builder.translate(arnMember, as: .string, target: scope.target / "log_destination"))
        },
      ], to: fields, in: scope, into: &inner)
    parts.block(HCLBlock("logging_configuration", body: inner.body))
  }

  /// `AWS::StepFunctions::Activity`. `Ref` and `Arn` are its ARN, Terraform's id.
  static let activity = ResourceMapping(
    "AWS::StepFunctions::Activity", to: "aws_sfn_activity", ref: "id",
    attributes: ["Arn": "id", "Name": "name"],
    properties: [
      .argument("Name", "name"),
      PropertyRule("EncryptionConfiguration", .block("encryption_configuration", encryption)),
      .tags,
    ])
}
