import CFNParser

extension CloudWatch {
  /// `AWS::CloudWatch::*` beyond metric alarms: composite alarms, metric streams and contributor
  /// insight rules. `AWS::CloudWatch::AnomalyDetector` has no mapping (provider 5.100 has no
  /// anomaly detector resource: it stays in CloudFormation).
  enum Monitoring: MappingFamily {
    /// The mappings of this family.
    static let mappings = [compositeAlarm, metricStream, insightRule]

    /// `AWS::CloudWatch::CompositeAlarm`. `Ref` is the alarm's name, which Terraform requires
    /// (one without a name is named as CloudFormation would). The actions suppressor and its two
    /// periods are the `actions_suppressor` block.
    static let compositeAlarm = ResourceMapping(
      "AWS::CloudWatch::CompositeAlarm", to: "aws_cloudwatch_composite_alarm", ref: "alarm_name",
      attributes: ["Arn": "arn"],
      properties: [
        .argument("AlarmName", "alarm_name"),
        .argument("AlarmDescription", "alarm_description"),
        .argument("AlarmRule", "alarm_rule"),
        .argument("ActionsEnabled", "actions_enabled"),
        .argument("AlarmActions", "alarm_actions"),
        .argument("OKActions", "ok_actions"),
        .argument("InsufficientDataActions", "insufficient_data_actions"),
        .tags,
        .custom("ActionsSuppressor", actionsSuppressor),
        suppressorPeriod("ActionsSuppressorExtensionPeriod"),
        suppressorPeriod("ActionsSuppressorWaitPeriod"),
        .drop("Arn", "read-only: GetAtt Arn returns it"),
      ],
      finish: { ExtraResources.requireName("alarm_name", unless: "AlarmName", &$0) })

    /// `ActionsSuppressor` with `ActionsSuppressorExtensionPeriod` and
    /// `ActionsSuppressorWaitPeriod`: the `actions_suppressor` block.
    @Sendable static func actionsSuppressor(
      _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
    ) {
      let target = builder.primary.path / "actions_suppressor"
      var body = HCLBody()
      body.attribute("alarm", builder.translate(member, as: .string, target: target / "alarm"))
      for (property, argument) in [
        ("ActionsSuppressorExtensionPeriod", "extension_period"),
        ("ActionsSuppressorWaitPeriod", "wait_period"),
      ] {
        guard let period = builder.resource.property(property) else { continue }
        body.attribute(
          argument, builder.translate(period, as: .number, target: target / argument))
      }
      parts.block(HCLBlock("actions_suppressor", body: body))
    }

    /// A period of the actions suppressor, written by `actionsSuppressor`; dropped without one.
    static func suppressorPeriod(_ property: String) -> PropertyRule {
      .custom(property) { member, builder, _ in
        guard builder.resource.property("ActionsSuppressor") == nil else { return }
        builder.dropped(member, reason: "it applies to an ActionsSuppressor, which is not set")
      }
    }

    /// `AWS::CloudWatch::MetricStream`. `Ref` is its name (Terraform would make one up; one
    /// without a name is named as CloudFormation would).
    static let metricStream = ResourceMapping(
      "AWS::CloudWatch::MetricStream", to: "aws_cloudwatch_metric_stream", ref: "name",
      attributes: [
        "Arn": "arn", "CreationDate": "creation_date", "LastUpdateDate": "last_update_date",
        "State": "state",
      ],
      properties: [
        .argument("Name", "name"),
        .argument("FirehoseArn", "firehose_arn"),
        .argument("RoleArn", "role_arn"),
        .argument("OutputFormat", "output_format"),
        .argument("IncludeLinkedAccountsMetrics", "include_linked_accounts_metrics"),
        .tags,
        PropertyRule("IncludeFilters", .blocks("include_filter", filterRules)),
        PropertyRule("ExcludeFilters", .blocks("exclude_filter", filterRules)),
        PropertyRule(
          "StatisticsConfigurations",
          .blocks(
            "statistics_configuration",
            [
              .argument("AdditionalStatistics", "additional_statistics"),
              PropertyRule(
                "IncludeMetrics",
                .blocks(
                  "include_metric",
                  [.argument("Namespace", "namespace"), .argument("MetricName", "metric_name")])),
            ])),
        .drop("Arn", "read-only: GetAtt Arn returns it"),
        .drop("CreationDate", "read-only: GetAtt CreationDate returns it"),
        .drop("LastUpdateDate", "read-only: GetAtt LastUpdateDate returns it"),
        .drop("State", "read-only: GetAtt State returns it"),
      ],
      finish: { ExtraResources.requireName("name", unless: "Name", &$0) })

    /// The fields of an include or exclude filter.
    static let filterRules: [PropertyRule] = [
      .argument("Namespace", "namespace"), .argument("MetricNames", "metric_names"),
    ]

    /// `AWS::CloudWatch::InsightRule`. `Ref` is the rule's name, by which Terraform imports it;
    /// `Arn` is its ARN. `Id` is not mapped (Terraform has no counterpart).
    static let insightRule = ResourceMapping(
      "AWS::CloudWatch::InsightRule", to: "aws_cloudwatch_contributor_insight_rule",
      ref: "rule_name", attributes: ["Arn": "resource_arn"],
      properties: [
        .argument("RuleName", "rule_name"),
        .argument("RuleBody", "rule_definition"),
        .argument("RuleState", "rule_state"),
        .tags,
        .custom("ApplyOnTransformedLogs") { member, builder, _ in
          if case .bool(false) = member.value.kind {
            builder.dropped(member, reason: "false is CloudWatch's default")
          } else {
            builder.unsupported(
              member,
              reason:
                "aws_cloudwatch_contributor_insight_rule (provider 5.100) cannot apply a rule to transformed logs: set it with 'aws cloudwatch put-insight-rule --apply-on-transformed-logs'"
            )
          }
        },
        .drop("Arn", "read-only: GetAtt Arn returns it"),
        .drop("Id", "read-only: CloudWatch's id of the rule"),
      ],
      importID: .custom { $0.property("RuleName") })
  }
}
