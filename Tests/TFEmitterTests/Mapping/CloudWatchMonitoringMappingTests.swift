import Testing

@testable import TFEmitter

@Suite("CloudWatch composite alarm, metric stream and insight rule mappings")
struct CloudWatchMonitoringMappingTests {
  static let resources = """
    {"Cpu": {"Type": "AWS::CloudWatch::Alarm", "Properties": {"AlarmName": "cpu",
       "Namespace": "AWS/EC2", "MetricName": "CPUUtilization", "Statistic": "Average",
       "Period": 60, "EvaluationPeriods": 1, "Threshold": 80,
       "ComparisonOperator": "GreaterThanThreshold"}},
     "Composite": {"Type": "AWS::CloudWatch::CompositeAlarm", "Properties": {
       "AlarmRule": {"Fn::Sub": "ALARM(${Cpu})"}, "AlarmDescription": "cpu and more",
       "ActionsEnabled": true, "AlarmActions": ["arn:aws:sns:us-east-1:123456789012:ops"],
       "OKActions": ["arn:aws:sns:us-east-1:123456789012:ops"],
       "InsufficientDataActions": ["arn:aws:sns:us-east-1:123456789012:ops"],
       "ActionsSuppressor": {"Ref": "Cpu"}, "ActionsSuppressorWaitPeriod": 120,
       "ActionsSuppressorExtensionPeriod": 60, "Tags": [{"Key": "team", "Value": "ops"}]}},
     "Stream": {"Type": "AWS::CloudWatch::MetricStream", "Properties": {"Name": "metrics",
       "FirehoseArn": "arn:aws:firehose:us-east-1:123456789012:deliverystream/metrics",
       "RoleArn": "arn:aws:iam::123456789012:role/stream", "OutputFormat": "opentelemetry1.0",
       "IncludeLinkedAccountsMetrics": true,
       "IncludeFilters": [{"Namespace": "AWS/EC2", "MetricNames": ["CPUUtilization"]}],
       "StatisticsConfigurations": [{"AdditionalStatistics": ["p99"],
         "IncludeMetrics": [{"Namespace": "AWS/EC2", "MetricName": "CPUUtilization"}]}],
       "Tags": [{"Key": "team", "Value": "ops"}]}},
     "Rule": {"Type": "AWS::CloudWatch::InsightRule", "Properties": {"RuleName": "top-talkers",
       "RuleState": "ENABLED", "RuleBody": "{\\"Schema\\":{\\"Name\\":\\"CloudWatchLogRule\\"}}",
       "ApplyOnTransformedLogs": false, "Tags": [{"Key": "team", "Value": "ops"}]}}}
    """

  static func convert() -> Conversion {
    Converter.convert(
      """
      {"Resources": \(resources),
       "Outputs": {"Composite": {"Value": {"Ref": "Composite"}},
         "CompositeArn": {"Value": {"Fn::GetAtt": ["Composite", "Arn"]}},
         "Stream": {"Value": {"Ref": "Stream"}},
         "StreamArn": {"Value": {"Fn::GetAtt": ["Stream", "Arn"]}},
         "StreamState": {"Value": {"Fn::GetAtt": ["Stream", "State"]}},
         "Rule": {"Value": {"Ref": "Rule"}},
         "RuleArn": {"Value": {"Fn::GetAtt": ["Rule", "Arn"]}}}}
      """, fileName: "t.json")
  }

