import CFNParser

/// `AWS::Neptune::*`: clusters (changes applied at once, roles as `iam_roles`, the final
/// snapshot `DeletionPolicy: Snapshot` asks for), instances, subnet groups, and cluster and
/// instance parameter groups. Names Neptune stores in lower case are written so, as for RDS.
package enum Neptune: MappingFamily {
  /// The mappings of this family.
  static let mappings = [
    dbCluster, dbInstance, dbSubnetGroup, dbClusterParameterGroup, dbParameterGroup,
  ]

  /// `AWS::Neptune::DBCluster`. `Ref` is the cluster identifier. Provider 5.100 cannot restore a
  /// cluster to a point in time: a clone is reported.
  static let dbCluster = ResourceMapping(
    "AWS::Neptune::DBCluster", to: "aws_neptune_cluster", ref: "cluster_identifier",
    attributes: [
      "ClusterResourceId": "cluster_resource_id", "Endpoint": "endpoint",
      "ReadEndpoint": "reader_endpoint", "Port": "port",
    ],
    properties: [
      .custom("DBClusterIdentifier", RDS.Clusters.lowercased("cluster_identifier")),
      .argument("EngineVersion", "engine_version"),
      .argument("DBPort", "port"),
      .argument("AvailabilityZones", "availability_zones"),
      .argument("DBSubnetGroupName", "neptune_subnet_group_name"),
      .argument("VpcSecurityGroupIds", "vpc_security_group_ids"),
      .argument("DBClusterParameterGroupName", "neptune_cluster_parameter_group_name"),
      .argument("DBInstanceParameterGroupName", "neptune_instance_parameter_group_name"),
      .argument("StorageEncrypted", "storage_encrypted"),
      .custom("KmsKeyId", RDS.Clusters.kmsKeyArn("kms_key_arn")),
      .argument("IamAuthEnabled", "iam_database_authentication_enabled"),
      .custom("AssociatedRoles", associatedRoles),
      .argument("BackupRetentionPeriod", "backup_retention_period"),
      .argument("PreferredBackupWindow", "preferred_backup_window"),
      .argument("PreferredMaintenanceWindow", "preferred_maintenance_window"),
      .argument("CopyTagsToSnapshot", "copy_tags_to_snapshot"),
      .argument("DeletionProtection", "deletion_protection"),
      .argument("EnableCloudwatchLogsExports", "enable_cloudwatch_logs_exports"),
      PropertyRule(
        "ServerlessScalingConfiguration",
        .block(
          "serverless_v2_scaling_configuration",
          [.argument("MinCapacity", "min_capacity"), .argument("MaxCapacity", "max_capacity")])),
      .argument("SnapshotIdentifier", "snapshot_identifier"),
      restore("SourceDBClusterIdentifier"),
      restore("RestoreType"),
      restore("RestoreToTime"),
      restore("UseLatestRestorableTime"),
      .tags,
      .drop("ClusterResourceId", "read-only: GetAtt ClusterResourceId returns it"),
      .drop("Endpoint", "read-only: GetAtt Endpoint returns it"),
      .drop("ReadEndpoint", "read-only: GetAtt ReadEndpoint returns it"),
      .drop("Port", "read-only: GetAtt Port returns it; DBPort sets it"),
    ],
    finish: { builder in
      RDS.Clusters.requireLowercaseName(
        "cluster_identifier", unless: "DBClusterIdentifier", &builder)
      RDS.Clusters.applyImmediately(&builder)
      DocDB.finalSnapshot(&builder)
    })

  /// A field of a point-in-time restore: reported with the clone it makes, dropped without one.
  static func restore(_ property: String) -> PropertyRule {
    .custom(property) { member, builder, _ in
      guard builder.resource.property("SourceDBClusterIdentifier") != nil else {
        builder.dropped(
          member,
          reason: "it applies to a restore, which SourceDBClusterIdentifier does not ask for")
        return
      }
      builder.unsupported(
        member,
        reason:
          "aws_neptune_cluster (provider 5.100) cannot restore a cluster to a point in time: restore it with 'aws neptune restore-db-cluster-to-point-in-time', then import it"
      )
    }
  }

  /// `AssociatedRoles`: their ARNs as `iam_roles`; provider 5.100 cannot associate a role for a
  /// feature, so a role with a `FeatureName` is reported.
  @Sendable static func associatedRoles(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    guard
      let roles = builder.objects(
        of: member, computed: "a computed list of roles cannot be converted; write it out",
        notAnObject: "a role must be an object with RoleArn")
    else { return }
    let target = builder.primary.path / "iam_roles"
    builder.record(
      member, target: target, status: .transformed,
      note: "the roles' ARNs became iam_roles")
    var arns: [HCLExpression] = []
    for role in roles {
      guard let arn = role.fields.first(where: { $0.key == "RoleArn" }) else {
        builder.unsupported(role.element, reason: "a role must be an object with RoleArn")
        continue
      }
      if let feature = role.fields.first(where: { $0.key == "FeatureName" }) {
        builder.unsupported(
          role.element.field(feature),
          reason:
            "aws_neptune_cluster (provider 5.100) associates roles without a feature: add the feature with 'aws neptune add-role-to-db-cluster --feature-name'"
        )
      }
      arns.append(
        builder.translate(role.element.field(arn), as: .string, target: target))
    }
    if !arns.isEmpty { parts.argument("iam_roles", .tuple(arns)) }
  }

  /// `AWS::Neptune::DBInstance`. `Ref` is the instance identifier; `Endpoint` is its address
  /// (Terraform's `endpoint` adds the port). Terraform requires the cluster, which Neptune does
  /// too: an instance without `DBClusterIdentifier` is reported.
  static let dbInstance = ResourceMapping(
    "AWS::Neptune::DBInstance", to: "aws_neptune_cluster_instance", ref: "identifier",
    attributes: ["Endpoint": "address", "Port": "port"],
    properties: [
      .custom("DBInstanceIdentifier", RDS.Clusters.lowercased("identifier")),
      .argument("DBClusterIdentifier", "cluster_identifier"),
      .argument("DBInstanceClass", "instance_class"),
      .argument("AvailabilityZone", "availability_zone"),
      .argument("DBSubnetGroupName", "neptune_subnet_group_name"),
      .argument("DBParameterGroupName", "neptune_parameter_group_name"),
      .argument("PubliclyAccessible", "publicly_accessible"),
      .argument("AutoMinorVersionUpgrade", "auto_minor_version_upgrade"),
      .argument("PreferredMaintenanceWindow", "preferred_maintenance_window"),
      .drop(
        "AllowMajorVersionUpgrade",
        "an instance runs its cluster's engine version; allow major upgrades on the cluster"),
      .drop(
        "DBSnapshotIdentifier",
        "Neptune restores instances with their cluster (CloudFormation does not support it either): set SnapshotIdentifier on the cluster"
      ),
      .tags,
      .drop("Endpoint", "read-only: GetAtt Endpoint returns it"),
      .drop("Port", "read-only: GetAtt Port returns it"),
    ],
    finish: { builder in
      RDS.Clusters.requireLowercaseName("identifier", unless: "DBInstanceIdentifier", &builder)
      RDS.Clusters.applyImmediately(&builder)
      guard builder.resource.property("DBClusterIdentifier") == nil else { return }
      let reason =
        "Terraform requires the instance's cluster (cluster_identifier): write DBClusterIdentifier"
      builder.primary.comments.append("cfn2tf: \(reason)")
      builder.diagnostics.append(
        .warning(
          "'\(builder.logicalId)' (AWS::Neptune::DBInstance) is not converted as it is: \(reason)",
          at: builder.resource.range.start))
      builder.ledger.append(
        LedgerEntry(
          kind: .addition, path: builder.templatePath(.here / "DBClusterIdentifier"),
          resourceType: builder.resource.type.value, location: builder.resource.range.start,
          target: builder.primary.path / "cluster_identifier", status: .unsupported,
          note: reason))
    })

  /// `AWS::Neptune::DBSubnetGroup`. `Ref` is its name.
  static let dbSubnetGroup = ResourceMapping(
    "AWS::Neptune::DBSubnetGroup", to: "aws_neptune_subnet_group", ref: "name",
    properties: [
      .custom("DBSubnetGroupName", RDS.Clusters.lowercased("name")),
      .argument("DBSubnetGroupDescription", "description"),
      .argument("SubnetIds", "subnet_ids"),
      .tags,
    ],
    finish: { RDS.Clusters.requireLowercaseName("name", unless: "DBSubnetGroupName", &$0) })

  /// `AWS::Neptune::DBClusterParameterGroup`: see `parameterGroup`.
  static let dbClusterParameterGroup = parameterGroup(
    "AWS::Neptune::DBClusterParameterGroup", to: "aws_neptune_cluster_parameter_group")

  /// `AWS::Neptune::DBParameterGroup`: see `parameterGroup`.
  static let dbParameterGroup = parameterGroup(
    "AWS::Neptune::DBParameterGroup", to: "aws_neptune_parameter_group")

  /// A cluster or instance parameter group. `Ref` is its name; every parameter is applied at the
  /// next reboot, as for RDS (`RDS.Clusters.parameters`).
  static func parameterGroup(_ type: String, to terraformType: String) -> ResourceMapping {
    ResourceMapping(
      type, to: terraformType, ref: "name",
      properties: [
        .custom("Name", RDS.Clusters.lowercased("name")),
        .argument("Family", "family"),
        .argument("Description", "description"),
        .custom("Parameters", RDS.Clusters.parameters),
        .tags,
      ],
      finish: { RDS.Clusters.requireLowercaseName("name", unless: "Name", &$0) })
  }
}
