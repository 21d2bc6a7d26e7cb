import CFNParser

extension CodeDeploy {
  /// `AWS::CodeDeploy::DeploymentGroup`. `Ref` is its name; Terraform imports it as
  /// `application:group`.
  static let deploymentGroup = ResourceMapping(
    "AWS::CodeDeploy::DeploymentGroup", to: "aws_codedeploy_deployment_group",
    ref: "deployment_group_name",
    properties: [
      .argument("ApplicationName", "app_name"),
      .argument("DeploymentGroupName", "deployment_group_name"),
      .argument("ServiceRoleArn", "service_role_arn"),
      .argument("DeploymentConfigName", "deployment_config_name"),
      .argument("AutoScalingGroups", "autoscaling_groups"),
      .argument("OutdatedInstancesStrategy", "outdated_instances_strategy"),
      .argument("TerminationHookEnabled", "termination_hook_enabled"),
      .tags,
      PropertyRule(
        "DeploymentStyle",
        .block(
          "deployment_style",
          [
            .argument("DeploymentOption", "deployment_option"),
            .argument("DeploymentType", "deployment_type"),
          ])),
      PropertyRule(
        "AlarmConfiguration",
        .block(
          "alarm_configuration",
          [
            .custom("Alarms", alarmNames),
            .argument("Enabled", "enabled"),
            .argument("IgnorePollAlarmFailure", "ignore_poll_alarm_failure"),
          ])),
      PropertyRule(
        "AutoRollbackConfiguration",
        .block(
          "auto_rollback_configuration",
          [.argument("Enabled", "enabled"), .argument("Events", "events")])),
      PropertyRule(
        "BlueGreenDeploymentConfiguration", .block("blue_green_deployment_config", blueGreen)),
      PropertyRule(
        "ECSServices",
        .blocks(
          "ecs_service",
          [.argument("ClusterName", "cluster_name"), .argument("ServiceName", "service_name")])),
      PropertyRule("Ec2TagFilters", .blocks("ec2_tag_filter", tagFilter)),
      .custom("Ec2TagSet", ec2TagSet),
      PropertyRule(
        "OnPremisesInstanceTagFilters", .blocks("on_premises_instance_tag_filter", tagFilter)),
      .custom("OnPremisesTagSet", onPremisesTagSet),
      PropertyRule("LoadBalancerInfo", .block("load_balancer_info", loadBalancerInfo)),
      PropertyRule(
        "TriggerConfigurations",
        .blocks(
          "trigger_configuration",
          [
            .argument("TriggerName", "trigger_name"),
            .argument("TriggerTargetArn", "trigger_target_arn"),
            .argument("TriggerEvents", "trigger_events"),
          ])),
      .custom("Deployment") { member, builder, _ in
        builder.unsupported(
          member,
          reason:
            "aws_codedeploy_deployment_group has no initial deployment: CloudFormation deploys the Revision when it creates the group, Terraform does not; a group that is adopted has had it, a new one needs 'aws deploy create-deployment' with that revision after apply"
        )
      },
    ],
    importID: .custom { context in
      guard let application = context.property("ApplicationName"), let name = context.physicalId
      else { return nil }
      return "\(application):\(name)"
    },
    finish: {
      ExtraResources.requireName("deployment_group_name", unless: "DeploymentGroupName", &$0)
    })

  /// The fields of an EC2 or on-premises tag filter.
  static let tagFilter: [PropertyRule] = [
    .argument("Key", "key"), .argument("Value", "value"), .argument("Type", "type"),
  ]

  /// The fields of a blue/green deployment configuration.
  static let blueGreen: [PropertyRule] = [
    PropertyRule(
      "DeploymentReadyOption",
      .block(
        "deployment_ready_option",
        [
          .argument("ActionOnTimeout", "action_on_timeout"),
          .argument("WaitTimeInMinutes", "wait_time_in_minutes"),
        ])),
    PropertyRule(
      "GreenFleetProvisioningOption",
      .block("green_fleet_provisioning_option", [.argument("Action", "action")])),
    PropertyRule(
      "TerminateBlueInstancesOnDeploymentSuccess",
      .block(
        "terminate_blue_instances_on_deployment_success",
        [
          .argument("Action", "action"),
          .argument("TerminationWaitTimeInMinutes", "termination_wait_time_in_minutes"),
        ])),
  ]

