import Testing

@testable import TFEmitter

@Suite("SSM document, association, maintenance window and patch baseline mappings")
struct SSMDocumentsMappingTests {
  static let resources = #"""
    {"Doc": {"Type": "AWS::SSM::Document", "Properties": {"Name": "join-domain",
       "DocumentType": "Command", "VersionName": "release-1", "TargetType": "/AWS::EC2::Instance",
       "UpdateMethod": "NewVersion",
       "Content": {"schemaVersion": "2.2", "description": "Say hello",
         "mainSteps": [{"action": "aws:runShellScript", "name": "hello",
           "inputs": {"runCommand": ["echo {{ greeting }}"]}}]},
       "Attachments": [{"Key": "SourceUrl", "Values": ["s3://assets/scripts"]}],
       "Tags": [{"Key": "team", "Value": "ops"}]}},
     "Runbook": {"Type": "AWS::SSM::Document", "Properties": {"DocumentType": "Automation",
       "DocumentFormat": "YAML",
       "Content": {"schemaVersion": "0.3", "mainSteps": [{"name": "wait", "action": "aws:sleep",
         "inputs": {"Duration": "PT1M"}}]},
       "Requires": [{"Name": "base-config"}]}},
     "Plain": {"Type": "AWS::SSM::Document", "Properties": {"DocumentFormat": "YAML",
       "Content": "schemaVersion: '2.2'\nmainSteps: []\n"}},
     "Assoc": {"Type": "AWS::SSM::Association", "Properties": {"Name": {"Ref": "Doc"},
       "AssociationName": "hello", "ScheduleExpression": "rate(1 day)",
       "Parameters": {"greeting": ["hi"], "commands": ["echo a", "echo b"]},
       "Targets": [{"Key": "tag:Role", "Values": ["web"]}],
       "OutputLocation": {"S3Location": {"OutputS3BucketName": "logs",
         "OutputS3KeyPrefix": "ssm/"}},
       "MaxConcurrency": "10%", "MaxErrors": "1", "ComplianceSeverity": "HIGH",
       "ScheduleOffset": 2}},
     "Window": {"Type": "AWS::SSM::MaintenanceWindow", "Properties": {"Name": "patching",
       "Schedule": "cron(0 2 ? * SUN *)", "ScheduleTimezone": "UTC", "Duration": 3, "Cutoff": 1,
       "AllowUnassociatedTargets": false, "Tags": [{"Key": "team", "Value": "ops"}]}},
     "WindowTarget": {"Type": "AWS::SSM::MaintenanceWindowTarget", "Properties": {
       "WindowId": {"Ref": "Window"}, "ResourceType": "INSTANCE", "OwnerInformation": "ops",
       "Targets": [{"Key": "tag:Patch", "Values": ["yes"]}]}},
     "WindowTask": {"Type": "AWS::SSM::MaintenanceWindowTask", "Properties": {
       "WindowId": {"Ref": "Window"}, "TaskArn": "AWS-RunPatchBaseline",
       "TaskType": "RUN_COMMAND", "Priority": 1, "MaxConcurrency": "2", "MaxErrors": "1",
       "Targets": [{"Key": "WindowTargetIds", "Values": [{"Ref": "WindowTarget"}]}],
       "TaskInvocationParameters": {"MaintenanceWindowRunCommandParameters": {
         "Parameters": {"Operation": ["Install"]}, "TimeoutSeconds": 600,
         "OutputS3BucketName": "logs",
         "CloudWatchOutputConfig": {"CloudWatchOutputEnabled": true}}},
       "LoggingInfo": {"S3Bucket": "logs", "Region": "us-east-1"}}},
     "Baseline": {"Type": "AWS::SSM::PatchBaseline", "Properties": {"Name": "linux",
       "OperatingSystem": "AMAZON_LINUX_2", "RejectedPatches": ["kernel*"],
       "ApprovalRules": {"PatchRules": [{"ApproveAfterDays": 7, "ComplianceLevel": "CRITICAL",
         "PatchFilterGroup": {"PatchFilters": [{"Key": "CLASSIFICATION", "Values": ["Security"]},
           {"Key": "SEVERITY", "Values": ["Critical", "Important"]}]}}]},
       "GlobalFilters": {"PatchFilters": [{"Key": "PRODUCT", "Values": ["AmazonLinux2"]}]},
       "Sources": [{"Name": "epel", "Products": ["AmazonLinux2"],
         "Configuration": "[epel]\nenabled=1"}],
       "PatchGroups": ["web", "db"], "DefaultBaseline": true}}}
    """#

  static func convert() -> Conversion {
    Converter.convert(
      """
      {"Resources": \(resources),
       "Outputs": {"Doc": {"Value": {"Ref": "Doc"}}, "Assoc": {"Value": {"Ref": "Assoc"}},
         "AssocId": {"Value": {"Fn::GetAtt": ["Assoc", "AssociationId"]}},
         "Window": {"Value": {"Fn::GetAtt": ["Window", "WindowId"]}},
         "Target": {"Value": {"Ref": "WindowTarget"}},
         "Task": {"Value": {"Fn::GetAtt": ["WindowTask", "WindowTaskId"]}},
         "Baseline": {"Value": {"Ref": "Baseline"}}}}
      """, fileName: "t.json")
  }

  @Test("documents: an object as jsonencode (yamlencode for YAML), text as text, defaults written")
  func documents() {
    let conversion = Self.convert()
    #expect(
      MappingProbe.block("aws_ssm_document.doc", in: conversion) == """
        # Doc (AWS::SSM::Document)
        # cfn2tf: 'UpdateMethod' is dropped: Terraform updates a document with a new version, as NewVersion does
        resource "aws_ssm_document" "doc" {
          name          = "join-domain"
          document_type = "Command"
          content = jsonencode({
            schemaVersion = "2.2"
            description   = "Say hello"
            mainSteps = [
              {
                action = "aws:runShellScript"
                name   = "hello"
                inputs = {
                  runCommand = ["echo {{ greeting }}"]
                }
              },
            ]
          })
          target_type  = "/AWS::EC2::Instance"
          version_name = "release-1"
          tags = {
            team = "ops"
          }
          # CloudFormation's default
          document_format = "JSON"

          attachments_source {
            key    = "SourceUrl"
            values = ["s3://assets/scripts"]
          }
        }

