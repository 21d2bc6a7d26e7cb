import CFNParser

extension Glue {
  /// `AWS::Glue::Trigger`. `Ref` is its name. CloudFormation leaves a trigger it creates
  /// stopped unless `StartOnCreation` is true; Terraform starts it unless `enabled` is false,
  /// which is written then.
  static let trigger = ResourceMapping(
    "AWS::Glue::Trigger", to: "aws_glue_trigger", ref: "name",
    properties: [
      .argument("Name", "name"),
      .argument("Type", "type"),
      .argument("Description", "description"),
      .argument("WorkflowName", "workflow_name"),
      .argument("Schedule", "schedule"),
      .argument("StartOnCreation", "start_on_creation"),
      PropertyRule(
        "Actions",
        .blocks(
          "actions",
          [
            .argument("JobName", "job_name"), .argument("CrawlerName", "crawler_name"),
            .argument("Arguments", "arguments"), .argument("Timeout", "timeout"),
            .argument("SecurityConfiguration", "security_configuration"),
            PropertyRule(
              "NotificationProperty",
              .block(
                "notification_property", [.argument("NotifyDelayAfter", "notify_delay_after")])),
          ])),
      PropertyRule(
        "Predicate",
        .block(
          "predicate",
          [
            .argument("Logical", "logical"),
            PropertyRule(
              "Conditions",
              .blocks(
                "conditions",
                [
                  .argument("LogicalOperator", "logical_operator"),
                  .argument("JobName", "job_name"), .argument("State", "state"),
                  .argument("CrawlerName", "crawler_name"),
                  .argument("CrawlState", "crawl_state"),
                ])),
          ])),
      PropertyRule(
        "EventBatchingCondition",
        .block(
          "event_batching_condition",
          [.argument("BatchSize", "batch_size"), .argument("BatchWindow", "batch_window")])),
      .argument("Tags", "tags"),
    ],
    finish: { builder in
      ExtraResources.requireName("name", unless: "Name", &builder)
      let start = builder.resource.property("StartOnCreation")?.value.kind
      var content = builder.primary.content
      CloudFront.writeDefault(
        "enabled", .bool(false), for: "StartOnCreation", in: &content, &builder,
        present: start == .bool(true) || start == .string("true"),
        note:
          "CloudFormation does not start a trigger unless StartOnCreation is true; Terraform starts one unless enabled is false, which is written"
      )
      builder.primary.content = content
    })

  /// `AWS::Glue::Workflow`. `Ref` and `Id` are its name.
  static let workflow = ResourceMapping(
    "AWS::Glue::Workflow", to: "aws_glue_workflow", ref: "name",
    attributes: ["Id": "name"],
    properties: [
      .argument("Name", "name"),
      .argument("Description", "description"),
      .argument("DefaultRunProperties", "default_run_properties"),
      .argument("MaxConcurrentRuns", "max_concurrent_runs"),
      .argument("Tags", "tags"),
      .drop("Id", "read-only: the workflow name, which Ref returns"),
    ],
    finish: { ExtraResources.requireName("name", unless: "Name", &$0) })

  /// `AWS::Glue::SecurityConfiguration`. `Ref` and `Id` are its name. Terraform requires each
  /// of the three encryption settings, which are written disabled (Glue's default) when the
  /// template leaves them out; Glue applies one S3 encryption setting.
  static let securityConfiguration = ResourceMapping(
    "AWS::Glue::SecurityConfiguration", to: "aws_glue_security_configuration", ref: "name",
    attributes: ["Id": "name"],
    properties: [
      .argument("Name", "name"),
      .custom("EncryptionConfiguration", encryptionConfiguration),
      .drop("Id", "read-only: the configuration name, which Ref returns"),
    ])

  /// The three settings of an encryption configuration: property, block, mode argument.
  static let encryptionSettings = [
    ("CloudWatchEncryption", "cloudwatch_encryption", "cloudwatch_encryption_mode"),
    ("JobBookmarksEncryption", "job_bookmarks_encryption", "job_bookmarks_encryption_mode"),
    ("S3Encryptions", "s3_encryption", "s3_encryption_mode"),
  ]

  /// `EncryptionConfiguration`: the `encryption_configuration` block, each setting a block,
  /// those the template leaves out written disabled.
  @Sendable static func encryptionConfiguration(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    guard case .object(let fields) = member.value.kind else {
      builder.report(member, .computedObject(block: "encryption_configuration"))
      return
    }
    let scope = builder.scope.block("encryption_configuration", reading: member.path)
    builder.record(
      member, target: scope.target, status: .exact, note: "")
    let kmsKey = PropertyRule.argument("KmsKeyArn", "kms_key_arn")
    var inner = BodyParts()
    builder.apply(
      [
        PropertyRule(
          "CloudWatchEncryption",
          .block(
            "cloudwatch_encryption",
            [.argument("CloudWatchEncryptionMode", "cloudwatch_encryption_mode"), kmsKey])),
        PropertyRule(
          "JobBookmarksEncryption",
          .block(
            "job_bookmarks_encryption",
            [.argument("JobBookmarksEncryptionMode", "job_bookmarks_encryption_mode"), kmsKey])),
        .custom("S3Encryptions") { list, builder, parts in
          guard case .list(let items) = list.value.kind, let first = items.first else {
            builder.report(list, .computedList(block: "s3_encryption"))
            return
          }
          builder.apply(
            .block("s3_encryption", [.argument("S3EncryptionMode", "s3_encryption_mode"), kmsKey]),
            to: list.element(0, first), in: scope, into: &parts)
          for index in items.indices.dropFirst() {
            builder.unsupported(
              list.element(index, items[index]),
              reason:
                "Glue applies one S3 encryption setting, and aws_glue_security_configuration takes one"
            )
          }
        },
      ], to: fields, in: scope, into: &inner)
    var blocks: [(comments: [String], block: HCLBlock)] = []
    for (property, name, mode) in encryptionSettings {
      if let written = inner.blocks.first(where: { $0.block.type == name }) {
        blocks.append(written)
        continue
      }
      var body = HCLBody()
      body.attribute(mode, .string("DISABLED"))
      blocks.append((["Glue's default: Terraform requires the block"], HCLBlock(name, body: body)))
      builder.ledger.append(
        LedgerEntry(
          kind: .addition, path: builder.templatePath(member.path / property),
          resourceType: builder.resource.type.value, location: member.keyRange.start,
          target: scope.target / name / mode, status: .transformed,
          note: "not set: Glue's default, DISABLED, is written (Terraform requires the block)",
          targetValue: "\"DISABLED\""))
    }
    var body = BodyParts()
    body.blocks = blocks
    parts.block(HCLBlock("encryption_configuration", body: body.body))
  }
}
