import CFNParser

/// `AWS::RDS::*`: DB instances and subnet groups. DB security groups (EC2-Classic) are left out.
package enum RDS: MappingFamily {
  /// The mappings of this family.
  static let mappings = [dbInstance, dbSubnetGroup, dbSecurityGroup]

  /// `AWS::RDS::DBInstance`. `Ref` is the identifier (`id` is the resource id since provider
  /// 5.0). `MasterUserPassword` always comes from a sensitive variable; the final snapshot that
  /// CloudFormation takes on deletion is kept (see `finalSnapshot`).
  static let dbInstance = ResourceMapping(
    "AWS::RDS::DBInstance", to: "aws_db_instance", ref: "identifier",
    attributes: [
      "Endpoint.Address": "address", "Endpoint.Port": "port",
      "Endpoint.HostedZoneId": "hosted_zone_id", "DBInstanceArn": "arn",
      "DbiResourceId": "resource_id",
    ],
    properties: [
      .argument("DBInstanceIdentifier", "identifier"),
      .custom("Engine", engine),
      .argument("EngineVersion", "engine_version"),
      .argument("DBInstanceClass", "instance_class"),
      .argument("AllocatedStorage", "allocated_storage"),
      .argument("MaxAllocatedStorage", "max_allocated_storage"),
      .argument("StorageType", "storage_type"),
      .argument("Iops", "iops"),
      .argument("StorageThroughput", "storage_throughput"),
      .argument("StorageEncrypted", "storage_encrypted"),
      .argument("KmsKeyId", "kms_key_id"),
      .argument("DBName", "db_name"),
      .argument("MasterUsername", "username"),
      .custom("MasterUserPassword", masterUserPassword),
      .argument("ManageMasterUserPassword", "manage_master_user_password"),
      .custom(
        "MasterUserSecret",
        ExtraResources.flattened([
          .argument("KmsKeyId", "master_user_secret_kms_key_id"),
          .drop("SecretArn", "read-only: RDS sets it"),
        ])),
      .argument("Port", "port"),
      .argument("MultiAZ", "multi_az"),
      .argument("AvailabilityZone", "availability_zone"),
      .argument("DBSubnetGroupName", "db_subnet_group_name"),
      .argument("VPCSecurityGroups", "vpc_security_group_ids"),
      .drop(
        "DBSecurityGroups",
        "DB security groups are EC2-Classic, which AWS retired, and provider 5.0 removed them: give the instance VPCSecurityGroups"
      ),
      .argument("NetworkType", "network_type"),
      .argument("PubliclyAccessible", "publicly_accessible"),
      .argument("DBParameterGroupName", "parameter_group_name"),
      .argument("OptionGroupName", "option_group_name"),
      .argument("BackupRetentionPeriod", "backup_retention_period"),
      .argument("PreferredBackupWindow", "backup_window"),
      .argument("PreferredMaintenanceWindow", "maintenance_window"),
      .argument("BackupTarget", "backup_target"),
      .argument("AutoMinorVersionUpgrade", "auto_minor_version_upgrade"),
      .argument("AllowMajorVersionUpgrade", "allow_major_version_upgrade"),
      .argument("ApplyImmediately", "apply_immediately"),
      .argument("CopyTagsToSnapshot", "copy_tags_to_snapshot"),
      .argument("DeletionProtection", "deletion_protection"),
      .argument("DeleteAutomatedBackups", "delete_automated_backups"),
      .argument("EnableCloudwatchLogsExports", "enabled_cloudwatch_logs_exports"),
      .argument("EnableIAMDatabaseAuthentication", "iam_database_authentication_enabled"),
      .argument("EnablePerformanceInsights", "performance_insights_enabled"),
      .argument("PerformanceInsightsKMSKeyId", "performance_insights_kms_key_id"),
      .argument("PerformanceInsightsRetentionPeriod", "performance_insights_retention_period"),
      .argument("DatabaseInsightsMode", "database_insights_mode"),
      .argument("MonitoringInterval", "monitoring_interval"),
      .argument("MonitoringRoleArn", "monitoring_role_arn"),
      .argument("CACertificateIdentifier", "ca_cert_identifier"),
      .argument("LicenseModel", "license_model"),
      .argument("CharacterSetName", "character_set_name"),
      .argument("NcharCharacterSetName", "nchar_character_set_name"),
      .argument("Timezone", "timezone"),
      .argument("EngineLifecycleSupport", "engine_lifecycle_support"),
      .argument("DBSnapshotIdentifier", "snapshot_identifier"),
      .custom("SourceDBInstanceIdentifier", sourceInstance),
      // Placed by `sourceInstance`, in the restore_to_point_in_time block.
      .custom("RestoreTime") { _, _, _ in },
      .custom("UseLatestRestorableTime") { _, _, _ in },
      .custom("SourceDBInstanceAutomatedBackupsArn") { _, _, _ in },
      .custom("SourceDbiResourceId") { _, _, _ in },
      .drop(
        "SourceRegion",
        "Terraform reads the source of a cross-region replica from replicate_source_db, which must then be the source's ARN"
      ),
      .argument("ReplicaMode", "replica_mode"),
      .argument("CustomIAMInstanceProfile", "custom_iam_instance_profile"),
      .argument("DedicatedLogVolume", "dedicated_log_volume"),
      .argument("Domain", "domain"),
      .argument("DomainAuthSecretArn", "domain_auth_secret_arn"),
      .argument("DomainDnsIps", "domain_dns_ips"),
      .argument("DomainFqdn", "domain_fqdn"),
      .argument("DomainIAMRoleName", "domain_iam_role_name"),
      .argument("DomainOu", "domain_ou"),
      .tags,
    ],
    finish: { builder in
      pointInTimeRestore(&builder)
      finalSnapshot(&builder)
    })

  /// `Engine`: RDS and Terraform spell engines in lower case (`MySQL` → `mysql`).
  @Sendable static func engine(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    guard let text = member.value.stringValue, text != text.lowercased() else {
      parts.argument(
        "engine",
        builder.translate(member, as: .string, target: builder.primary.path / "engine"))
      return
    }
    let value = HCLExpression.string(text.lowercased())
    builder.record(
      member, target: builder.primary.path / "engine",
      status: .transformed, note: "the engine name is written in lower case, as RDS reports it",
      source: member.value, value: value)
    parts.argument("engine", value)
  }

  /// The fields of a point-in-time restore.
  static let restoreFields = [
    "RestoreTime", "UseLatestRestorableTime", "SourceDBInstanceAutomatedBackupsArn",
    "SourceDbiResourceId",
  ]

  /// `SourceDBInstanceIdentifier`: the source of a read replica (`replicate_source_db`), or, with
  /// `RestoreTime`, `UseLatestRestorableTime`, `SourceDBInstanceAutomatedBackupsArn` or
  /// `SourceDbiResourceId`, of a point-in-time restore (`restore_to_point_in_time`). The restore
  /// fields are placed here whether or not the identifier is given.
  @Sendable static func sourceInstance(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    let restore = builder.resource.properties.filter { restoreFields.contains($0.key) }
    guard restore.isEmpty else { return }
    parts.argument(
      "replicate_source_db",
      builder.translate(
        member, as: .string, target: builder.primary.path / "replicate_source_db"))
  }

  /// The `restore_to_point_in_time` block, when the template restores an instance.
  static func pointInTimeRestore(_ builder: inout ResourceBuilder) {
    let members = builder.resource.properties.filter {
      restoreFields.contains($0.key) || $0.key == "SourceDBInstanceIdentifier"
    }
    guard members.contains(where: { restoreFields.contains($0.key) }) else { return }
    var body = BodyParts()
    builder.apply(
      [
        .argument("SourceDBInstanceIdentifier", "source_db_instance_identifier"),
        .argument("SourceDbiResourceId", "source_dbi_resource_id"),
        .argument(
          "SourceDBInstanceAutomatedBackupsArn", "source_db_instance_automated_backups_arn"),
        .argument("RestoreTime", "restore_time"),
        .argument("UseLatestRestorableTime", "use_latest_restorable_time"),
      ], to: members, in: builder.scope.block("restore_to_point_in_time"), into: &body)
    builder.primary.content.block(HCLBlock("restore_to_point_in_time", body: body.body))
  }

  /// `MasterUserPassword`: a `Ref` to a NoEcho parameter stays (its variable is sensitive); a
  /// password written in the template becomes a new sensitive variable, its value not copied.
  @Sendable static func masterUserPassword(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    builder.translator.begin()
    let written = builder.translator.writesSecretText(member.value)
    var value = written ? .null : builder.translator.translate(member.value, as: .string)
    if written {
      let name = builder.translator.namer.reserveVariable(
        builder.primary.name + "_master_user_password")
      value = builder.translator.addVariable(
        AddedVariable(
          name: name, type: "string",
          description:
            "Master password of the database \(builder.logicalId); the template wrote it in plain text, and its value is not copied.",
          sensitive: true))
      builder.translator.sensitiveVariables.insert(name)
      builder.translator.touchesSecret = true
      builder.translator.transformed("the password written in the template became var.\(name)")
      builder.diagnostics.append(
        .warning(
          "the master password of '\(builder.logicalId)' is written in the template; it becomes the sensitive variable '\(name)'",
          at: member.keyRange.start,
          notes: [.init("set it from a secret store; the template's value is not copied")]))
    } else if !builder.translator.touchesSecret {
      builder.diagnostics.append(
        .warning(
          "the master password of '\(builder.logicalId)' does not come from a NoEcho parameter",
          at: member.keyRange.start,
          notes: [.init("mark the parameter NoEcho so that its variable is sensitive")]))
    }
    builder.record(
      member, target: builder.primary.path / "password",
      status: builder.translator.status, note: builder.translator.note, source: member.value,
      value: value, secret: true)
    parts.argument("password", value)
  }

  /// CloudFormation snapshots a DB instance it deletes unless `DeletionPolicy` is `Delete`;
  /// Terraform refuses to delete one without `final_snapshot_identifier` or
  /// `skip_final_snapshot`, so the snapshot is named (after the identifier, or the stack name and
  /// logical id).
  static func finalSnapshot(_ builder: inout ResourceBuilder) {
    if builder.resource.deletionPolicy?.value == "Delete" {
      builder.primary.content.argument("skip_final_snapshot", .bool(true))
      return
    }
    var prefix: HCLExpression = .template([
      .interpolation(builder.translator.stackName()),
      .literal("-" + builder.logicalId.lowercased()),
    ])
    if let identifier = builder.resource.property("DBInstanceIdentifier") {
      builder.translator.begin()
      prefix = builder.translator.translate(identifier.value, as: .string)
    }
    let name: HCLExpression =
      switch prefix {
      case .string(let text): .string(text + "-final-snapshot")
      case .template(let parts): .template(parts + [.literal("-final-snapshot")])
      default: .template([.interpolation(prefix), .literal("-final-snapshot")])
      }
    builder.primary.content.argument(
      "final_snapshot_identifier", name,
      comments: ["CloudFormation takes a final snapshot when it deletes the instance"])
  }

  static let dbSubnetGroup = ResourceMapping(
    "AWS::RDS::DBSubnetGroup", to: "aws_db_subnet_group", ref: "name",
    properties: [
      .custom("DBSubnetGroupName") { member, builder, parts in
        let target = builder.primary.path / "name"
        guard let text = member.value.stringValue, text != text.lowercased() else {
          parts.argument("name", builder.translate(member, as: .string, target: target))
          return
        }
        let value = HCLExpression.string(text.lowercased())
        builder.record(
          member, target: target, status: .transformed,
          note: "RDS stores subnet group names in lower case; Terraform accepts only that",
          source: member.value, value: value)
        parts.argument("name", value)
      },
      .argument("DBSubnetGroupDescription", "description"),
      .argument("SubnetIds", "subnet_ids"),
      .tags,
    ])

  static let dbSecurityGroup = ResourceMapping.omitted(
    "AWS::RDS::DBSecurityGroup",
    reason:
      "DB security groups belong to EC2-Classic, which AWS retired, and provider 5.0 removed aws_db_security_group: give the DB instance a VPC security group (VPCSecurityGroups) allowing the same sources"
  )
}
