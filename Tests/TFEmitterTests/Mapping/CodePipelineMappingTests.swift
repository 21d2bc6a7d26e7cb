import Testing

@testable import TFEmitter

@Suite("CodePipeline mappings")
struct CodePipelineMappingTests {
  static let parameters = #"{"GitHubToken": {"Type": "String", "NoEcho": true}}"#

  static let resources = #"""
    {
     "Role": {"Type": "AWS::IAM::Role", "Properties": {"AssumeRolePolicyDocument": {
       "Version": "2012-10-17", "Statement": [{"Effect": "Allow",
       "Principal": {"Service": "codepipeline.amazonaws.com"}, "Action": "sts:AssumeRole"}]}}},
     "Pipeline": {"Type": "AWS::CodePipeline::Pipeline", "Properties": {"Name": "app",
       "RoleArn": {"Fn::GetAtt": ["Role", "Arn"]}, "PipelineType": "V2", "ExecutionMode": "QUEUED",
       "RestartExecutionOnUpdate": false,
       "ArtifactStore": {"Type": "S3", "Location": "artifacts",
         "EncryptionKey": {"Id": "alias/pipeline", "Type": "KMS"}},
       "Variables": [{"Name": "STAGE", "DefaultValue": "prod", "Description": "the stage"}],
       "Triggers": [{"ProviderType": "CodeStarSourceConnection", "GitConfiguration": {
         "SourceActionName": "Source",
         "Push": [{"Branches": {"Includes": ["main"]}, "FilePaths": {"Excludes": ["docs/**"]}}],
         "PullRequest": [{"Events": ["OPEN", "UPDATED"], "Branches": {"Includes": ["main"]}}]}}],
       "DisableInboundStageTransitions": [{"StageName": "Deploy", "Reason": "manual"}],
       "Stages": [
         {"Name": "Source", "Actions": [{"Name": "Source",
           "ActionTypeId": {"Category": "Source", "Owner": "AWS",
             "Provider": "CodeStarSourceConnection", "Version": 1},
           "Configuration": {"ConnectionArn": "arn:aws:codeconnections:us-east-1:123456789012:connection/abc",
             "FullRepositoryId": "acme/app", "BranchName": "main", "DetectChanges": false,
             "OutputArtifactFormat": "CODE_ZIP"},
           "OutputArtifacts": [{"Name": "Source"}], "Namespace": "SourceVariables"}]},
         {"Name": "Build", "Actions": [{"Name": "Build",
           "ActionTypeId": {"Category": "Build", "Owner": "AWS", "Provider": "CodeBuild", "Version": "1"},
           "Configuration": {"ProjectName": "app", "PrimarySource": "Source",
             "EnvironmentVariables": [{"name": "STAGE", "value": "#{variables.STAGE}", "type": "PLAINTEXT"}]},
           "InputArtifacts": [{"Name": "Source"}], "OutputArtifacts": [{"Name": "Built"}],
           "RunOrder": 1, "TimeoutInMinutes": 60}],
          "OnFailure": {"Result": "RETRY", "RetryConfiguration": {"RetryMode": "FAILED_ACTIONS"}}},
         {"Name": "Deploy", "Blockers": [{"Name": "b", "Type": "Schedule"}],
          "BeforeEntry": {"Conditions": [{"Result": "FAIL", "Rules": [{"Name": "NoAlarms",
            "RuleTypeId": {"Category": "Rule", "Owner": "AWS", "Provider": "CloudWatchAlarm", "Version": "1"},
            "Configuration": {"AlarmName": "errors", "WaitTime": 5}}]}]},
          "Actions": [{"Name": "Deploy",
           "ActionTypeId": {"Category": "Deploy", "Owner": "AWS", "Provider": "S3", "Version": "1"},
           "Configuration": {"BucketName": "site", "Extract": true},
           "InputArtifacts": [{"Name": "Built"}], "Region": "us-east-1",
           "RoleArn": "arn:aws:iam::123456789012:role/deploy"}]}],
       "Tags": [{"Key": "app", "Value": "x"}]}},
     "Legacy": {"Type": "AWS::CodePipeline::Pipeline", "Properties": {
       "RoleArn": "arn:aws:iam::123456789012:role/pipeline", "RestartExecutionOnUpdate": true,
       "ArtifactStores": [{"Region": "us-east-1", "ArtifactStore": {"Type": "S3", "Location": "artifacts-east"}},
         {"Region": "eu-west-1", "ArtifactStore": {"Type": "S3", "Location": "artifacts-west"}}],
       "Stages": [
         {"Name": "Source", "Actions": [{"Name": "GitHub",
           "ActionTypeId": {"Category": "Source", "Owner": "ThirdParty", "Provider": "GitHub", "Version": "1"},
           "Configuration": {"Owner": "acme", "Repo": "app", "Branch": "main",
             "OAuthToken": {"Ref": "GitHubToken"}, "PollForSourceChanges": false},
           "OutputArtifacts": [{"Name": "Source"}]}]},
         {"Name": "Approve", "Actions": [{"Name": "Approve",
           "ActionTypeId": {"Category": "Approval", "Owner": "AWS", "Provider": "Manual", "Version": "1"},
           "Configuration": {"CustomData": "approve"}, "Region": "eu-west-1"}]}]}},
     "Plain": {"Type": "AWS::CodePipeline::Pipeline", "Properties": {
       "RoleArn": "arn:aws:iam::123456789012:role/pipeline",
       "ArtifactStore": {"Type": "S3", "Location": "artifacts"},
       "Stages": [
         {"Name": "Source", "Actions": [{"Name": "GitHub",
           "ActionTypeId": {"Category": "Source", "Owner": "ThirdParty", "Provider": "GitHub", "Version": "1"},
           "Configuration": {"Owner": "acme", "Repo": "app", "Branch": "main", "OAuthToken": "ghp_plain"},
           "OutputArtifacts": [{"Name": "Source"}]}]},
         {"Name": "Build", "Actions": [{"Name": "Run",
           "ActionTypeId": {"Category": "Compute", "Owner": "AWS", "Provider": "Commands", "Version": "1"},
           "Commands": ["make"], "InputArtifacts": [{"Name": "Source"}],
           "OutputArtifacts": [{"Name": "Out", "Files": ["bin/*"]}]}]}]}},
     "Hook": {"Type": "AWS::CodePipeline::Webhook", "Properties": {
       "Authentication": "GITHUB_HMAC", "AuthenticationConfiguration": {"SecretToken": "hmac-s3cr3t"},
       "Filters": [{"JsonPath": "$.ref", "MatchEquals": "refs/heads/{Branch}"}],
       "TargetPipeline": {"Ref": "Legacy"}, "TargetAction": "GitHub",
       "TargetPipelineVersion": 1, "RegisterWithThirdParty": true}},
     "Open": {"Type": "AWS::CodePipeline::Webhook", "Properties": {"Name": "open",
       "Authentication": "IP", "AuthenticationConfiguration": {"AllowedIPRange": "10.0.0.0/8"},
       "Filters": [{"JsonPath": "$.ref", "MatchEquals": "refs/heads/main"}],
       "TargetPipeline": {"Ref": "Legacy"}, "TargetAction": "GitHub", "RegisterWithThirdParty": false}},
     "Deployer": {"Type": "AWS::CodePipeline::CustomActionType", "Properties": {
       "Category": "Deploy", "Provider": "Deployer", "Version": "1",
       "ConfigurationProperties": [{"Name": "Target", "Key": true, "Required": true, "Secret": false,
         "Queryable": true, "Description": "where", "Type": "String"}],
       "InputArtifactDetails": {"MinimumCount": 1, "MaximumCount": 1},
       "OutputArtifactDetails": {"MinimumCount": 0, "MaximumCount": 0},
       "Settings": {"EntityUrlTemplate": "https://deployer.example.com/{Config:Target}"},
       "Tags": [{"Key": "app", "Value": "x"}]}}}
    """#

  static func convert() -> Conversion {
    Converter.convert(
      """
      {"Parameters": \(parameters), "Resources": \(resources),
       "Outputs": {"Name": {"Value": {"Ref": "Pipeline"}},
                   "Version": {"Value": {"Fn::GetAtt": ["Pipeline", "Version"]}},
                   "Hook": {"Value": {"Ref": "Hook"}},
                   "Url": {"Value": {"Fn::GetAtt": ["Hook", "Url"]}},
                   "Action": {"Value": {"Ref": "Deployer"}}}}
      """, fileName: "t.json")
  }

  @Test(
    "a pipeline: stages, actions with their configuration as strings, conditions, variables, triggers"
  )
  func pipeline() {
    let conversion = Self.convert()
    #expect(
      MappingProbe.block("aws_codepipeline.pipeline", in: conversion) == #"""
        # Pipeline (AWS::CodePipeline::Pipeline)
        # cfn2tf: 'Stages[2].Blockers' is dropped: CodePipeline reserves stage blockers for future use: they have no effect, and a stage in Terraform has none
        # cfn2tf: 'DisableInboundStageTransitions' is not converted: aws_codepipeline (provider 5.100) cannot disable a stage's inbound transition: it stays enabled; disable it after apply with 'aws codepipeline disable-stage-transition --transition-type Inbound'
        # cfn2tf: 'RestartExecutionOnUpdate' is dropped: aws_codepipeline has no restart on update; false is what Terraform does: an apply never starts the pipeline
        resource "aws_codepipeline" "pipeline" {
          name           = "app"
          role_arn       = aws_iam_role.role.arn
          pipeline_type  = "V2"
          execution_mode = "QUEUED"
          tags = {
            app = "x"
          }

          artifact_store {
            type     = "S3"
            location = "artifacts"

            encryption_key {
              id   = "alias/pipeline"
              type = "KMS"
            }
          }

          stage {
            name = "Source"

            action {
              name     = "Source"
              category = "Source"
              owner    = "AWS"
              provider = "CodeStarSourceConnection"
              version  = "1"
              configuration = {
                ConnectionArn        = "arn:aws:codeconnections:us-east-1:123456789012:connection/abc"
                FullRepositoryId     = "acme/app"
                BranchName           = "main"
                DetectChanges        = "false"
                OutputArtifactFormat = "CODE_ZIP"
              }
              output_artifacts = ["Source"]
              namespace        = "SourceVariables"
            }
          }
          stage {
            name = "Build"

            action {
              name     = "Build"
              category = "Build"
              owner    = "AWS"
              provider = "CodeBuild"
              version  = "1"
              configuration = {
                ProjectName   = "app"
                PrimarySource = "Source"
                EnvironmentVariables = jsonencode([
                  {
                    name  = "STAGE"
                    value = "#{variables.STAGE}"
                    type  = "PLAINTEXT"
                  },
                ])
              }
              input_artifacts    = ["Source"]
              output_artifacts   = ["Built"]
              run_order          = 1
              timeout_in_minutes = 60
            }

            on_failure {
              result = "RETRY"

              retry_configuration {
                retry_mode = "FAILED_ACTIONS"
              }
            }
          }
          stage {
            name = "Deploy"

            action {
              name     = "Deploy"
              category = "Deploy"
              owner    = "AWS"
              provider = "S3"
              version  = "1"
              configuration = {
                BucketName = "site"
                Extract    = "true"
              }
              input_artifacts = ["Built"]
              region          = "us-east-1"
              role_arn        = "arn:aws:iam::123456789012:role/deploy"
            }

            before_entry {
              condition {
                result = "FAIL"

                rule {
                  name = "NoAlarms"
                  configuration = {
                    AlarmName = "errors"
                    WaitTime  = "5"
                  }

                  rule_type_id {
                    category = "Rule"
                    owner    = "AWS"
                    provider = "CloudWatchAlarm"
                    version  = "1"
                  }
                }
              }
            }
          }

          variable {
            name          = "STAGE"
            default_value = "prod"
            description   = "the stage"
          }

          trigger {
            provider_type = "CodeStarSourceConnection"

            git_configuration {
              source_action_name = "Source"

              push {
                branches {
                  includes = ["main"]
                }

                file_paths {
                  excludes = ["docs/**"]
                }
              }

              pull_request {
                events = ["OPEN", "UPDATED"]

                branches {
                  includes = ["main"]
                }
              }
            }
          }
        }

