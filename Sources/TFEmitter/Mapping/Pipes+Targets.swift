import CFNParser

extension Pipes {
  /// The rules of `TargetParameters`.
  static let targetRules: [PropertyRule] = [
    .argument("InputTemplate", "input_template"),
    PropertyRule("BatchJobParameters", .block("batch_job_parameters", batchRules)),
    PropertyRule(
      "CloudWatchLogsParameters",
      .block(
        "cloudwatch_logs_parameters",
        [.argument("LogStreamName", "log_stream_name"), .argument("Timestamp", "timestamp")])),
    PropertyRule("EcsTaskParameters", .block("ecs_task_parameters", ecsRules)),
    PropertyRule(
      "EventBridgeEventBusParameters",
      .block(
        "eventbridge_event_bus_parameters",
        [
          .argument("DetailType", "detail_type"), .argument("EndpointId", "endpoint_id"),
          .argument("Resources", "resources"), .argument("Source", "source"),
          .argument("Time", "time"),
        ])),
    PropertyRule("HttpParameters", .block("http_parameters", httpRules)),
    PropertyRule(
      "KinesisStreamParameters",
      .block("kinesis_stream_parameters", [.argument("PartitionKey", "partition_key")])),
    PropertyRule(
      "LambdaFunctionParameters",
      .block("lambda_function_parameters", [.argument("InvocationType", "invocation_type")])),
    PropertyRule(
      "RedshiftDataParameters",
      .block(
        "redshift_data_parameters",
        [
          .argument("Database", "database"), .argument("DbUser", "db_user"),
          .argument("SecretManagerArn", "secret_manager_arn"), .argument("Sqls", "sqls"),
          .argument("StatementName", "statement_name"), .argument("WithEvent", "with_event"),
        ])),
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
      "SqsQueueParameters",
      .block(
        "sqs_queue_parameters",
        [
          .argument("MessageDeduplicationId", "message_deduplication_id"),
          .argument("MessageGroupId", "message_group_id"),
        ])),
    PropertyRule(
      "StepFunctionStateMachineParameters",
      .block(
        "step_function_state_machine_parameters",
        [.argument("InvocationType", "invocation_type")])),
    .custom("TimestreamParameters") { member, builder, _ in
      builder.unsupported(
        member,
        reason:
          "aws_pipes_pipe (provider 5.100) has no Timestream target parameters: keep the pipe in CloudFormation or set them with 'aws pipes update-pipe'"
      )
    },
  ]

  /// A container's environment variables.
  static let environment = PropertyRule(
    "Environment", .blocks("environment", [.argument("Name", "name"), .argument("Value", "value")]))

  /// A container's resource requirements.
  static let resourceRequirements = PropertyRule(
    "ResourceRequirements",
    .blocks("resource_requirement", [.argument("Type", "type"), .argument("Value", "value")]))

  /// The rules of `BatchJobParameters`.
  static let batchRules: [PropertyRule] = [
    .argument("JobDefinition", "job_definition"),
    .argument("JobName", "job_name"),
    .argument("Parameters", "parameters"),
    PropertyRule("ArrayProperties", .block("array_properties", [.argument("Size", "size")])),
    PropertyRule(
      "ContainerOverrides",
      .block(
        "container_overrides",
        [
          .argument("Command", "command"), .argument("InstanceType", "instance_type"),
          environment, resourceRequirements,
        ])),
    PropertyRule(
      "DependsOn", .blocks("depends_on", [.argument("JobId", "job_id"), .argument("Type", "type")])
    ),
    PropertyRule(
      "RetryStrategy", .block("retry_strategy", [.argument("Attempts", "attempts")])),
  ]

  /// The rules of `EcsTaskParameters`.
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
    PropertyRule("Tags", .tagsMap("tags")),
    PropertyRule(
      "CapacityProviderStrategy",
      .blocks(
        "capacity_provider_strategy",
        [
          .argument("CapacityProvider", "capacity_provider"), .argument("Weight", "weight"),
          .argument("Base", "base"),
        ])),
    PropertyRule(
      "NetworkConfiguration",
      .block(
        "network_configuration",
        [
          PropertyRule(
            "AwsvpcConfiguration",
            .block(
              "aws_vpc_configuration",
              [
                .argument("Subnets", "subnets"), .argument("SecurityGroups", "security_groups"),
                .argument("AssignPublicIp", "assign_public_ip"),
              ]))
        ])),
    PropertyRule("Overrides", .block("overrides", ecsOverrides)),
    PropertyRule(
      "PlacementConstraints",
      .blocks(
        "placement_constraint", [.argument("Type", "type"), .argument("Expression", "expression")])
    ),
    PropertyRule(
      "PlacementStrategy",
      .blocks("placement_strategy", [.argument("Type", "type"), .argument("Field", "field")])),
  ]

  /// The rules of `EcsTaskParameters.Overrides`.
  static let ecsOverrides: [PropertyRule] = [
    .argument("Cpu", "cpu"),
    .argument("Memory", "memory"),
    .argument("ExecutionRoleArn", "execution_role_arn"),
    .argument("TaskRoleArn", "task_role_arn"),
    PropertyRule(
      "EphemeralStorage", .block("ephemeral_storage", [.argument("SizeInGiB", "size_in_gib")])),
    PropertyRule(
      "ContainerOverrides",
      .blocks(
        "container_override",
        [
          .argument("Name", "name"), .argument("Command", "command"), .argument("Cpu", "cpu"),
          .argument("Memory", "memory"), .argument("MemoryReservation", "memory_reservation"),
          environment,
          PropertyRule(
            "EnvironmentFiles",
            .blocks("environment_file", [.argument("Type", "type"), .argument("Value", "value")])),
          resourceRequirements,
        ])),
    PropertyRule(
      "InferenceAcceleratorOverrides",
      .blocks(
        "inference_accelerator_override",
        [.argument("DeviceName", "device_name"), .argument("DeviceType", "device_type")])),
  ]
}
