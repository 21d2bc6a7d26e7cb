import CFNParser

/// `AWS::Pipes::Pipe`: EventBridge pipes, their source, enrichment and target parameters as
/// blocks (the credentials of a source are Secrets Manager ARNs, not secrets), their logging.
package enum Pipes: MappingFamily {
  /// The mappings of this family.
  static let mappings = [pipe]

  /// `AWS::Pipes::Pipe`. `Ref` is its name, which Terraform imports. `CurrentState`,
  /// `StateReason`, `CreationTime` and `LastModifiedTime` have no Terraform counterpart.
  static let pipe = ResourceMapping(
    "AWS::Pipes::Pipe", to: "aws_pipes_pipe", ref: "name", attributes: ["Arn": "arn"],
    properties: [
      .argument("Name", "name"),
      .argument("Description", "description"),
      .argument("DesiredState", "desired_state"),
      .argument("RoleArn", "role_arn"),
      .argument("Source", "source"),
      .argument("Enrichment", "enrichment"),
      .argument("Target", "target"),
      .argument("KmsKeyIdentifier", "kms_key_identifier"),
      .argument("Tags", "tags"),
      PropertyRule("SourceParameters", .block("source_parameters", sourceRules)),
      PropertyRule(
        "EnrichmentParameters",
        .block(
          "enrichment_parameters",
          [
            .argument("InputTemplate", "input_template"),
            PropertyRule("HttpParameters", .block("http_parameters", httpRules)),
          ])),
      PropertyRule("TargetParameters", .block("target_parameters", targetRules)),
      PropertyRule(
        "LogConfiguration",
        .block(
          "log_configuration",
          [
            .argument("Level", "level"),
            .argument("IncludeExecutionData", "include_execution_data"),
            PropertyRule(
              "CloudwatchLogsLogDestination",
              .block(
                "cloudwatch_logs_log_destination", [.argument("LogGroupArn", "log_group_arn")])),
            PropertyRule(
              "FirehoseLogDestination",
              .block(
                "firehose_log_destination",
                [.argument("DeliveryStreamArn", "delivery_stream_arn")])),
            PropertyRule(
              "S3LogDestination",
              .block(
                "s3_log_destination",
                [
                  .argument("BucketName", "bucket_name"),
                  .argument("BucketOwner", "bucket_owner"),
                  .argument("OutputFormat", "output_format"), .argument("Prefix", "prefix"),
                ])),
          ])),
    ]
      + ["Arn", "CreationTime", "CurrentState", "LastModifiedTime", "StateReason"].map {
        .drop($0, "read-only: EventBridge Pipes sets it")
      },
    finish: { ExtraResources.requireName("name", unless: "Name", &$0) })

  /// The parameters of an HTTP endpoint or API destination.
  static let httpRules: [PropertyRule] = [
    .argument("HeaderParameters", "header_parameters"),
    .argument("PathParameterValues", "path_parameter_values"),
    .argument("QueryStringParameters", "query_string_parameters"),
  ]

  /// The batching of every source.
  static let batching: [PropertyRule] = [
    .argument("BatchSize", "batch_size"),
    .argument("MaximumBatchingWindowInSeconds", "maximum_batching_window_in_seconds"),
  ]

  /// The fields of a DynamoDB or Kinesis stream source.
  static let streamRules: [PropertyRule] =
    batching + [
      .argument("StartingPosition", "starting_position"),
      .argument("MaximumRecordAgeInSeconds", "maximum_record_age_in_seconds"),
      .argument("MaximumRetryAttempts", "maximum_retry_attempts"),
      .argument("OnPartialBatchItemFailure", "on_partial_batch_item_failure"),
      .argument("ParallelizationFactor", "parallelization_factor"),
      PropertyRule("DeadLetterConfig", .block("dead_letter_config", [.argument("Arn", "arn")])),
    ]

  /// The rules of `SourceParameters`.
  static let sourceRules: [PropertyRule] = [
    PropertyRule(
      "FilterCriteria",
      .block(
        "filter_criteria",
        [PropertyRule("Filters", .blocks("filter", [.argument("Pattern", "pattern")]))])),
    PropertyRule(
      "ActiveMQBrokerParameters",
      .block(
        "activemq_broker_parameters",
        batching + [
          .argument("QueueName", "queue_name"),
          PropertyRule(
            "Credentials", .block("credentials", [.argument("BasicAuth", "basic_auth")])),
        ])),
    PropertyRule(
      "RabbitMQBrokerParameters",
      .block(
        "rabbitmq_broker_parameters",
        batching + [
          .argument("QueueName", "queue_name"),
          .argument("VirtualHost", "virtual_host"),
          PropertyRule(
            "Credentials", .block("credentials", [.argument("BasicAuth", "basic_auth")])),
        ])),
    PropertyRule(
      "DynamoDBStreamParameters", .block("dynamodb_stream_parameters", streamRules)),
    PropertyRule(
      "KinesisStreamParameters",
      .block(
        "kinesis_stream_parameters",
        streamRules + [.argument("StartingPositionTimestamp", "starting_position_timestamp")])),
    PropertyRule(
      "ManagedStreamingKafkaParameters",
      .block(
        "managed_streaming_kafka_parameters",
        batching + [
          .argument("TopicName", "topic_name"),
          .argument("ConsumerGroupID", "consumer_group_id"),
          .argument("StartingPosition", "starting_position"),
          PropertyRule(
            "Credentials",
            .block(
              "credentials",
              [
                .argument("ClientCertificateTlsAuth", "client_certificate_tls_auth"),
                .argument("SaslScram512Auth", "sasl_scram_512_auth"),
              ])),
        ])),
    PropertyRule(
      "SelfManagedKafkaParameters",
      .block(
        "self_managed_kafka_parameters",
        batching + [
          .argument("TopicName", "topic_name"),
          .argument("AdditionalBootstrapServers", "additional_bootstrap_servers"),
          .argument("ConsumerGroupID", "consumer_group_id"),
          .argument("StartingPosition", "starting_position"),
          .argument("ServerRootCaCertificate", "server_root_ca_certificate"),
          PropertyRule(
            "Credentials",
            .block(
              "credentials",
              [
                .argument("BasicAuth", "basic_auth"),
                .argument("ClientCertificateTlsAuth", "client_certificate_tls_auth"),
                .argument("SaslScram256Auth", "sasl_scram_256_auth"),
                .argument("SaslScram512Auth", "sasl_scram_512_auth"),
              ])),
          PropertyRule(
            "Vpc",
            .block(
              "vpc",
              [
                .argument("Subnets", "subnets"),
                .argument("SecurityGroup", "security_groups"),
              ])),
        ])),
    PropertyRule("SqsQueueParameters", .block("sqs_queue_parameters", batching)),
  ]
}
