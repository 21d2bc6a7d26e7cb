import Testing

@testable import TFEmitter

@Suite("CodeBuild mappings")
struct CodeBuildMappingTests {
  static let parameters = #"{"Hook": {"Type": "String", "AllowedValues": ["true", "false"]}}"#

  static let resources = #"""
    {"Role": {"Type": "AWS::IAM::Role", "Properties": {"AssumeRolePolicyDocument": {
       "Version": "2012-10-17", "Statement": [{"Effect": "Allow",
       "Principal": {"Service": "codebuild.amazonaws.com"}, "Action": "sts:AssumeRole"}]}}},
     "Build": {"Type": "AWS::CodeBuild::Project", "Properties": {"Name": "app",
       "Description": "builds the app", "ServiceRole": {"Ref": "Role"},
       "TimeoutInMinutes": 30, "QueuedTimeoutInMinutes": 60, "EncryptionKey": "alias/build",
       "BadgeEnabled": true, "ConcurrentBuildLimit": 2, "Visibility": "PRIVATE",
       "SourceVersion": "main", "AutoRetryLimit": 2,
       "Source": {"Type": "GITHUB", "Location": "https://github.com/acme/app.git",
         "BuildSpec": "buildspec.yml", "GitCloneDepth": 1, "ReportBuildStatus": true,
         "GitSubmodulesConfig": {"FetchSubmodules": true}, "SourceIdentifier": "main_src",
         "BuildStatusConfig": {"Context": "ci"}},
       "SecondarySources": [{"Type": "S3", "Location": "assets/app.zip",
         "SourceIdentifier": "assets"}],
       "SecondarySourceVersions": [{"SourceIdentifier": "assets", "SourceVersion": "v1"}],
       "Artifacts": {"Type": "S3", "Location": "artifacts", "Name": "app.zip",
         "Packaging": "ZIP", "NamespaceType": "BUILD_ID"},
       "SecondaryArtifacts": [{"Type": "S3", "Location": "artifacts",
         "ArtifactIdentifier": "reports", "Path": "reports", "EncryptionDisabled": true}],
       "Environment": {"Type": "LINUX_CONTAINER", "ComputeType": "BUILD_GENERAL1_SMALL",
         "Image": "aws/codebuild/standard:7.0", "PrivilegedMode": true,
         "EnvironmentVariables": [{"Name": "STAGE", "Value": "prod"},
           {"Name": "NPM_TOKEN", "Value": "npm_abc123"},
           {"Name": "DB_PASSWORD", "Type": "SECRETS_MANAGER", "Value": "db:password"},
           {"Name": "PORT", "Value": 8080}]},
       "Cache": {"Type": "LOCAL", "Modes": ["LOCAL_DOCKER_LAYER_CACHE"]},
       "LogsConfig": {"CloudWatchLogs": {"Status": "ENABLED", "GroupName": "/build/app"},
         "S3Logs": {"Status": "DISABLED"}},
       "VpcConfig": {"VpcId": "vpc-1", "Subnets": ["subnet-1"], "SecurityGroupIds": ["sg-1"]},
       "FileSystemLocations": [{"Type": "EFS", "Identifier": "shared",
         "Location": "fs-1.efs.us-east-1.amazonaws.com:/", "MountPoint": "/mnt/shared"}],
       "BuildBatchConfig": {"CombineArtifacts": true, "TimeoutInMins": 120,
         "Restrictions": {"MaximumBuildsAllowed": 10,
           "ComputeTypesAllowed": ["BUILD_GENERAL1_SMALL"]}},
       "Triggers": {"Webhook": true, "BuildType": "BUILD",
         "FilterGroups": [[{"Type": "EVENT", "Pattern": "PUSH"},
                           {"Type": "HEAD_REF", "Pattern": "^refs/heads/main$"}],
                          [{"Type": "EVENT", "Pattern": "PULL_REQUEST_CREATED"},
                           {"Type": "FILE_PATH", "Pattern": "docs/",
                            "ExcludeMatchedPattern": true}]]},
       "Tags": [{"Key": "app", "Value": "x"}]}},
     "Pipeline": {"Type": "AWS::CodeBuild::Project", "Properties": {
       "ServiceRole": "arn:aws:iam::123456789012:role/build",
       "Source": {"Type": "CODEPIPELINE", "BuildSpec": "buildspec.yml"},
       "Artifacts": {"Type": "CODEPIPELINE"},
       "Environment": {"Type": "LINUX_CONTAINER", "ComputeType": "BUILD_GENERAL1_SMALL",
         "Image": "aws/codebuild/standard:7.0"},
       "Triggers": {"Webhook": false, "FilterGroups": [[{"Type": "EVENT", "Pattern": "PUSH"}]]}}},
     "Maybe": {"Type": "AWS::CodeBuild::Project", "Properties": {"Name": "maybe",
       "ServiceRole": "arn:aws:iam::123456789012:role/build",
       "Source": {"Type": "GITHUB", "Location": "https://github.com/acme/maybe.git"},
       "Artifacts": {"Type": "NO_ARTIFACTS"},
       "Environment": {"Type": "LINUX_CONTAINER", "ComputeType": "BUILD_GENERAL1_SMALL",
         "Image": "aws/codebuild/standard:7.0"},
       "Triggers": {"Webhook": {"Ref": "Hook"}}}},
     "Reports": {"Type": "AWS::CodeBuild::ReportGroup", "Properties": {"Type": "TEST",
       "DeleteReports": true,
       "ExportConfig": {"ExportConfigType": "S3", "S3Destination": {"Bucket": "reports",
         "Path": "app", "Packaging": "ZIP"}}, "Tags": [{"Key": "app", "Value": "x"}]}},
     "Coverage": {"Type": "AWS::CodeBuild::ReportGroup", "Properties": {"Name": "coverage",
       "Type": "CODE_COVERAGE", "ExportConfig": {"ExportConfigType": "S3",
         "S3Destination": {"Bucket": "reports", "EncryptionKey": "alias/reports"}}}},
     "GitHub": {"Type": "AWS::CodeBuild::SourceCredential", "Properties": {
       "ServerType": "GITHUB", "AuthType": "PERSONAL_ACCESS_TOKEN", "Token": "ghp_s3cr3t"}},
     "Bitbucket": {"Type": "AWS::CodeBuild::SourceCredential", "Properties": {
       "ServerType": "BITBUCKET", "AuthType": "BASIC_AUTH", "Username": "ci",
       "Token": "{{resolve:secretsmanager:bitbucket:SecretString:password}}"}}}
    """#

  static func convert() -> Conversion {
    Converter.convert(
      """
      {"Parameters": \(parameters), "Resources": \(resources),
       "Outputs": {"Name": {"Value": {"Ref": "Build"}},
                   "Arn": {"Value": {"Fn::GetAtt": ["Build", "Arn"]}},
                   "Id": {"Value": {"Fn::GetAtt": ["Build", "Id"]}},
                   "Reports": {"Value": {"Ref": "Reports"}},
                   "ReportsArn": {"Value": {"Fn::GetAtt": ["Reports", "Arn"]}},
                   "Credential": {"Value": {"Ref": "GitHub"}}}}
      """, fileName: "t.json")
  }

  @Test("a project: sources, artifacts, environment, cache, logs, VPC, file systems, batches")
  func project() {
    let conversion = Self.convert()
    #expect(
      MappingProbe.block("aws_codebuild_project.build", in: conversion) == #"""
        # Build (AWS::CodeBuild::Project)
        # cfn2tf: 'Source.SourceIdentifier' is dropped: the primary source has no identifier in Terraform: CodeBuild names only secondary sources (CODEBUILD_SRC_DIR_<identifier>); the primary one is CODEBUILD_SRC_DIR
        # cfn2tf: 'AutoRetryLimit' is not converted: aws_codebuild_project (provider 5.100) has no automatic retry: a failed build is not retried
        resource "aws_codebuild_project" "build" {
          name                   = "app"
          description            = "builds the app"
          service_role           = aws_iam_role.role.arn
          build_timeout          = 30
          queued_timeout         = 60
          encryption_key         = "alias/build"
          badge_enabled          = true
          concurrent_build_limit = 2
          project_visibility     = "PRIVATE"
          source_version         = "main"
          tags = {
            app = "x"
          }

          source {
            type                = "GITHUB"
            location            = "https://github.com/acme/app.git"
            buildspec           = "buildspec.yml"
            git_clone_depth     = 1
            report_build_status = true

            git_submodules_config {
              fetch_submodules = true
            }

            build_status_config {
              context = "ci"
            }
          }

          secondary_sources {
            source_identifier = "assets"
            type              = "S3"
            location          = "assets/app.zip"
          }

          secondary_source_version {
            source_identifier = "assets"
            source_version    = "v1"
          }

          artifacts {
            type           = "S3"
            location       = "artifacts"
            name           = "app.zip"
            namespace_type = "BUILD_ID"
            packaging      = "ZIP"
          }

          secondary_artifacts {
            type                = "S3"
            artifact_identifier = "reports"
            location            = "artifacts"
            path                = "reports"
            encryption_disabled = true
          }

          environment {
            type            = "LINUX_CONTAINER"
            compute_type    = "BUILD_GENERAL1_SMALL"
            image           = "aws/codebuild/standard:7.0"
            privileged_mode = true

            environment_variable {
              name  = "STAGE"
              value = "prod"
            }
            environment_variable {
              name  = "NPM_TOKEN"
              value = var.build_npm_token
            }
            environment_variable {
              name  = "DB_PASSWORD"
              type  = "SECRETS_MANAGER"
              value = "db:password"
            }
            environment_variable {
              name  = "PORT"
              value = "8080"
            }
          }

          cache {
            type  = "LOCAL"
            modes = ["LOCAL_DOCKER_LAYER_CACHE"]
          }

          logs_config {
            cloudwatch_logs {
              status     = "ENABLED"
              group_name = "/build/app"
            }

            s3_logs {
              status = "DISABLED"
            }
          }

          vpc_config {
            vpc_id             = "vpc-1"
            subnets            = ["subnet-1"]
            security_group_ids = ["sg-1"]
          }

          file_system_locations {
            type        = "EFS"
            identifier  = "shared"
            location    = "fs-1.efs.us-east-1.amazonaws.com:/"
            mount_point = "/mnt/shared"
          }

          build_batch_config {
            # cfn2tf: 'BuildBatchConfig.ServiceRole' is not set; Terraform requires it: the project's
            # service role is written
            service_role      = aws_iam_role.role.arn
            combine_artifacts = true
            timeout_in_mins   = 120

            restrictions {
              compute_types_allowed  = ["BUILD_GENERAL1_SMALL"]
              maximum_builds_allowed = 10
            }
          }
        }

