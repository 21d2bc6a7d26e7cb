import Testing

@testable import TFEmitter

@Suite("CloudWatch Logs filters, streams, queries, resource policies and dashboard mappings")
struct CloudWatchLogsMappingTests {
  static let resources = #"""
    {"Group": {"Type": "AWS::Logs::LogGroup", "Properties": {"LogGroupName": "/app/web"}},
     "Stream": {"Type": "AWS::Logs::LogStream", "Properties": {"LogGroupName": {"Ref": "Group"},
       "LogStreamName": "requests"}},
     "Unnamed": {"Type": "AWS::Logs::LogStream", "Properties": {"LogGroupName": {"Ref": "Group"}}},
     "Errors": {"Type": "AWS::Logs::MetricFilter", "Properties": {"LogGroupName": {"Ref": "Group"},
       "FilterName": "errors", "FilterPattern": "[ip, user, status=5*]",
       "MetricTransformations": [{"MetricName": "ServerErrors", "MetricNamespace": "App",
         "MetricValue": "1", "DefaultValue": 0, "Unit": "Count",
         "Dimensions": [{"Key": "Status", "Value": "$status"}]}],
       "ApplyOnTransformedLogs": false}},
     "Ship": {"Type": "AWS::Logs::SubscriptionFilter", "Properties": {
       "LogGroupName": {"Ref": "Group"}, "FilterPattern": "",
       "DestinationArn": "arn:aws:kinesis:us-east-1:123456789012:stream/logs",
       "RoleArn": "arn:aws:iam::123456789012:role/cwl-to-kinesis", "Distribution": "Random"}},
     "Slow": {"Type": "AWS::Logs::QueryDefinition", "Properties": {"Name": "slow-requests",
       "QueryString": "fields @timestamp, @message | filter duration > 1000",
       "LogGroupNames": [{"Ref": "Group"}], "QueryLanguage": "CWLI"}},
     "Delivery": {"Type": "AWS::Logs::ResourcePolicy", "Properties": {"PolicyName": "delivery",
       "PolicyDocument": {"Statement": [{"Effect": "Allow",
         "Principal": {"Service": "events.amazonaws.com"}, "Action": "logs:PutLogEvents",
         "Resource": {"Fn::GetAtt": ["Group", "Arn"]}}]}}},
     "Board": {"Type": "AWS::CloudWatch::Dashboard", "Properties": {
       "DashboardBody": {"Fn::Sub": "{\"widgets\": [{\"type\": \"text\", \"properties\": {\"markdown\": \"${AWS::StackName}\"}}]}"}}}}
    """#

  static func convert() -> Conversion {
    Converter.convert(
      """
      {"Resources": \(resources),
       "Outputs": {"Stream": {"Value": {"Ref": "Stream"}}, "Errors": {"Value": {"Ref": "Errors"}},
                   "Ship": {"Value": {"Ref": "Ship"}}, "Slow": {"Value": {"Ref": "Slow"}},
                   "SlowId": {"Value": {"Fn::GetAtt": ["Slow", "QueryDefinitionId"]}},
                   "Delivery": {"Value": {"Ref": "Delivery"}}, "Board": {"Value": {"Ref": "Board"}}}}
      """, fileName: "t.json")
  }

  @Test("metric filters: the transformation as a block, its dimensions as a map")
  func metricFilter() {
    let conversion = Self.convert()
    #expect(MappingProbe.messages(conversion) == [])
    #expect(
      MappingProbe.block("aws_cloudwatch_log_metric_filter.errors", in: conversion) == """
        # Errors (AWS::Logs::MetricFilter)
        # cfn2tf: 'ApplyOnTransformedLogs' is dropped: provider 5.100 has no setting for logs transformed by a log transformer: the filter reads the logs as they were sent
        resource "aws_cloudwatch_log_metric_filter" "errors" {
          name           = "errors"
          log_group_name = aws_cloudwatch_log_group.group.name
          pattern        = "[ip, user, status=5*]"

          metric_transformation {
            name          = "ServerErrors"
            namespace     = "App"
            value         = "1"
            default_value = "0"
            unit          = "Count"
            dimensions = {
              Status = "$status"
            }
          }
        }

        """)
    let dropped = MappingProbe.entry("Errors.Properties.ApplyOnTransformedLogs", in: conversion)
    #expect(dropped?.status == .dropped)
  }

  @Test("subscription filters and log streams; a missing name comes from physical_names")
  func subscriptionFilterAndStreams() {
    let conversion = Self.convert()
    #expect(
      MappingProbe.block("aws_cloudwatch_log_subscription_filter.ship", in: conversion) == """
        # Ship (AWS::Logs::SubscriptionFilter)
        resource "aws_cloudwatch_log_subscription_filter" "ship" {
          # cfn2tf: 'FilterName' is not set: CloudFormation names it <stack>-Ship-<suffix>;
          # var.physical_names keeps the live name when a stack is adopted
          name            = lookup(var.physical_names, "Ship", "${var.stack_name}-Ship")
          log_group_name  = aws_cloudwatch_log_group.group.name
          filter_pattern  = ""
          destination_arn = "arn:aws:kinesis:us-east-1:123456789012:stream/logs"
          role_arn        = "arn:aws:iam::123456789012:role/cwl-to-kinesis"
          distribution    = "Random"
        }

        """)
    #expect(
      MappingProbe.block("aws_cloudwatch_log_stream.stream", in: conversion) == """
        # Stream (AWS::Logs::LogStream)
        resource "aws_cloudwatch_log_stream" "stream" {
          name           = "requests"
          log_group_name = aws_cloudwatch_log_group.group.name
        }