        """)
    #expect(
      MappingProbe.block("aws_ssm_document.runbook", in: conversion) == """
        # Runbook (AWS::SSM::Document)
        # cfn2tf: 'Requires' is not converted: aws_ssm_document (provider 5.100) has no required documents: create the document with 'aws ssm create-document --requires', then import it
        resource "aws_ssm_document" "runbook" {
          # cfn2tf: 'Name' is not set: CloudFormation names it <stack>-Runbook-<suffix>;
          # var.physical_names keeps the live name when a stack is adopted
          name            = lookup(var.physical_names, "Runbook", "${var.stack_name}-Runbook")
          document_type   = "Automation"
          document_format = "YAML"
          content = yamlencode({
            schemaVersion = "0.3"
            mainSteps = [
              {
                name   = "wait"
                action = "aws:sleep"
                inputs = {
                  Duration = "PT1M"
                }
              },
            ]
          })
        }

        """)
    #expect(
      MappingProbe.block("aws_ssm_document.plain", in: conversion)?.contains(
        """
          content         = "schemaVersion: '2.2'\\nmainSteps: []\\n"
          # CloudFormation's default
          document_type = "Command"
        """) == true)
    #expect(MappingProbe.entry("Doc.Properties.UpdateMethod", in: conversion)?.status == .dropped)
    #expect(
      MappingProbe.entry("Runbook.Properties.Requires", in: conversion)?.status == .unsupported)
    let type = MappingProbe.entry("Plain.Properties.DocumentType", in: conversion)
    #expect(type?.kind == .addition)
    #expect(type?.targetText == "aws_ssm_document.plain.document_type")
  }

  @Test("associations: parameters as a map of strings, targets, output location")
  func association() {
    let conversion = Self.convert()
    #expect(
      MappingProbe.block("aws_ssm_association.assoc", in: conversion) == #"""
        # Assoc (AWS::SSM::Association)
        # cfn2tf: 'ScheduleOffset' is not converted: aws_ssm_association (provider 5.100) has no schedule offset: the association runs at the cron time itself; add it with 'aws ssm update-association --schedule-offset'
        resource "aws_ssm_association" "assoc" {
          name             = aws_ssm_document.doc.name
          association_name = "hello"
          # cfn2tf: approximated: a list of several values became one value, its lines joined: aws_ssm_association sends each parameter as a list of one (the shell and PowerShell documents run it as the same script)
          parameters = {
            greeting = "hi"
            commands = join("\n", ["echo a", "echo b"])
          }
          schedule_expression = "rate(1 day)"
          compliance_severity = "HIGH"
          max_concurrency     = "10%"
          max_errors          = "1"

          targets {
            key    = "tag:Role"
            values = ["web"]
          }

          output_location {
            s3_bucket_name = "logs"
            s3_key_prefix  = "ssm/"
          }
        }

