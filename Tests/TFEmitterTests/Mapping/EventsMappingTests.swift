import Foundation
import Testing

@testable import TFEmitter

@Suite("Events mappings")
struct EventsMappingTests {
  static let resources = #"""
    {"Bus": {"Type": "AWS::Events::EventBus", "Properties": {"Name": "orders",
       "DeadLetterConfig": {"Arn": "arn:aws:sqs:us-east-1:123456789012:dlq"},
       "Policy": {"Version": "2012-10-17", "Statement": [{"Sid": "all", "Effect": "Allow",
         "Principal": {"AWS": "123456789012"}, "Action": "events:PutEvents",
         "Resource": "*"}]},
       "Tags": [{"Key": "app", "Value": "orders"}]}},
     "Rule": {"Type": "AWS::Events::Rule", "Properties": {"Name": "order-placed",
       "EventBusName": {"Ref": "Bus"},
       "EventPattern": {"source": ["shop"], "detail-type": ["Order Placed"]},
       "State": "ENABLED",
       "Targets": [
         {"Id": "Queue", "Arn": "arn:aws:sqs:us-east-1:123456789012:orders.fifo",
          "SqsParameters": {"MessageGroupId": "orders"},
          "RetryPolicy": {"MaximumRetryAttempts": 3},
          "DeadLetterConfig": {"Arn": "arn:aws:sqs:us-east-1:123456789012:dlq"},
          "InputTransformer": {"InputPathsMap": {"id": "$.detail.id"},
            "InputTemplate": "{\"order\": <id>}"}},
         {"Id": "Task", "Arn": "arn:aws:ecs:us-east-1:123456789012:cluster/app",
          "RoleArn": "arn:aws:iam::123456789012:role/events",
          "EcsParameters": {"TaskDefinitionArn": "arn:aws:ecs:us-east-1:123456789012:task-definition/app:1",
            "TaskCount": 1, "LaunchType": "FARGATE",
            "NetworkConfiguration": {"AwsVpcConfiguration": {"Subnets": ["subnet-1"],
              "AssignPublicIp": "DISABLED"}}}},
         {"Id": "Batch", "Arn": "arn:aws:batch:us-east-1:123456789012:job-queue/q",
          "BatchParameters": {"JobDefinition": "jd", "JobName": "job",
            "ArrayProperties": {"Size": 10}, "RetryStrategy": {"Attempts": 2}}},
         {"Id": "Stream", "Arn": "arn:aws:kinesis:us-east-1:123456789012:stream/s",
          "KinesisParameters": {"PartitionKeyPath": "$.detail.id"}},
         {"Id": "Api", "Arn": {"Fn::GetAtt": ["Destination", "Arn"]},
          "HttpParameters": {"HeaderParameters": {"x-source": "events"}}}]}},
     "Nightly": {"Type": "AWS::Events::Rule", "Properties": {
       "ScheduleExpression": "cron(0 3 * * ? *)",
       "Targets": [{"Id": "1", "Arn": "arn:aws:lambda:us-east-1:123456789012:function:f",
         "Input": "{\"nightly\": true}"}]}},
     "Share": {"Type": "AWS::Events::EventBusPolicy", "Properties": {"EventBusName": {"Ref": "Bus"},
       "StatementId": "share", "Statement": {"Effect": "Allow",
         "Principal": {"AWS": "arn:aws:iam::210987654321:root"}, "Action": "events:PutEvents",
         "Resource": {"Fn::GetAtt": ["Bus", "Arn"]}}}},
     "Legacy": {"Type": "AWS::Events::EventBusPolicy", "Properties": {
       "StatementId": "legacy", "Action": "events:PutEvents", "Principal": "210987654321"}},
     "Archive": {"Type": "AWS::Events::Archive", "Properties": {
       "SourceArn": {"Fn::GetAtt": ["Bus", "Arn"]}, "RetentionDays": 7,
       "EventPattern": {"source": ["shop"]}}},
     "Connection": {"Type": "AWS::Events::Connection", "Properties": {"Name": "partner",
       "AuthorizationType": "API_KEY",
       "AuthParameters": {"ApiKeyAuthParameters": {"ApiKeyName": "x-api-key",
         "ApiKeyValue": "s3cr3t-key"},
         "InvocationHttpParameters": {"HeaderParameters": [
           {"Key": "x-tenant", "Value": "acme", "IsValueSecret": false},
           {"Key": "x-token", "Value": "t0ken"}]}}}},
     "Destination": {"Type": "AWS::Events::ApiDestination", "Properties": {
       "ConnectionArn": {"Fn::GetAtt": ["Connection", "Arn"]},
       "InvocationEndpoint": "https://partner.example.com/orders", "HttpMethod": "POST",
       "InvocationRateLimitPerSecond": 10}}}
    """#

  static func convert() -> Conversion {
    Converter.convert(
      """
      {"Resources": \(resources),
       "Outputs": {"Rule": {"Value": {"Ref": "Rule"}},
                   "RuleArn": {"Value": {"Fn::GetAtt": ["Rule", "Arn"]}},
                   "Bus": {"Value": {"Ref": "Bus"}},
                   "BusArn": {"Value": {"Fn::GetAtt": ["Bus", "Arn"]}},
                   "Archive": {"Value": {"Fn::GetAtt": ["Archive", "Arn"]}},
                   "Secret": {"Value": {"Fn::GetAtt": ["Connection", "SecretArn"]}},
                   "Destination": {"Value": {"Ref": "Destination"}}}}
      """, fileName: "t.json")
  }

  @Test("a rule on a bus, each target a resource of its own with its parameters")
  func ruleAndTargets() {
    let conversion = Self.convert()
    #expect(
      MappingProbe.block("aws_cloudwatch_event_rule.rule", in: conversion) == """
        # Rule (AWS::Events::Rule)
        resource "aws_cloudwatch_event_rule" "rule" {
          name           = "order-placed"
          event_bus_name = aws_cloudwatch_event_bus.bus.name
          event_pattern = jsonencode({
            source      = ["shop"]
            detail-type = ["Order Placed"]
          })
          state = "ENABLED"
        }

