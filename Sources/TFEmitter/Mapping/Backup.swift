import CFNParser

/// `AWS::Backup::*`: vaults (their access policy, notifications and lock configuration as
/// resources of their own), plans (`Backup+Plans.swift`) and selections.
package enum Backup: MappingFamily {
  /// The mappings of this family.
  static let mappings = [vault, plan, selection]

  /// The separate policy, notification and lock resources name the vault by its name.
  static let vaultLink = ExtraResources.Link(argument: "backup_vault_name", attribute: "name")

  /// `AWS::Backup::BackupVault`. `Ref` and `BackupVaultName` are its name.
  static let vault = ResourceMapping(
    "AWS::Backup::BackupVault", to: "aws_backup_vault", ref: "name",
    attributes: ["BackupVaultArn": "arn", "BackupVaultName": "name"],
    properties: [
      .argument("BackupVaultName", "name"),
      .argument("EncryptionKeyArn", "kms_key_arn"),
      .argument("BackupVaultTags", "tags"),
      .custom("AccessPolicy", accessPolicy),
      .custom(
        "Notifications",
        ExtraResources.separate(
          "aws_backup_vault_notifications", link: vaultLink, format: "<vault name>",
          [
            .argument("SNSTopicArn", "sns_topic_arn"),
            .argument("BackupVaultEvents", "backup_vault_events"),
          ])),
      .custom(
        "LockConfiguration",
        ExtraResources.separate(
          "aws_backup_vault_lock_configuration", link: vaultLink, format: "<vault name>",
          [
            .argument("MinRetentionDays", "min_retention_days"),
            .argument("MaxRetentionDays", "max_retention_days"),
            .argument("ChangeableForDays", "changeable_for_days"),
          ])),
      .drop("BackupVaultArn", "read-only: GetAtt BackupVaultArn returns it"),
    ])

  /// `AccessPolicy`: an `aws_backup_vault_policy`, imported by the vault name.
  @Sendable static func accessPolicy(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    let type = "aws_backup_vault_policy"
    var resource = ExtraResources.make(
      type, name: ExtraResources.uniqueName(builder.primary.name, type: type, builder),
      from: member.key, builder)
    resource.content.argument("backup_vault_name", ExtraResources.primary("name", builder))
    resource.importID = .physicalId
    let policy = PolicyDocument.translate(member, &builder, target: resource.path / "policy")
    resource.content.argument("policy", policy)
    builder.extras.append(resource)
  }

  /// `AWS::Backup::BackupSelection`. `Ref`, `Id` and `SelectionId` are the selection id;
  /// Terraform imports it as `<plan id>|<selection id>`.
  static let selection = ResourceMapping(
    "AWS::Backup::BackupSelection", to: "aws_backup_selection", ref: "id",
    attributes: ["Id": "id", "SelectionId": "id"],
    properties: [
      .argument("BackupPlanId", "plan_id"),
      .custom(
        "BackupSelection",
        ExtraResources.flattened([
          .argument("SelectionName", "name"),
          .argument("IamRoleArn", "iam_role_arn"),
          .argument("Resources", "resources"),
          .argument("NotResources", "not_resources"),
          PropertyRule(
            "ListOfTags",
            .blocks(
              "selection_tag",
              [
                .argument("ConditionType", "type"), .argument("ConditionKey", "key"),
                .argument("ConditionValue", "value"),
              ])),
          PropertyRule(
            "Conditions",
            .block(
              "condition",
              [
                condition("StringEquals", "string_equals"),
                condition("StringNotEquals", "string_not_equals"),
                condition("StringLike", "string_like"),
                condition("StringNotLike", "string_not_like"),
              ])),
        ])),
      .drop("Id", "read-only: the selection id, which Ref returns"),
      .drop("SelectionId", "read-only: the selection id, which Ref returns"),
    ],
    importID: .custom { context in
      guard let plan = context.property("BackupPlanId"),
        let selection = context.physicalId?.split(separator: "|").last
      else { return nil }
      return "\(plan)|\(selection)"
    })

  /// A list of `ConditionKey`/`ConditionValue` of a selection's `Conditions` as `block` blocks.
  static func condition(_ property: String, _ block: String) -> PropertyRule {
    PropertyRule(
      property,
      .blocks(
        block, [.argument("ConditionKey", "key"), .argument("ConditionValue", "value")]))
  }
}