        """#)
    let parameters = MappingProbe.entry("Assoc.Properties.Parameters", in: conversion)
    #expect(parameters?.status == .approximated)
    let bucket = MappingProbe.entry(
      "Assoc.Properties.OutputLocation.S3Location.OutputS3BucketName", in: conversion)
    #expect(bucket?.targetText == "aws_ssm_association.assoc.output_location.s3_bucket_name")
  }

  @Test("maintenance windows, their targets and tasks")
  func maintenanceWindows() {
    let conversion = Self.convert()
    #expect(
      MappingProbe.block("aws_ssm_maintenance_window.window", in: conversion) == """
        # Window (AWS::SSM::MaintenanceWindow)
        resource "aws_ssm_maintenance_window" "window" {
          name                       = "patching"
          schedule                   = "cron(0 2 ? * SUN *)"
          schedule_timezone          = "UTC"
          duration                   = 3
          cutoff                     = 1
          allow_unassociated_targets = false
          tags = {
            team = "ops"
          }
        }

        """)
    #expect(
      MappingProbe.block("aws_ssm_maintenance_window_target.window_target", in: conversion) == """
        # WindowTarget (AWS::SSM::MaintenanceWindowTarget)
        resource "aws_ssm_maintenance_window_target" "window_target" {
          window_id         = aws_ssm_maintenance_window.window.id
          resource_type     = "INSTANCE"
          owner_information = "ops"

          targets {
            key    = "tag:Patch"
            values = ["yes"]
          }
        }

        """)
    #expect(
      MappingProbe.block("aws_ssm_maintenance_window_task.window_task", in: conversion) == """
        # WindowTask (AWS::SSM::MaintenanceWindowTask)
        # cfn2tf: 'LoggingInfo' is not converted: aws_ssm_maintenance_window_task (provider 5.100) has no LoggingInfo, which SSM deprecated: give the bucket and prefix as OutputS3BucketName and OutputS3KeyPrefix of MaintenanceWindowRunCommandParameters
        resource "aws_ssm_maintenance_window_task" "window_task" {
          window_id       = aws_ssm_maintenance_window.window.id
          task_type       = "RUN_COMMAND"
          task_arn        = "AWS-RunPatchBaseline"
          priority        = 1
          max_concurrency = "2"
          max_errors      = "1"

          targets {
            key    = "WindowTargetIds"
            values = [aws_ssm_maintenance_window_target.window_target.id]
          }

          task_invocation_parameters {
            run_command_parameters {
              output_s3_bucket = "logs"
              timeout_seconds  = 600

              cloudwatch_config {
                cloudwatch_output_enabled = true
              }

              parameter {
                name   = "Operation"
                values = ["Install"]
              }
            }
          }
        }

        """)
  }

  @Test("patch baselines: rules and filters as blocks, patch groups and the default as resources")
  func patchBaseline() {
    let conversion = Self.convert()
    #expect(
      MappingProbe.block("aws_ssm_patch_baseline.baseline", in: conversion) == #"""
        # Baseline (AWS::SSM::PatchBaseline)
        resource "aws_ssm_patch_baseline" "baseline" {
          name             = "linux"
          operating_system = "AMAZON_LINUX_2"
          rejected_patches = ["kernel*"]

          global_filter {
            key    = "PRODUCT"
            values = ["AmazonLinux2"]
          }

          approval_rule {
            approve_after_days = 7
            compliance_level   = "CRITICAL"

            patch_filter {
              key    = "CLASSIFICATION"
              values = ["Security"]
            }
            patch_filter {
              key    = "SEVERITY"
              values = ["Critical", "Important"]
            }
          }

          source {
            name          = "epel"
            configuration = "[epel]\nenabled=1"
            products      = ["AmazonLinux2"]
          }
        }

        """#)
    #expect(
      MappingProbe.block("aws_ssm_patch_group.baseline_db", in: conversion) == """
        # Baseline.PatchGroups (AWS::SSM::PatchBaseline)
        resource "aws_ssm_patch_group" "baseline_db" {
          baseline_id = aws_ssm_patch_baseline.baseline.id
          patch_group = "db"
        }

