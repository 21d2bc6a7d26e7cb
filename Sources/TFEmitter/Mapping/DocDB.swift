import CFNParser

/// `AWS::DocDB::*`: clusters (changes applied at once, the master password a sensitive
/// variable, point-in-time restores, the final snapshot `DeletionPolicy: Snapshot` asks for),
/// instances, subnet groups and cluster parameter groups. Names DocumentDB stores in lower case
/// are written so, as for RDS (`RDS+Groups.swift`).
package enum DocDB: MappingFamily {
  /// The mappings of this family.
  static let mappings = [dbCluster, dbInstance, dbSubnetGroup, dbClusterParameterGroup]

  /// `AWS::DocDB::DBCluster`. `Ref` and `Id` are the cluster identifier.
  static let dbCluster = ResourceMapping(
    "AWS::DocDB::DBCluster", to: "aws_docdb_cluster", ref: "cluster_identifier",
    attributes: [
      "Id": "id", "ClusterResourceId": "cluster_resource_id", "Endpoint": "endpoint",
      "ReadEndpoint": "reader_endpoint", "Port": "port",
    ],
    properties: [
      .custom("DBClusterIdentifier", RDS.Clusters.lowercased("cluster_identifier")),
      .argument("EngineVersion", "engine_version"),
      .argument("MasterUsername", "master_username"),
      .custom(
        "MasterUserPassword",
        SecretArgument.rule(
          "master_password", .init("master password", variable: "master_user_password"))),
      .argument("ManageMasterUserPassword", "manage_master_user_password"),
      .custom("MasterUserSecretKmsKeyId") { member, builder, _ in
        builder.unsupported(
          member,
          reason:
            "aws_docdb_cluster (provider 5.100) has no key for the managed master password's secret: Secrets Manager encrypts it with its AWS managed key"
        )
      },
      .custom("RotateMasterUserPassword") { member, builder, _ in
        if case .bool(false) = member.value.kind {
          builder.dropped(member, reason: "false rotates nothing")
        } else {
          builder.unsupported(
            member,
            reason:
              "Terraform does not rotate the managed master password: rotate it with 'aws docdb modify-db-cluster --rotate-master-user-password'"
          )
        }
      },
      .argument("Port", "port"),
      .argument("AvailabilityZones", "availability_zones"),
      .argument("DBSubnetGroupName", "db_subnet_group_name"),
      .argument("VpcSecurityGroupIds", "vpc_security_group_ids"),
      .custom("NetworkType") { member, builder, _ in
        if member.value.stringValue == "IPV4" {
          builder.dropped(member, reason: "IPV4 is DocumentDB's default")
        } else {
          builder.unsupported(
            member,
            reason: "aws_docdb_cluster (provider 5.100) has no network type: the cluster is IPv4"
          )
        }
      },
      .argument("DBClusterParameterGroupName", "db_cluster_parameter_group_name"),
      .argument("StorageEncrypted", "storage_encrypted"),
      .custom("KmsKeyId", RDS.Clusters.kmsKeyArn("kms_key_id")),
      .argument("StorageType", "storage_type"),
      .argument("BackupRetentionPeriod", "backup_retention_period"),
      .argument("PreferredBackupWindow", "preferred_backup_window"),
      .argument("PreferredMaintenanceWindow", "preferred_maintenance_window"),
      .argument("DeletionProtection", "deletion_protection"),
      .argument("EnableCloudwatchLogsExports", "enabled_cloudwatch_logs_exports"),
      .argument("GlobalClusterIdentifier", "global_cluster_identifier"),
      .argument("SnapshotIdentifier", "snapshot_identifier"),
      // Placed by `pointInTimeRestore`, in the restore_to_point_in_time block.
      .custom("SourceDBClusterIdentifier") { _, _, _ in },
      .custom("RestoreType") { _, _, _ in },
      .custom("RestoreToTime") { _, _, _ in },
      .custom("UseLatestRestorableTime") { _, _, _ in },
      .custom("CopyTagsToSnapshot") { member, builder, _ in
        builder.unsupported(
          member,
          reason:
            "aws_docdb_cluster (provider 5.100) cannot copy tags to snapshots: set it with 'aws docdb modify-db-cluster --copy-tags-to-snapshot'"
        )
      },
      .custom("ServerlessV2ScalingConfiguration") { member, builder, _ in
        builder.unsupported(
          member,
          reason:
            "aws_docdb_cluster (provider 5.100) has no serverless scaling: set it with 'aws docdb modify-db-cluster --serverless-v2-scaling-configuration'"
        )
      },
      .tags,
      .drop("ClusterResourceId", "read-only: GetAtt ClusterResourceId returns it"),
      .drop("Endpoint", "read-only: GetAtt Endpoint returns it"),
      .drop("ReadEndpoint", "read-only: GetAtt ReadEndpoint returns it"),
      .drop("Id", "read-only: the cluster identifier, which Ref returns"),
    ],
    finish: { builder in
      RDS.Clusters.requireLowercaseName(
        "cluster_identifier", unless: "DBClusterIdentifier", &builder)
      pointInTimeRestore(&builder)
      RDS.Clusters.applyImmediately(&builder)
      finalSnapshot(&builder)
    })

  /// The `restore_to_point_in_time` block, when the template restores a cluster from another.
  static func pointInTimeRestore(_ builder: inout ResourceBuilder) {
    let rules: [PropertyRule] = [
      .argument("SourceDBClusterIdentifier", "source_cluster_identifier"),
      .argument("RestoreType", "restore_type"),
      .argument("RestoreToTime", "restore_to_time"),
      .argument("UseLatestRestorableTime", "use_latest_restorable_time"),
    ]
    let members = builder.resource.properties.filter { member in
      rules.contains { $0.property == member.key }
    }
    guard !members.isEmpty else { return }
    var body = BodyParts()
    builder.apply(
      rules, to: members, in: builder.scope.block("restore_to_point_in_time"), into: &body)
    builder.primary.content.block(HCLBlock("restore_to_point_in_time", body: body.body))
  }

  /// CloudFormation deletes a DocumentDB or Neptune cluster without a snapshot unless its
  /// `DeletionPolicy` is `Snapshot` (its default is `Delete`, unlike an RDS cluster's), and
  /// Terraform requires either to be said: `skip_final_snapshot`, or the snapshot named after
  /// the cluster identifier (see `RDS.Clusters.finalSnapshot`).
  static func finalSnapshot(_ builder: inout ResourceBuilder) {
    guard builder.resource.deletionPolicy == nil else {
      RDS.Clusters.finalSnapshot(after: "cluster_identifier", &builder)
      return
    }
    builder.primary.content.argument(
      "skip_final_snapshot", .bool(true),
      comments: ["CloudFormation deletes the cluster without a snapshot (no DeletionPolicy)"])
  }

  /// `AWS::DocDB::DBInstance`. `Ref` and `Id` are the instance identifier.
  static let dbInstance = ResourceMapping(
    "AWS::DocDB::DBInstance", to: "aws_docdb_cluster_instance", ref: "identifier",
    attributes: ["Id": "id", "Endpoint": "endpoint", "Port": "port"],
    properties: [
      .custom("DBInstanceIdentifier", RDS.Clusters.lowercased("identifier")),
      .argument("DBClusterIdentifier", "cluster_identifier"),
      .argument("DBInstanceClass", "instance_class"),
      .argument("AvailabilityZone", "availability_zone"),
      .argument("AutoMinorVersionUpgrade", "auto_minor_version_upgrade"),
      .argument("PreferredMaintenanceWindow", "preferred_maintenance_window"),
      .argument("CACertificateIdentifier", "ca_cert_identifier"),
      .custom("CertificateRotationRestart") { member, builder, _ in
        builder.unsupported(
          member,
          reason:
            "aws_docdb_cluster_instance (provider 5.100) cannot choose whether a certificate rotation restarts the instance: DocumentDB restarts it"
        )
      },
      .argument("EnablePerformanceInsights", "enable_performance_insights"),
      .tags,
      .drop("Endpoint", "read-only: GetAtt Endpoint returns it"),
      .drop("Port", "read-only: GetAtt Port returns it"),
      .drop("Id", "read-only: the instance identifier, which Ref returns"),
    ],
    finish: { builder in
      RDS.Clusters.requireLowercaseName("identifier", unless: "DBInstanceIdentifier", &builder)
      RDS.Clusters.applyImmediately(&builder)
    })

  /// `AWS::DocDB::DBSubnetGroup`. `Ref` and `Id` are its name.
  static let dbSubnetGroup = ResourceMapping(
    "AWS::DocDB::DBSubnetGroup", to: "aws_docdb_subnet_group", ref: "name",
    attributes: ["Id": "id"],
    properties: [
      .custom("DBSubnetGroupName", RDS.Clusters.lowercased("name")),
      .argument("DBSubnetGroupDescription", "description"),
      .argument("SubnetIds", "subnet_ids"),
      .tags,
      .drop("Id", "read-only: the group's name, which Ref returns"),
    ],
    finish: { RDS.Clusters.requireLowercaseName("name", unless: "DBSubnetGroupName", &$0) })

  /// `AWS::DocDB::DBClusterParameterGroup`. `Ref` and `Id` are its name; every parameter is
  /// applied at the next reboot, as for RDS (`RDS.Clusters.parameters`).
  static let dbClusterParameterGroup = ResourceMapping(
    "AWS::DocDB::DBClusterParameterGroup", to: "aws_docdb_cluster_parameter_group", ref: "name",
    attributes: ["Id": "id"],
    properties: [
      .custom("Name", RDS.Clusters.lowercased("name")),
      .argument("Family", "family"),
      .argument("Description", "description"),
      .custom("Parameters", RDS.Clusters.parameters),
      .tags,
      .drop("Id", "read-only: the group's name, which Ref returns"),
    ],
    finish: { RDS.Clusters.requireLowercaseName("name", unless: "Name", &$0) })
}
