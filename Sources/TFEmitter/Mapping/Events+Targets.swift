import CFNParser

extension Events {
  /// `Targets`: an `aws_cloudwatch_event_target` per target, on the rule's bus, imported as
  /// `[bus/]rule/target-id`. A target that is `Fn::If` with `AWS::NoValue` gets a `count`.
  @Sendable static func targets(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    guard let elements = ExtraResources.elements(member.value, builder.translator) else {
      builder.unsupported(
        member, reason: "a computed list of targets cannot become resources; write the list out")
      return
    }
    let type = "aws_cloudwatch_event_target"
    for (index, element) in elements.enumerated() {
      let targetMember = member.element(index, element.value)
      guard case .object(let fields) = element.value.kind else {
        builder.unsupported(
          targetMember, reason: "a computed target cannot become a resource; write it out")
        continue
      }
      let id = fields.first { $0.key == "Id" }?.value
      let suffix = id?.stringValue.map(Namer.snakeCase) ?? String(index + 1)
      var resource = ExtraResources.make(
        type,
        name: ExtraResources.uniqueName("\(builder.primary.name)_\(suffix)", type: type, builder),
        from: targetMember.key, builder)
      resource.content.argument("rule", ExtraResources.primary("name", builder))
      if builder.resource.property("EventBusName") != nil {
        resource.content.argument(
          "event_bus_name", ExtraResources.primary("event_bus_name", builder))
      }
      if let count = ExtraResources.count(element.condition, builder) {
        resource.meta.attribute("count", count)
      }
      let importID: ImportID =
        if let id {
          .custom { context in
            guard let rule = context.physicalId, let target = context.resolve(id) else {
              return nil
            }
            return ruleImportID(rule) + "/" + target
          }
        } else { .notImportable("the target has no Id") }
      resource.importID = .unlessConditional(importID, element.condition, format: "<rule>/<id>")
      var inner = BodyParts()
      builder.apply(
        targetRules, to: fields, in: .resource(resource, at: member.path / index), into: &inner)
      resource.content.arguments.items += inner.arguments.items
      resource.content.blocks += inner.blocks
      builder.record(
        targetMember, target: resource.path, status: .transformed,
        note: "became \(type)")
      builder.extras.append(resource)
    }
  }

  /// The rules of one target.
  static let targetRules: [PropertyRule] = [
    .argument("Id", "target_id"),
    .argument("Arn", "arn"),
    .argument("RoleArn", "role_arn"),
    .argument("Input", "input"),
    .argument("InputPath", "input_path"),
    PropertyRule(
      "InputTransformer",
      .block(
        "input_transformer",
        [
          .argument("InputPathsMap", "input_paths"),
          .argument("InputTemplate", "input_template"),
        ])),
    PropertyRule(
      "RetryPolicy",
      .block(
        "retry_policy",
        [
          .argument("MaximumEventAgeInSeconds", "maximum_event_age_in_seconds"),
          .argument("MaximumRetryAttempts", "maximum_retry_attempts"),
        ])),
    PropertyRule("DeadLetterConfig", .block("dead_letter_config", [.argument("Arn", "arn")])),
    PropertyRule("EcsParameters", .block("ecs_target", ecsRules)),
    PropertyRule(
      "KinesisParameters",
      .block("kinesis_target", [.argument("PartitionKeyPath", "partition_key_path")])),
    PropertyRule(
      "SqsParameters", .block("sqs_target", [.argument("MessageGroupId", "message_group_id")])),
    PropertyRule(
      "BatchParameters",
      .block(
        "batch_target",
        [
          .argument("JobDefinition", "job_definition"),
          .argument("JobName", "job_name"),
          field("ArrayProperties", "Size", "array_size"),
          field("RetryStrategy", "Attempts", "job_attempts"),
        ])),
    PropertyRule(
      "HttpParameters",
      .block(
        "http_target",
        [
          .argument("HeaderParameters", "header_parameters"),
          .argument("PathParameterValues", "path_parameter_values"),
          .argument("QueryStringParameters", "query_string_parameters"),
        ])),
    PropertyRule(
      "RedshiftDataParameters",
      .block(
        "redshift_target",
        [
          .argument("Database", "database"),
          .argument("DbUser", "db_user"),
          .argument("SecretManagerArn", "secrets_manager_arn"),
          .argument("Sql", "sql"),
          .argument("StatementName", "statement_name"),
          .argument("WithEvent", "with_event"),
          .custom("Sqls") { member, builder, _ in
            builder.unsupported(
              member,
              reason:
                "redshift_target (provider 5.100) runs one statement (Sql): join the statements into one"
            )
          },
        ])),
    .custom("RunCommandParameters") { member, builder, parts in
      guard case .object(let fields) = member.value.kind else {
        builder.report(member, .computedSpread)
        return
      }
      let scope = RuleScope.resource(
        type: "aws_cloudwatch_event_target", name: "*", at: member.path)
      builder.apply(
        [
          PropertyRule(
            "RunCommandTargets",
            .blocks(
              "run_command_targets", [.argument("Key", "key"), .argument("Values", "values")]))
        ], to: fields, in: scope, into: &parts)
    },
    PropertyRule(
      "SageMakerPipelineParameters",
      .block(
        "sagemaker_pipeline_target",
        [
          PropertyRule(
            "PipelineParameterList",
            .blocks(
              "pipeline_parameter_list", [.argument("Name", "name"), .argument("Value", "value")]))
        ])),
    PropertyRule(
      "AppSyncParameters",
      .block("appsync_target", [.argument("GraphQLOperation", "graphql_operation")])),
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
    PropertyRule("TagList", .tagsMap("tags")),
    .custom("ReferenceId") { member, builder, _ in
      builder.unsupported(
        member, reason: "ecs_target (provider 5.100) has no reference id for the tasks it starts")
    },
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
        "placement_constraint", [.argument("Type", "type"), .argument("Expression", "expression")])
    ),
    PropertyRule(
      "PlacementStrategies",
      .blocks(
        "ordered_placement_strategy", [.argument("Type", "type"), .argument("Field", "field")])),
  ]

  /// `NetworkConfiguration.AwsVpcConfiguration`: the `network_configuration` block;
  /// `AssignPublicIp` `ENABLED`/`DISABLED` becomes a bool.
  @Sendable static func networkConfiguration(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    guard case .object(let outer) = member.value.kind,
      let vpc = outer.first(where: { $0.key == "AwsVpcConfiguration" }),
      case .object(let fields) = vpc.value.kind
    else {
      builder.report(member, .computedObject(block: "network_configuration"))
      return
    }
    let scope = RuleScope.resource(
      type: "aws_cloudwatch_event_target", name: "*",
      at: member.path / "AwsVpcConfiguration"
    ).block("ecs_target").block("network_configuration")
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

  /// An object property `property` whose one field `field` becomes argument `argument`
  /// (`ArrayProperties.Size` → `array_size`).
  static func field(_ property: String, _ field: String, _ argument: String) -> PropertyRule {
    .custom(property) { member, builder, parts in
      guard case .object(let fields) = member.value.kind else {
        builder.report(member, .computedSpread)
        return
      }
      for inner in fields {
        let prefixed = member.field(inner)
        guard inner.key == field else {
          builder.report(prefixed, .noRule("AWS::Events::Rule"))
          continue
        }
        parts.argument(
          argument,
          builder.translate(
            prefixed, as: .number,
            target: TerraformPath(.argument("aws_cloudwatch_event_target")) / argument))
      }
    }
  }
}
