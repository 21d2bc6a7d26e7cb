import CFNParser

extension ApplicationAutoScaling {
  /// `AWS::ApplicationAutoScaling::ScalingPolicy`. `Ref` and `Arn` are its ARN. The target it
  /// scales is named by `ScalingTargetId` (its `RESOURCE_ID|DIMENSION|NAMESPACE`) or by the three
  /// fields; Terraform takes the three fields, and imports the policy as
  /// `NAMESPACE/RESOURCE_ID/DIMENSION/NAME`.
  static let scalingPolicy = ResourceMapping(
    "AWS::ApplicationAutoScaling::ScalingPolicy", to: "aws_appautoscaling_policy", ref: "arn",
    attributes: ["Arn": "arn"],
    properties: [
      .argument("PolicyName", "name"),
      .custom("PolicyType", policyType),
      .custom("ScalingTargetId", scalingTargetId),
      .argument("ServiceNamespace", "service_namespace"),
      .argument("ResourceId", "resource_id"),
      .argument("ScalableDimension", "scalable_dimension"),
      PropertyRule(
        "StepScalingPolicyConfiguration",
        .block(
          "step_scaling_policy_configuration",
          [
            .argument("AdjustmentType", "adjustment_type"),
            .argument("Cooldown", "cooldown"),
            .argument("MetricAggregationType", "metric_aggregation_type"),
            .argument("MinAdjustmentMagnitude", "min_adjustment_magnitude"),
            PropertyRule(
              "StepAdjustments",
              .blocks(
                "step_adjustment",
                [
                  .argument("MetricIntervalLowerBound", "metric_interval_lower_bound"),
                  .argument("MetricIntervalUpperBound", "metric_interval_upper_bound"),
                  .argument("ScalingAdjustment", "scaling_adjustment"),
                ])),
          ])),
      PropertyRule(
        "TargetTrackingScalingPolicyConfiguration",
        .block(
          "target_tracking_scaling_policy_configuration",
          [
            .argument("TargetValue", "target_value"),
            .argument("DisableScaleIn", "disable_scale_in"),
            .argument("ScaleInCooldown", "scale_in_cooldown"),
            .argument("ScaleOutCooldown", "scale_out_cooldown"),
            PropertyRule(
              "PredefinedMetricSpecification",
              .block(
                "predefined_metric_specification",
                [
                  .argument("PredefinedMetricType", "predefined_metric_type"),
                  .argument("ResourceLabel", "resource_label"),
                ])),
            PropertyRule(
              "CustomizedMetricSpecification",
              .block(
                "customized_metric_specification",
                [
                  .argument("MetricName", "metric_name"),
                  .argument("Namespace", "namespace"),
                  .argument("Statistic", "statistic"),
                  .argument("Unit", "unit"),
                  PropertyRule("Dimensions", .blocks("dimensions", dimensionRules)),
                  PropertyRule("Metrics", .blocks("metrics", metricRules)),
                ])),
          ])),
      .custom("PredictiveScalingPolicyConfiguration") { member, builder, _ in
        builder.unsupported(member, reason: predictiveReason)
      },
      .drop("Arn", "read-only: the policy's ARN, which Ref returns"),
    ],
    importID: .custom { context in
      guard let name = context.property("PolicyName") else { return nil }
      var fields = ["ResourceId", "ScalableDimension", "ServiceNamespace"].map(context.property)
      if fields.contains(nil), let target = context.property("ScalingTargetId") {
        let parts = target.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 3 else { return nil }
        fields = parts
      }
      guard case let (resource?, dimension?, namespace?) = (fields[0], fields[1], fields[2])
      else { return nil }
      return "\(namespace)/\(resource)/\(dimension)/\(name)"
    })

  /// A metric's `Dimensions`: `Name`/`Value` pairs.
  static let dimensionRules: [PropertyRule] = [
    .argument("Name", "name"), .argument("Value", "value"),
  ]

  /// One metric of a metric math target: an expression or a metric statistic.
  static let metricRules: [PropertyRule] = [
    .argument("Id", "id"),
    .argument("Expression", "expression"),
    .argument("Label", "label"),
    .argument("ReturnData", "return_data"),
    PropertyRule(
      "MetricStat",
      .block(
        "metric_stat",
        [
          .argument("Stat", "stat"),
          .argument("Unit", "unit"),
          PropertyRule(
            "Metric",
            .block(
              "metric",
              [
                .argument("MetricName", "metric_name"),
                .argument("Namespace", "namespace"),
                PropertyRule("Dimensions", .blocks("dimensions", dimensionRules)),
              ])),
        ])),
  ]

  /// Why predictive scaling is not converted.
  static let predictiveReason =
    "aws_appautoscaling_policy (provider 5.100) has no predictive scaling configuration: create the policy with 'aws application-autoscaling put-scaling-policy'"

  /// `PolicyType`: the argument, but predictive scaling, which provider 5.100 cannot configure.
  @Sendable static func policyType(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    if member.value.stringValue == "PredictiveScaling" {
      builder.unsupported(member, reason: predictiveReason)
      return
    }
    let target = builder.primary.path / "policy_type"
    parts.argument("policy_type", builder.translate(member, as: .string, target: target))
  }

  /// `ScalingTargetId`: the target's `resource_id`, `scalable_dimension` and `service_namespace`
  /// when it is a `Ref` to a target of the template (which also orders the two), else the three
  /// parts of the identifier.
  @Sendable static func scalingTargetId(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    let named = ["ResourceId", "ScalableDimension", "ServiceNamespace"].filter {
      builder.resource.property($0) != nil
    }
    guard named.isEmpty else {
      builder.unsupported(
        member,
        reason:
          "CloudFormation takes ScalingTargetId or \(named.joined(separator: ", ")), not both: the latter is written"
      )
      return
    }
    let target = builder.primary.path / "resource_id"
    if case .ref(let name) = member.value.kind,
      builder.translator.template.resource(name)?.type.value == scalableTarget.cloudFormationType,
      let scalable = builder.translator.targets[name], !scalable.isMissing
    {
      for argument in targetArguments {
        parts.argument(argument, scalable.expression(for: argument))
      }
      builder.record(
        member, target: target, status: .transformed,
        note: "the target's resource_id, scalable_dimension and service_namespace",
        source: member.value)
      return
    }
    if let text = member.value.stringValue {
      let pieces = text.split(separator: "|", omittingEmptySubsequences: false)
      guard pieces.count == 3 else {
        builder.unsupported(
          member, reason: "a scalable target's id is RESOURCE_ID|DIMENSION|NAMESPACE")
        return
      }
      for (argument, piece) in zip(targetArguments, pieces) {
        parts.argument(argument, .string(String(piece)))
      }
      builder.record(
        member, target: target, status: .transformed,
        note: "its three parts became resource_id, scalable_dimension and service_namespace",
        source: member.value)
      return
    }
    builder.translator.begin()
    let value = builder.translator.translate(member.value, as: .string)
    builder.translator.transformed(
      "its three parts became resource_id, scalable_dimension and service_namespace, split at '|'")
    for (index, argument) in targetArguments.enumerated() {
      parts.argument(
        argument, .index(.call("split", [.string("|"), value]), .number(String(index))))
    }
    builder.record(
      member, target: target, status: builder.translator.status,
      note: builder.translator.note, source: member.value, value: value)
  }
}
