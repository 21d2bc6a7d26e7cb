import CFNParser

/// `AWS::DynamoDB::Table`: an `aws_dynamodb_table`, plus the resources for contributor insights,
/// Kinesis streaming and resource policies.
package enum DynamoDB: MappingFamily {
  /// The mappings of this family.
  static let mappings = [table]

  static let throughputRules: [PropertyRule] = [
    .argument("ReadCapacityUnits", "read_capacity"),
    .argument("WriteCapacityUnits", "write_capacity"),
  ]

  static let onDemandRules: [PropertyRule] = [
    .argument("MaxReadRequestUnits", "max_read_request_units"),
    .argument("MaxWriteRequestUnits", "max_write_request_units"),
  ]

  static let projectionRules: [PropertyRule] = [
    .argument("ProjectionType", "projection_type"),
    .argument("NonKeyAttributes", "non_key_attributes"),
  ]

  /// `TableName` is optional in CloudFormation but `name` is required in Terraform: a table
  /// without one is named `"${var.stack_name}-LogicalId"` (an import must set the physical name).
  static let table = ResourceMapping(
    "AWS::DynamoDB::Table", to: "aws_dynamodb_table", ref: "name",
    attributes: ["Arn": "arn", "StreamArn": "stream_arn"],
    properties: [
      .argument("TableName", "name"),
      .argument("BillingMode", "billing_mode"),
      .custom("KeySchema", keySchema(in: nil)),
      .custom("ProvisionedThroughput", ExtraResources.flattened(throughputRules)),
      .argument("TableClass", "table_class"),
      .argument("DeletionProtectionEnabled", "deletion_protection_enabled"),
      .custom("StreamSpecification", stream),
      .tags,
      PropertyRule(
        "AttributeDefinitions",
        .blocks(
          "attribute",
          [.argument("AttributeName", "name"), .argument("AttributeType", "type")])),
      PropertyRule(
        "GlobalSecondaryIndexes",
        .blocks(
          "global_secondary_index",
          [
            .argument("IndexName", "name"),
            .custom("KeySchema", keySchema(in: "global_secondary_index")),
            .custom(
              "Projection",
              ExtraResources.flattened(projectionRules, in: ["global_secondary_index"])),
            .custom(
              "ProvisionedThroughput",
              ExtraResources.flattened(throughputRules, in: ["global_secondary_index"])),
            PropertyRule("OnDemandThroughput", .block("on_demand_throughput", onDemandRules)),
          ])),
      PropertyRule(
        "LocalSecondaryIndexes",
        .blocks(
          "local_secondary_index",
          [
            .argument("IndexName", "name"),
            .custom("KeySchema", keySchema(in: "local_secondary_index")),
            .custom(
              "Projection", ExtraResources.flattened(projectionRules, in: ["local_secondary_index"])
            ),
          ])),
      PropertyRule(
        "TimeToLiveSpecification",
        .block(
          "ttl", [.argument("AttributeName", "attribute_name"), .argument("Enabled", "enabled")])),
      PropertyRule(
        "PointInTimeRecoverySpecification",
        .block(
          "point_in_time_recovery",
          [
            .argument("PointInTimeRecoveryEnabled", "enabled"),
            .argument("RecoveryPeriodInDays", "recovery_period_in_days"),
          ])),
      PropertyRule(
        "SSESpecification",
        .block(
          "server_side_encryption",
          [
            .argument("SSEEnabled", "enabled"),
            .custom("KMSMasterKeyId", kmsKeyArn),
            .custom("SSEType") { member, builder, _ in
              builder.record(
                member,
                target: builder.primary.path / "server_side_encryption", status: .transformed,
                note: "KMS is the only type DynamoDB takes: enabled = true implies it",
                source: member.value)
            },
          ])),
      PropertyRule("OnDemandThroughput", .block("on_demand_throughput", onDemandRules)),
      PropertyRule("ImportSourceSpecification", .block("import_table", importRules)),
      .custom("ContributorInsightsSpecification", contributorInsights),
      .custom("KinesisStreamSpecification", kinesisStream),
      .custom("ResourcePolicy") { member, builder, _ in
        resourcePolicy(member, arn: ExtraResources.primary("arn", builder), &builder)
      },
    ],
    finish: { builder in ExtraResources.requireName("name", unless: "TableName", &builder) })

  static let importRules: [PropertyRule] = [
    .argument("InputCompressionType", "input_compression_type"),
    .argument("InputFormat", "input_format"),
    PropertyRule(
      "InputFormatOptions",
      .block(
        "input_format_options",
        [
          PropertyRule(
            "Csv",
            .block(
              "csv", [.argument("Delimiter", "delimiter"), .argument("HeaderList", "header_list")]))
        ])),
    PropertyRule(
      "S3BucketSource",
      .block(
        "s3_bucket_source",
        [
          .argument("S3Bucket", "bucket"), .argument("S3BucketOwner", "bucket_owner"),
          .argument("S3KeyPrefix", "key_prefix"),
        ])),
  ]
}
