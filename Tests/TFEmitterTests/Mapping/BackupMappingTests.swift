import Testing

@testable import TFEmitter

@Suite("Backup mappings")
struct BackupMappingTests {
  static let resources = """
    {"Vault": {"Type": "AWS::Backup::BackupVault", "Properties": {"BackupVaultName": "main",
       "EncryptionKeyArn":
         "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab",
       "BackupVaultTags": {"team": "ops"},
       "AccessPolicy": {"Version": "2012-10-17", "Statement": [{"Effect": "Deny",
         "Principal": "*", "Action": "backup:DeleteRecoveryPoint", "Resource": "*"}]},
       "Notifications": {"SNSTopicArn": "arn:aws:sns:us-east-1:123456789012:backup",
         "BackupVaultEvents": ["BACKUP_JOB_COMPLETED", "RESTORE_JOB_COMPLETED"]},
       "LockConfiguration": {"MinRetentionDays": 7, "MaxRetentionDays": 365,
         "ChangeableForDays": 3}}},
     "Plan": {"Type": "AWS::Backup::BackupPlan", "Properties": {
       "BackupPlan": {"BackupPlanName": "daily",
         "BackupPlanRule": [{"RuleName": "daily", "TargetBackupVault": {"Ref": "Vault"},
           "ScheduleExpression": "cron(0 5 ? * * *)", "StartWindowMinutes": 60,
           "Lifecycle": {"MoveToColdStorageAfterDays": 30, "DeleteAfterDays": 365},
           "RecoveryPointTags": {"plan": "daily"},
           "CopyActions": [{"DestinationBackupVaultArn":
             "arn:aws:backup:us-west-2:123456789012:backup-vault:dr",
             "Lifecycle": {"DeleteAfterDays": 90}}]},
          {"RuleName": "continuous", "TargetBackupVault": "main", "EnableContinuousBackup": true,
           "Lifecycle": {"DeleteAfterDays": 35}}],
         "AdvancedBackupSettings": [{"ResourceType": "EC2",
           "BackupOptions": {"WindowsVSS": "enabled"}}]},
       "BackupPlanTags": {"team": "ops"}}},
     "Selection": {"Type": "AWS::Backup::BackupSelection", "Properties": {
       "BackupPlanId": {"Ref": "Plan"},
       "BackupSelection": {"SelectionName": "tagged",
         "IamRoleArn": "arn:aws:iam::123456789012:role/backup",
         "Resources": ["arn:aws:ec2:*:*:volume/*"],
         "ListOfTags": [{"ConditionType": "STRINGEQUALS", "ConditionKey": "backup",
           "ConditionValue": "yes"}],
         "Conditions": {
           "StringEquals": [{"ConditionKey": "aws:ResourceTag/env", "ConditionValue": "prod"}],
           "StringNotLike": [{"ConditionKey": "aws:ResourceTag/tmp", "ConditionValue": "*"}]}}}}}
    """

  static func convert() -> Conversion {
    Converter.convert(
      """
      {"Resources": \(resources),
       "Outputs": {"Vault": {"Value": {"Ref": "Vault"}},
         "VaultArn": {"Value": {"Fn::GetAtt": ["Vault", "BackupVaultArn"]}},
         "Plan": {"Value": {"Ref": "Plan"}},
         "PlanArn": {"Value": {"Fn::GetAtt": ["Plan", "BackupPlanArn"]}},
         "Version": {"Value": {"Fn::GetAtt": ["Plan", "VersionId"]}},
         "Selection": {"Value": {"Ref": "Selection"}},
         "SelectionId": {"Value": {"Fn::GetAtt": ["Selection", "SelectionId"]}}}}
      """, fileName: "t.json")
  }

