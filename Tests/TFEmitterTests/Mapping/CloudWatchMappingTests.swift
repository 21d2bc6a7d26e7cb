import Testing

@testable import TFEmitter

@Suite("CloudWatch and Logs mappings")
struct CloudWatchMappingTests {
  static let resources = """
    {"Alarm": {"Type": "AWS::CloudWatch::Alarm", "Properties": {"AlarmDescription": "cpu",
       "Namespace": "AWS/EC2", "MetricName": "CPUUtilization",
       "Dimensions": [{"Name": "AutoScalingGroupName", "Value": {"Ref": "Group"}}],
       "Statistic": "Average", "Period": "300", "EvaluationPeriods": "2", "Threshold": "90",
       "ComparisonOperator": "GreaterThanThreshold", "AlarmActions": [{"Ref": "Topic"}]}},
     "MathAlarm": {"Type": "AWS::CloudWatch::Alarm", "Properties": {"AlarmName": "errors",
       "EvaluationPeriods": 1, "Threshold": 1, "ComparisonOperator": "GreaterThanThreshold",
       "Metrics": [{"Id": "e1", "Expression": "m1 / 60", "ReturnData": true},
         {"Id": "m1", "ReturnData": false, "MetricStat": {"Metric": {"Namespace": "AWS/SQS",
           "MetricName": "NumberOfMessagesSent",
           "Dimensions": [{"Name": "QueueName", "Value": "work"}]}, "Period": 60, "Stat": "Sum"}}]}},
     "Logs": {"Type": "AWS::Logs::LogGroup", "Properties": {"LogGroupName": "/app", "RetentionInDays": 14}}}
    """
  static let parameters = #"{"Group": {"Type": "String"}, "Topic": {"Type": "String"}}"#

  @Test("an alarm: dimensions become a map; a nameless alarm is named after the stack")
  func alarm() {
    let conversion = MappingProbe.convert(resources: Self.resources, parameters: Self.parameters)
    #expect(MappingProbe.messages(conversion) == [])
    #expect(
      MappingProbe.block("aws_cloudwatch_metric_alarm.alarm", in: conversion) == """
        # Alarm (AWS::CloudWatch::Alarm)
        resource "aws_cloudwatch_metric_alarm" "alarm" {
          # cfn2tf: 'AlarmName' is not set: CloudFormation names it <stack>-Alarm-<suffix>;
          # var.physical_names keeps the live name when a stack is adopted
          alarm_name        = lookup(var.physical_names, "Alarm", "${var.stack_name}-Alarm")
          alarm_description = "cpu"
          namespace         = "AWS/EC2"
          metric_name       = "CPUUtilization"
          dimensions = {
            AutoScalingGroupName = var.group
          }
          statistic           = "Average"
          period              = 300
          evaluation_periods  = 2
          threshold           = 90
          comparison_operator = "GreaterThanThreshold"
          alarm_actions       = [var.topic]
        }

        """)
    #expect(
      MappingProbe.entry("Alarm.Properties.Dimensions", in: conversion)?.note
        == "the list of Name/Value became a map")
  }

  @Test("metric math: each query is a metric_query, MetricStat and Metric one metric block")
  func metricQueries() {
    let conversion = MappingProbe.convert(resources: Self.resources, parameters: Self.parameters)
    #expect(
      MappingProbe.block("aws_cloudwatch_metric_alarm.math_alarm", in: conversion) == """
        # MathAlarm (AWS::CloudWatch::Alarm)
        resource "aws_cloudwatch_metric_alarm" "math_alarm" {
          alarm_name          = "errors"
          evaluation_periods  = 1
          threshold           = 1
          comparison_operator = "GreaterThanThreshold"

          metric_query {
            id          = "e1"
            expression  = "m1 / 60"
            return_data = true
          }
          metric_query {
            id          = "m1"
            return_data = false

            metric {
              namespace   = "AWS/SQS"
              metric_name = "NumberOfMessagesSent"
              dimensions = {
                QueueName = "work"
              }
              stat   = "Sum"
              period = 60
            }
          }
        }

        """)
  }

  @Test("a log group's Arn keeps CloudFormation's :* suffix")
  func logGroup() {
    let conversion = Converter.convert(
      """
      {"Parameters": \(Self.parameters), "Resources": \(Self.resources),
       "Outputs": {"Arn": {"Value": {"Fn::GetAtt": ["Logs", "Arn"]}}}}
      """, fileName: "t.json")
    #expect(
      MappingProbe.block("aws_cloudwatch_log_group.logs", in: conversion) == """
        # Logs (AWS::Logs::LogGroup)
        resource "aws_cloudwatch_log_group" "logs" {
          name              = "/app"
          retention_in_days = 14
        }

        """)
    #expect(
      conversion.file("outputs.tf")?.contents.contains(
        #"value = "${aws_cloudwatch_log_group.logs.arn}:*""#) == true)
    #expect(MappingProbe.importID("Logs", resources: Self.resources, physicalId: "/app") == "/app")
  }

  @Test(
    "alarms and log groups convert to a module terraform validates",
    .enabled(if: Repository.canValidate, "needs terraform, its provider mirror and tf-validate"))
  func oracle() throws {
    let conversion = MappingProbe.convert(resources: Self.resources, parameters: Self.parameters)
    let (status, output) = try MappingProbe.validate(conversion, label: "cloudwatch")
    #expect(status == 0, "\(output)")
  }
}