        """#)
    #expect(
      MappingProbe.entry("Build.Properties.ServiceRole", in: conversion)?.note
        == "Ref to the role (its name) became its arn, which CodeBuild reads back")
    #expect(
      MappingProbe.entry("Build.Properties.BuildBatchConfig.ServiceRole", in: conversion)?.status
        == .approximated)
    #expect(
      MappingProbe.entry("Build.Properties.Source.SourceIdentifier", in: conversion)?.status
        == .dropped)
    #expect(
      MappingProbe.entry(
        "Build.Properties.Environment.EnvironmentVariables[3].Value", in: conversion)?
        .targetText == "aws_codebuild_project.build.environment.environment_variable.value")
  }

  @Test("Triggers with Webhook true become an aws_codebuild_webhook with its filter groups")
  func webhook() {
    let conversion = Self.convert()
    #expect(
      MappingProbe.block("aws_codebuild_webhook.build", in: conversion) == """
        # Build.Triggers (AWS::CodeBuild::Project)
        resource "aws_codebuild_webhook" "build" {
          project_name = aws_codebuild_project.build.name
          build_type   = "BUILD"

          filter_group {
            filter {
              type    = "EVENT"
              pattern = "PUSH"
            }
            filter {
              type    = "HEAD_REF"
              pattern = "^refs/heads/main$"
            }
          }
          filter_group {
            filter {
              type    = "EVENT"
              pattern = "PULL_REQUEST_CREATED"
            }
            filter {
              type                    = "FILE_PATH"
              pattern                 = "docs/"
              exclude_matched_pattern = true
            }
          }
        }

