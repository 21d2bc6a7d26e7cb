import CFNParser

/// `AWS::CloudWatch::Alarm` and `AWS::Logs::LogGroup`.
package enum CloudWatch: MappingFamily {
  /// The mappings of this family.
  static let mappings = [alarm, logGroup]

  /// `AlarmName` is optional in CloudFormation but required in Terraform: an alarm without one is
  /// named `"${var.stack_name}-LogicalId"`.
  static let alarm = ResourceMapping(
    "AWS::CloudWatch::Alarm", to: "aws_cloudwatch_metric_alarm", ref: "alarm_name",
    attributes: ["Arn": "arn"],
    properties: [
      .argument("AlarmName", "alarm_name"),
      .argument("AlarmDescription", "alarm_description"),
      .argument("Namespace", "namespace"),
      .argument("MetricName", "metric_name"),
      .custom("Dimensions") { member, builder, parts in
        let value = dimensions(
          member, target: builder.primary.path / "dimensions", &builder)
        if let value { parts.argument("dimensions", value) }
      },
      .argument("Statistic", "statistic"),
      .argument("ExtendedStatistic", "extended_statistic"),
      .argument("Period", "period"),
      .argument("EvaluationPeriods", "evaluation_periods"),
      .argument("DatapointsToAlarm", "datapoints_to_alarm"),
      .argument("Threshold", "threshold"),
      .argument("ThresholdMetricId", "threshold_metric_id"),
      .argument("ComparisonOperator", "comparison_operator"),
      .argument("TreatMissingData", "treat_missing_data"),
      .argument("EvaluateLowSampleCountPercentile", "evaluate_low_sample_count_percentiles"),
      .argument("Unit", "unit"),
      .argument("ActionsEnabled", "actions_enabled"),
      .argument("AlarmActions", "alarm_actions"),
      .argument("OKActions", "ok_actions"),
      .argument("InsufficientDataActions", "insufficient_data_actions"),
      .tags,
      PropertyRule(
        "Metrics",
        .blocks(
          "metric_query",
          [
            .argument("Id", "id"),
            .argument("AccountId", "account_id"),
            .argument("Expression", "expression"),
            .argument("Label", "label"),
            .argument("Period", "period"),
            .argument("ReturnData", "return_data"),
            .custom("MetricStat", metricStat),
          ])),
    ],
    finish: { builder in ExtraResources.requireName("alarm_name", unless: "AlarmName", &builder) })

  /// `Dimensions` (a list of `Name`/`Value`) as a map, names in source order.
  static func dimensions(
    _ member: RuleMember, target: TerraformPath, _ builder: inout ResourceBuilder
  ) -> HCLExpression? {
    guard case .list(let items) = member.value.kind else {
      builder.unsupported(member, reason: "a computed list of dimensions is not supported")
      return nil
    }
    builder.translator.begin()
    var entries: [HCLObjectItem] = []
    for item in items {
      guard case .object(let fields) = item.kind,
        let name = fields.first(where: { $0.key == "Name" })?.value,
        let value = fields.first(where: { $0.key == "Value" })?.value
      else {
        builder.unsupported(member, reason: "each dimension must be an object with Name and Value")
        return nil
      }
      let translated = builder.translator.translate(value, as: .string)
      if let text = name.stringValue {
        entries.append(HCLObjectItem(text, translated))
      } else {
        entries.append(
          HCLObjectItem(
            key: .expression(builder.translator.translate(name, as: .string)), value: translated))
      }
    }
    builder.translator.transformed("the list of Name/Value became a map")
    let expression = HCLExpression.object(entries)
    builder.record(
      member, target: target, status: builder.translator.status,
      note: builder.translator.note, source: member.value, value: expression)
    return expression
  }

  /// `MetricStat` of a metric query: its fields and those of its `Metric` become the `metric`
  /// block.
  @Sendable static func metricStat(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    guard case .object(let fields) = member.value.kind else {
      builder.unsupported(member, reason: "write MetricStat out")
      return
    }
    let scope = builder.scope.block("metric_query").block("metric").at(member.path)
    let target = scope.target
    let metricPath = member.path / "Metric"
    var members = fields.filter { $0.key != "Metric" }.map { member.field($0) }
    if let metric = fields.first(where: { $0.key == "Metric" }),
      case .object(let inner) = metric.value.kind
    {
      members += inner.map { RuleMember($0, in: metricPath) }
    }
    var body = BodyParts()
    let rules: [(RelativeTemplatePath, PropertyAction)] = [
      (metricPath / "Namespace", .argument("namespace")),
      (metricPath / "MetricName", .argument("metric_name")),
      (
        metricPath / "Dimensions",
        .custom { dimensionsMember, builder, parts in
          let value = dimensions(dimensionsMember, target: target / "dimensions", &builder)
          if let value { parts.argument("dimensions", value) }
        }
      ),
      (member.path / "Stat", .argument("stat")),
      (member.path / "Period", .argument("period")),
      (member.path / "Unit", .argument("unit")),
    ]
    // The rules in order, then the members without one, as `apply` does for one object.
    for (path, action) in rules {
      guard let field = members.first(where: { $0.path == path }) else { continue }
      builder.apply(action, to: field, in: scope, into: &body)
    }
    for field in members where !rules.contains(where: { $0.0 == field.path }) {
      builder.report(field, .noRule(builder.mapping.cloudFormationType))
    }
    builder.record(
      member, target: target, status: .transformed,
      note: "MetricStat and its Metric became one metric block", source: nil)
    parts.block(HCLBlock("metric", body: body.body))
  }

  /// `AWS::Logs::LogGroup`. CloudFormation's `Arn` ends in `:*` (every stream of the group);
  /// Terraform's `arn` has no suffix, so it is added.
  static let logGroup = ResourceMapping(
    "AWS::Logs::LogGroup", to: "aws_cloudwatch_log_group", ref: "name",
    attributes: ["Arn": "${arn}:*"],
    properties: [
      .argument("LogGroupName", "name"),
      .argument("RetentionInDays", "retention_in_days"),
      .argument("KmsKeyId", "kms_key_id"),
      .argument("LogGroupClass", "log_group_class"),
      .tags,
      .custom("DataProtectionPolicy") { member, builder, _ in
        let type = "aws_cloudwatch_log_data_protection_policy"
        var resource = ExtraResources.make(
          type, name: ExtraResources.uniqueName(builder.primary.name, type: type, builder),
          from: member.key, builder)
        resource.content.argument("log_group_name", ExtraResources.primary("name", builder))
        resource.importID = .physicalId
        resource.content.argument(
          "policy_document",
          PolicyDocument.translate(member, &builder, target: resource.path / "policy_document"))
        builder.extras.append(resource)
      },
    ])
}
