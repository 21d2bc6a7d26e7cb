import CFNParser

/// `AWS::Redshift::*`: clusters (the master password a sensitive variable, logging and the
/// cross-region snapshot copy as blocks, the final snapshot CloudFormation takes for
/// `DeletionPolicy: Snapshot` named, none otherwise), subnet groups and parameter groups. Cluster
/// security groups and their ingress rules (EC2-Classic) are left out.
package enum Redshift: MappingFamily {
  /// The mappings of this family.
  static let mappings = [
    cluster, subnetGroup, parameterGroup, securityGroup, securityGroupIngress,
  ]

  /// `AWS::Redshift::Cluster`. `Ref` is the cluster identifier; `Endpoint.Address` is the DNS
  /// name (Terraform's `endpoint` is `address:port`).
  static let cluster = ResourceMapping(
    "AWS::Redshift::Cluster", to: "aws_redshift_cluster", ref: "cluster_identifier",
    attributes: [
      "Endpoint.Address": "dns_name", "Endpoint.Port": "port",
      "ClusterNamespaceArn": "cluster_namespace_arn",
      "MasterPasswordSecretArn": "master_password_secret_arn",
    ],
    properties: [
      .custom("ClusterIdentifier", RDS.Clusters.lowercased("cluster_identifier")),
      .argument("ClusterType", "cluster_type"),
      .argument("NodeType", "node_type"),
      .argument("NumberOfNodes", "number_of_nodes"),
      .argument("ClusterVersion", "cluster_version"),
      .argument("DBName", "database_name"),
      .argument("MasterUsername", "master_username"),
      .custom(
        "MasterUserPassword",
        SecretArgument.rule(
          "master_password", .init("master password", variable: "master_user_password"))),
      .argument("ManageMasterPassword", "manage_master_password"),
      .argument("MasterPasswordSecretKmsKeyId", "master_password_secret_kms_key_id"),
      .argument("Port", "port"),
      .argument("ClusterSubnetGroupName", "cluster_subnet_group_name"),
      .argument("VpcSecurityGroupIds", "vpc_security_group_ids"),
      .argument("PubliclyAccessible", "publicly_accessible"),
      .argument("ElasticIp", "elastic_ip"),
      .argument("AvailabilityZone", "availability_zone"),
      .argument("AvailabilityZoneRelocation", "availability_zone_relocation_enabled"),
      .argument("MultiAZ", "multi_az"),
      .argument("EnhancedVpcRouting", "enhanced_vpc_routing"),
      .argument("ClusterParameterGroupName", "cluster_parameter_group_name"),
      .argument("IamRoles", "iam_roles"),
      .argument("Encrypted", "encrypted"),
      .custom("KmsKeyId", RDS.Clusters.kmsKeyArn("kms_key_id")),
      .argument("AllowVersionUpgrade", "allow_version_upgrade"),
      .argument("MaintenanceTrackName", "maintenance_track_name"),
      .argument("PreferredMaintenanceWindow", "preferred_maintenance_window"),
      .argument("AutomatedSnapshotRetentionPeriod", "automated_snapshot_retention_period"),
      .argument("ManualSnapshotRetentionPeriod", "manual_snapshot_retention_period"),
      .argument("SnapshotIdentifier", "snapshot_identifier"),
      .argument("SnapshotClusterIdentifier", "snapshot_cluster_identifier"),
      .argument("OwnerAccount", "owner_account"),
      .custom(
        "LoggingProperties",
        OpenSearch.block(
          "logging",
          [
            .argument("BucketName", "bucket_name"),
            .argument("S3KeyPrefix", "s3_key_prefix"),
            .argument("LogDestinationType", "log_destination_type"),
            .argument("LogExports", "log_exports"),
          ], defaults: [("Enable", "enable", .bool(true))],
          comment: "LoggingProperties turns audit logging on")),
      // Placed by `snapshotCopy`, in the snapshot_copy block.
      .custom("DestinationRegion") { _, _, _ in },
      .custom("SnapshotCopyGrantName") { _, _, _ in },
      .custom("SnapshotCopyRetentionPeriod") { _, _, _ in },
      unlessDefault(
        "SnapshotCopyManual", .bool(false),
        "aws_redshift_cluster (provider 5.100) cannot apply the copy retention period to manual snapshots: set it with 'aws redshift modify-snapshot-copy-retention-period --manual'"
      ),
      .tags,
      .drop(
        "ClusterSecurityGroups",
        "cluster security groups belong to EC2-Classic, which AWS retired, and provider 5.0 removed them: give the cluster VpcSecurityGroupIds"
      ),
      .drop(
        "AquaConfigurationStatus",
        "AWS retired the AQUA setting: Redshift turns AQUA on by itself, and the provider ignores the argument"
      ),
      .drop(
        "Classic",
        "CloudFormation's choice of resize method: Terraform resizes through ModifyCluster, and Redshift picks the method"
      ),
      .drop(
        "AvailabilityZoneRelocationStatus",
        "a status, not a setting: AvailabilityZoneRelocation turns relocation on or off"),
      unlessDefault("DeferMaintenance", .bool(false), deferReason),
      notInProvider("DeferMaintenanceDuration", deferReason),
      notInProvider("DeferMaintenanceStartTime", deferReason),
      notInProvider("DeferMaintenanceEndTime", deferReason),
      .drop("DeferMaintenanceIdentifier", "read-only: Redshift sets it"),
      notInProvider(
        "HsmClientCertificateIdentifier",
        "aws_redshift_cluster (provider 5.100) cannot use an HSM: set it with 'aws redshift modify-cluster --hsm-client-certificate-identifier'"
      ),
      notInProvider(
        "HsmConfigurationIdentifier",
        "aws_redshift_cluster (provider 5.100) cannot use an HSM: set it with 'aws redshift modify-cluster --hsm-configuration-identifier'"
      ),
      notInProvider(
        "NamespaceResourcePolicy",
        "the namespace's resource policy is the resource aws_redshift_resource_policy, which cfn2tf does not write yet: add one for the cluster's namespace by hand"
      ),
      notInProvider(
        "ResourceAction",
        "aws_redshift_cluster (provider 5.100) neither pauses, resumes nor fails over a cluster: run 'aws redshift pause-cluster' (or resume-cluster, failover-primary-compute), or schedule it with aws_redshift_scheduled_action"
      ),
      notInProvider(
        "RevisionTarget",
        "aws_redshift_cluster (provider 5.100) does not choose a cluster revision: run 'aws redshift modify-cluster-db-revision'"
      ),
      unlessDefault(
        "RotateEncryptionKey", .bool(false),
        "aws_redshift_cluster (provider 5.100) does not rotate the encryption key: run 'aws redshift rotate-encryption-key'"
      ),
      .drop("Endpoint", "read-only: Redshift sets it"),
      .drop("ClusterNamespaceArn", "read-only: GetAtt ClusterNamespaceArn returns it"),
      .drop("MasterPasswordSecretArn", "read-only: GetAtt MasterPasswordSecretArn returns it"),
    ],
    finish: { builder in
      RDS.Clusters.requireLowercaseName("cluster_identifier", unless: "ClusterIdentifier", &builder)
      snapshotCopy(&builder)
      finalSnapshot(&builder)
    })

  /// Why maintenance deferral is not converted.
  static let deferReason =
    "aws_redshift_cluster (provider 5.100) cannot defer maintenance: run 'aws redshift modify-cluster-maintenance --defer-maintenance'"

  /// The cross-region snapshot copy: `DestinationRegion`, `SnapshotCopyGrantName` and
  /// `SnapshotCopyRetentionPeriod` as the `snapshot_copy` block.
  static func snapshotCopy(_ builder: inout ResourceBuilder) {
    let rules: [PropertyRule] = [
      .argument("DestinationRegion", "destination_region"),
      .argument("SnapshotCopyGrantName", "grant_name"),
      .argument("SnapshotCopyRetentionPeriod", "retention_period"),
    ]
    let members = builder.resource.properties.filter { member in
      rules.contains { $0.property == member.key }
    }
    guard !members.isEmpty else { return }
    guard members.contains(where: { $0.key == "DestinationRegion" }) else {
      for member in members {
        builder.unsupported(
          member, reason: "a snapshot copy needs DestinationRegion, which is not set")
      }
      return
    }
    var body = BodyParts()
    builder.apply(rules, to: members, in: builder.scope.block("snapshot_copy"), into: &body)
    builder.primary.content.block(HCLBlock("snapshot_copy", body: body.body))
  }

  /// CloudFormation deletes a cluster without a final snapshot unless `DeletionPolicy` is
  /// `Snapshot`; Terraform refuses to delete one without `skip_final_snapshot` or a
  /// `final_snapshot_identifier`, which is named after the cluster identifier.
  static func finalSnapshot(_ builder: inout ResourceBuilder) {
    guard builder.resource.deletionPolicy?.value == "Snapshot" else {
      builder.primary.content.argument(
        "skip_final_snapshot", .bool(true),
        comments: ["CloudFormation takes no final snapshot unless DeletionPolicy is Snapshot"])
      return
    }
    RDS.Clusters.finalSnapshot(after: "cluster_identifier", &builder)
  }

  /// `AWS::Redshift::ClusterSubnetGroup`. `Ref` is its name, which Redshift stores in lower
  /// case.
  static let subnetGroup = ResourceMapping(
    "AWS::Redshift::ClusterSubnetGroup", to: "aws_redshift_subnet_group", ref: "name",
    properties: [
      .custom("ClusterSubnetGroupName", RDS.Clusters.lowercased("name")),
      .argument("Description", "description"),
      .argument("SubnetIds", "subnet_ids"),
      .tags,
    ],
    finish: {
      RDS.Clusters.requireLowercaseName("name", unless: "ClusterSubnetGroupName", &$0)
    })

  /// `AWS::Redshift::ClusterParameterGroup`. `Ref` is its name, which Redshift stores in lower
  /// case.
  static let parameterGroup = ResourceMapping(
    "AWS::Redshift::ClusterParameterGroup", to: "aws_redshift_parameter_group", ref: "name",
    properties: [
      .custom("ParameterGroupName", RDS.Clusters.lowercased("name")),
      .argument("ParameterGroupFamily", "family"),
      .argument("Description", "description"),
      PropertyRule(
        "Parameters",
        .blocks(
          "parameter",
          [.argument("ParameterName", "name"), .argument("ParameterValue", "value")])),
      .tags,
    ],
    finish: { RDS.Clusters.requireLowercaseName("name", unless: "ParameterGroupName", &$0) })

  static let securityGroup = ResourceMapping.omitted(
    "AWS::Redshift::ClusterSecurityGroup",
    reason:
      "cluster security groups belong to EC2-Classic, which AWS retired, and provider 5.0 removed aws_redshift_security_group: give the cluster a VPC security group (VpcSecurityGroupIds) allowing the same sources"
  )

  static let securityGroupIngress = ResourceMapping.omitted(
    "AWS::Redshift::ClusterSecurityGroupIngress",
    reason:
      "cluster security groups belong to EC2-Classic, which AWS retired, and provider 5.0 removed them: allow the source in the cluster's VPC security group (AWS::EC2::SecurityGroupIngress)"
  )

  /// A property the provider has no argument for: not converted, for `reason`.
  static func notInProvider(_ property: String, _ reason: String) -> PropertyRule {
    OpenSearch.notInProvider(property, reason)
  }

  /// A property the provider has no argument for: the default `value`, which needs none, is
  /// dropped; any other value is not converted, for `reason`.
  static func unlessDefault(_ property: String, _ value: HCLExpression, _ reason: String)
    -> PropertyRule
  {
    .custom(property) { member, builder, _ in
      let given: HCLExpression? =
        switch member.value.kind {
        case .string("true"), .bool(true): .bool(true)
        case .string("false"), .bool(false): .bool(false)
        case .string(let text): .string(text)
        case .number(let text): .number(text)
        default: nil
        }
      guard given == value else {
        builder.unsupported(member, reason: reason)
        return
      }
      builder.dropped(
        member,
        reason: "\(HCLPrinter.printExpression(value)) is the default, which needs no argument")
    }
  }
}