        """)
    #expect(
      MappingProbe.entry("Build.Properties.Triggers.FilterGroups[1][1]", in: conversion)?.targetText
        == "aws_codebuild_webhook.build.filter_group.filter")
  }

  @Test("Webhook false writes no webhook and drops its filters; a computed one gives a count")
  func noWebhook() {
    let conversion = Self.convert()
    #expect(MappingProbe.block("aws_codebuild_webhook.pipeline", in: conversion) == nil)
    let filters = MappingProbe.entry("Pipeline.Properties.Triggers.FilterGroups", in: conversion)
    #expect(filters?.status == .dropped)
    #expect(
      filters?.note
        == "Webhook is not true: CloudFormation creates no webhook, so this has no effect")
    #expect(
      MappingProbe.block("aws_codebuild_webhook.maybe", in: conversion) == """
        # Maybe.Triggers (AWS::CodeBuild::Project)
        resource "aws_codebuild_webhook" "maybe" {
          count = var.hook ? 1 : 0

          project_name = aws_codebuild_project.maybe.name
        }

        """)
    #expect(
      MappingProbe.entry("Maybe.Properties.Triggers.Webhook", in: conversion)?.targetText
        == "aws_codebuild_webhook.maybe.count")
    let pipeline = MappingProbe.block("aws_codebuild_project.pipeline", in: conversion) ?? ""
    #expect(
      pipeline.contains(
        #"name         = lookup(var.physical_names, "Pipeline", "${var.stack_name}-Pipeline")"#))
  }

  @Test("secrets: environment variables and tokens become sensitive variables")
  func secrets() {
    let conversion = Self.convert()
    #expect(
      MappingProbe.messages(conversion) == [
        "property 'AutoRetryLimit' of 'Build' (AWS::CodeBuild::Project) is not converted: aws_codebuild_project (provider 5.100) has no automatic retry: a failed build is not retried",
        "the environment variable NPM_TOKEN of 'Build' is written in the template; it becomes the sensitive variable 'build_npm_token'",
        "the token of 'GitHub' is written in the template; it becomes the sensitive variable 'git_hub_token'",
        "the token of 'Bitbucket' is a dynamic reference, which Terraform does not resolve; it becomes the sensitive variable 'bitbucket_token'",
      ])
    #expect(
      MappingProbe.block("aws_codebuild_source_credential.git_hub", in: conversion) == """
        # GitHub (AWS::CodeBuild::SourceCredential)
        resource "aws_codebuild_source_credential" "git_hub" {
          server_type = "GITHUB"
          auth_type   = "PERSONAL_ACCESS_TOKEN"
          token       = var.git_hub_token
        }