  @Test("a vault with its policy, notifications and lock as resources of their own")
  func vault() {
    let conversion = Self.convert()
    #expect(MappingProbe.messages(conversion) == [])
    #expect(
      MappingProbe.block("aws_backup_vault.vault", in: conversion) == """
        # Vault (AWS::Backup::BackupVault)
        resource "aws_backup_vault" "vault" {
          name        = "main"
          kms_key_arn = "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"
          tags = {
            team = "ops"
          }
        }

        """)
    #expect(
      MappingProbe.block("aws_backup_vault_policy.vault", in: conversion) == """
        # Vault.AccessPolicy (AWS::Backup::BackupVault)
        resource "aws_backup_vault_policy" "vault" {
          backup_vault_name = aws_backup_vault.vault.name
          policy = jsonencode({
            Version = "2012-10-17"
            Statement = [
              {
                Effect    = "Deny"
                Principal = "*"
                Action    = "backup:DeleteRecoveryPoint"
                Resource  = "*"
              },
            ]
          })
        }

        """)
    #expect(
      MappingProbe.block("aws_backup_vault_notifications.vault", in: conversion) == """
        # Vault.Notifications (AWS::Backup::BackupVault)
        resource "aws_backup_vault_notifications" "vault" {
          backup_vault_name   = aws_backup_vault.vault.name
          sns_topic_arn       = "arn:aws:sns:us-east-1:123456789012:backup"
          backup_vault_events = ["BACKUP_JOB_COMPLETED", "RESTORE_JOB_COMPLETED"]
        }

        """)
    #expect(
      MappingProbe.block("aws_backup_vault_lock_configuration.vault", in: conversion) == """
        # Vault.LockConfiguration (AWS::Backup::BackupVault)
        resource "aws_backup_vault_lock_configuration" "vault" {
          backup_vault_name   = aws_backup_vault.vault.name
          min_retention_days  = 7
          max_retention_days  = 365
          changeable_for_days = 3
        }

        """)
  }

  @Test("a plan: rules with lifecycle and copy actions, AWS Backup's windows written out")
  func plan() {
    let conversion = Self.convert()
    #expect(
      MappingProbe.block("aws_backup_plan.plan", in: conversion) == """
        # Plan (AWS::Backup::BackupPlan)
        resource "aws_backup_plan" "plan" {
          name = "daily"
          tags = {
            team = "ops"
          }

          rule {
            rule_name         = "daily"
            target_vault_name = aws_backup_vault.vault.name
            schedule          = "cron(0 5 ? * * *)"
            start_window      = 60
            recovery_point_tags = {
              plan = "daily"
            }
            # AWS Backup's default, which CloudFormation leaves
            completion_window = 10080

            lifecycle {
              delete_after       = 365
              cold_storage_after = 30
            }

            copy_action {
              destination_vault_arn = "arn:aws:backup:us-west-2:123456789012:backup-vault:dr"

              lifecycle {
                delete_after = 90
              }
            }
          }
          rule {
            rule_name                = "continuous"
            target_vault_name        = "main"
            enable_continuous_backup = true
            # AWS Backup's default, which CloudFormation leaves
            start_window = 480
            # AWS Backup's default, which CloudFormation leaves
            completion_window = 10080

            lifecycle {
              delete_after = 35
            }
          }

          advanced_backup_setting {
            resource_type = "EC2"
            backup_options = {
              WindowsVSS = "enabled"
            }
          }
        }

        """)
    let window = MappingProbe.entry(
      "Plan.Properties.BackupPlan.BackupPlanRule[1].StartWindowMinutes", in: conversion)
    #expect(window?.kind == .addition)
    #expect(window?.targetText == "aws_backup_plan.plan.rule.start_window")
    let lifecycle = MappingProbe.entry(
      "Plan.Properties.BackupPlan.BackupPlanRule[0].CopyActions[0].Lifecycle.DeleteAfterDays",
      in: conversion)
    #expect(lifecycle?.targetText == "aws_backup_plan.plan.rule.copy_action.lifecycle.delete_after")
  }

  @Test("a selection: tags and conditions as blocks; Ref and GetAtt")
  func selection() {
    let conversion = Self.convert()
    #expect(
      MappingProbe.block("aws_backup_selection.selection", in: conversion) == """
        # Selection (AWS::Backup::BackupSelection)
        resource "aws_backup_selection" "selection" {
          plan_id      = aws_backup_plan.plan.id
          name         = "tagged"
          iam_role_arn = "arn:aws:iam::123456789012:role/backup"
          resources    = ["arn:aws:ec2:*:*:volume/*"]

          selection_tag {
            type  = "STRINGEQUALS"
            key   = "backup"
            value = "yes"
          }

          condition {
            string_equals {
              key   = "aws:ResourceTag/env"
              value = "prod"
            }

            string_not_like {
              key   = "aws:ResourceTag/tmp"
              value = "*"
            }
          }
        }

        """)
    let outputs = conversion.file("outputs.tf")?.contents ?? ""
    for value in [
      "aws_backup_vault.vault.name", "aws_backup_vault.vault.arn", "aws_backup_plan.plan.id",
      "aws_backup_plan.plan.arn", "aws_backup_plan.plan.version",
      "aws_backup_selection.selection.id",
    ] {
      #expect(outputs.contains("value = \(value)\n"), "\(value)")
    }
  }

  @Test("backup options given as JSON text are decoded; what provider 5.100 lacks is reported")
  func jsonOptionsAndGaps() {
    let conversion = MappingProbe.convert(
      resources: #"""
        {"P": {"Type": "AWS::Backup::BackupPlan", "Properties": {"BackupPlan": {
          "BackupPlanName": "p",
          "BackupPlanRule": [{"RuleName": "r", "TargetBackupVault": "v1",
            "StartWindowMinutes": 60, "CompletionWindowMinutes": 120,
            "IndexActions": [{"ResourceTypes": ["EBS"]}]}],
          "AdvancedBackupSettings": [{"ResourceType": "EC2",
            "BackupOptions": "{\"WindowsVSS\": \"disabled\"}"}]}}}}
        """#)
    #expect(
      MappingProbe.mainFile(conversion).contains(
        #"backup_options = jsondecode("{\"WindowsVSS\": \"disabled\"}")"#))
    #expect(
      MappingProbe.entry(
        "P.Properties.BackupPlan.BackupPlanRule[0].IndexActions", in: conversion)?.status
        == .unsupported)
    #expect(!MappingProbe.mainFile(conversion).contains("10080"))
  }

  @Test(
    "vaults, plans and selections convert to a module terraform validates",
    .enabled(if: Repository.canValidate, "needs terraform, its provider mirror and tf-validate"))
  func oracle() throws {
    let (status, output) = try MappingProbe.validate(Self.convert(), label: "backup")
    #expect(status == 0, "\(output)")
  }
}

extension Backup: ImportCaseProvider {
  static let planId = "8a2c3d4e-1111-2222-3333-444455556666"

  static func backup(_ address: String, _ origin: String, _ expected: ImportCase.Expectation)
    -> ImportCase
  {
    ImportCase(
      address: address, origin: origin, resources: BackupMappingTests.resources,
      physicalIds: [
        "Vault": "main", "Plan": planId, "Selection": "9b3d4e5f-7777-8888-9999-000011112222",
      ], expected: expected)
  }

  /// Vaults and their policies, notifications and locks by the vault name, plans by id,
  /// selections by `<plan id>|<selection id>`.
  static var importCases: [ImportCase] {
    [
      backup("aws_backup_vault.vault", "Vault", .id("main")),
      backup("aws_backup_vault_policy.vault", "Vault", .id("main")),
      backup("aws_backup_vault_notifications.vault", "Vault", .id("main")),
      backup("aws_backup_vault_lock_configuration.vault", "Vault", .id("main")),
      backup("aws_backup_plan.plan", "Plan", .id(planId)),
      backup(
        "aws_backup_selection.selection", "Selection",
        .id("\(planId)|9b3d4e5f-7777-8888-9999-000011112222")),
    ]
  }
}
