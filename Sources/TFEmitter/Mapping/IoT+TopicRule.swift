import CFNParser

extension IoT {
  /// `AWS::IoT::TopicRule`. `Ref` is its name, which Terraform imports. Each of `Actions` becomes
  /// the block of its kind, `ErrorAction` the `error_action` block; `RuleDisabled` becomes
  /// `enabled`, and Terraform's required `enabled` and `sql_version` take CloudFormation's
  /// defaults (enabled, SQL version 2015-10-08) when the template leaves them out.
  static let topicRule = ResourceMapping(
    "AWS::IoT::TopicRule", to: "aws_iot_topic_rule", ref: "name", attributes: ["Arn": "arn"],
    properties: [
      .argument("RuleName", "name"),
      .custom(
        "TopicRulePayload",
        ExtraResources.flattened([
          .argument("Sql", "sql"),
          .argument("AwsIotSqlVersion", "sql_version"),
          .custom("RuleDisabled", ruleEnabled),
          .argument("Description", "description"),
          .custom("Actions", ruleActions),
          .custom("ErrorAction", errorAction),
        ])),
      .tags,
      .drop("Arn", "read-only: GetAtt Arn returns it"),
    ],
    finish: topicRuleDefaults)

  /// `RuleDisabled` as `enabled`, its negation.
  @Sendable static func ruleEnabled(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    builder.translator.begin()
    let value: HCLExpression
    if let text = member.value.scalarText, text == "true" || text == "false" {
      value = .bool(text == "false")
    } else {
      value = .binary(builder.translator.translate(member.value, as: .bool), "==", .bool(false))
    }
    builder.translator.transformed("RuleDisabled became enabled, its negation")
    builder.record(
      member, target: builder.primary.path / "enabled",
      status: builder.translator.status, note: builder.translator.note, source: member.value,
      value: value)
    parts.argument("enabled", value)
  }

  /// The required arguments CloudFormation gives defaults; a generated name made a valid rule
  /// name (letters, digits and underscores).
  static func topicRuleDefaults(_ builder: inout ResourceBuilder) {
    let payload = builder.resource.property("TopicRulePayload")?.value
    guard case .object(let fields) = payload?.kind else { return }
    var content = builder.primary.content
    for (property, argument, value, note) in [
      (
        "RuleDisabled", "enabled", HCLExpression.bool(true),
        "not set: CloudFormation enables the rule; Terraform requires enabled"
      ),
      (
        "AwsIotSqlVersion", "sql_version", .string("2015-10-08"),
        "not set: IoT's default SQL version; Terraform requires one"
      ),
    ] {
      CloudFront.writeDefault(
        argument, value, at: .here / "TopicRulePayload" / property, in: &content, &builder,
        present: fields.contains { $0.key == property }, note: note)
    }
    builder.primary.content = content
    guard builder.resource.property("RuleName") == nil else { return }
    ExtraResources.requireName("name", unless: "RuleName", &builder)
    builder.primary.content.arguments.items = builder.primary.content.arguments.items.map { item in
      guard case .attribute(let attribute) = item, attribute.name == "name" else { return item }
      return .attribute(
        HCLAttribute(
          "name", .call("replace", [attribute.value, .string("-"), .string("_")])))
    }
  }

  /// One kind of rule action: its block, the rules of its fields, and the defaults CloudFormation
  /// gives arguments Terraform requires.
  struct ActionKind: Sendable {
    var block: String
    var rules: [PropertyRule]
    var defaults: [(property: String, argument: String, value: HCLExpression)] = []
  }

