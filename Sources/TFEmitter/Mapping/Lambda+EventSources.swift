import CFNParser

extension Lambda {
  /// `AWS::Lambda::EventSourceMapping`. `Ref` and `Id` are the mapping's UUID.
  static let eventSourceMapping = ResourceMapping(
    "AWS::Lambda::EventSourceMapping", to: "aws_lambda_event_source_mapping", ref: "uuid",
    attributes: ["Id": "uuid", "EventSourceMappingArn": "arn"],
    properties: [
      .argument("FunctionName", "function_name"),
      .argument("EventSourceArn", "event_source_arn"),
      .argument("Enabled", "enabled"),
      .argument("BatchSize", "batch_size"),
      .argument("MaximumBatchingWindowInSeconds", "maximum_batching_window_in_seconds"),
      .argument("StartingPosition", "starting_position"),
      .custom("StartingPositionTimestamp", startingPositionTimestamp),
      .argument("ParallelizationFactor", "parallelization_factor"),
      .argument("MaximumRecordAgeInSeconds", "maximum_record_age_in_seconds"),
      .argument("MaximumRetryAttempts", "maximum_retry_attempts"),
      .argument("BisectBatchOnFunctionError", "bisect_batch_on_function_error"),
      .argument("TumblingWindowInSeconds", "tumbling_window_in_seconds"),
      .argument("FunctionResponseTypes", "function_response_types"),
      .argument("Queues", "queues"),
      .argument("Topics", "topics"),
      .argument("KmsKeyArn", "kms_key_arn"),
      PropertyRule(
        "DestinationConfig",
        .block(
          "destination_config",
          [
            PropertyRule(
              "OnFailure", .block("on_failure", [.argument("Destination", "destination_arn")]))
          ])),
      PropertyRule(
        "FilterCriteria",
        .block(
          "filter_criteria",
          [PropertyRule("Filters", .blocks("filter", [.argument("Pattern", "pattern")]))])),
      PropertyRule(
        "ScalingConfig",
        .block("scaling_config", [.argument("MaximumConcurrency", "maximum_concurrency")])),
      PropertyRule("MetricsConfig", .block("metrics_config", [.argument("Metrics", "metrics")])),
      PropertyRule(
        "ProvisionedPollerConfig",
        .block(
          "provisioned_poller_config",
          [
            .argument("MaximumPollers", "maximum_pollers"),
            .argument("MinimumPollers", "minimum_pollers"),
            absent(
              "PollerGroupName",
              "provider 5.100 has no poller groups: the mapping gets pollers of its own"),
          ])),
      PropertyRule(
        "SourceAccessConfigurations",
        .blocks(
          "source_access_configuration", [.argument("Type", "type"), .argument("URI", "uri")])),
      PropertyRule(
        "DocumentDBEventSourceConfig",
        .block(
          "document_db_event_source_config",
          [
            .argument("DatabaseName", "database_name"),
            .argument("CollectionName", "collection_name"),
            .argument("FullDocument", "full_document"),
          ])),
      PropertyRule(
        "AmazonManagedKafkaEventSourceConfig",
        .block("amazon_managed_kafka_event_source_config", kafkaConfig)),
      PropertyRule(
        "SelfManagedKafkaEventSourceConfig",
        .block("self_managed_kafka_event_source_config", kafkaConfig)),
      PropertyRule(
        "SelfManagedEventSource",
        .block("self_managed_event_source", [.custom("Endpoints", kafkaEndpoints)])),
      absent(
        "LoggingConfig",
        "aws_lambda_event_source_mapping (provider 5.100) has no logging configuration: the poller logs nothing of its own"
      ),
      .tags,
    ])

  /// The fields of a Kafka source's configuration.
  static let kafkaConfig: [PropertyRule] = [
    .argument("ConsumerGroupId", "consumer_group_id"),
    absent(
      "SchemaRegistryConfig",
      "provider 5.100 has no schema registry for Kafka sources: records reach the function as they are"
    ),
  ]

  /// `SelfManagedEventSource.Endpoints`: `{KafkaBootstrapServers: [...]}` becomes the
  /// `endpoints` map, `{KAFKA_BOOTSTRAP_SERVERS = "a,b"}`, as the Lambda API spells it.
  @Sendable static func kafkaEndpoints(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    let target = builder.primary.path / "self_managed_event_source" / "endpoints"
    guard case .object(let fields) = member.value.kind,
      let servers = fields.first(where: { $0.key == "KafkaBootstrapServers" })
    else {
      builder.report(member, .computedSpread)
      return
    }
    builder.translator.begin()
    let list = builder.translator.translate(servers.value, as: .list(.string))
    builder.translator.transformed("the server list became KAFKA_BOOTSTRAP_SERVERS, comma-joined")
    let value = HCLExpression.object([
      HCLObjectItem("KAFKA_BOOTSTRAP_SERVERS", .call("join", [.string(","), list]))
    ])
    builder.record(
      member, target: target, status: builder.translator.status,
      note: builder.translator.note, source: member.value, value: value)
    parts.argument("endpoints", value)
  }

