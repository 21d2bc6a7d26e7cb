import CFNParser

/// `AWS::Kinesis::*`: data streams (CloudFormation's one shard written out for a provisioned
/// stream that sets no count) and their enhanced fan-out consumers.
package enum Kinesis: MappingFamily {
  /// The mappings of this family.
  static let mappings = [stream, streamConsumer]

  /// `AWS::Kinesis::Stream`. `Ref` is the stream's name (Terraform's `id` is its ARN).
  static let stream = ResourceMapping(
    "AWS::Kinesis::Stream", to: "aws_kinesis_stream", ref: "name", attributes: ["Arn": "arn"],
    properties: [
      .argument("Name", "name"),
      PropertyRule(
        "StreamModeDetails", .block("stream_mode_details", [.argument("StreamMode", "stream_mode")])
      ),
      .argument("ShardCount", "shard_count"),
      .argument("RetentionPeriodHours", "retention_period"),
      .custom(
        "StreamEncryption",
        ExtraResources.flattened([
          .argument("EncryptionType", "encryption_type"), .argument("KeyId", "kms_key_id"),
        ])),
      .argument("DesiredShardLevelMetrics", "shard_level_metrics"),
      .custom("MaxRecordSizeInKiB") { member, builder, _ in
        guard member.value.scalarText != "1024" else {
          builder.dropped(
            member, reason: "1024 KiB (1 MiB) is Kinesis's default, which needs no argument")
          return
        }
        builder.unsupported(
          member,
          reason:
            "aws_kinesis_stream (provider 5.100) keeps Kinesis's 1 MiB record limit: change it with 'aws kinesis update-max-record-size'"
        )
      },
      .custom("WarmThroughputMiBps") { member, builder, _ in
        builder.unsupported(
          member,
          reason:
            "aws_kinesis_stream (provider 5.100) has no warm throughput: set it with 'aws kinesis update-stream-warm-throughput'"
        )
      },
      .tags,
      .drop("WarmThroughputObject", "read-only: Kinesis sets it"),
    ],
    finish: { builder in
      ExtraResources.requireName("name", unless: "Name", &builder)
      defaultShardCount(&builder)
    })

  /// CloudFormation gives a provisioned stream (the default mode) one shard when `ShardCount` is
  /// not set; Terraform requires the count. For a mode the template computes, the count is 1
  /// unless the mode is `ON_DEMAND`.
  static func defaultShardCount(_ builder: inout ResourceBuilder) {
    guard builder.resource.property("ShardCount") == nil else { return }
    var mode: Expr?
    if let details = builder.resource.property("StreamModeDetails"),
      case .object(let fields) = details.value.kind
    {
      mode = fields.first { $0.key == "StreamMode" }?.value
    }
    var value = HCLExpression.number("1")
    if let mode, mode.kind != .string("PROVISIONED") {
      guard !mode.isLiteral else { return }
      builder.translator.begin()
      let computed = builder.translator.translate(mode, as: .string)
      value = .conditional(.binary(computed, "==", .string("ON_DEMAND")), .null, value)
    }
    builder.primary.content.argument(
      "shard_count", value, comments: ["CloudFormation's default for a provisioned stream"])
    builder.ledger.append(
      LedgerEntry(
        kind: .addition, path: builder.templatePath(.here / "ShardCount"),
        resourceType: builder.resource.type.value, location: builder.resource.range.start,
        target: builder.primary.path / "shard_count", status: .transformed,
        note:
          "not set: CloudFormation's default for a provisioned stream, one shard, is written (Terraform requires a count)",
        targetValue: HCLPrinter.printExpression(value)))
  }

  /// `AWS::Kinesis::StreamConsumer`. `Ref` is the consumer's ARN, which Terraform imports.
  /// `ConsumerStatus` has no counterpart: a reference to it becomes null, with a warning.
  static let streamConsumer = ResourceMapping(
    "AWS::Kinesis::StreamConsumer", to: "aws_kinesis_stream_consumer", ref: "arn",
    attributes: [
      "ConsumerARN": "arn", "ConsumerCreationTimestamp": "creation_timestamp",
      "ConsumerName": "name", "StreamARN": "stream_arn",
    ],
    properties: [
      .argument("ConsumerName", "name"),
      .argument("StreamARN", "stream_arn"),
      .custom("Tags") { member, builder, _ in
        builder.unsupported(
          member,
          reason:
            "aws_kinesis_stream_consumer (provider 5.100) has no tags: tag the consumer with 'aws kinesis tag-resource'"
        )
      },
    ])
}
