import CFNParser

/// The fields of an EBS volume (the `Ebs` object of a block device mapping) and the argument each
/// becomes, written once for every body that takes them: an instance's and a launch
/// configuration's device blocks (where they sit beside `device_name`) and a launch template's
/// `ebs` block.
enum EBSVolume {
  /// CloudFormation field → Terraform argument, for every field some body takes.
  static let arguments: [(field: String, argument: String)] = [
    ("DeleteOnTermination", "delete_on_termination"),
    ("Encrypted", "encrypted"),
    ("Iops", "iops"),
    ("KmsKeyId", "kms_key_id"),
    ("SnapshotId", "snapshot_id"),
    ("Throughput", "throughput"),
    ("VolumeInitializationRate", "volume_initialization_rate"),
    ("VolumeSize", "volume_size"),
    ("VolumeType", "volume_type"),
  ]

  /// The argument rules for `fields`, in that order (the order the arguments are written in).
  static func rules(_ fields: [String]) -> [PropertyRule] {
    fields.map { field in
      guard let pair = arguments.first(where: { $0.field == field }) else {
        preconditionFailure("'\(field)' is not an EBS volume field")
      }
      return .argument(pair.field, pair.argument)
    }
  }

  /// An instance's EBS device (`ebs_block_device`): everything it takes; the order kept from
  /// before the table was shared, so the output is unchanged.
  static let instanceRules =
    rules([
      "DeleteOnTermination", "Encrypted", "Iops", "KmsKeyId", "VolumeSize", "VolumeType",
      "Throughput",
    ]) + rules(["SnapshotId"])

  /// An instance's root device (`root_block_device`): made from the AMI's own snapshot.
  static let rootRules =
    rules([
      "DeleteOnTermination", "Encrypted", "Iops", "KmsKeyId", "VolumeSize", "VolumeType",
      "Throughput",
    ]) + [.drop("SnapshotId", "the root volume is made from the AMI's own snapshot")]

  /// A launch configuration's device (CloudFormation's `BlockDevice` has no `KmsKeyId`), in
  /// `aws_launch_configuration` and in the launch template that replaces it.
  static let launchConfigurationRules = rules([
    "DeleteOnTermination", "Encrypted", "Iops", "SnapshotId", "VolumeSize", "VolumeType",
    "Throughput",
  ])

  /// A launch template's `ebs` block.
  static let launchTemplateRules =
    rules([
      "DeleteOnTermination", "Encrypted", "Iops", "KmsKeyId", "SnapshotId", "Throughput",
      "VolumeInitializationRate", "VolumeSize", "VolumeType",
    ]) + [
      .drop(
        "EbsCardIndex",
        "aws_launch_template (provider 5.100) has no EBS card index; the volume attaches to card 0"
      )
    ]
}
