import CFNParser

extension Glue {
  /// `AWS::Glue::Crawler`. `Ref` is its name. Its targets, grouped by kind in `Targets`, become
  /// a block each.
  static let crawler = ResourceMapping(
    "AWS::Glue::Crawler", to: "aws_glue_crawler", ref: "name",
    properties: [
      .argument("Name", "name"),
      .argument("Role", "role"),
      .custom("DatabaseName", lowercased("database_name")),
      .argument("Description", "description"),
      .argument("Classifiers", "classifiers"),
      .argument("TablePrefix", "table_prefix"),
      .argument("Configuration", "configuration"),
      .argument("CrawlerSecurityConfiguration", "security_configuration"),
      .custom("Schedule", ExtraResources.flattened([.argument("ScheduleExpression", "schedule")])),
      PropertyRule(
        "SchemaChangePolicy",
        .block(
          "schema_change_policy",
          [
            .argument("UpdateBehavior", "update_behavior"),
            .argument("DeleteBehavior", "delete_behavior"),
          ])),
      PropertyRule(
        "RecrawlPolicy",
        .block("recrawl_policy", [.argument("RecrawlBehavior", "recrawl_behavior")])),
      PropertyRule(
        "LakeFormationConfiguration",
        .block(
          "lake_formation_configuration",
          [
            .argument("AccountId", "account_id"),
            .argument("UseLakeFormationCredentials", "use_lake_formation_credentials"),
          ])),
      .custom("Targets", ExtraResources.flattened(targetRules)),
      .argument("Tags", "tags"),
    ],
    finish: { ExtraResources.requireName("name", unless: "Name", &$0) })

  /// The kinds of crawler targets, each a list of blocks.
  static let targetRules: [PropertyRule] = [
    PropertyRule(
      "S3Targets",
      .blocks(
        "s3_target",
        [
          .argument("Path", "path"), .argument("Exclusions", "exclusions"),
          .argument("ConnectionName", "connection_name"),
          .argument("SampleSize", "sample_size"),
          .argument("EventQueueArn", "event_queue_arn"),
          .argument("DlqEventQueueArn", "dlq_event_queue_arn"),
        ])),
    PropertyRule(
      "JdbcTargets",
      .blocks(
        "jdbc_target",
        [
          .argument("ConnectionName", "connection_name"), .argument("Path", "path"),
          .argument("Exclusions", "exclusions"),
          .argument("EnableAdditionalMetadata", "enable_additional_metadata"),
        ])),
    PropertyRule(
      "MongoDBTargets",
      .blocks(
        "mongodb_target",
        [.argument("ConnectionName", "connection_name"), .argument("Path", "path")])),
    PropertyRule(
      "DynamoDBTargets",
      .blocks(
        "dynamodb_target",
        [
          .argument("Path", "path"), .argument("ScanAll", "scan_all"),
          .argument("ScanRate", "scan_rate"),
        ])),
    PropertyRule(
      "CatalogTargets",
      .blocks(
        "catalog_target",
        [
          .argument("DatabaseName", "database_name"), .argument("Tables", "tables"),
          .argument("ConnectionName", "connection_name"),
          .argument("EventQueueArn", "event_queue_arn"),
          .argument("DlqEventQueueArn", "dlq_event_queue_arn"),
        ])),
    .custom("DeltaTargets", deltaTargets),
    PropertyRule("IcebergTargets", .blocks("iceberg_target", lakeTargetRules)),
    PropertyRule("HudiTargets", .blocks("hudi_target", lakeTargetRules)),
  ]

  /// Iceberg and Hudi targets.
  static let lakeTargetRules: [PropertyRule] = [
    .argument("Paths", "paths"), .argument("ConnectionName", "connection_name"),
    .argument("Exclusions", "exclusions"),
    .argument("MaximumTraversalDepth", "maximum_traversal_depth"),
  ]