        """)
    #expect(
      MappingProbe.block("aws_cloudwatch_event_target.rule_queue", in: conversion) == #"""
        # Rule.Targets[0] (AWS::Events::Rule)
        resource "aws_cloudwatch_event_target" "rule_queue" {
          rule           = aws_cloudwatch_event_rule.rule.name
          event_bus_name = aws_cloudwatch_event_rule.rule.event_bus_name
          target_id      = "Queue"
          arn            = "arn:aws:sqs:us-east-1:123456789012:orders.fifo"

          input_transformer {
            input_paths = {
              id = "$.detail.id"
            }
            input_template = "{\"order\": <id>}"
          }

          retry_policy {
            maximum_retry_attempts = 3
          }

          dead_letter_config {
            arn = "arn:aws:sqs:us-east-1:123456789012:dlq"
          }

          sqs_target {
            message_group_id = "orders"
          }
        }

        """#)
    #expect(
      MappingProbe.block("aws_cloudwatch_event_target.rule_task", in: conversion) == """
        # Rule.Targets[1] (AWS::Events::Rule)
        resource "aws_cloudwatch_event_target" "rule_task" {
          rule           = aws_cloudwatch_event_rule.rule.name
          event_bus_name = aws_cloudwatch_event_rule.rule.event_bus_name
          target_id      = "Task"
          arn            = "arn:aws:ecs:us-east-1:123456789012:cluster/app"
          role_arn       = "arn:aws:iam::123456789012:role/events"

          ecs_target {
            task_definition_arn = "arn:aws:ecs:us-east-1:123456789012:task-definition/app:1"
            task_count          = 1
            launch_type         = "FARGATE"

            network_configuration {
              subnets          = ["subnet-1"]
              assign_public_ip = false
            }
          }
        }

        """)
    #expect(
      MappingProbe.block("aws_cloudwatch_event_target.rule_batch", in: conversion) == """
        # Rule.Targets[2] (AWS::Events::Rule)
        resource "aws_cloudwatch_event_target" "rule_batch" {
          rule           = aws_cloudwatch_event_rule.rule.name
          event_bus_name = aws_cloudwatch_event_rule.rule.event_bus_name
          target_id      = "Batch"
          arn            = "arn:aws:batch:us-east-1:123456789012:job-queue/q"

          batch_target {
            job_definition = "jd"
            job_name       = "job"
            array_size     = 10
            job_attempts   = 2
          }
        }

        """)
    let api = MappingProbe.block("aws_cloudwatch_event_target.rule_api", in: conversion) ?? ""
    #expect(api.contains("arn            = aws_cloudwatch_event_api_destination.destination.arn"))
    #expect(api.contains("x-source = \"events\""))
    let nightly = MappingProbe.block("aws_cloudwatch_event_target.nightly_n1", in: conversion)
    #expect(nightly?.contains("event_bus_name") == false)
  }

  @Test("bus policies: the bus's own, a statement, and the legacy form as its statement")
  func busPolicies() {
    let conversion = Self.convert()
    #expect(
      MappingProbe.block("aws_cloudwatch_event_bus_policy.share", in: conversion) == """
        # Share (AWS::Events::EventBusPolicy)
        resource "aws_cloudwatch_event_bus_policy" "share" {
          event_bus_name = aws_cloudwatch_event_bus.bus.name
          policy = jsonencode({
            Version = "2012-10-17"
            Statement = [
              {
                Sid    = "share"
                Effect = "Allow"
                Principal = {
                  AWS = "arn:aws:iam::210987654321:root"
                }
                Action   = "events:PutEvents"
                Resource = aws_cloudwatch_event_bus.bus.arn
              },
            ]
          })
        }

