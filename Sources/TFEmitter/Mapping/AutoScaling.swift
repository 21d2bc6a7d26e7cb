import CFNParser

/// `AWS::AutoScaling::*`: auto scaling groups and launch configurations.
package enum AutoScaling: MappingFamily {
  /// The mappings of this family (the launch configuration's target is an option, so it is
  /// chosen by the registry).
  static let mappings = [autoScalingGroup] + scalingMappings

  static let autoScalingGroup = ResourceMapping(
    "AWS::AutoScaling::AutoScalingGroup", to: "aws_autoscaling_group", ref: "name",
    properties: [
      .argument("AutoScalingGroupName", "name"),
      .custom("LaunchConfigurationName", launchConfigurationName),
      PropertyRule(
        "LaunchTemplate",
        .block(
          "launch_template",
          [
            .argument("LaunchTemplateId", "id"), .argument("LaunchTemplateName", "name"),
            .argument("Version", "version"),
          ])),
      .argument("MinSize", "min_size"),
      .argument("MaxSize", "max_size"),
      .argument("DesiredCapacity", "desired_capacity"),
      .argument("DesiredCapacityType", "desired_capacity_type"),
      .custom("AvailabilityZones", availabilityZones),
      .argument("VPCZoneIdentifier", "vpc_zone_identifier"),
      .argument("Cooldown", "default_cooldown"),
      .argument("DefaultInstanceWarmup", "default_instance_warmup"),
      .argument("HealthCheckType", "health_check_type"),
      .argument("HealthCheckGracePeriod", "health_check_grace_period"),
      .argument("LoadBalancerNames", "load_balancers"),
      .argument("TargetGroupARNs", "target_group_arns"),
      .argument("TerminationPolicies", "termination_policies"),
      .argument("PlacementGroup", "placement_group"),
      .argument("MaxInstanceLifetime", "max_instance_lifetime"),
      .argument("CapacityRebalance", "capacity_rebalance"),
      .argument("ServiceLinkedRoleARN", "service_linked_role_arn"),
      .argument("NewInstancesProtectedFromScaleIn", "protect_from_scale_in"),
      .argument("Context", "context"),
      .custom("MetricsCollection", metricsCollection),
      PropertyRule(
        "LifecycleHookSpecificationList",
        .blocks(
          "initial_lifecycle_hook",
          [
            .argument("LifecycleHookName", "name"),
            .argument("LifecycleTransition", "lifecycle_transition"),
            .argument("DefaultResult", "default_result"),
            .argument("HeartbeatTimeout", "heartbeat_timeout"),
            .argument("NotificationMetadata", "notification_metadata"),
            .argument("NotificationTargetARN", "notification_target_arn"),
            .argument("RoleARN", "role_arn"),
          ])),
      .custom("NotificationConfigurations", notifications),
      .custom("NotificationConfiguration", notifications),
      .custom("Tags", tags),
    ],
    finish: { builder in
      gracePeriod(&builder)
      rollingUpdate(&builder)
      creationPolicy(&builder)
    })

  /// CloudFormation's default health check grace period is 0 seconds, Terraform's 300: an absent
  /// `HealthCheckGracePeriod` is written as 0, so the group behaves as the stack's did (and an
  /// adopted group plans no change).
  static func gracePeriod(_ builder: inout ResourceBuilder) {
    guard builder.resource.property("HealthCheckGracePeriod") == nil else { return }
    builder.primary.content.argument(
      "health_check_grace_period", .number("0"),
      comments: ["CloudFormation's default; Terraform's would be 300 seconds"])
    builder.ledger.append(
      LedgerEntry(
        kind: .addition, path: builder.templatePath(.here / "HealthCheckGracePeriod"),
        resourceType: builder.resource.type.value, location: builder.resource.range.start,
        target: builder.primary.path / "health_check_grace_period", status: .transformed,
        note: "not set: CloudFormation's default, 0 seconds, is written (Terraform's would be 300)",
        targetValue: "0"))
  }

  /// `LaunchConfigurationName`: a launch configuration of the template becomes the
  /// `launch_template` block of its launch template (or stays a `launch_configuration`).
  @Sendable static func launchConfigurationName(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    if case .ref(let name) = member.value.kind, let target = builder.translator.targets[name],
      target.type == "aws_launch_template"
    {
      var body = HCLBody()
      body.attribute("id", target.expression(for: "id"))
      body.attribute("version", target.expression(for: "latest_version"))
      parts.block(HCLBlock("launch_template", body: body))
      builder.record(
        member,
        target: builder.primary.path / "launch_template", status: .transformed,
        note:
          "the launch configuration became a launch template; the group follows its latest version",
        source: member.value)
      return
    }
    let value = builder.translate(
      member, as: .string, target: builder.primary.path / "launch_configuration")
    parts.argument("launch_configuration", value)
  }

  /// Terraform refuses zones next to subnets; CloudFormation takes both, the subnets deciding.
  @Sendable static func availabilityZones(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    if builder.resource.property("VPCZoneIdentifier") != nil {
      builder.dropped(
        member,
        reason:
          "VPCZoneIdentifier is given too: its subnets decide the zones, and Terraform does not accept both"
      )
      return
    }
    let value = builder.translate(
      member, as: .list(.string), target: builder.primary.path / "availability_zones")
    parts.argument("availability_zones", value, comments: builder.approximationComment)
  }

  @Sendable static func metricsCollection(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    guard case .list(let items) = member.value.kind, items.count == 1,
      case .object(let fields) = items[0].kind
    else {
      builder.unsupported(
        member, reason: "only one written-out MetricsCollection entry is supported")
      return
    }
    let address = builder.primary.path
    builder.translator.begin()
    if let granularity = fields.first(where: { $0.key == "Granularity" }) {
      parts.argument(
        "metrics_granularity", builder.translator.translate(granularity.value, as: .string))
    }
    if let metrics = fields.first(where: { $0.key == "Metrics" }) {
      parts.argument(
        "enabled_metrics", builder.translator.translate(metrics.value, as: .list(.string)))
    } else {
      parts.argument(
        "enabled_metrics", .tuple(allGroupMetrics.map { .string($0) }))
      builder.translator.transformed("no Metrics means every group metric: they are listed")
    }
    builder.record(
      member, target: address / "enabled_metrics",
      status: builder.translator.status, note: builder.translator.note, source: member.value)
  }

  static let allGroupMetrics = [
    "GroupDesiredCapacity", "GroupInServiceCapacity", "GroupInServiceInstances",
    "GroupMaxSize", "GroupMinSize", "GroupPendingCapacity", "GroupPendingInstances",
    "GroupStandbyCapacity", "GroupStandbyInstances", "GroupTerminatingCapacity",
    "GroupTerminatingInstances", "GroupTotalCapacity", "GroupTotalInstances",
  ]

  /// Tags become `tag` blocks, each with `propagate_at_launch`.
  @Sendable static func tags(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    guard let tags = builder.tagList(member) else { return }
    builder.translator.begin()
    for tag in tags {
      var body = HCLBody()
      body.attribute("key", builder.translator.translate(tag.key, as: .string))
      body.attribute("value", builder.translator.translate(tag.value, as: .string))
      let propagate =
        tag.propagateAtLaunch.map { builder.translator.translate($0, as: .bool) } ?? .bool(false)
      body.attribute("propagate_at_launch", propagate)
      parts.block(HCLBlock("tag", body: body))
    }
    builder.translator.transformed("each tag became a tag block")
    builder.record(
      member, target: builder.primary.path / "tag",
      status: builder.translator.status, note: builder.translator.note, source: member.value,
      secret: builder.translator.touchesSecret)
  }
}