  /// The fields of the load balancer information.
  static let loadBalancerInfo: [PropertyRule] = [
    PropertyRule("ElbInfoList", .blocks("elb_info", [.argument("Name", "name")])),
    PropertyRule("TargetGroupInfoList", .blocks("target_group_info", [.argument("Name", "name")])),
    PropertyRule(
      "TargetGroupPairInfoList",
      .blocks(
        "target_group_pair_info",
        [
          PropertyRule(
            "ProdTrafficRoute",
            .block("prod_traffic_route", [.argument("ListenerArns", "listener_arns")])),
          PropertyRule(
            "TestTrafficRoute",
            .block("test_traffic_route", [.argument("ListenerArns", "listener_arns")])),
          PropertyRule("TargetGroups", .blocks("target_group", [.argument("Name", "name")])),
        ])),
  ]

  /// `AlarmConfiguration.Alarms` (objects with a `Name`): the list of alarm names.
  @Sendable static func alarmNames(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    guard
      let objects = builder.objects(
        of: member, computed: "a computed list of alarms cannot become alarms; write it out",
        notAnObject: "write the alarm out, with its Name")
    else { return }
    let target = builder.primary.path / "alarm_configuration" / "alarms"
    var names: [HCLExpression] = []
    for object in objects {
      for field in object.fields {
        let key = object.element.field(field)
        if field.key == "Name" {
          names.append(builder.translate(key, as: .string, target: target))
        } else {
          builder.report(key, .noRule(builder.resource.type.value))
        }
      }
    }
    parts.argument("alarms", .tuple(names))
  }

  /// `Ec2TagSet`: each tag group of its `Ec2TagSetList` an `ec2_tag_set` block, holding an
  /// `ec2_tag_filter` block per filter.
  @Sendable static func ec2TagSet(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    guard case .object(let fields) = member.value.kind else {
      builder.report(member, .computedObject(block: "ec2_tag_set"))
      return
    }
    builder.record(
      member, target: builder.primary.path / "ec2_tag_set",
      status: .transformed, note: "each tag group of Ec2TagSetList became an ec2_tag_set block")
    builder.apply(
      [
        PropertyRule(
          "Ec2TagSetList",
          .blocks(
            "ec2_tag_set", [PropertyRule("Ec2TagGroup", .blocks("ec2_tag_filter", tagFilter))]))
      ], to: fields, in: builder.scope.reading(member.path), into: &parts)
  }

  /// `OnPremisesTagSet`: provider 5.100 has no on-premises tag set, but a set of one tag group
  /// selects the instances its filters select, as `on_premises_instance_tag_filter` blocks do.
  /// A set of more groups (an instance must match each) is reported.
  @Sendable static func onPremisesTagSet(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    guard case .object(let fields) = member.value.kind,
      let list = fields.first(where: { $0.key == "OnPremisesTagSetList" }),
      case .list(let groups) = list.value.kind
    else {
      builder.report(member, .computedObject(block: "on_premises_instance_tag_filter"))
      return
    }
    guard !groups.isEmpty else {
      builder.record(
        member, target: nil, status: .exact,
        note: "no tag groups: nothing to write", source: member.value)
      return
    }
    guard groups.count == 1, case .object(let groupFields) = groups[0].kind,
      let group = groupFields.first(where: { $0.key == "OnPremisesTagGroup" })
    else {
      builder.unsupported(
        member,
        reason:
          "aws_codedeploy_deployment_group (provider 5.100) has no on-premises tag set: one tag group can become on_premises_instance_tag_filter blocks, but \(groups.count) groups (an instance must match each) cannot"
      )
      return
    }
    let tagGroup = RuleMember(
      group, at: member.path / "OnPremisesTagSetList" / 0 / "OnPremisesTagGroup")
    builder.record(
      member,
      target: builder.primary.path / "on_premises_instance_tag_filter", status: .transformed,
      note:
        "a tag set of one tag group became on_premises_instance_tag_filter blocks, which select the same instances"
    )
    builder.apply(
      .blocks("on_premises_instance_tag_filter", tagFilter), to: tagGroup,
      in: builder.scope.reading(member.path), into: &parts)
  }
}