        """)
    let legacy = MappingProbe.block("aws_cloudwatch_event_bus_policy.legacy", in: conversion) ?? ""
    #expect(
      legacy.contains(
        "AWS = \"arn:${data.aws_partition.current.partition}:iam::210987654321:root\""))
    #expect(legacy.contains(":event-bus/default\""))
    #expect(
      MappingProbe.block("aws_cloudwatch_event_bus_policy.bus", in: conversion)?.contains(
        "event_bus_name = aws_cloudwatch_event_bus.bus.name") == true)
  }

  @Test("a connection's secrets become sensitive variables; archives and API destinations")
  func connection() {
    let conversion = Self.convert()
    #expect(
      MappingProbe.messages(conversion) == [
        "the API key of 'Connection' is written in the template; it becomes the sensitive variable 'connection_api_key_value'",
        "the secret header parameter of 'Connection' is written in the template; it becomes the sensitive variable 'connection_x_token'",
      ])
    #expect(
      MappingProbe.block("aws_cloudwatch_event_connection.connection", in: conversion) == """
        # Connection (AWS::Events::Connection)
        resource "aws_cloudwatch_event_connection" "connection" {
          name               = "partner"
          authorization_type = "API_KEY"

          auth_parameters {
            api_key {
              key   = "x-api-key"
              value = var.connection_api_key_value
            }

            invocation_http_parameters {
              header {
                key             = "x-tenant"
                value           = "acme"
                is_value_secret = false
              }
              header {
                key   = "x-token"
                value = var.connection_x_token
              }
            }
          }
        }

        """)
    #expect(
      !conversion.files.contains { $0.contents.contains("s3cr3t") || $0.contents.contains("t0ken") }
    )
    #expect(
      MappingProbe.block("aws_cloudwatch_event_archive.archive", in: conversion) == """
        # Archive (AWS::Events::Archive)
        resource "aws_cloudwatch_event_archive" "archive" {
          # cfn2tf: 'ArchiveName' is not set: CloudFormation names it <stack>-Archive-<suffix>;
          # var.physical_names keeps the live name when a stack is adopted
          name             = lookup(var.physical_names, "Archive", "${var.stack_name}-Archive")
          event_source_arn = aws_cloudwatch_event_bus.bus.arn
          event_pattern = jsonencode({
            source = ["shop"]
          })
          retention_days = 7
        }

        """)
    let destination =
      MappingProbe.block("aws_cloudwatch_event_api_destination.destination", in: conversion) ?? ""
    #expect(
      destination.contains(
        "connection_arn                   = aws_cloudwatch_event_connection.connection.arn"))
  }

  @Test("Ref and GetAtt of rules, buses, archives, connections and API destinations")
  func references() {
    let outputs = Self.convert().file("outputs.tf")?.contents ?? ""
    for value in [
      "aws_cloudwatch_event_rule.rule.name", "aws_cloudwatch_event_rule.rule.arn",
      "aws_cloudwatch_event_bus.bus.name", "aws_cloudwatch_event_bus.bus.arn",
      "aws_cloudwatch_event_archive.archive.arn",
      "aws_cloudwatch_event_connection.connection.secret_arn",
      "aws_cloudwatch_event_api_destination.destination.name",
    ] {
      #expect(outputs.contains("value = \(value)\n"), "\(value)")
    }
  }

  @Test(
    "every Events type converts to a module terraform validates",
    .enabled(if: Repository.canValidate, "needs terraform, its provider mirror and tf-validate"))
  func oracle() throws {
    let (status, output) = try MappingProbe.validate(Self.convert(), label: "events")
    #expect(status == 0, "\(output)")
  }
}

extension Events: ImportCaseProvider {
  static let importIds = [
    "Bus": "orders", "Rule": "orders|order-placed", "Nightly": "app-Nightly-1",
    "Share": "orders|share", "Legacy": "default|legacy", "Archive": "app-Archive-1",
    "Connection": "partner", "Destination": "app-Destination-1",
  ]

  static func events(_ address: String, _ origin: String, _ expected: ImportCase.Expectation)
    -> ImportCase
  {
    ImportCase(
      address: address, origin: origin, resources: EventsMappingTests.resources,
      physicalIds: importIds, expected: expected)
  }

  /// Rules by `[bus/]name`, targets by `[bus/]rule/id`, policies by the bus name, the rest by
  /// name.
  static var importCases: [ImportCase] {
    [
      events("aws_cloudwatch_event_bus.bus", "Bus", .id("orders")),
      events("aws_cloudwatch_event_bus_policy.bus", "Bus", .id("orders")),
      events("aws_cloudwatch_event_rule.rule", "Rule", .id("orders/order-placed")),
      events("aws_cloudwatch_event_rule.nightly", "Nightly", .id("app-Nightly-1")),
      events("aws_cloudwatch_event_target.rule_queue", "Rule", .id("orders/order-placed/Queue")),
      events("aws_cloudwatch_event_target.nightly_n1", "Nightly", .id("app-Nightly-1/1")),
      events("aws_cloudwatch_event_bus_policy.share", "Share", .id("orders")),
      events("aws_cloudwatch_event_bus_policy.legacy", "Legacy", .id("default")),
      events("aws_cloudwatch_event_archive.archive", "Archive", .id("app-Archive-1")),
      events("aws_cloudwatch_event_connection.connection", "Connection", .id("partner")),
      events(
        "aws_cloudwatch_event_api_destination.destination", "Destination",
        .id("app-Destination-1")),
    ]
  }
}
