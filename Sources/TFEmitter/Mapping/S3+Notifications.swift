import CFNParser

extension S3 {
  static let notificationRules: [PropertyRule] = [
    .custom("EventBridgeConfiguration") { member, builder, parts in
      guard case .object(let fields) = member.value.kind,
        let enabled = fields.first(where: { $0.key == "EventBridgeEnabled" })
      else {
        builder.unsupported(member, reason: "write EventBridgeEnabled out")
        return
      }
      let value = builder.translate(
        member.field(enabled), as: .bool,
        target: .resource("aws_s3_bucket_notification", builder.primary.name) / "eventbridge")
      parts.argument("eventbridge", value)
    },
    .custom("TopicConfigurations", notificationTargets("topic", "Topic", "topic_arn")),
    .custom("QueueConfigurations", notificationTargets("queue", "Queue", "queue_arn")),
    .custom(
      "LambdaConfigurations",
      notificationTargets("lambda_function", "Function", "lambda_function_arn")),
  ]

  /// Each notification becomes a `block`: its one `Event` the `events` list, `Filter.S3Key.Rules`
  /// `filter_prefix` and `filter_suffix`, its target (`Topic`, `Queue`, `Function`) `argument`.
  static func notificationTargets(_ block: String, _ field: String, _ argument: String)
    -> PropertyCode
  {
    { member, builder, parts in
      guard case .list(let items) = member.value.kind else {
        builder.unsupported(member, reason: "a computed list of notifications is not supported")
        return
      }
      let scope = RuleScope.resource(type: "aws_s3_bucket_notification", name: builder.primary.name)
        .block(block)
      let target = scope.target
      for (i, item) in items.enumerated() {
        guard case .object(let fields) = item.kind else {
          builder.unsupported(member.element(i, item), reason: "write the notification out")
          continue
        }
        var body = BodyParts()
        builder.apply(
          [
            .argument(field, argument), .argument("Event", "events"),
            .custom("Filter") { filter, builder, parts in
              notificationFilter(filter, target: target, &builder, &parts)
            },
          ], to: fields, in: scope.at(member.path / i), into: &body)
        parts.block(HCLBlock(block, body: body.body))
      }
    }
  }

  /// `Filter.S3Key.Rules`: `prefix` and `suffix` rules become `filter_prefix` and `filter_suffix`.
  static func notificationFilter(
    _ member: RuleMember, target: TerraformPath, _ builder: inout ResourceBuilder,
    _ parts: inout BodyParts
  ) {
    guard case .object(let fields) = member.value.kind,
      let key = fields.first(where: { $0.key == "S3Key" }),
      case .object(let keyFields) = key.value.kind,
      let rules = keyFields.first(where: { $0.key == "Rules" }),
      case .list(let items) = rules.value.kind
    else {
      builder.unsupported(member, reason: "only a written-out S3Key filter is supported")
      return
    }
    for (i, item) in items.enumerated() {
      // The ledger names the rule (its Value too), reported where the filter's key is written.
      let rulePath = member.path / "S3Key" / "Rules" / i
      guard case .object(let ruleFields) = item.kind,
        let name = ruleFields.first(where: { $0.key == "Name" })?.value.stringValue?.lowercased(),
        name == "prefix" || name == "suffix",
        let value = ruleFields.first(where: { $0.key == "Value" })
      else {
        builder.unsupported(
          RuleMember(member.with(value: item).member, at: rulePath),
          reason: "each filter rule needs a literal Name (prefix or suffix) and a Value")
        continue
      }
      let argument = "filter_\(name)"
      let translated = builder.translate(
        RuleMember(value, at: rulePath), as: .string, target: target / argument)
      parts.argument(argument, translated)
    }
  }

  static let replicationRules: [PropertyRule] = [
    .argument("Role", "role"),
    PropertyRule(
      "Rules",
      .blocks(
        "rule",
        [
          .argument("Id", "id"),
          .argument("Priority", "priority"),
          .argument("Prefix", "prefix"),
          .argument("Status", "status"),
          PropertyRule(
            "Filter",
            .block(
              "filter",
              [
                .argument("Prefix", "prefix"),
                PropertyRule(
                  "TagFilter",
                  .block("tag", [.argument("Key", "key"), .argument("Value", "value")])),
                PropertyRule(
                  "And",
                  .block(
                    "and",
                    [.argument("Prefix", "prefix"), PropertyRule("TagFilters", .tagsMap("tags"))])),
              ])),
          PropertyRule(
            "DeleteMarkerReplication",
            .block("delete_marker_replication", [.argument("Status", "status")])),
          PropertyRule("Destination", .block("destination", replicationDestinationRules)),
          PropertyRule(
            "SourceSelectionCriteria",
            .block(
              "source_selection_criteria",
              [
                PropertyRule(
                  "SseKmsEncryptedObjects",
                  .block("sse_kms_encrypted_objects", [.argument("Status", "status")])),
                PropertyRule(
                  "ReplicaModifications",
                  .block("replica_modifications", [.argument("Status", "status")])),
              ])),
        ])),
  ]

  static let replicationDestinationRules: [PropertyRule] = [
    .argument("Bucket", "bucket"),
    .argument("Account", "account"),
    .argument("StorageClass", "storage_class"),
    PropertyRule(
      "AccessControlTranslation",
      .block("access_control_translation", [.argument("Owner", "owner")])),
    PropertyRule(
      "EncryptionConfiguration",
      .block("encryption_configuration", [.argument("ReplicaKmsKeyID", "replica_kms_key_id")])),
    PropertyRule(
      "Metrics",
      .block(
        "metrics",
        [
          .argument("Status", "status"),
          PropertyRule(
            "EventThreshold", .block("event_threshold", [.argument("Minutes", "minutes")])),
        ])),
    PropertyRule(
      "ReplicationTime",
      .block(
        "replication_time",
        [
          .argument("Status", "status"),
          PropertyRule("Time", .block("time", [.argument("Minutes", "minutes")])),
        ])),
  ]
}
