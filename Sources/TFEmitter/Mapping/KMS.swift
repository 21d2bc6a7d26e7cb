import CFNParser

/// `AWS::KMS::Key` and `AWS::KMS::Alias`.
package enum KMS: MappingFamily {
  /// The mappings of this family.
  static let mappings = [key, alias]

  /// `Ref` is the key id, as in CloudFormation.
  static let key = ResourceMapping(
    "AWS::KMS::Key", to: "aws_kms_key", ref: "key_id",
    attributes: ["Arn": "arn", "KeyId": "key_id"],
    properties: [
      .argument("Description", "description"),
      .argument("KeyUsage", "key_usage"),
      .argument("KeySpec", "customer_master_key_spec"),
      .argument("Enabled", "is_enabled"),
      .argument("EnableKeyRotation", "enable_key_rotation"),
      .argument("RotationPeriodInDays", "rotation_period_in_days"),
      .argument("MultiRegion", "multi_region"),
      .argument("PendingWindowInDays", "deletion_window_in_days"),
      .argument("BypassPolicyLockoutSafetyCheck", "bypass_policy_lockout_safety_check"),
      .custom("KeyPolicy") { member, builder, parts in
        PolicyDocument.argument(member, "policy", &builder, &parts)
      },
      .custom("Origin") { member, builder, _ in
        guard member.value.stringValue == "AWS_KMS" else {
          builder.unsupported(
            member,
            reason:
              "keys with imported or external key material are aws_kms_external_key or a custom key store in Terraform"
          )
          return
        }
        builder.record(
          member, target: nil, status: .exact,
          note: "AWS_KMS is the origin of every aws_kms_key", source: member.value)
      },
      .tags,
    ])

  static let alias = ResourceMapping(
    "AWS::KMS::Alias", to: "aws_kms_alias", ref: "name",
    properties: [
      .argument("AliasName", "name"),
      .argument("TargetKeyId", "target_key_id"),
    ])
}