  /// `StartingPositionTimestamp`: CloudFormation's seconds since 1970, Terraform's RFC 3339 text.
  @Sendable static func startingPositionTimestamp(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    let target = builder.primary.path / "starting_position_timestamp"
    guard let text = member.value.scalarText, let seconds = Int64(text.prefix { $0 != "." }),
      seconds >= 0
    else {
      builder.unsupported(
        member,
        reason:
          "a computed time cannot be turned into RFC 3339 text; write the seconds since 1970 out")
      return
    }
    let value = HCLExpression.string(rfc3339(seconds: seconds))
    builder.record(
      member, target: target, status: .transformed,
      note: "seconds since 1970 became RFC 3339 time", source: member.value, value: value)
    parts.argument("starting_position_timestamp", value)
  }

  /// `seconds` since 1970-01-01 as `YYYY-MM-DDTHH:MM:SSZ` (civil from days, proleptic Gregorian).
  static func rfc3339(seconds: Int64) -> String {
    let days = seconds / 86_400
    let rest = seconds % 86_400
    let z = days + 719_468
    let era = z / 146_097
    let dayOfEra = z - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let monthIndex = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
    let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
    let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    func two(_ value: Int64) -> String { value < 10 ? "0\(value)" : "\(value)" }
    return "\(year)-\(two(month))-\(two(day))T\(two(rest / 3_600)):\(two(rest % 3_600 / 60)):"
      + "\(two(rest % 60))Z"
  }

  /// `AWS::Lambda::LayerVersion`. `Ref` is the layer version ARN. Terraform requires a layer
  /// name; CloudFormation generates one when `LayerName` is not set.
  static let layerVersion = ResourceMapping(
    "AWS::Lambda::LayerVersion", to: "aws_lambda_layer_version", ref: "arn",
    attributes: ["LayerVersionArn": "arn"],
    properties: [
      .argument("LayerName", "layer_name"),
      .argument("Description", "description"),
      .custom(
        "Content",
        ExtraResources.flattened([
          .argument("S3Bucket", "s3_bucket"),
          .argument("S3Key", "s3_key"),
          .argument("S3ObjectVersion", "s3_object_version"),
        ])),
      .argument("CompatibleRuntimes", "compatible_runtimes"),
      .argument("CompatibleArchitectures", "compatible_architectures"),
      .argument("LicenseInfo", "license_info"),
    ],
    finish: { ExtraResources.requireName("layer_name", unless: "LayerName", &$0) })

  /// `AWS::Lambda::LayerVersionPermission`. Terraform names the layer and its version apart: a
  /// layer version of the template gives its `layer_arn` and `version`, another ARN is split.
  /// `Ref` is left out (the layer version ARN and a statement id, which Terraform does not
  /// return as one value).
  static let layerVersionPermission = ResourceMapping(
    "AWS::Lambda::LayerVersionPermission", to: "aws_lambda_layer_version_permission", ref: nil,
    properties: [
      .custom("LayerVersionArn", layerVersionArn),
      .argument("Action", "action"),
      .argument("Principal", "principal"),
      .argument("OrganizationId", "organization_id"),
    ],
    importID: .custom { context in
      guard let arn = context.property("LayerVersionArn"),
        let colon = arn.lastIndex(of: ":")
      else { return nil }
      return arn[..<colon] + "," + arn[arn.index(after: colon)...]
    },
    finish: { builder in
      // Terraform requires a statement id; CloudFormation makes one up.
      builder.primary.content.argument(
        "statement_id", .string(builder.logicalId),
        comments: ["CloudFormation generates the statement id; the logical id stands in"])
    })

  /// `LayerVersionArn`: `layer_name` and `version_number`.
  @Sendable static func layerVersionArn(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    let address = builder.primary.path
    if case .ref(let name) = member.value.kind,
      builder.translator.template.resource(name)?.type.value == "AWS::Lambda::LayerVersion",
      let target = builder.translator.targets[name], !target.isMissing
    {
      let layer = target.expression(for: "layer_arn")
      builder.record(
        member, target: address / "layer_name",
        status: .transformed, note: "the layer version became the layer's ARN and version number",
        source: member.value, value: layer)
      parts.argument("layer_name", layer)
      parts.argument("version_number", target.expression(for: "version"))
      return
    }
    let arn = builder.translate(member, as: .string, target: address / "layer_name")
    let pieces = HCLExpression.call("split", [.string(":"), arn])
    parts.argument(
      "layer_name",
      .call("join", [.string(":"), .call("slice", [pieces, .number("0"), .number("7")])]),
      comments: ["the layer version ARN without its version, and the version"])
    parts.argument("version_number", .index(pieces, .number("7")))
  }
}