        """#)
    #expect(
      MappingProbe.entry(
        "Pipeline.Properties.Stages[0].Actions[0].Configuration.DetectChanges", in: conversion)?
        .note == "boolean written as a string")
    #expect(
      MappingProbe.entry(
        "Pipeline.Properties.Stages[1].Actions[0].Configuration.EnvironmentVariables",
        in: conversion)?
        .status == .approximated)
    #expect(
      MappingProbe.entry(
        "Pipeline.Properties.Stages[0].Actions[0].ActionTypeId.Version", in: conversion)?
        .targetText == "aws_codepipeline.pipeline.stage.action.version")
    #expect(
      MappingProbe.entry("Pipeline.Properties.Stages[2].Blockers", in: conversion)?.status
        == .dropped)
    #expect(
      MappingProbe.entry("Pipeline.Properties.RestartExecutionOnUpdate", in: conversion)?.status
        == .dropped)
    #expect(
      MappingProbe.entry("Pipeline.Properties.DisableInboundStageTransitions", in: conversion)?
        .status == .unsupported)
  }

  @Test("artifact stores by region; OAuthToken from a NoEcho parameter or a sensitive variable")
  func legacy() {
    let conversion = Self.convert()
    #expect(
      MappingProbe.block("aws_codepipeline.legacy", in: conversion) == #"""
        # Legacy (AWS::CodePipeline::Pipeline)
        # cfn2tf: 'RestartExecutionOnUpdate' is not converted: aws_codepipeline has no restart on update: an apply that changes the pipeline does not start it; run 'aws codepipeline start-pipeline-execution --name <pipeline>' after such an apply
        resource "aws_codepipeline" "legacy" {
          # cfn2tf: 'Name' is not set: CloudFormation names it <stack>-Legacy-<suffix>;
          # var.physical_names keeps the live name when a stack is adopted
          name     = lookup(var.physical_names, "Legacy", "${var.stack_name}-Legacy")
          role_arn = "arn:aws:iam::123456789012:role/pipeline"

          artifact_store {
            region   = "us-east-1"
            type     = "S3"
            location = "artifacts-east"
          }
          artifact_store {
            region   = "eu-west-1"
            type     = "S3"
            location = "artifacts-west"
          }

          stage {
            name = "Source"

            action {
              name     = "GitHub"
              category = "Source"
              owner    = "ThirdParty"
              provider = "GitHub"
              version  = "1"
              configuration = {
                Owner                = "acme"
                Repo                 = "app"
                Branch               = "main"
                OAuthToken           = var.git_hub_token
                PollForSourceChanges = "false"
              }
              output_artifacts = ["Source"]
            }
          }
          stage {
            name = "Approve"

            action {
              name     = "Approve"
              category = "Approval"
              owner    = "AWS"
              provider = "Manual"
              version  = "1"
              configuration = {
                CustomData = "approve"
              }
              region = "eu-west-1"
            }
          }
        }