        """)
    #expect(
      MappingProbe.block("aws_ssm_default_patch_baseline.baseline", in: conversion) == """
        # Baseline.DefaultBaseline (AWS::SSM::PatchBaseline)
        resource "aws_ssm_default_patch_baseline" "baseline" {
          baseline_id      = aws_ssm_patch_baseline.baseline.id
          operating_system = aws_ssm_patch_baseline.baseline.operating_system
        }

        """)
    let filter = MappingProbe.entry(
      "Baseline.Properties.ApprovalRules.PatchRules[0].PatchFilterGroup.PatchFilters[1].Values",
      in: conversion)
    #expect(
      filter?.targetText == "aws_ssm_patch_baseline.baseline.approval_rule.patch_filter.values")
  }

  @Test("Ref and GetAtt through outputs; a baseline that is not the default writes none")
  func references() {
    let conversion = Self.convert()
    let outputs = conversion.file("outputs.tf")?.contents ?? ""
    for value in [
      "aws_ssm_document.doc.name", "aws_ssm_association.assoc.association_id",
      "aws_ssm_maintenance_window.window.id",
      "aws_ssm_maintenance_window_target.window_target.id",
      "aws_ssm_maintenance_window_task.window_task.window_task_id",
      "aws_ssm_patch_baseline.baseline.id",
    ] {
      #expect(outputs.contains("value = \(value)\n"), "\(value)")
    }
    let plain = MappingProbe.convert(
      resources: """
        {"B": {"Type": "AWS::SSM::PatchBaseline", "Properties": {"Name": "b",
          "DefaultBaseline": false}}}
        """)
    #expect(MappingProbe.entry("B.Properties.DefaultBaseline", in: plain)?.status == .dropped)
    #expect(!MappingProbe.mainFile(plain).contains("aws_ssm_default_patch_baseline"))
  }

  @Test(
    "documents, associations, windows and baselines convert to a module terraform validates",
    .enabled(if: Repository.canValidate, "needs terraform, its provider mirror and tf-validate"))
  func oracle() throws {
    let (status, output) = try MappingProbe.validate(Self.convert(), label: "ssm-documents")
    #expect(status == 0, "\(output)")
  }
}

extension SSM.Documents: ImportCaseProvider {
  static let importIds = [
    "Doc": "join-domain", "Runbook": "web-Runbook-AbC123", "Plain": "web-Plain-AbC123",
    "Assoc": "a1b2c3d4-5678-90ab-cdef-EXAMPLE11111", "Window": "mw-0123456789abcdef0",
    "WindowTarget": "e32eecb2-646c-4f4b-8ed1-205fbEXAMPLE",
    "WindowTask": "4f7ca192-7e9a-40fe-9192-5cb15EXAMPLE", "Baseline": "pb-0123456789abcdef0",
  ]

  static func ssm(_ address: String, _ origin: String, _ expected: ImportCase.Expectation)
    -> ImportCase
  {
    ImportCase(
      address: address, origin: origin, resources: SSMDocumentsMappingTests.resources,
      physicalIds: importIds, expected: expected)
  }

  /// Documents by name, window targets and tasks by window and id; a patch group cannot be
  /// imported.
  static var importCases: [ImportCase] {
    [
      ssm("aws_ssm_document.doc", "Doc", .id("join-domain")),
      ssm("aws_ssm_association.assoc", "Assoc", .id("a1b2c3d4-5678-90ab-cdef-EXAMPLE11111")),
      ssm("aws_ssm_maintenance_window.window", "Window", .id("mw-0123456789abcdef0")),
      ssm(
        "aws_ssm_maintenance_window_target.window_target", "WindowTarget",
        .id("mw-0123456789abcdef0/e32eecb2-646c-4f4b-8ed1-205fbEXAMPLE")),
      ssm(
        "aws_ssm_maintenance_window_task.window_task", "WindowTask",
        .id("mw-0123456789abcdef0/4f7ca192-7e9a-40fe-9192-5cb15EXAMPLE")),
      ssm("aws_ssm_patch_baseline.baseline", "Baseline", .id("pb-0123456789abcdef0")),
      ssm(
        "aws_ssm_patch_group.baseline_web", "Baseline",
        .notImported(
          "not imported: provider 5.100 cannot import aws_ssm_patch_group; the stack registered the baseline for this patch group, so deregister it ('aws ssm deregister-patch-baseline-for-patch-group') before applying, which registers it again"
        )),
      ssm("aws_ssm_default_patch_baseline.baseline", "Baseline", .id("pb-0123456789abcdef0")),
    ]
  }
}