        """)
    #expect(
      MappingProbe.block("aws_codebuild_source_credential.bitbucket", in: conversion)?.contains(
        "  user_name   = \"ci\"\n  token       = var.bitbucket_token\n") == true)
    let variables = conversion.file("variables.tf")?.contents ?? ""
    for name in ["build_npm_token", "git_hub_token", "bitbucket_token"] {
      #expect(variables.contains("variable \"\(name)\" {"), "\(name)")
    }
    #expect(variables.components(separatedBy: "sensitive   = true").count == 4)
    #expect(
      variables.contains(
        "the template reads it from the dynamic reference {{resolve:secretsmanager:bitbucket:SecretString:password}}"
      ))
    #expect(
      !conversion.files.contains {
        $0.contents.contains("ghp_s3cr3t") || $0.contents.contains("npm_abc123")
      })
    #expect(
      MappingProbe.entry("GitHub.Properties.Token", in: conversion)?.sourceValue
        == Redaction.placeholder)
  }

  @Test("report groups: the S3 export's key as an ARN, CodeBuild's default key written out")
  func reportGroups() {
    let conversion = Self.convert()
    #expect(
      MappingProbe.block("aws_codebuild_report_group.reports", in: conversion) == """
        # Reports (AWS::CodeBuild::ReportGroup)
        resource "aws_codebuild_report_group" "reports" {
          # cfn2tf: 'Name' is not set: CloudFormation names it <stack>-Reports-<suffix>;
          # var.physical_names keeps the live name when a stack is adopted
          name           = lookup(var.physical_names, "Reports", "${var.stack_name}-Reports")
          type           = "TEST"
          delete_reports = true
          tags = {
            app = "x"
          }

          export_config {
            type = "S3"

            s3_destination {
              bucket    = "reports"
              path      = "app"
              packaging = "ZIP"
              # cfn2tf: 'EncryptionKey' is not set; Terraform requires it: CodeBuild's default,
              # the AWS managed key for S3
              encryption_key = "arn:${data.aws_partition.current.partition}:kms:${data.aws_region.current.name}:${data.aws_caller_identity.current.account_id}:alias/aws/s3"
            }
          }
        }