        """#)
    let plain = MappingProbe.block("aws_codepipeline.plain", in: conversion) ?? ""
    #expect(plain.contains("        OAuthToken = var.plain_oauth_token\n"))
    #expect(!conversion.files.contains { $0.contents.contains("ghp_plain") })
    #expect(
      MappingProbe.entry("Plain.Properties.Stages[0].Actions[0].Configuration", in: conversion)?
        .sourceValue == Redaction.placeholder)
    #expect(
      plain.contains(
        """
              input_artifacts  = ["Source"]
              output_artifacts = ["Out"]

        """))
  }

  @Test("what Terraform lacks is said: restarts, transitions, Commands actions, registration")
  func messages() {
    #expect(
      MappingProbe.messages(Self.convert()) == [
        "property 'DisableInboundStageTransitions' of 'Pipeline' (AWS::CodePipeline::Pipeline) is not converted: aws_codepipeline (provider 5.100) cannot disable a stage's inbound transition: it stays enabled; disable it after apply with 'aws codepipeline disable-stage-transition --transition-type Inbound'",
        "property 'RestartExecutionOnUpdate' of 'Legacy' (AWS::CodePipeline::Pipeline) is not converted: aws_codepipeline has no restart on update: an apply that changes the pipeline does not start it; run 'aws codepipeline start-pipeline-execution --name <pipeline>' after such an apply",
        "the OAuthToken of 'Plain' is written in the template; it becomes the sensitive variable 'plain_oauth_token'",
        "property 'Stages[1].Actions[0].Commands' of 'Plain' (AWS::CodePipeline::Pipeline) is not converted: the action block (provider 5.100) has no commands: a Commands action cannot be written; add it after apply",
        "property 'Stages[1].Actions[0].OutputArtifacts[0].Files' of 'Plain' (AWS::CodePipeline::Pipeline) is not converted: the action block (provider 5.100) has no output files: a Commands action cannot be written; add it after apply",
        "the secret token of 'Hook' is written in the template; it becomes the sensitive variable 'hook_secret_token'",
        "property 'RegisterWithThirdParty' of 'Hook' (AWS::CodePipeline::Webhook) is not converted: aws_codepipeline_webhook does not register the webhook with GitHub: add a github_repository_webhook (GitHub provider) with the webhook's url and secret token",
        "attribute 'Version' of 'Pipeline' (AWS::CodePipeline::Pipeline) has no Terraform counterpart; var.pipeline_version stands for it",
      ])
  }

  @Test("webhooks (the secret token a sensitive variable) and custom action types")
  func webhooksAndActionTypes() {
    let conversion = Self.convert()
    #expect(
      MappingProbe.block("aws_codepipeline_webhook.hook", in: conversion) == #"""
        # Hook (AWS::CodePipeline::Webhook)
        # cfn2tf: 'TargetPipelineVersion' is dropped: CodePipeline's webhook API takes no pipeline version: the webhook starts the pipeline's current version, in CloudFormation as in Terraform
        # cfn2tf: 'RegisterWithThirdParty' is not converted: aws_codepipeline_webhook does not register the webhook with GitHub: add a github_repository_webhook (GitHub provider) with the webhook's url and secret token
        resource "aws_codepipeline_webhook" "hook" {
          # cfn2tf: 'Name' is not set: CloudFormation names it <stack>-Hook-<suffix>;
          # var.physical_names keeps the live name when a stack is adopted
          name            = lookup(var.physical_names, "Hook", "${var.stack_name}-Hook")
          target_pipeline = aws_codepipeline.legacy.name
          target_action   = "GitHub"
          authentication  = "GITHUB_HMAC"

          authentication_configuration {
            secret_token = var.hook_secret_token
          }

          filter {
            json_path    = "$.ref"
            match_equals = "refs/heads/{Branch}"
          }
        }

