import Testing

@testable import TFEmitter

@Suite("Config mappings")
struct ConfigMappingTests {
  static let resources = """
    {"Recorder": {"Type": "AWS::Config::ConfigurationRecorder", "Properties": {
       "RoleARN": "arn:aws:iam::123456789012:role/config",
       "RecordingGroup": {"AllSupported": false, "ResourceTypes": ["AWS::EC2::Instance"],
         "RecordingStrategy": {"UseOnly": "INCLUSION_BY_RESOURCE_TYPES"}},
       "RecordingMode": {"RecordingFrequency": "CONTINUOUS", "RecordingModeOverrides": [
         {"Description": "daily", "RecordingFrequency": "DAILY",
          "ResourceTypes": ["AWS::EC2::Instance"]}]}}},
     "Channel": {"Type": "AWS::Config::DeliveryChannel", "Properties": {"Name": "main",
       "S3BucketName": "config-bucket", "S3KeyPrefix": "config",
       "SnsTopicARN": "arn:aws:sns:us-east-1:123456789012:config",
       "ConfigSnapshotDeliveryProperties": {"DeliveryFrequency": "Six_Hours"}}},
     "Rule": {"Type": "AWS::Config::ConfigRule", "DependsOn": "Recorder", "Properties": {
       "ConfigRuleName": "s3-versioning", "Description": "versioned buckets",
       "InputParameters": {"isMfaDeleteEnabled": "false"},
       "MaximumExecutionFrequency": "TwentyFour_Hours",
       "Scope": {"ComplianceResourceTypes": ["AWS::S3::Bucket"]},
       "Source": {"Owner": "AWS", "SourceIdentifier": "S3_BUCKET_VERSIONING_ENABLED"},
       "EvaluationModes": [{"Mode": "DETECTIVE"}]}},
     "Guard": {"Type": "AWS::Config::ConfigRule", "DependsOn": "Recorder", "Properties": {
       "Source": {"Owner": "CUSTOM_POLICY",
         "SourceDetails": [{"EventSource": "aws.config",
           "MessageType": "ConfigurationItemChangeNotification"}],
         "CustomPolicyDetails": {"PolicyRuntime": "guard-2.x.x",
           "PolicyText": "rule ok { resourceType == 'AWS::S3::Bucket' }",
           "EnableDebugLogDelivery": false}}}},
     "Remediation": {"Type": "AWS::Config::RemediationConfiguration", "Properties": {
       "ConfigRuleName": {"Ref": "Rule"}, "TargetType": "SSM_DOCUMENT",
       "TargetId": "AWS-EnableS3BucketVersioning", "TargetVersion": "1",
       "Automatic": true, "MaximumAutomaticAttempts": 3, "RetryAttemptSeconds": 60,
       "ExecutionControls": {"SsmControls": {"ConcurrentExecutionRatePercentage": 10,
         "ErrorPercentage": 20}},
       "Parameters": {"BucketName": {"ResourceValue": {"Value": "RESOURCE_ID"}},
         "AutomationAssumeRole": {"StaticValue": {
           "Values": ["arn:aws:iam::123456789012:role/remediate"]}},
         "Regions": {"StaticValue": {"Values": ["us-east-1", "us-west-2"]}}}}},
     "Pack": {"Type": "AWS::Config::ConformancePack", "Properties": {
       "ConformancePackName": "baseline", "TemplateS3Uri": "s3://packs/baseline.yaml",
       "DeliveryS3Bucket": "awsconfigconforms-results",
       "ConformancePackInputParameters": [{"ParameterName": "MaxAge",
         "ParameterValue": "90"}]}},
     "Authorization": {"Type": "AWS::Config::AggregationAuthorization", "Properties": {
       "AuthorizedAccountId": "210987654321", "AuthorizedAwsRegion": "eu-west-1",
       "Tags": [{"Key": "team", "Value": "audit"}]}},
     "Aggregator": {"Type": "AWS::Config::ConfigurationAggregator", "Properties": {
       "ConfigurationAggregatorName": "all",
       "AccountAggregationSources": [{"AccountIds": ["123456789012", "210987654321"],
         "AllAwsRegions": true}]}}}
    """