  /// `Targets.DeltaTargets`: a `delta_target` block each; `write_manifest`, which Terraform
  /// requires, is Glue's default (false) when absent.
  @Sendable static func deltaTargets(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    guard
      let targets = builder.objects(
        of: member, computed: "a computed list cannot become 'delta_target' blocks; write it out",
        notAnObject: "a Delta target must be an object")
    else { return }
    let rules: [PropertyRule] = [
      .argument("DeltaTables", "delta_tables"), .argument("ConnectionName", "connection_name"),
      .argument("WriteManifest", "write_manifest"),
      .argument("CreateNativeDeltaTable", "create_native_delta_table"),
    ]
    for target in targets {
      let scope = builder.scope.block("delta_target", reading: target.element.path)
      builder.record(target.element, target: scope.target, status: .exact, note: "")
      var inner = BodyParts()
      builder.apply(rules, to: target.fields, in: scope, into: &inner)
      if !target.fields.contains(where: { $0.key == "WriteManifest" }) {
        inner.argument("write_manifest", .bool(false), comments: ["Glue's default"])
        builder.ledger.append(
          LedgerEntry(
            kind: .addition, path: builder.templatePath(target.element.path / "WriteManifest"),
            resourceType: builder.resource.type.value, location: member.keyRange.start,
            target: scope.target / "write_manifest", status: .transformed,
            note: "not set: Glue's default, false, is written (Terraform requires it)",
            targetValue: "false"))
      }
      parts.block(HCLBlock("delta_target", body: inner.body))
    }
  }

  /// `AWS::Glue::Job`. `Ref` is its name.
  static let job = ResourceMapping(
    "AWS::Glue::Job", to: "aws_glue_job", ref: "name",
    properties: [
      .argument("Name", "name"),
      .custom("Role", roleArn),
      .argument("Description", "description"),
      PropertyRule(
        "Command",
        .block(
          "command",
          [
            .argument("Name", "name"), .argument("ScriptLocation", "script_location"),
            .argument("PythonVersion", "python_version"), .argument("Runtime", "runtime"),
          ])),
      .argument("GlueVersion", "glue_version"),
      .argument("WorkerType", "worker_type"),
      .argument("NumberOfWorkers", "number_of_workers"),
      .argument("MaxCapacity", "max_capacity"),
      .custom("AllocatedCapacity", allocatedCapacity),
      .argument("ExecutionClass", "execution_class"),
      .argument("MaxRetries", "max_retries"),
      .argument("Timeout", "timeout"),
      .argument("DefaultArguments", "default_arguments"),
      .argument("NonOverridableArguments", "non_overridable_arguments"),
      .custom("Connections", ExtraResources.flattened([.argument("Connections", "connections")])),
      .argument("SecurityConfiguration", "security_configuration"),
      PropertyRule(
        "ExecutionProperty",
        .block("execution_property", [.argument("MaxConcurrentRuns", "max_concurrent_runs")])),
      PropertyRule(
        "NotificationProperty",
        .block("notification_property", [.argument("NotifyDelayAfter", "notify_delay_after")])),
      .argument("JobRunQueuingEnabled", "job_run_queuing_enabled"),
      .argument("MaintenanceWindow", "maintenance_window"),
      Redshift.unlessDefault(
        "JobMode", .string("SCRIPT"),
        "aws_glue_job (provider 5.100) has no job mode: Glue Studio opens the job as a script; set the mode with 'aws glue update-job'"
      ),
      .drop("LogUri", "Glue reserves LogUri for future use: it has no effect"),
      .argument("Tags", "tags"),
    ],
    finish: { ExtraResources.requireName("name", unless: "Name", &$0) })

  /// `Role`: Glue takes a role's name or ARN, Terraform's `role_arn` the ARN, which a `Ref` to a
  /// role of the template (its name) becomes.
  @Sendable static func roleArn(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    let target = builder.primary.path / "role_arn"
    if case .ref(let name) = member.value.kind,
      builder.translator.template.resource(name)?.type.value == "AWS::IAM::Role",
      let role = builder.translator.targets[name], !role.isMissing
    {
      let value = role.expression(for: "arn")
      builder.record(
        member, target: target, status: .transformed,
        note: "Ref to the role (its name) became its arn", source: member.value, value: value)
      parts.argument("role_arn", value)
      return
    }
    parts.argument("role_arn", builder.translate(member, as: .string, target: target))
  }

  /// `AllocatedCapacity`, which Glue deprecated for `MaxCapacity`: the same number of DPUs, as
  /// `max_capacity`, unless `MaxCapacity` is given.
  @Sendable static func allocatedCapacity(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    guard builder.resource.property("MaxCapacity") == nil else {
      builder.dropped(member, reason: "Glue deprecated it for MaxCapacity, which is given")
      return
    }
    let target = builder.primary.path / "max_capacity"
    builder.translator.begin()
    let value = builder.translator.translate(member.value, as: .number)
    builder.translator.transformed("AllocatedCapacity, which Glue deprecated, became max_capacity")
    builder.record(
      member, target: target, status: builder.translator.status,
      note: builder.translator.note, source: member.value, value: value)
    parts.argument("max_capacity", value)
  }
}