        """#)
    #expect(!conversion.files.contains { $0.contents.contains("hmac-s3cr3t") })
    #expect(
      MappingProbe.entry("Open.Properties.RegisterWithThirdParty", in: conversion)?.status
        == .dropped)
    #expect(
      MappingProbe.block("aws_codepipeline_custom_action_type.deployer", in: conversion) == #"""
        # Deployer (AWS::CodePipeline::CustomActionType)
        resource "aws_codepipeline_custom_action_type" "deployer" {
          category      = "Deploy"
          provider_name = "Deployer"
          version       = "1"
          tags = {
            app = "x"
          }

          configuration_property {
            name        = "Target"
            description = "where"
            key         = true
            required    = true
            secret      = false
            queryable   = true
            type        = "String"
          }

          input_artifact_details {
            minimum_count = 1
            maximum_count = 1
          }

          output_artifact_details {
            minimum_count = 0
            maximum_count = 0
          }

          settings {
            entity_url_template = "https://deployer.example.com/{Config:Target}"
          }
        }

        """#)
  }

  @Test("Ref and GetAtt of pipelines, webhooks and custom action types")
  func references() {
    let outputs = Self.convert().file("outputs.tf")?.contents ?? ""
    for value in [
      "aws_codepipeline.pipeline.name", "aws_codepipeline_webhook.hook.name",
      "aws_codepipeline_webhook.hook.url", "aws_codepipeline_custom_action_type.deployer.id",
    ] {
      #expect(outputs.contains("value = \(value)\n"), "\(value)")
    }
  }

  @Test(
    "pipelines, webhooks and custom action types convert to a module terraform validates",
    .enabled(if: Repository.canValidate, "needs terraform, its provider mirror and tf-validate"))
  func oracle() throws {
    let (status, output) = try MappingProbe.validate(Self.convert(), label: "codepipeline")
    #expect(status == 0, "\(output)")
  }
}

extension CodePipeline: ImportCaseProvider {
  static let importIds = [
    "Role": "web-Role-1", "Pipeline": "app", "Legacy": "web-Legacy-1", "Plain": "web-Plain-1",
    "Hook": "web-Hook-1", "Open": "open", "Deployer": "Deploy|Deployer|1",
  ]

  static func codePipeline(
    _ address: String, _ origin: String, _ expected: ImportCase.Expectation
  ) -> ImportCase {
    ImportCase(
      address: address, origin: origin, resources: CodePipelineMappingTests.resources,
      parameters: CodePipelineMappingTests.parameters, physicalIds: importIds, expected: expected)
  }

  /// Pipelines by name, webhooks by their ARN, custom action types by category, provider and
  /// version.
  static var importCases: [ImportCase] {
    [
      codePipeline("aws_codepipeline.pipeline", "Pipeline", .id("app")),
      codePipeline(
        "aws_codepipeline_webhook.hook", "Hook",
        .id("arn:aws:codepipeline:us-east-1:123456789012:webhook:web-Hook-1")),
      codePipeline(
        "aws_codepipeline_custom_action_type.deployer", "Deployer", .id("Deploy/Deployer/1")),
    ]
  }
}
