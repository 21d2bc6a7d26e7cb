import CFNParser

/// `AWS::KinesisFirehose::DeliveryStream`: the destination is the one whose
/// `…DestinationConfiguration` is set (`KinesisFirehose+Destinations.swift`,
/// `KinesisFirehose+Endpoints.swift`), the source a Kinesis stream or an MSK topic, server-side
/// encryption enabled by its configuration; passwords, tokens and keys become sensitive variables.
package enum KinesisFirehose: MappingFamily {
  /// The mappings of this family.
  static let mappings = [deliveryStream]

  /// The destination configurations, the `destination` each means and the block it becomes. The
  /// plain S3 destination is an extended S3 one without its extras: provider 5.0 removed `s3`.
  static let destinations: [(property: String, destination: String, block: String)] = [
    ("ExtendedS3DestinationConfiguration", "extended_s3", "extended_s3_configuration"),
    ("S3DestinationConfiguration", "extended_s3", "extended_s3_configuration"),
    ("RedshiftDestinationConfiguration", "redshift", "redshift_configuration"),
    ("ElasticsearchDestinationConfiguration", "elasticsearch", "elasticsearch_configuration"),
    ("AmazonopensearchserviceDestinationConfiguration", "opensearch", "opensearch_configuration"),
    (
      "AmazonOpenSearchServerlessDestinationConfiguration", "opensearchserverless",
      "opensearchserverless_configuration"
    ),
    ("SplunkDestinationConfiguration", "splunk", "splunk_configuration"),
    ("HttpEndpointDestinationConfiguration", "http_endpoint", "http_endpoint_configuration"),
    ("SnowflakeDestinationConfiguration", "snowflake", "snowflake_configuration"),
    ("IcebergDestinationConfiguration", "iceberg", "iceberg_configuration"),
  ]

  /// `AWS::KinesisFirehose::DeliveryStream`. `Ref` is the stream's name (Terraform's `id` is its
  /// ARN, by which it is imported).
  static let deliveryStream = ResourceMapping(
    "AWS::KinesisFirehose::DeliveryStream", to: "aws_kinesis_firehose_delivery_stream",
    ref: "name", attributes: ["Arn": "arn"],
    properties: [
      .argument("DeliveryStreamName", "name"),
      .custom("DeliveryStreamType", streamType),
      PropertyRule(
        "KinesisStreamSourceConfiguration",
        .block(
          "kinesis_source_configuration",
          [.argument("KinesisStreamARN", "kinesis_stream_arn"), .argument("RoleARN", "role_arn")])
      ),
      PropertyRule(
        "MSKSourceConfiguration",
        .block(
          "msk_source_configuration",
          [
            .argument("MSKClusterARN", "msk_cluster_arn"),
            .argument("TopicName", "topic_name"),
            .argument("ReadFromTimestamp", "read_from_timestamp"),
            PropertyRule(
              "AuthenticationConfiguration",
              .block(
                "authentication_configuration",
                [.argument("Connectivity", "connectivity"), .argument("RoleARN", "role_arn")])),
          ])),
      .custom("DatabaseSourceConfiguration") { member, builder, _ in
        builder.unsupported(
          member,
          reason:
            "aws_kinesis_firehose_delivery_stream (provider 5.100) cannot read from a database: create the stream with 'aws firehose create-delivery-stream --database-source-configuration'"
        )
      },
      .custom("DirectPutSourceConfiguration") { member, builder, _ in
        builder.unsupported(
          member,
          reason:
            "aws_kinesis_firehose_delivery_stream (provider 5.100) takes no throughput hint: Firehose sizes a direct-put stream itself"
        )
      },
      PropertyRule(
        "DeliveryStreamEncryptionConfigurationInput",
        .custom(serverSideEncryption)),
      PropertyRule(
        "ExtendedS3DestinationConfiguration",
        .block("extended_s3_configuration", extendedS3(["extended_s3_configuration"]))),
      PropertyRule(
        "S3DestinationConfiguration",
        .block("extended_s3_configuration", s3(["extended_s3_configuration"]))),
      PropertyRule("RedshiftDestinationConfiguration", .block("redshift_configuration", redshift)),
      PropertyRule(
        "ElasticsearchDestinationConfiguration",
        .block("elasticsearch_configuration", search("elasticsearch_configuration"))),
      PropertyRule(
        "AmazonopensearchserviceDestinationConfiguration",
        .block("opensearch_configuration", search("opensearch_configuration"))),
      PropertyRule(
        "AmazonOpenSearchServerlessDestinationConfiguration",
        .block("opensearchserverless_configuration", searchServerless)),
      PropertyRule("SplunkDestinationConfiguration", .block("splunk_configuration", splunk)),
      PropertyRule(
        "HttpEndpointDestinationConfiguration",
        .block("http_endpoint_configuration", httpEndpoint)),
      PropertyRule(
        "SnowflakeDestinationConfiguration", .block("snowflake_configuration", snowflake)),
      PropertyRule("IcebergDestinationConfiguration", .block("iceberg_configuration", iceberg)),
      .tags,
    ],
    importID: .joined(
      [
        .literal("arn:"), .pseudo(.partition), .literal(":firehose:"), .pseudo(.region),
        .literal(":"), .pseudo(.accountId), .literal(":deliverystream/"), .physicalId,
      ], separator: ""),
    finish: { builder in
      ExtraResources.requireName("name", unless: "DeliveryStreamName", &builder)
      destination(&builder)
    })

  /// `destination`, which Terraform requires, after the name: the kind of the destination
  /// configuration the template sets.
  static func destination(_ builder: inout ResourceBuilder) {
    let given = destinations.filter { builder.resource.property($0.property) != nil }
    guard let first = given.first else { return }
    var items = builder.primary.content.arguments.items
    let name = items.firstIndex {
      if case .attribute(let attribute) = $0 { attribute.name == "name" } else { false }
    }
    items.insert(
      .attribute(HCLAttribute("destination", .string(first.destination))),
      at: name.map { $0 + 1 } ?? 0)
    builder.primary.content.arguments.items = items
    builder.ledger.append(
      LedgerEntry(
        kind: .addition, path: .resource(builder.logicalId) / "Destination",
        resourceType: builder.resource.type.value, location: builder.resource.range.start,
        target: builder.primary.path / "destination", status: .transformed,
        note: "the kind of \(first.property), which Terraform requires to be named",
        targetValue: "\"\(first.destination)\""))
  }

  /// `DeliveryStreamType`: Terraform reads the source from `kinesis_source_configuration` or
  /// `msk_source_configuration`; a direct-put stream has neither.
  @Sendable static func streamType(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    switch member.value.stringValue {
    case "DirectPut", "KinesisStreamAsSource", "MSKAsSource":
      builder.record(
        member, target: nil, status: .transformed,
        note:
          "Terraform infers the type from the source configuration block (none for direct put)",
        source: member.value)
    case "DatabaseAsSource":
      builder.unsupported(
        member,
        reason:
          "aws_kinesis_firehose_delivery_stream (provider 5.100) cannot read from a database: create the stream with 'aws firehose create-delivery-stream --delivery-stream-type DatabaseAsSource'"
      )
    default:
      builder.unsupported(
        member,
        reason:
          "a computed stream type cannot choose a source block; write DirectPut, KinesisStreamAsSource or MSKAsSource"
      )
    }
  }

  /// `DeliveryStreamEncryptionConfigurationInput`: a `server_side_encryption` block, enabled (its
  /// presence enables encryption in CloudFormation; Terraform's default is disabled).
  @Sendable static func serverSideEncryption(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    guard case .object(let fields) = member.value.kind else {
      builder.report(member, .computedObject(block: "server_side_encryption"))
      return
    }
    let scope = builder.scope.block("server_side_encryption", reading: member.path)
    builder.record(
      member, target: scope.target, status: .transformed,
      note: "the block is enabled: the configuration's presence enables encryption")
    var inner = BodyParts()
    inner.argument("enabled", .bool(true))
    builder.apply(
      [.argument("KeyType", "key_type"), .argument("KeyARN", "key_arn")], to: fields, in: scope,
      into: &inner)
    parts.block(HCLBlock("server_side_encryption", body: inner.body))
  }

  /// A property provider 5.100 has no counterpart for, unless it says what Firehose does anyway
  /// (`value`, dropped).
  static func absent(_ property: String, unless value: String? = nil, _ reason: String)
    -> PropertyRule
  {
    .custom(property) { member, builder, _ in
      if let value, member.value.scalarText == value {
        builder.dropped(member, reason: "\(value) is what Firehose does without it")
      } else {
        builder.unsupported(member, reason: reason)
      }
    }
  }

  /// An object with `Enabled` provider 5.100 has no counterpart for: disabled, it is what
  /// Firehose does without it (dropped); otherwise not converted, for `reason`.
  static func unlessDisabled(_ property: String, _ reason: String) -> PropertyRule {
    .custom(property) { member, builder, _ in
      if case .object(let fields) = member.value.kind,
        fields.allSatisfy({ $0.key == "Enabled" && $0.value.scalarText == "false" })
      {
        builder.dropped(member, reason: "disabled, which is what Firehose does without it")
      } else {
        builder.unsupported(member, reason: reason)
      }
    }
  }
}
