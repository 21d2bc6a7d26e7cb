import CFNParser

extension RDS {
  /// `AWS::RDS::*` beyond instances: DB clusters (changes applied at once, the final snapshot
  /// CloudFormation takes, the master password a sensitive variable, roles with a feature as
  /// associations of their own) and global clusters; parameter, cluster parameter and option
  /// groups and event subscriptions (`RDS+Groups.swift`); proxies and their target groups
  /// (`RDS+Proxies.swift`).
  enum Clusters: MappingFamily {
    /// The mappings of this family.
    static let mappings = [
      dbCluster, globalCluster, dbClusterParameterGroup, dbParameterGroup, optionGroup,
      eventSubscription, dbProxy, dbProxyTargetGroup,
    ]

    /// `AWS::RDS::DBCluster`. `Ref` is the cluster identifier. `StorageEncryptionType` and
    /// `StorageThroughput` have no counterpart (provider 5.100 does not read them): a reference
    /// to them becomes null, with a warning.
    static let dbCluster = ResourceMapping(
      "AWS::RDS::DBCluster", to: "aws_rds_cluster", ref: "cluster_identifier",
      attributes: [
        "DBClusterArn": "arn", "DBClusterResourceId": "cluster_resource_id",
        "Endpoint.Address": "endpoint", "Endpoint.Port": "port",
        "ReadEndpoint.Address": "reader_endpoint",
        "MasterUserSecret.SecretArn": "master_user_secret[0].secret_arn",
      ],
      properties: [
        .custom("DBClusterIdentifier", lowercased("cluster_identifier")),
        .custom("Engine", RDS.engine),
        .argument("EngineVersion", "engine_version"),
        .argument("EngineMode", "engine_mode"),
        .argument("EngineLifecycleSupport", "engine_lifecycle_support"),
        .argument("DBClusterInstanceClass", "db_cluster_instance_class"),
        .argument("AllocatedStorage", "allocated_storage"),
        .argument("StorageType", "storage_type"),
        .argument("Iops", "iops"),
        .argument("StorageEncrypted", "storage_encrypted"),
        .custom("KmsKeyId", kmsKeyArn("kms_key_id")),
        .argument("DatabaseName", "database_name"),
        .argument("MasterUsername", "master_username"),
        .custom(
          "MasterUserPassword",
          SecretArgument.rule(
            "master_password", .init("master password", variable: "master_user_password"))),
        .argument("ManageMasterUserPassword", "manage_master_user_password"),
        .custom(
          "MasterUserSecret",
          ExtraResources.flattened([
            .argument("KmsKeyId", "master_user_secret_kms_key_id"),
            .drop("SecretArn", "read-only: RDS sets it"),
          ])),
        unlessDefault(
          "MasterUserAuthenticationType", .string("password"),
          "aws_rds_cluster (provider 5.100) cannot make the master user sign in through IAM: set it with 'aws rds modify-db-cluster --master-user-authentication-type iam-db-auth'"
        ),
        .argument("Port", "port"),
        .argument("AvailabilityZones", "availability_zones"),
        .argument("DBSubnetGroupName", "db_subnet_group_name"),
        .argument("VpcSecurityGroupIds", "vpc_security_group_ids"),
        .argument("NetworkType", "network_type"),
        unlessDefault(
          "PubliclyAccessible", .bool(false),
          "aws_rds_cluster (provider 5.100) cannot make a Multi-AZ DB cluster publicly accessible: set it with 'aws rds modify-db-cluster --publicly-accessible'"
        ),
        .argument("DBClusterParameterGroupName", "db_cluster_parameter_group_name"),
        .argument("DBInstanceParameterGroupName", "db_instance_parameter_group_name"),
        .argument("BackupRetentionPeriod", "backup_retention_period"),
        .argument("PreferredBackupWindow", "preferred_backup_window"),
        .argument("PreferredMaintenanceWindow", "preferred_maintenance_window"),
        .argument("BacktrackWindow", "backtrack_window"),
        .argument("CopyTagsToSnapshot", "copy_tags_to_snapshot"),
        .argument("DeletionProtection", "deletion_protection"),
        .argument("DeleteAutomatedBackups", "delete_automated_backups"),
        unlessDefault(
          "AutoMinorVersionUpgrade", .bool(true),
          "aws_rds_cluster (provider 5.100) cannot turn off minor version upgrades of a Multi-AZ DB cluster: set it with 'aws rds modify-db-cluster --no-auto-minor-version-upgrade'"
        ),
        .argument("EnableCloudwatchLogsExports", "enabled_cloudwatch_logs_exports"),
        .argument("EnableIAMDatabaseAuthentication", "iam_database_authentication_enabled"),
        .argument("EnableHttpEndpoint", "enable_http_endpoint"),
        .argument("EnableGlobalWriteForwarding", "enable_global_write_forwarding"),
        .argument("EnableLocalWriteForwarding", "enable_local_write_forwarding"),
        .argument("GlobalClusterIdentifier", "global_cluster_identifier"),
        .argument("ReplicationSourceIdentifier", "replication_source_identifier"),
        .argument("SourceRegion", "source_region"),
        .argument("SnapshotIdentifier", "snapshot_identifier"),
        // Placed by `pointInTimeRestore`, in the restore_to_point_in_time block.
        .custom("SourceDBClusterIdentifier") { _, _, _ in },
        .custom("SourceDbClusterResourceId") { _, _, _ in },
        .custom("RestoreToTime") { _, _, _ in },
        .custom("RestoreType") { _, _, _ in },
        .custom("UseLatestRestorableTime") { _, _, _ in },
        PropertyRule(
          "ServerlessV2ScalingConfiguration",
          .block(
            "serverlessv2_scaling_configuration",
            [
              .argument("MinCapacity", "min_capacity"), .argument("MaxCapacity", "max_capacity"),
              .argument("SecondsUntilAutoPause", "seconds_until_auto_pause"),
            ])),
        PropertyRule(
          "ScalingConfiguration",
          .block(
            "scaling_configuration",
            [
              .argument("MinCapacity", "min_capacity"), .argument("MaxCapacity", "max_capacity"),
              .argument("AutoPause", "auto_pause"),
              .argument("SecondsUntilAutoPause", "seconds_until_auto_pause"),
              .argument("SecondsBeforeTimeout", "seconds_before_timeout"),
              .argument("TimeoutAction", "timeout_action"),
            ])),
        .argument("ClusterScalabilityType", "cluster_scalability_type"),
        .argument("DBSystemId", "db_system_id"),
        .argument("MonitoringInterval", "monitoring_interval"),
        .argument("MonitoringRoleArn", "monitoring_role_arn"),
        .argument("PerformanceInsightsEnabled", "performance_insights_enabled"),
        .custom(
          "PerformanceInsightsKmsKeyId", kmsKeyArn("performance_insights_kms_key_id")),
        .argument("PerformanceInsightsRetentionPeriod", "performance_insights_retention_period"),
        .argument("DatabaseInsightsMode", "database_insights_mode"),
        .argument("Domain", "domain"),
        .argument("DomainIAMRoleName", "domain_iam_role_name"),
        .custom("AssociatedRoles", associatedRoles),
        .tags,
        .drop("Endpoint", "read-only: RDS sets it"),
        .drop("ReadEndpoint", "read-only: RDS sets it"),
      ],
      finish: { builder in
        requireLowercaseName("cluster_identifier", unless: "DBClusterIdentifier", &builder)
        pointInTimeRestore(&builder)
        applyImmediately(&builder)
        finalSnapshot(after: "cluster_identifier", &builder)
      })