  @Test("a composite alarm: a name as CloudFormation's, the suppressor and its periods as a block")
  func compositeAlarm() {
    let conversion = Self.convert()
    #expect(MappingProbe.messages(conversion) == [])
    #expect(
      MappingProbe.block("aws_cloudwatch_composite_alarm.composite", in: conversion) == """
        # Composite (AWS::CloudWatch::CompositeAlarm)
        resource "aws_cloudwatch_composite_alarm" "composite" {
          # cfn2tf: 'AlarmName' is not set: CloudFormation names it <stack>-Composite-<suffix>;
          # var.physical_names keeps the live name when a stack is adopted
          alarm_name                = lookup(var.physical_names, "Composite", "${var.stack_name}-Composite")
          alarm_description         = "cpu and more"
          alarm_rule                = "ALARM(${aws_cloudwatch_metric_alarm.cpu.alarm_name})"
          actions_enabled           = true
          alarm_actions             = ["arn:aws:sns:us-east-1:123456789012:ops"]
          ok_actions                = ["arn:aws:sns:us-east-1:123456789012:ops"]
          insufficient_data_actions = ["arn:aws:sns:us-east-1:123456789012:ops"]
          tags = {
            team = "ops"
          }

          actions_suppressor {
            alarm            = aws_cloudwatch_metric_alarm.cpu.alarm_name
            extension_period = 60
            wait_period      = 120
          }
        }

        """)
    let wait = MappingProbe.entry(
      "Composite.Properties.ActionsSuppressorWaitPeriod", in: conversion)
    #expect(
      wait?.targetText == "aws_cloudwatch_composite_alarm.composite.actions_suppressor.wait_period")
  }

  @Test("a metric stream with filters and statistics; an insight rule")
  func streamAndRule() {
    let conversion = Self.convert()
    #expect(
      MappingProbe.block("aws_cloudwatch_metric_stream.stream", in: conversion) == """
        # Stream (AWS::CloudWatch::MetricStream)
        resource "aws_cloudwatch_metric_stream" "stream" {
          name                            = "metrics"
          firehose_arn                    = "arn:aws:firehose:us-east-1:123456789012:deliverystream/metrics"
          role_arn                        = "arn:aws:iam::123456789012:role/stream"
          output_format                   = "opentelemetry1.0"
          include_linked_accounts_metrics = true
          tags = {
            team = "ops"
          }

          include_filter {
            namespace    = "AWS/EC2"
            metric_names = ["CPUUtilization"]
          }

          statistics_configuration {
            additional_statistics = ["p99"]

            include_metric {
              namespace   = "AWS/EC2"
              metric_name = "CPUUtilization"
            }
          }
        }

        """)
    #expect(
      MappingProbe.block("aws_cloudwatch_contributor_insight_rule.rule", in: conversion) == """
        # Rule (AWS::CloudWatch::InsightRule)
        # cfn2tf: 'ApplyOnTransformedLogs' is dropped: false is CloudWatch's default
        resource "aws_cloudwatch_contributor_insight_rule" "rule" {
          rule_name       = "top-talkers"
          rule_definition = "{\\"Schema\\":{\\"Name\\":\\"CloudWatchLogRule\\"}}"
          rule_state      = "ENABLED"
          tags = {
            team = "ops"
          }
        }

        """)
    let outputs = conversion.file("outputs.tf")?.contents ?? ""
    for value in [
      "aws_cloudwatch_composite_alarm.composite.alarm_name",
      "aws_cloudwatch_composite_alarm.composite.arn", "aws_cloudwatch_metric_stream.stream.name",
      "aws_cloudwatch_metric_stream.stream.arn", "aws_cloudwatch_metric_stream.stream.state",
      "aws_cloudwatch_contributor_insight_rule.rule.rule_name",
      "aws_cloudwatch_contributor_insight_rule.rule.resource_arn",
    ] {
      #expect(outputs.contains("value = \(value)\n"), "\(value)")
    }
  }

  @Test("periods without a suppressor are dropped; transformed logs are reported")
  func gaps() {
    let conversion = MappingProbe.convert(
      resources: """
        {"A": {"Type": "AWS::CloudWatch::CompositeAlarm", "Properties": {"AlarmName": "a",
           "AlarmRule": "TRUE", "ActionsSuppressorWaitPeriod": 60}},
         "S": {"Type": "AWS::CloudWatch::MetricStream", "Properties": {"Name": "s",
           "FirehoseArn": "arn:aws:firehose:us-east-1:123456789012:deliverystream/metrics",
           "RoleArn": "arn:aws:iam::123456789012:role/stream", "OutputFormat": "json",
           "ExcludeFilters": [{"Namespace": "AWS/Usage"}]}},
         "R": {"Type": "AWS::CloudWatch::InsightRule", "Properties": {"RuleName": "r",
           "RuleState": "ENABLED", "RuleBody": "{}", "ApplyOnTransformedLogs": true}}}
        """)
    #expect(
      MappingProbe.entry("A.Properties.ActionsSuppressorWaitPeriod", in: conversion)?.status
        == .dropped)
    #expect(
      MappingProbe.entry("R.Properties.ApplyOnTransformedLogs", in: conversion)?.status
        == .unsupported)
    #expect(!MappingProbe.mainFile(conversion).contains("actions_suppressor"))
    #expect(
      MappingProbe.block("aws_cloudwatch_metric_stream.s", in: conversion)?.contains(
        "  exclude_filter {\n    namespace = \"AWS/Usage\"\n  }\n") == true)
  }

  @Test(
    "composite alarms, metric streams and insight rules convert to a module terraform validates",
    .enabled(if: Repository.canValidate, "needs terraform, its provider mirror and tf-validate"))
  func oracle() throws {
    let (status, output) = try MappingProbe.validate(Self.convert(), label: "cloudwatch-more")
    #expect(status == 0, "\(output)")
  }
}

extension CloudWatch.Monitoring: ImportCaseProvider {
  static func monitoring(_ address: String, _ origin: String, _ expected: ImportCase.Expectation)
    -> ImportCase
  {
    ImportCase(
      address: address, origin: origin, resources: CloudWatchMonitoringMappingTests.resources,
      physicalIds: [
        "Cpu": "cpu", "Composite": "web-Composite-1A2B3C", "Stream": "metrics",
        "Rule": "top-talkers",
      ], expected: expected)
  }

  /// Each by its name.
  static var importCases: [ImportCase] {
    [
      monitoring(
        "aws_cloudwatch_composite_alarm.composite", "Composite", .id("web-Composite-1A2B3C")),
      monitoring("aws_cloudwatch_metric_stream.stream", "Stream", .id("metrics")),
      monitoring("aws_cloudwatch_contributor_insight_rule.rule", "Rule", .id("top-talkers")),
    ]
  }
}