  /// Each kind of action provider 5.100 has, by its CloudFormation key.
  static let actionKinds: [String: ActionKind] = [
    "CloudwatchAlarm": ActionKind(
      block: "cloudwatch_alarm",
      rules: fields(["AlarmName", "RoleArn", "StateReason", "StateValue"])),
    "CloudwatchLogs": ActionKind(
      block: "cloudwatch_logs", rules: fields(["LogGroupName", "RoleArn", "BatchMode"])),
    "CloudwatchMetric": ActionKind(
      block: "cloudwatch_metric",
      rules: fields([
        "MetricName", "MetricNamespace", "MetricUnit", "MetricValue", "MetricTimestamp",
        "RoleArn",
      ])),
    "DynamoDB": ActionKind(
      block: "dynamodb",
      rules: fields([
        "TableName", "RoleArn", "HashKeyField", "HashKeyType", "HashKeyValue", "RangeKeyField",
        "RangeKeyType", "RangeKeyValue", "PayloadField",
      ])),
    "DynamoDBv2": ActionKind(
      block: "dynamodbv2",
      rules: fields(["RoleArn"]) + [
        PropertyRule("PutItem", .block("put_item", fields(["TableName"])))
      ]),
    "Elasticsearch": ActionKind(
      block: "elasticsearch", rules: fields(["Endpoint", "Id", "Index", "Type", "RoleArn"])),
    "Firehose": ActionKind(
      block: "firehose",
      rules: fields(["DeliveryStreamName", "RoleArn", "Separator", "BatchMode"])),
    "Http": ActionKind(
      block: "http",
      rules: fields(["Url", "ConfirmationUrl"]) + [
        PropertyRule("Headers", .blocks("http_header", fields(["Key", "Value"]))),
        absent("Auth", noHttpOption("SigV4 authentication")),
        absent("BatchConfig", noHttpOption("batching")),
        absent("EnableBatching", noHttpOption("batching")),
      ]),
    "IotAnalytics": ActionKind(
      block: "iot_analytics", rules: fields(["ChannelName", "RoleArn", "BatchMode"])),
    "IotEvents": ActionKind(
      block: "iot_events", rules: fields(["InputName", "MessageId", "RoleArn", "BatchMode"])),
    "Kafka": ActionKind(
      block: "kafka",
      rules: fields(["DestinationArn", "Topic", "Key", "Partition", "ClientProperties"]) + [
        PropertyRule("Headers", .blocks("header", fields(["Key", "Value"])))
      ]),
    "Kinesis": ActionKind(
      block: "kinesis", rules: fields(["StreamName", "PartitionKey", "RoleArn"])),
    "Lambda": ActionKind(block: "lambda", rules: fields(["FunctionArn"])),
    "Republish": ActionKind(
      block: "republish",
      rules: fields(["Topic", "Qos", "RoleArn"]) + [
        absent(
          "Headers",
          "aws_iot_topic_rule (provider 5.100) has no MQTT 5 headers for a republish action: set them with 'aws iot replace-topic-rule'"
        )
      ]),
    "S3": ActionKind(block: "s3", rules: fields(["BucketName", "Key", "CannedAcl", "RoleArn"])),
    "Sns": ActionKind(block: "sns", rules: fields(["TargetArn", "MessageFormat", "RoleArn"])),
    "Sqs": ActionKind(
      block: "sqs", rules: fields(["QueueUrl", "RoleArn", "UseBase64"]),
      defaults: [("UseBase64", "use_base64", .bool(false))]),
    "StepFunctions": ActionKind(
      block: "step_functions",
      rules: fields(["StateMachineName", "ExecutionNamePrefix", "RoleArn"])),
    "Timestream": ActionKind(
      block: "timestream",
      rules: fields(["DatabaseName", "TableName", "RoleArn"]) + [
        PropertyRule("Dimensions", .blocks("dimension", fields(["Name", "Value"]))),
        PropertyRule("Timestamp", .block("timestamp", fields(["Unit", "Value"]))),
      ]),
  ]

  /// Rules for fields whose argument is their name in snake case.
  static func fields(_ names: [String]) -> [PropertyRule] {
    names.map { .argument($0, Namer.snakeCase($0)) }
  }

  /// The reason an HTTP action's `option` is not converted.
  static func noHttpOption(_ option: String) -> String {
    "aws_iot_topic_rule (provider 5.100) has no \(option) for an HTTP action: set it with 'aws iot replace-topic-rule'"
  }

  /// `Actions`: each action the block of its kind.
  @Sendable static func ruleActions(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    guard
      let objects = builder.objects(
        of: member, computed: "a computed list of actions cannot become blocks; write it out",
        notAnObject: "write the action out, as an object naming its kind")
    else { return }
    for object in objects {
      for field in object.fields {
        actionBlock(
          object.element.field(field), kind: field.key, in: builder.scope, &builder, &parts)
      }
    }
  }

  /// `ErrorAction`: the `error_action` block, holding the block of the action's kind.
  @Sendable static func errorAction(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    guard case .object(let fields) = member.value.kind else {
      builder.report(member, .computedObject(block: "error_action"))
      return
    }
    let scope = builder.scope.block("error_action", reading: member.path)
    builder.record(
      member, target: scope.target, status: .exact, note: "")
    var inner = BodyParts()
    for field in fields {
      actionBlock(RuleMember(field, in: scope.path), kind: field.key, in: scope, &builder, &inner)
    }
    parts.block(HCLBlock("error_action", body: inner.body))
  }

  /// The block of action `member` (at a path such as `TopicRulePayload.Actions[0].Lambda`), of
  /// `kind`, inside the body `scope` writes.
  static func actionBlock(
    _ member: RuleMember, kind: String, in scope: RuleScope, _ builder: inout ResourceBuilder,
    _ parts: inout BodyParts
  ) {
    guard let action = actionKinds[kind] else {
      builder.unsupported(
        member,
        reason:
          "aws_iot_topic_rule (provider 5.100) has no \(kind) action: keep the rule in CloudFormation or add the action with 'aws iot replace-topic-rule'"
      )
      return
    }
    guard case .object(let fields) = member.value.kind else {
      builder.report(member, .computedObject(block: action.block))
      return
    }
    let inside = scope.block(action.block).at(member.path)
    builder.record(
      member, target: inside.target, status: .transformed,
      note: "became the \(action.block) block")
    var inner = BodyParts()
    builder.apply(action.rules, to: fields, in: inside, into: &inner)
    for (property, argument, value) in action.defaults
    where !fields.contains(where: { $0.key == property }) {
      inner.argument(argument, value, comments: ["CloudFormation's default"])
      builder.ledger.append(
        LedgerEntry(
          kind: .addition, path: builder.templatePath(member.path / property),
          resourceType: builder.resource.type.value, location: member.keyRange.start,
          target: inside.target / argument, status: .transformed,
          note: "not set: CloudFormation's default, which Terraform requires",
          targetValue: HCLPrinter.printExpression(value)))
    }
    parts.block(HCLBlock(action.block, body: inner.body))
  }
}