    /// The fields of a point-in-time restore (a clone) of a cluster.
    static let restoreRules: [PropertyRule] = [
      .argument("SourceDBClusterIdentifier", "source_cluster_identifier"),
      .argument("SourceDbClusterResourceId", "source_cluster_resource_id"),
      .argument("RestoreType", "restore_type"),
      .argument("RestoreToTime", "restore_to_time"),
      .argument("UseLatestRestorableTime", "use_latest_restorable_time"),
    ]

    /// The `restore_to_point_in_time` block, when the template restores a cluster from another.
    static func pointInTimeRestore(_ builder: inout ResourceBuilder) {
      let members = builder.resource.properties.filter { member in
        restoreRules.contains { $0.property == member.key }
      }
      guard !members.isEmpty else { return }
      var body = BodyParts()
      builder.apply(
        restoreRules, to: members, in: builder.scope.block("restore_to_point_in_time"),
        into: &body)
      builder.primary.content.block(HCLBlock("restore_to_point_in_time", body: body.body))
    }

    /// `AssociatedRoles`: a role with a `FeatureName` becomes an `aws_rds_cluster_role_association`
    /// (imported by `<cluster id>,<role ARN>`); the others, which Aurora MySQL associates without
    /// a feature, the cluster's `iam_roles`.
    @Sendable static func associatedRoles(
      _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
    ) {
      guard
        let roles = builder.objects(
          of: member, computed: "a computed list of roles cannot be converted; write it out",
          notAnObject: "a role must be an object with RoleArn")
      else { return }
      var plain: [HCLExpression] = []
      for role in roles {
        guard let arn = role.fields.first(where: { $0.key == "RoleArn" }) else {
          builder.unsupported(role.element, reason: "a role must be an object with RoleArn")
          continue
        }
        let arnMember = role.element.field(arn)
        guard let feature = role.fields.first(where: { $0.key == "FeatureName" }) else {
          plain.append(
            builder.translate(
              arnMember, as: .string, target: builder.primary.path / "iam_roles"))
          continue
        }
        let type = "aws_rds_cluster_role_association"
        let base =
          builder.primary.name + "_" + ExtraResources.suffix(for: arn.value, index: role.index)
        var resource = ExtraResources.make(
          type, name: ExtraResources.uniqueName(base, type: type, builder), from: role.element.key,
          builder)
        resource.content.argument(
          "db_cluster_identifier", ExtraResources.primary("cluster_identifier", builder))
        let featureMember = role.element.field(feature)
        resource.content.argument(
          "feature_name",
          builder.translate(featureMember, as: .string, target: resource.path / "feature_name"))
        resource.content.argument(
          "role_arn",
          builder.translate(arnMember, as: .string, target: resource.path / "role_arn"))
        resource.importID = .joined([.physicalId, .value(arn.value)], separator: ",")
        builder.extras.append(resource)
      }
      if !plain.isEmpty { parts.argument("iam_roles", .tuple(plain)) }
    }