  static func convert() -> Conversion {
    Converter.convert(
      """
      {"Resources": \(resources),
       "Outputs": {"Recorder": {"Value": {"Ref": "Recorder"}},
         "RecorderId": {"Value": {"Fn::GetAtt": ["Recorder", "Id"]}},
         "Channel": {"Value": {"Ref": "Channel"}},
         "Rule": {"Value": {"Ref": "Rule"}},
         "RuleArn": {"Value": {"Fn::GetAtt": ["Rule", "Arn"]}},
         "RuleId": {"Value": {"Fn::GetAtt": ["Rule", "ConfigRuleId"]}},
         "Pack": {"Value": {"Ref": "Pack"}},
         "AuthorizationArn": {"Value": {"Fn::GetAtt": [
           "Authorization", "AggregationAuthorizationArn"]}},
         "Aggregator": {"Value": {"Ref": "Aggregator"}},
         "AggregatorArn": {"Value": {"Fn::GetAtt": [
           "Aggregator", "ConfigurationAggregatorArn"]}}}}
      """, fileName: "t.json")
  }

  @Test("a recorder, the status that starts it after the delivery channels, and a channel")
  func recorderAndChannel() {
    let conversion = Self.convert()
    #expect(MappingProbe.messages(conversion) == [])
    #expect(
      MappingProbe.block("aws_config_configuration_recorder.recorder", in: conversion) == """
        # Recorder (AWS::Config::ConfigurationRecorder)
        resource "aws_config_configuration_recorder" "recorder" {
          # cfn2tf: 'Name' is not set: CloudFormation names it <stack>-Recorder-<suffix>;
          # var.physical_names keeps the live name when a stack is adopted
          name     = lookup(var.physical_names, "Recorder", "${var.stack_name}-Recorder")
          role_arn = "arn:aws:iam::123456789012:role/config"

          recording_group {
            all_supported  = false
            resource_types = ["AWS::EC2::Instance"]

            recording_strategy {
              use_only = "INCLUSION_BY_RESOURCE_TYPES"
            }
          }

          recording_mode {
            recording_frequency = "CONTINUOUS"

            recording_mode_override {
              description         = "daily"
              recording_frequency = "DAILY"
              resource_types      = ["AWS::EC2::Instance"]
            }
          }
        }

        """)
    #expect(
      MappingProbe.block("aws_config_configuration_recorder_status.recorder", in: conversion)
        == """
        # Recorder (AWS::Config::ConfigurationRecorder): CloudFormation starts the recorder
        resource "aws_config_configuration_recorder_status" "recorder" {
          depends_on = [aws_config_delivery_channel.channel]

          name       = aws_config_configuration_recorder.recorder.name
          is_enabled = true
        }

        """)
    #expect(
      MappingProbe.block("aws_config_delivery_channel.channel", in: conversion) == """
        # Channel (AWS::Config::DeliveryChannel)
        resource "aws_config_delivery_channel" "channel" {
          # AWS Config refuses a delivery channel before the configuration recorder exists
          depends_on = [aws_config_configuration_recorder.recorder]

          name           = "main"
          s3_bucket_name = "config-bucket"
          s3_key_prefix  = "config"
          sns_topic_arn  = "arn:aws:sns:us-east-1:123456789012:config"

          snapshot_delivery_properties {
            delivery_frequency = "Six_Hours"
          }
        }

        """)
    let status = MappingProbe.entry("Recorder.RecorderStatus", in: conversion)
    #expect(status?.kind == .addition)
    #expect(status?.targetText == "aws_config_configuration_recorder_status.recorder.is_enabled")
  }

  @Test("managed and Guard rules; input parameters as jsonencode")
  func rules() {
    let conversion = Self.convert()
    #expect(
      MappingProbe.block("aws_config_config_rule.rule", in: conversion) == """
        # Rule (AWS::Config::ConfigRule)
        resource "aws_config_config_rule" "rule" {
          depends_on = [aws_config_configuration_recorder.recorder]

          name        = "s3-versioning"
          description = "versioned buckets"
          input_parameters = jsonencode({
            isMfaDeleteEnabled = "false"
          })
          maximum_execution_frequency = "TwentyFour_Hours"

          scope {
            compliance_resource_types = ["AWS::S3::Bucket"]
          }

          source {
            owner             = "AWS"
            source_identifier = "S3_BUCKET_VERSIONING_ENABLED"
          }

          evaluation_mode {
            mode = "DETECTIVE"
          }
        }

        """)
    #expect(
      MappingProbe.block("aws_config_config_rule.guard", in: conversion) == """
        # Guard (AWS::Config::ConfigRule)
        resource "aws_config_config_rule" "guard" {
          depends_on = [aws_config_configuration_recorder.recorder]

          # cfn2tf: 'ConfigRuleName' is not set: CloudFormation names it <stack>-Guard-<suffix>;
          # var.physical_names keeps the live name when a stack is adopted
          name = lookup(var.physical_names, "Guard", "${var.stack_name}-Guard")

          source {
            owner = "CUSTOM_POLICY"

            source_detail {
              event_source = "aws.config"
              message_type = "ConfigurationItemChangeNotification"
            }

            custom_policy_details {
              policy_runtime            = "guard-2.x.x"
              policy_text               = "rule ok { resourceType == 'AWS::S3::Bucket' }"
              enable_debug_log_delivery = false
            }
          }
        }

        """)
  }

  @Test("a remediation: its parameters as blocks, one static value or several")
  func remediation() {
    let conversion = Self.convert()
    #expect(
      MappingProbe.block("aws_config_remediation_configuration.remediation", in: conversion)
        == """
        # Remediation (AWS::Config::RemediationConfiguration)
        resource "aws_config_remediation_configuration" "remediation" {
          config_rule_name           = aws_config_config_rule.rule.name
          target_type                = "SSM_DOCUMENT"
          target_id                  = "AWS-EnableS3BucketVersioning"
          target_version             = "1"
          automatic                  = true
          maximum_automatic_attempts = 3
          retry_attempt_seconds      = 60

          execution_controls {
            ssm_controls {
              concurrent_execution_rate_percentage = 10
              error_percentage                     = 20
            }
          }

          parameter {
            name           = "BucketName"
            resource_value = "RESOURCE_ID"
          }
          parameter {
            name         = "AutomationAssumeRole"
            static_value = "arn:aws:iam::123456789012:role/remediate"
          }
          parameter {
            name          = "Regions"
            static_values = ["us-east-1", "us-west-2"]
          }
        }

        """)
    let value = MappingProbe.entry(
      "Remediation.Properties.Parameters.BucketName.ResourceValue.Value", in: conversion)
    #expect(
      value?.targetText
        == "aws_config_remediation_configuration.remediation.parameter.resource_value")
  }

  @Test("conformance packs, aggregation authorizations and aggregators; Ref and GetAtt")
  func packsAndAggregation() {
    let conversion = Self.convert()
    #expect(
      MappingProbe.block("aws_config_conformance_pack.pack", in: conversion) == """
        # Pack (AWS::Config::ConformancePack)
        resource "aws_config_conformance_pack" "pack" {
          name               = "baseline"
          template_s3_uri    = "s3://packs/baseline.yaml"
          delivery_s3_bucket = "awsconfigconforms-results"

          input_parameter {
            parameter_name  = "MaxAge"
            parameter_value = "90"
          }
        }

        """)
    #expect(
      MappingProbe.block("aws_config_aggregate_authorization.authorization", in: conversion)
        == """
        # Authorization (AWS::Config::AggregationAuthorization)
        resource "aws_config_aggregate_authorization" "authorization" {
          account_id = "210987654321"
          region     = "eu-west-1"
          tags = {
            team = "audit"
          }
        }

        """)
    #expect(
      MappingProbe.block("aws_config_configuration_aggregator.aggregator", in: conversion) == """
        # Aggregator (AWS::Config::ConfigurationAggregator)
        resource "aws_config_configuration_aggregator" "aggregator" {
          name = "all"

          account_aggregation_source {
            account_ids = ["123456789012", "210987654321"]
            all_regions = true
          }
        }

        """)
    let outputs = conversion.file("outputs.tf")?.contents ?? ""
    for value in [
      "aws_config_configuration_recorder.recorder.name",
      "aws_config_configuration_recorder.recorder.id", "aws_config_delivery_channel.channel.name",
      "aws_config_config_rule.rule.name", "aws_config_config_rule.rule.arn",
      "aws_config_config_rule.rule.rule_id", "aws_config_conformance_pack.pack.name",
      "aws_config_aggregate_authorization.authorization.arn",
      "aws_config_configuration_aggregator.aggregator.name",
      "aws_config_configuration_aggregator.aggregator.arn",
    ] {
      #expect(outputs.contains("value = \(value)\n"), "\(value)")
    }
  }

  @Test("what Terraform takes one of, or cannot read, is reported; no recorder, no depends_on")
  func gaps() {
    let conversion = MappingProbe.convert(
      resources: """
        {"Recorder": {"Type": "AWS::Config::ConfigurationRecorder", "Properties": {
           "Name": "default", "RoleARN": "arn:aws:iam::123456789012:role/config",
           "RecordingMode": {"RecordingFrequency": "CONTINUOUS", "RecordingModeOverrides": [
             {"RecordingFrequency": "DAILY", "ResourceTypes": ["AWS::EC2::VPC"]},
             {"RecordingFrequency": "DAILY", "ResourceTypes": ["AWS::EC2::Subnet"]}]}}},
         "Pack": {"Type": "AWS::Config::ConformancePack", "Properties": {
           "ConformancePackName": "p",
           "TemplateSSMDocumentDetails": {"DocumentName": "pack"}}},
         "Aggregator": {"Type": "AWS::Config::ConfigurationAggregator", "Properties": {
           "AccountAggregationSources": [{"AccountIds": ["123456789012"], "AllAwsRegions": true},
             {"AccountIds": ["210987654321"], "AwsRegions": ["us-east-1"]}]}},
         "Remediation": {"Type": "AWS::Config::RemediationConfiguration", "Properties": {
           "ConfigRuleName": "r", "TargetType": "SSM_DOCUMENT", "TargetId": "d",
           "Parameters": {"Odd": {"StaticValue": {"Value": "x"}}}}}}
        """)
    for path in [
      "Recorder.Properties.RecordingMode.RecordingModeOverrides[1]",
      "Pack.Properties.TemplateSSMDocumentDetails",
      "Aggregator.Properties.AccountAggregationSources[1]",
      "Remediation.Properties.Parameters.Odd.StaticValue",
    ] {
      #expect(MappingProbe.entry(path, in: conversion)?.status == .unsupported, "\(path)")
    }
    let main = MappingProbe.mainFile(conversion)
    #expect(main.contains(#"name     = "default""#))
    #expect(!main.contains("depends_on"))
    #expect(
      main.contains(#"lookup(var.physical_names, "Aggregator", "${var.stack_name}-Aggregator")"#))
  }

  @Test(
    "recorders, channels, rules, remediations, packs and aggregation convert to a module terraform validates",
    .enabled(if: Repository.canValidate, "needs terraform, its provider mirror and tf-validate"))
  func oracle() throws {
    let (status, output) = try MappingProbe.validate(Self.convert(), label: "config")
    #expect(status == 0, "\(output)")
  }
}

