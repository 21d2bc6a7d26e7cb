import CFNParser

/// `AWS::EFS::*`: file systems (with their backup policy, file system policy and replication as
/// resources of their own), mount targets and access points.
package enum EFS: MappingFamily {
  /// The mappings of this family.
  static let mappings = [fileSystem, mountTarget, accessPoint]

  /// `Ref` is the file system id, as in CloudFormation.
  static let fileSystem = ResourceMapping(
    "AWS::EFS::FileSystem", to: "aws_efs_file_system", ref: "id",
    attributes: ["Arn": "arn", "FileSystemId": "id"],
    properties: [
      .argument("AvailabilityZoneName", "availability_zone_name"),
      .argument("Encrypted", "encrypted"),
      .argument("KmsKeyId", "kms_key_id"),
      .argument("PerformanceMode", "performance_mode"),
      .argument("ThroughputMode", "throughput_mode"),
      .argument("ProvisionedThroughputInMibps", "provisioned_throughput_in_mibps"),
      PropertyRule(
        "LifecyclePolicies",
        .blocks(
          "lifecycle_policy",
          [
            .argument("TransitionToIA", "transition_to_ia"),
            .argument("TransitionToArchive", "transition_to_archive"),
            .argument("TransitionToPrimaryStorageClass", "transition_to_primary_storage_class"),
          ])),
      PropertyRule(
        "FileSystemProtection",
        .block("protection", [.argument("ReplicationOverwriteProtection", "replication_overwrite")])
      ),
      PropertyRule("FileSystemTags", .tagsMap("tags")),
      .custom(
        "BackupPolicy",
        ExtraResources.separate(
          "aws_efs_backup_policy", link: fileSystemLink, block: "backup_policy",
          format: "<file system id>", [.argument("Status", "status")])),
      .custom("FileSystemPolicy", fileSystemPolicy),
      .custom("BypassPolicyLockoutSafetyCheck") { member, builder, _ in
        // Written by fileSystemPolicy, into the policy resource.
        guard builder.resource.property("FileSystemPolicy") == nil else { return }
        builder.dropped(member, reason: "it applies to a FileSystemPolicy, which is not set")
      },
      .custom(
        "ReplicationConfiguration",
        ExtraResources.separate(
          "aws_efs_replication_configuration",
          link: .init(argument: "source_file_system_id", attribute: "id"),
          importID: .physicalId, format: "<source file system id>",
          [
            PropertyRule(
              "Destinations",
              .blocks(
                "destination",
                [
                  .argument("AvailabilityZoneName", "availability_zone_name"),
                  .argument("FileSystemId", "file_system_id"),
                  .argument("KmsKeyId", "kms_key_id"),
                  .argument("Region", "region"),
                  .drop(
                    "RoleArn",
                    "aws_efs_replication_configuration has no role: EFS uses its service-linked role"
                  ),
                  .drop(
                    "Status", "the replication's status is read, never set, in Terraform"),
                  .drop(
                    "StatusMessage", "the replication's status is read, never set, in Terraform"),
                ]))
          ])),
    ])

  /// The separate policy, backup and replication resources name the file system by its id.
  static let fileSystemLink = ExtraResources.Link(argument: "file_system_id", attribute: "id")

  /// `FileSystemPolicy` (with `BypassPolicyLockoutSafetyCheck`): an `aws_efs_file_system_policy`,
  /// imported by the file system id.
  @Sendable static func fileSystemPolicy(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    let type = "aws_efs_file_system_policy"
    var resource = ExtraResources.make(
      type, name: ExtraResources.uniqueName(builder.primary.name, type: type, builder),
      from: member.key, builder)
    resource.content.argument("file_system_id", ExtraResources.primary("id", builder))
    resource.importID = .physicalId
    let policy = PolicyDocument.translate(member, &builder, target: resource.path / "policy")
    resource.content.argument("policy", policy)
    if let bypass = builder.resource.property("BypassPolicyLockoutSafetyCheck") {
      let value = builder.translate(
        bypass, as: .bool, target: resource.path / "bypass_policy_lockout_safety_check")
      resource.content.argument("bypass_policy_lockout_safety_check", value)
    }
    builder.extras.append(resource)
  }

  /// `Ref` is the mount target id.
  static let mountTarget = ResourceMapping(
    "AWS::EFS::MountTarget", to: "aws_efs_mount_target", ref: "id",
    attributes: ["Id": "id", "IpAddress": "ip_address"],
    properties: [
      .argument("FileSystemId", "file_system_id"),
      .argument("SubnetId", "subnet_id"),
      .argument("SecurityGroups", "security_groups"),
      .argument("IpAddress", "ip_address"),
      .drop(
        "IpAddressType",
        "aws_efs_mount_target (provider 5.100) has no IP address type: the mount target gets an IPv4 address"
      ),
      .drop(
        "Ipv6Address",
        "aws_efs_mount_target (provider 5.100) has no IPv6 address: the mount target gets an IPv4 address"
      ),
    ])

  /// `Ref` is the access point id.
  static let accessPoint = ResourceMapping(
    "AWS::EFS::AccessPoint", to: "aws_efs_access_point", ref: "id",
    attributes: ["AccessPointId": "id", "Arn": "arn"],
    properties: [
      .argument("FileSystemId", "file_system_id"),
      PropertyRule(
        "PosixUser",
        .block(
          "posix_user",
          [
            .argument("Uid", "uid"), .argument("Gid", "gid"),
            .argument("SecondaryGids", "secondary_gids"),
          ])),
      PropertyRule(
        "RootDirectory",
        .block(
          "root_directory",
          [
            .argument("Path", "path"),
            PropertyRule(
              "CreationInfo",
              .block(
                "creation_info",
                [
                  .argument("OwnerUid", "owner_uid"), .argument("OwnerGid", "owner_gid"),
                  .argument("Permissions", "permissions"),
                ])),
          ])),
      PropertyRule("AccessPointTags", .tagsMap("tags")),
      .drop(
        "ClientToken",
        "Terraform makes its own idempotency token: the access point is created once either way"),
    ])
}
