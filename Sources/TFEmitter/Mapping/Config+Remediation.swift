import CFNParser

extension Config {
  /// `AWS::Config::RemediationConfiguration`. Terraform knows a remediation configuration by its
  /// rule's name, which is not what CloudFormation's `Ref` returns (an id of its own): `Ref` is
  /// not mapped. Terraform imports it by the rule's name.
  static let remediationConfiguration = ResourceMapping(
    "AWS::Config::RemediationConfiguration", to: "aws_config_remediation_configuration",
    ref: nil,
    properties: [
      .argument("ConfigRuleName", "config_rule_name"),
      .argument("TargetType", "target_type"),
      .argument("TargetId", "target_id"),
      .argument("TargetVersion", "target_version"),
      .argument("ResourceType", "resource_type"),
      .argument("Automatic", "automatic"),
      .argument("MaximumAutomaticAttempts", "maximum_automatic_attempts"),
      .argument("RetryAttemptSeconds", "retry_attempt_seconds"),
      PropertyRule(
        "ExecutionControls",
        .block(
          "execution_controls",
          [
            PropertyRule(
              "SsmControls",
              .block(
                "ssm_controls",
                [
                  .argument(
                    "ConcurrentExecutionRatePercentage", "concurrent_execution_rate_percentage"),
                  .argument("ErrorPercentage", "error_percentage"),
                ]))
          ])),
      .custom("Parameters", remediationParameters),
      .drop("Id", "read-only: AWS Config's id of the remediation configuration"),
    ],
    importID: .custom { $0.property("ConfigRuleName") })

  /// `Parameters`, a map of parameter names to `{"ResourceValue": {"Value": …}}` or
  /// `{"StaticValue": {"Values": […]}}`: a `parameter` block each, in the template's order; one
  /// static value as `static_value`, several as `static_values`.
  @Sendable static func remediationParameters(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    guard case .object(let entries) = member.value.kind else {
      builder.report(member, .computedObject(block: "parameter"))
      return
    }
    let target = builder.primary.path / "parameter"
    builder.record(
      member, target: target, status: .transformed,
      note: "each entry became a parameter block")
    for entry in entries {
      let parameter = member.field(entry)
      guard case .object(let kinds) = entry.value.kind, kinds.count == 1, let kind = kinds.first,
        case .object(let fields) = kind.value.kind
      else {
        builder.unsupported(
          parameter,
          reason: "a parameter must be written out as one ResourceValue or StaticValue object")
        continue
      }
      var body = HCLBody()
      body.attribute("name", .string(entry.key))
      let kindMember = parameter.field(kind)
      switch (kind.key, fields.first?.key, fields.count) {
      case ("ResourceValue", "Value", 1):
        body.attribute(
          "resource_value",
          builder.translate(
            kindMember.field(fields[0]), as: .string, target: target / "resource_value"))
      case ("StaticValue", "Values", 1):
        let values = kindMember.field(fields[0])
        if case .list(let items) = values.value.kind, items.count == 1 {
          body.attribute(
            "static_value",
            builder.translate(
              values.element(0, items[0]), as: .string, target: target / "static_value"))
        } else {
          body.attribute(
            "static_values",
            builder.translate(values, as: .list(.string), target: target / "static_values"))
        }
      default:
        builder.unsupported(
          kindMember,
          reason: "a parameter is a ResourceValue with a Value or a StaticValue with Values")
        continue
      }
      parts.block(HCLBlock("parameter", body: body))
    }
  }
}