extension Config: ImportCaseProvider {
  static func config(_ address: String, _ origin: String, _ expected: ImportCase.Expectation)
    -> ImportCase
  {
    ImportCase(
      address: address, origin: origin, resources: ConfigMappingTests.resources,
      physicalIds: [
        "Recorder": "web-Recorder-1A2B3C", "Channel": "main", "Rule": "s3-versioning",
        "Guard": "web-Guard-4D5E6F", "Remediation": "a1b2c3d4-remediation", "Pack": "baseline",
        "Authorization": "210987654321|eu-west-1", "Aggregator": "all",
      ], expected: expected)
  }

  /// Everything by its name; the recorder status by the recorder's, a remediation by its rule's,
  /// an aggregation authorization as `<account id>:<region>`.
  static var importCases: [ImportCase] {
    [
      config(
        "aws_config_configuration_recorder.recorder", "Recorder", .id("web-Recorder-1A2B3C")),
      config(
        "aws_config_configuration_recorder_status.recorder", "Recorder",
        .id("web-Recorder-1A2B3C")),
      config("aws_config_delivery_channel.channel", "Channel", .id("main")),
      config("aws_config_config_rule.rule", "Rule", .id("s3-versioning")),
      config(
        "aws_config_remediation_configuration.remediation", "Remediation", .id("s3-versioning")),
      config("aws_config_conformance_pack.pack", "Pack", .id("baseline")),
      config(
        "aws_config_aggregate_authorization.authorization", "Authorization",
        .id("210987654321:eu-west-1")),
      config("aws_config_configuration_aggregator.aggregator", "Aggregator", .id("all")),
    ]
  }
}