        """)
    #expect(
      MappingProbe.entry(
        "Reports.Properties.ExportConfig.S3Destination.EncryptionKey", in: conversion)?
        .status == .approximated)
    #expect(
      MappingProbe.block("aws_codebuild_report_group.coverage", in: conversion)?.contains(
        #"encryption_key = "arn:${data.aws_partition.current.partition}:kms:${data.aws_region.current.name}:${data.aws_caller_identity.current.account_id}:alias/reports""#
      ) == true)
  }

  @Test("Ref and GetAtt of projects, report groups and source credentials")
  func references() {
    let outputs = Self.convert().file("outputs.tf")?.contents ?? ""
    for value in [
      "aws_codebuild_project.build.name", "aws_codebuild_project.build.arn",
      "aws_codebuild_report_group.reports.arn", "aws_codebuild_source_credential.git_hub.arn",
    ] {
      #expect(outputs.contains("value = \(value)\n"), "\(value)")
    }
  }

  @Test(
    "projects, webhooks, report groups and source credentials convert to a module terraform validates",
    .enabled(if: Repository.canValidate, "needs terraform, its provider mirror and tf-validate"))
  func oracle() throws {
    let (status, output) = try MappingProbe.validate(Self.convert(), label: "codebuild")
    #expect(status == 0, "\(output)")
  }
}

extension CodeBuild: ImportCaseProvider {
  static let importIds = [
    "Role": "app-Role-1", "Build": "app", "Pipeline": "web-Pipeline-1", "Maybe": "maybe",
    "Reports": "arn:aws:codebuild:us-east-1:123456789012:report-group/web-Reports-1",
    "Coverage": "arn:aws:codebuild:us-east-1:123456789012:report-group/coverage",
    "GitHub": "arn:aws:codebuild:us-east-1:123456789012:token/github",
    "Bitbucket": "arn:aws:codebuild:us-east-1:123456789012:token/bitbucket",
  ]

  static func codeBuild(_ address: String, _ origin: String, _ expected: ImportCase.Expectation)
    -> ImportCase
  {
    ImportCase(
      address: address, origin: origin, resources: CodeBuildMappingTests.resources,
      parameters: CodeBuildMappingTests.parameters, physicalIds: importIds,
      values: ["Hook": "true"], expected: expected)
  }

  /// Projects and their webhooks by the project name, report groups and source credentials by
  /// their ARN; a webhook under a computed Webhook is left to the user.
  static var importCases: [ImportCase] {
    [
      codeBuild("aws_codebuild_project.build", "Build", .id("app")),
      codeBuild("aws_codebuild_webhook.build", "Build", .id("app")),
      codeBuild(
        "aws_codebuild_webhook.maybe[0]", "Maybe", .notImported(conditionalWebhookImport)),
      codeBuild(
        "aws_codebuild_report_group.reports", "Reports",
        .id("arn:aws:codebuild:us-east-1:123456789012:report-group/web-Reports-1")),
      codeBuild(
        "aws_codebuild_source_credential.git_hub", "GitHub",
        .id("arn:aws:codebuild:us-east-1:123456789012:token/github")),
    ]
  }
}