        """)
    #expect(
      MappingProbe.block("aws_cloudwatch_log_stream.unnamed", in: conversion)?.contains(
        #"name           = lookup(var.physical_names, "Unnamed", "${var.stack_name}-Unnamed")"#)
        == true)
  }

  @Test("saved queries: CWLI needs nothing written; other languages and parameters are dropped")
  func queryDefinition() {
    let conversion = Self.convert()
    #expect(
      MappingProbe.block("aws_cloudwatch_query_definition.slow", in: conversion) == """
        # Slow (AWS::Logs::QueryDefinition)
        resource "aws_cloudwatch_query_definition" "slow" {
          name            = "slow-requests"
          query_string    = "fields @timestamp, @message | filter duration > 1000"
          log_group_names = [aws_cloudwatch_log_group.group.name]
        }

        """)
    #expect(MappingProbe.entry("Slow.Properties.QueryLanguage", in: conversion)?.status == .exact)
    let sql = MappingProbe.convert(
      resources: """
        {"Q": {"Type": "AWS::Logs::QueryDefinition", "Properties": {"Name": "q",
          "QueryString": "SELECT 1", "QueryLanguage": "SQL",
          "Parameters": [{"Name": "limit", "DefaultValue": "10"}]}}}
        """)
    #expect(MappingProbe.entry("Q.Properties.QueryLanguage", in: sql)?.status == .dropped)
    #expect(MappingProbe.entry("Q.Properties.Parameters", in: sql)?.status == .dropped)
  }

  @Test("resource policies and dashboards: JSON documents; a dashboard gets a name")
  func policyAndDashboard() {
    let conversion = Self.convert()
    #expect(
      MappingProbe.block("aws_cloudwatch_log_resource_policy.delivery", in: conversion) == """
        # Delivery (AWS::Logs::ResourcePolicy)
        resource "aws_cloudwatch_log_resource_policy" "delivery" {
          policy_name = "delivery"
          policy_document = jsonencode({
            Statement = [
              {
                Effect = "Allow"
                Principal = {
                  Service = "events.amazonaws.com"
                }
                Action   = "logs:PutLogEvents"
                Resource = "${aws_cloudwatch_log_group.group.arn}:*"
              },
            ]
          })
        }

        """)
    #expect(
      MappingProbe.block("aws_cloudwatch_dashboard.board", in: conversion) == #"""
        # Board (AWS::CloudWatch::Dashboard)
        resource "aws_cloudwatch_dashboard" "board" {
          # cfn2tf: 'DashboardName' is not set: CloudFormation names it <stack>-Board-<suffix>;
          # var.physical_names keeps the live name when a stack is adopted
          dashboard_name = lookup(var.physical_names, "Board", "${var.stack_name}-Board")
          dashboard_body = "{\"widgets\": [{\"type\": \"text\", \"properties\": {\"markdown\": \"${var.stack_name}\"}}]}"
        }

        """#)
  }

  @Test("Ref and GetAtt of each type")
  func references() {
    let outputs = Self.convert().file("outputs.tf")?.contents ?? ""
    for value in [
      "aws_cloudwatch_log_stream.stream.name", "aws_cloudwatch_log_metric_filter.errors.name",
      "aws_cloudwatch_log_subscription_filter.ship.name",
      "aws_cloudwatch_query_definition.slow.query_definition_id",
      "aws_cloudwatch_log_resource_policy.delivery.policy_name",
      "aws_cloudwatch_dashboard.board.dashboard_name",
    ] {
      #expect(outputs.contains("value = \(value)\n"), "\(value)")
    }
    #expect(!outputs.contains("null"))
  }

  @Test(
    "filters, streams, queries, resource policies and dashboards convert to a module terraform validates",
    .enabled(if: Repository.canValidate, "needs terraform, its provider mirror and tf-validate"))
  func oracle() throws {
    let (status, output) = try MappingProbe.validate(Self.convert(), label: "cloudwatch-logs")
    #expect(status == 0, "\(output)")
  }
}

extension CloudWatch.Logs: ImportCaseProvider {
  static let importIds = [
    "Group": "/app/web", "Stream": "requests", "Unnamed": "web-Unnamed-1ABC",
    "Errors": "errors", "Ship": "web-Ship-2DEF", "Slow": "269951d7-6f75-496d-9d7b-6b7a5486bdbd",
    "Delivery": "delivery", "Board": "web-Board-3GHI",
  ]

  static func logs(_ address: String, _ origin: String, _ expected: ImportCase.Expectation)
    -> ImportCase
  {
    ImportCase(
      address: address, origin: origin, resources: CloudWatchLogsMappingTests.resources,
      physicalIds: importIds, expected: expected)
  }

  /// Filters and streams by their log group and name (a subscription filter with `|`), a saved
  /// query by its ARN, resource policies and dashboards by name.
  static var importCases: [ImportCase] {
    [
      logs("aws_cloudwatch_log_stream.stream", "Stream", .id("/app/web:requests")),
      logs("aws_cloudwatch_log_stream.unnamed", "Unnamed", .id("/app/web:web-Unnamed-1ABC")),
      logs("aws_cloudwatch_log_metric_filter.errors", "Errors", .id("/app/web:errors")),
      logs("aws_cloudwatch_log_subscription_filter.ship", "Ship", .id("/app/web|web-Ship-2DEF")),
      logs(
        "aws_cloudwatch_query_definition.slow", "Slow",
        .id(
          "arn:aws:logs:us-east-1:123456789012:query-definition:269951d7-6f75-496d-9d7b-6b7a5486bdbd"
        )),
      logs("aws_cloudwatch_log_resource_policy.delivery", "Delivery", .id("delivery")),
      logs("aws_cloudwatch_dashboard.board", "Board", .id("web-Board-3GHI")),
    ]
  }
}
