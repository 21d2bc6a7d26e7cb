import CFNParser

extension Backup {
  /// `AWS::Backup::BackupPlan`. `Ref` and `BackupPlanId` are the plan id. The fields of
  /// `BackupPlan` become the plan's arguments and blocks: each rule a `rule` block (its lifecycle
  /// and copy actions as blocks), each advanced setting an `advanced_backup_setting` block.
  static let plan = ResourceMapping(
    "AWS::Backup::BackupPlan", to: "aws_backup_plan", ref: "id",
    attributes: ["BackupPlanArn": "arn", "BackupPlanId": "id", "VersionId": "version"],
    properties: [
      .custom(
        "BackupPlan",
        ExtraResources.flattened([
          .argument("BackupPlanName", "name"),
          .custom("BackupPlanRule", rules),
          PropertyRule(
            "AdvancedBackupSettings",
            .blocks(
              "advanced_backup_setting",
              [
                .argument("ResourceType", "resource_type"),
                .custom("BackupOptions", backupOptions),
              ])),
          .custom("ScanSettings") { member, builder, _ in
            builder.unsupported(
              member,
              reason:
                "aws_backup_plan (provider 5.100) has no malware scan settings: add them with 'aws backup update-backup-plan'"
            )
          },
        ])),
      .argument("BackupPlanTags", "tags"),
      .drop("BackupPlanArn", "read-only: GetAtt BackupPlanArn returns it"),
      .drop("BackupPlanId", "read-only: the plan id, which Ref returns"),
      .drop("VersionId", "read-only: GetAtt VersionId returns it"),
    ])

  /// The `lifecycle` block of a rule or a copy action.
  static let lifecycle = PropertyRule(
    "Lifecycle",
    .block(
      "lifecycle",
      [
        .argument("DeleteAfterDays", "delete_after"),
        .argument("MoveToColdStorageAfterDays", "cold_storage_after"),
        .argument(
          "OptInToArchiveForSupportedResources", "opt_in_to_archive_for_supported_resources"),
      ]))

  /// The rules of a `BackupPlanRule` element.
  static let ruleRules: [PropertyRule] = [
    .argument("RuleName", "rule_name"),
    .argument("TargetBackupVault", "target_vault_name"),
    .argument("ScheduleExpression", "schedule"),
    .argument("ScheduleExpressionTimezone", "schedule_expression_timezone"),
    .argument("StartWindowMinutes", "start_window"),
    .argument("CompletionWindowMinutes", "completion_window"),
    .argument("EnableContinuousBackup", "enable_continuous_backup"),
    .argument("RecoveryPointTags", "recovery_point_tags"),
    lifecycle,
    PropertyRule(
      "CopyActions",
      .blocks(
        "copy_action", [.argument("DestinationBackupVaultArn", "destination_vault_arn"), lifecycle])
    ),
    .custom("IndexActions") { member, builder, _ in
      builder.unsupported(
        member,
        reason:
          "the rule block (provider 5.100) has no index actions: the backups are not indexed for search; add them with 'aws backup update-backup-plan'"
      )
    },
    .custom("ScanActions") { member, builder, _ in
      builder.unsupported(
        member,
        reason:
          "the rule block (provider 5.100) has no malware scan actions: add them with 'aws backup update-backup-plan'"
      )
    },
    .custom("TargetLogicallyAirGappedBackupVaultArn") { member, builder, _ in
      builder.unsupported(
        member,
        reason:
          "the rule block (provider 5.100) cannot back up to a logically air-gapped vault directly: add it with 'aws backup update-backup-plan'"
      )
    },
  ]

  /// The windows AWS Backup gives a rule that names none (8 hours to start, 7 days to
  /// complete), where Terraform's defaults are 60 and 180 minutes.
  static let windowDefaults = [
    ("StartWindowMinutes", "start_window", "480", "8 hours to start"),
    ("CompletionWindowMinutes", "completion_window", "10080", "7 days to complete"),
  ]

  /// `BackupPlanRule`: a `rule` block for each rule, the windows AWS Backup defaults to written
  /// out.
  @Sendable static func rules(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    guard
      let rules = builder.objects(
        of: member, computed: "a computed list of rules cannot become rule blocks; write it out",
        notAnObject: "each rule must be an object")
    else { return }
    for rule in rules {
      let scope = RuleScope.resource(builder.primary, at: rule.element.path)
        .block("rule")
      builder.record(
        rule.element, target: scope.target, status: .exact,
        note: "")
      var inner = BodyParts()
      builder.apply(ruleRules, to: rule.fields, in: scope, into: &inner)
      for (property, argument, value, meaning) in windowDefaults
      where !rule.fields.contains(where: { $0.key == property }) {
        inner.argument(
          argument, .number(value), comments: ["AWS Backup's default, which CloudFormation leaves"])
        builder.ledger.append(
          LedgerEntry(
            kind: .addition, path: builder.templatePath(rule.element.path / property),
            resourceType: builder.resource.type.value, location: rule.element.keyRange.start,
            target: scope.target / argument, status: .transformed,
            note:
              "not set: AWS Backup gives a rule \(meaning) (\(value) minutes); Terraform's default is shorter",
            targetValue: value))
      }
      parts.block(HCLBlock("rule", body: inner.body))
    }
  }

  /// `BackupOptions`: an object as a map; JSON text decoded.
  @Sendable static func backupOptions(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    let target = builder.primary.path / "advanced_backup_setting" / "backup_options"
    guard case .object = member.value.kind else {
      builder.translator.begin()
      let value = HCLExpression.call(
        "jsondecode", [builder.translator.translate(member.value, as: .string)])
      builder.translator.transformed("the JSON text became jsondecode()")
      builder.record(
        member, target: target, status: builder.translator.status,
        note: builder.translator.note, source: member.value, value: value)
      parts.argument("backup_options", value)
      return
    }
    parts.argument("backup_options", builder.translate(member, as: .map(.string), target: target))
  }
}