    /// CloudFormation snapshots a DB cluster it deletes unless `DeletionPolicy` is `Delete`, as
    /// it does a DB instance (see `RDS.finalSnapshot`): the snapshot is named after the cluster
    /// identifier; `Delete` skips it, which Terraform requires to be said.
    static func finalSnapshot(after argument: String, _ builder: inout ResourceBuilder) {
      if builder.resource.deletionPolicy?.value == "Delete" {
        builder.primary.content.argument("skip_final_snapshot", .bool(true))
        return
      }
      let id = builder.primary.content.arguments.items.lazy.compactMap {
        if case .attribute(let attribute) = $0, attribute.name == argument {
          attribute.value
        } else {
          nil
        }
      }.first
      guard let id else { return }
      let name: HCLExpression =
        switch id {
        case .string(let text): .string(text + "-final-snapshot")
        default: .template([.interpolation(id), .literal("-final-snapshot")])
        }
      builder.primary.content.argument(
        "final_snapshot_identifier", name,
        comments: ["CloudFormation takes a final snapshot when it deletes the cluster"])
    }

    /// `AWS::RDS::GlobalCluster`. `Ref` is its identifier. A global cluster built from an existing
    /// cluster gets `force_destroy`, without which Terraform cannot delete it while the cluster
    /// is a member.
    static let globalCluster = ResourceMapping(
      "AWS::RDS::GlobalCluster", to: "aws_rds_global_cluster", ref: "global_cluster_identifier",
      attributes: ["GlobalEndpoint.Address": "endpoint"],
      properties: [
        .custom("GlobalClusterIdentifier", lowercased("global_cluster_identifier")),
        .custom("Engine", RDS.engine),
        .argument("EngineVersion", "engine_version"),
        .argument("EngineLifecycleSupport", "engine_lifecycle_support"),
        .custom("SourceDBClusterIdentifier", sourceCluster),
        .argument("StorageEncrypted", "storage_encrypted"),
        .argument("DeletionProtection", "deletion_protection"),
        .tags,
        .drop("GlobalEndpoint", "read-only: RDS sets it"),
      ],
      finish: { builder in
        requireLowercaseName(
          "global_cluster_identifier", unless: "GlobalClusterIdentifier", &builder)
      })

    /// `SourceDBClusterIdentifier`: Terraform takes the source cluster's ARN, which a `Ref` to a
    /// cluster of the template (its identifier) becomes.
    @Sendable static func sourceCluster(
      _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
    ) {
      let target = builder.primary.path / "source_db_cluster_identifier"
      if case .ref(let name) = member.value.kind,
        builder.translator.template.resource(name)?.type.value == "AWS::RDS::DBCluster",
        let cluster = builder.translator.targets[name], !cluster.isMissing
      {
        let value = cluster.expression(for: "arn")
        builder.record(
          member, target: target, status: .transformed,
          note: "the cluster's identifier became its ARN, which Terraform takes",
          source: member.value, value: value)
        parts.argument("source_db_cluster_identifier", value)
      } else {
        parts.argument(
          "source_db_cluster_identifier", builder.translate(member, as: .string, target: target))
      }
      parts.argument(
        "force_destroy", .bool(true),
        comments: ["Terraform removes the source cluster from the global cluster to delete it"])
    }
  }
}
