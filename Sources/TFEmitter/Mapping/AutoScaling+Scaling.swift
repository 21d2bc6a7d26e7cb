import CFNParser

extension AutoScaling {
  /// Scaling policies, scheduled actions and lifecycle hooks (registered in `MappingRegistry`
  /// next to `mappings`).
  static let scalingMappings = [scalingPolicy, scheduledAction, lifecycleHook]

  /// `AWS::AutoScaling::ScalingPolicy`. CloudFormation names the policy itself (`PolicyName` is
  /// read-only), Terraform requires `name`: it is `"${var.stack_name}-LogicalId"`.
  static let scalingPolicy = ResourceMapping(
    "AWS::AutoScaling::ScalingPolicy", to: "aws_autoscaling_policy", ref: "arn",
    attributes: ["Arn": "arn", "PolicyName": "name"],
    properties: [
      .argument("AutoScalingGroupName", "autoscaling_group_name"),
      .argument("PolicyType", "policy_type"),
      .argument("AdjustmentType", "adjustment_type"),
      .argument("ScalingAdjustment", "scaling_adjustment"),
      .argument("Cooldown", "cooldown"),
      .argument("MinAdjustmentMagnitude", "min_adjustment_magnitude"),
      .argument("EstimatedInstanceWarmup", "estimated_instance_warmup"),
      .argument("MetricAggregationType", "metric_aggregation_type"),
      PropertyRule(
        "StepAdjustments",
        .blocks(
          "step_adjustment",
          [
            .argument("MetricIntervalLowerBound", "metric_interval_lower_bound"),
            .argument("MetricIntervalUpperBound", "metric_interval_upper_bound"),
            .argument("ScalingAdjustment", "scaling_adjustment"),
          ])),
      PropertyRule(
        "TargetTrackingConfiguration",
        .block(
          "target_tracking_configuration",
          [
            .argument("TargetValue", "target_value"),
            .argument("DisableScaleIn", "disable_scale_in"),
            PropertyRule(
              "PredefinedMetricSpecification",
              .block("predefined_metric_specification", predefinedMetricRules)),
            PropertyRule(
              "CustomizedMetricSpecification",
              .block(
                "customized_metric_specification",
                [
                  .argument("MetricName", "metric_name"),
                  .argument("Namespace", "namespace"),
                  .argument("Statistic", "statistic"),
                  .argument("Unit", "unit"),
                  .argument("Period", "period"),
                  PropertyRule("Dimensions", .blocks("metric_dimension", dimensionRules)),
                  PropertyRule("Metrics", .blocks("metrics", metricQueryRules(withPeriod: true))),
                ])),
          ])),
      PropertyRule(
        "PredictiveScalingConfiguration",
        .block(
          "predictive_scaling_configuration",
          [
            .argument("Mode", "mode"),
            .argument("SchedulingBufferTime", "scheduling_buffer_time"),
            .argument("MaxCapacityBreachBehavior", "max_capacity_breach_behavior"),
            .argument("MaxCapacityBuffer", "max_capacity_buffer"),
            PropertyRule("MetricSpecifications", .blocks("metric_specification", predictiveRules)),
          ])),
    ],
    importID: .custom { context in
      // The physical id is the policy ARN: …:autoScalingGroupName/GROUP:policyName/NAME.
      guard let arn = context.physicalId,
        let group = arn.firstRange(of: ":autoScalingGroupName/"),
        let policy = arn.firstRange(of: ":policyName/"), group.upperBound <= policy.lowerBound
      else { return nil }
      return "\(arn[group.upperBound..<policy.lowerBound])/\(arn[policy.upperBound...])"
    },
    finish: { builder in ExtraResources.requireName("name", unless: "PolicyName", &builder) })

  static let predefinedMetricRules: [PropertyRule] = [
    .argument("PredefinedMetricType", "predefined_metric_type"),
    .argument("ResourceLabel", "resource_label"),
  ]

  static let dimensionRules: [PropertyRule] = [
    .argument("Name", "name"), .argument("Value", "value"),
  ]

  static func metricQueryRules(withPeriod: Bool) -> [PropertyRule] {
    [
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
          ] + (withPeriod ? [.argument("Period", "period")] : []))),
    ]
  }

  static let predictiveRules: [PropertyRule] = [
    .argument("TargetValue", "target_value"),
    PropertyRule(
      "PredefinedLoadMetricSpecification",
      .block("predefined_load_metric_specification", predefinedMetricRules)),
    PropertyRule(
      "PredefinedMetricPairSpecification",
      .block("predefined_metric_pair_specification", predefinedMetricRules)),
    PropertyRule(
      "PredefinedScalingMetricSpecification",
      .block("predefined_scaling_metric_specification", predefinedMetricRules)),
    PropertyRule(
      "CustomizedCapacityMetricSpecification",
      .block("customized_capacity_metric_specification", customizedPredictiveRules)),
    PropertyRule(
      "CustomizedLoadMetricSpecification",
      .block("customized_load_metric_specification", customizedPredictiveRules)),
    PropertyRule(
      "CustomizedScalingMetricSpecification",
      .block("customized_scaling_metric_specification", customizedPredictiveRules)),
  ]

  static let customizedPredictiveRules: [PropertyRule] = [
    PropertyRule(
      "MetricDataQueries", .blocks("metric_data_queries", metricQueryRules(withPeriod: false)))
  ]

  /// `AWS::AutoScaling::ScheduledAction`. `ScheduledActionName` is read-only in CloudFormation
  /// and required in Terraform: it is `"${var.stack_name}-LogicalId"`.
  static let scheduledAction = ResourceMapping(
    "AWS::AutoScaling::ScheduledAction", to: "aws_autoscaling_schedule",
    ref: "scheduled_action_name",
    properties: [
      .argument("ScheduledActionName", "scheduled_action_name"),
      .argument("AutoScalingGroupName", "autoscaling_group_name"),
      .argument("MinSize", "min_size"),
      .argument("MaxSize", "max_size"),
      .argument("DesiredCapacity", "desired_capacity"),
      .argument("Recurrence", "recurrence"),
      .argument("StartTime", "start_time"),
      .argument("EndTime", "end_time"),
      .argument("TimeZone", "time_zone"),
    ],
    importID: groupScopedImportID,
    finish: { builder in
      ExtraResources.requireName("scheduled_action_name", unless: "ScheduledActionName", &builder)
    })

  /// `AWS::AutoScaling::LifecycleHook`.
  static let lifecycleHook = ResourceMapping(
    "AWS::AutoScaling::LifecycleHook", to: "aws_autoscaling_lifecycle_hook", ref: "name",
    properties: [
      .argument("LifecycleHookName", "name"),
      .argument("AutoScalingGroupName", "autoscaling_group_name"),
      .argument("LifecycleTransition", "lifecycle_transition"),
      .argument("DefaultResult", "default_result"),
      .argument("HeartbeatTimeout", "heartbeat_timeout"),
      .argument("NotificationMetadata", "notification_metadata"),
      .argument("NotificationTargetARN", "notification_target_arn"),
      .argument("RoleARN", "role_arn"),
    ],
    importID: groupScopedImportID,
    finish: { builder in
      ExtraResources.requireName("name", unless: "LifecycleHookName", &builder)
    })

  /// `GROUP/NAME`: the group's name and the physical id (the action's or hook's name).
  static let groupScopedImportID = ImportID.custom { context in
    guard let group = context.property("AutoScalingGroupName"), let name = context.physicalId
    else { return nil }
    return "\(group)/\(name)"
  }
}
