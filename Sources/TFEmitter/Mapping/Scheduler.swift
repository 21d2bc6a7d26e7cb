import CFNParser

/// `AWS::Scheduler::*`: EventBridge Scheduler schedules (the target with its ECS, EventBridge,
/// Kinesis, SageMaker and SQS parameters, retry policy and dead-letter queue; the flexible time
/// window) and schedule groups.
package enum Scheduler: MappingFamily {
  /// The mappings of this family.
  static let mappings = [schedule, scheduleGroup]

  /// `AWS::Scheduler::Schedule`. `Ref` is its name; Terraform imports it as `<group>/<name>`,
  /// the group `default` when the template names none.
  static let schedule = ResourceMapping(
    "AWS::Scheduler::Schedule", to: "aws_scheduler_schedule", ref: "name",
    attributes: ["Arn": "arn"],
    properties: [
      .argument("Name", "name"),
      .argument("GroupName", "group_name"),
      .argument("Description", "description"),
      .argument("ScheduleExpression", "schedule_expression"),
      .argument("ScheduleExpressionTimezone", "schedule_expression_timezone"),
      .argument("StartDate", "start_date"),
      .argument("EndDate", "end_date"),
      .argument("State", "state"),
      .argument("KmsKeyArn", "kms_key_arn"),
      PropertyRule(
        "FlexibleTimeWindow",
        .block(
          "flexible_time_window",
          [
            .argument("Mode", "mode"),
            .argument("MaximumWindowInMinutes", "maximum_window_in_minutes"),
          ])),
      PropertyRule("Target", .block("target", targetRules)),
      .drop("Arn", "read-only: the schedule's ARN, which GetAtt Arn returns"),
    ],
    importID: .custom { context in
      guard let name = context.physicalId else { return nil }
      let group =
        context.resource.property("GroupName") == nil ? "default" : context.property("GroupName")
      return group.map { "\($0)/\(name)" }
    })

  /// The rules of `Target`.
  static let targetRules: [PropertyRule] = [
    .argument("Arn", "arn"),
    .argument("RoleArn", "role_arn"),
    .argument("Input", "input"),
    PropertyRule("DeadLetterConfig", .block("dead_letter_config", [.argument("Arn", "arn")])),
    PropertyRule(
      "RetryPolicy",
      .block(
        "retry_policy",
        [
          .argument("MaximumEventAgeInSeconds", "maximum_event_age_in_seconds"),
          .argument("MaximumRetryAttempts", "maximum_retry_attempts"),
        ])),
    PropertyRule("EcsParameters", .block("ecs_parameters", ecsRules)),
    PropertyRule(
      "EventBridgeParameters",
      .block(
        "eventbridge_parameters",
        [.argument("DetailType", "detail_type"), .argument("Source", "source")])),
    PropertyRule(
      "KinesisParameters",
      .block("kinesis_parameters", [.argument("PartitionKey", "partition_key")])),
    PropertyRule(
      "SageMakerPipelineParameters",
      .block(
        "sagemaker_pipeline_parameters",
        [
          PropertyRule(
            "PipelineParameterList",
            .blocks(
              "pipeline_parameter", [.argument("Name", "name"), .argument("Value", "value")]))
        ])),
    PropertyRule(
      "SqsParameters", .block("sqs_parameters", [.argument("MessageGroupId", "message_group_id")])),
  ]

  /// The rules of `EcsParameters`.
  static let ecsRules: [PropertyRule] = [
    .argument("TaskDefinitionArn", "task_definition_arn"),
    .argument("TaskCount", "task_count"),
    .argument("LaunchType", "launch_type"),
    .argument("PlatformVersion", "platform_version"),
    .argument("Group", "group"),
    .argument("EnableECSManagedTags", "enable_ecs_managed_tags"),
    .argument("EnableExecuteCommand", "enable_execute_command"),
    .argument("PropagateTags", "propagate_tags"),
    .argument("ReferenceId", "reference_id"),
    .custom("Tags", taskTags),
    PropertyRule(
      "CapacityProviderStrategy",
      .blocks(
        "capacity_provider_strategy",
        [
          .argument("CapacityProvider", "capacity_provider"),
          .argument("Weight", "weight"),
          .argument("Base", "base"),
        ])),
    .custom("NetworkConfiguration", networkConfiguration),
    PropertyRule(
      "PlacementConstraints",
      .blocks(
        "placement_constraints", [.argument("Type", "type"), .argument("Expression", "expression")]
      )),
    PropertyRule(
      "PlacementStrategy",
      .blocks("placement_strategy", [.argument("Type", "type"), .argument("Field", "field")])),
  ]

  /// `Tags` of the tasks: a list of `{key: value}` maps, merged into the `tags` map.
  @Sendable static func taskTags(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    let target = builder.primary.path / "target" / "ecs_parameters" / "tags"
    guard case .list(let maps) = member.value.kind else {
      parts.argument("tags", builder.translate(member, as: .map(.string), target: target))
      return
    }
    builder.translator.begin()
    var items: [HCLObjectItem] = []
    var computed: [HCLExpression] = []
    for map in maps {
      guard case .object(let members) = map.kind else {
        computed.append(builder.translator.translate(map, as: .map(.string)))
        continue
      }
      items += members.map {
        HCLObjectItem($0.key, builder.translator.translate($0.value, as: .string))
      }
    }
    builder.translator.transformed("the list of tag maps became one map")
    var value = HCLExpression.object(items)
    if !computed.isEmpty { value = .call("merge", [value] + computed) }
    builder.record(
      member, target: target, status: builder.translator.status,
      note: builder.translator.note, source: member.value, value: value)
    parts.argument("tags", value)
  }

  /// `NetworkConfiguration.AwsvpcConfiguration`: the `network_configuration` block;
  /// `AssignPublicIp` `ENABLED`/`DISABLED` becomes a bool.
  @Sendable static func networkConfiguration(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    guard case .object(let outer) = member.value.kind,
      let vpc = outer.first(where: { $0.key == "AwsvpcConfiguration" }),
      case .object(let fields) = vpc.value.kind
    else {
      builder.report(member, .computedObject(block: "network_configuration"))
      return
    }
    let scope = RuleScope.resource(
      builder.primary, at: member.path / "AwsvpcConfiguration"
    ).block("target").block("ecs_parameters").block("network_configuration")
    builder.record(
      member, target: scope.target, status: .transformed,
      note: "AwsvpcConfiguration became the network_configuration block")
    var inner = BodyParts()
    builder.apply(
      [
        .argument("Subnets", "subnets"),
        .argument("SecurityGroups", "security_groups"),
        .custom("AssignPublicIp") { member, builder, parts in
          let target = scope.target / "assign_public_ip"
          guard let text = member.value.stringValue else {
            builder.unsupported(
              member, reason: "a computed ENABLED/DISABLED cannot become a bool; write it out")
            return
          }
          let value = HCLExpression.bool(text == "ENABLED")
          builder.record(
            member, target: target, status: .transformed,
            note: "\(text) became \(text == "ENABLED")", source: member.value, value: value)
          parts.argument("assign_public_ip", value)
        },
      ], to: fields, in: scope, into: &inner)
    parts.block(HCLBlock("network_configuration", body: inner.body))
  }

  /// `AWS::Scheduler::ScheduleGroup`. `Ref` is its name.
  static let scheduleGroup = ResourceMapping(
    "AWS::Scheduler::ScheduleGroup", to: "aws_scheduler_schedule_group", ref: "name",
    attributes: [
      "Arn": "arn", "CreationDate": "creation_date",
      "LastModificationDate": "last_modification_date", "State": "state",
    ],
    properties: [
      .argument("Name", "name"),
      .tags,
      .drop("Arn", "read-only: GetAtt Arn returns it"),
      .drop("CreationDate", "read-only: GetAtt CreationDate returns it"),
      .drop("LastModificationDate", "read-only: GetAtt LastModificationDate returns it"),
      .drop("State", "read-only: GetAtt State returns it"),
    ])
}
