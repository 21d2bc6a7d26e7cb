import Testing

@testable import TFEmitter

@Suite("Scheduler mappings")
struct SchedulerMappingTests {
  static let role = "arn:aws:iam::123456789012:role/scheduler"

  static let resources = #"""
    {"Group": {"Type": "AWS::Scheduler::ScheduleGroup", "Properties": {"Name": "jobs",
       "Tags": [{"Key": "team", "Value": "ops"}]}},
     "Nightly": {"Type": "AWS::Scheduler::Schedule", "Properties": {"Name": "nightly",
       "GroupName": {"Ref": "Group"}, "Description": "run the report",
       "ScheduleExpression": "cron(0 2 * * ? *)", "ScheduleExpressionTimezone": "Europe/Paris",
       "StartDate": "2030-01-01T00:00:00Z", "State": "ENABLED",
       "FlexibleTimeWindow": {"Mode": "FLEXIBLE", "MaximumWindowInMinutes": 15},
       "Target": {"Arn": "arn:aws:ecs:us-east-1:123456789012:cluster/main",
         "RoleArn": "arn:aws:iam::123456789012:role/scheduler",
         "RetryPolicy": {"MaximumEventAgeInSeconds": 3600, "MaximumRetryAttempts": 3},
         "DeadLetterConfig": {"Arn": "arn:aws:sqs:us-east-1:123456789012:dlq"},
         "EcsParameters": {
           "TaskDefinitionArn": "arn:aws:ecs:us-east-1:123456789012:task-definition/report:3",
           "TaskCount": 1, "LaunchType": "FARGATE", "PlatformVersion": "LATEST",
           "EnableECSManagedTags": true, "PropagateTags": "TASK_DEFINITION",
           "Tags": [{"job": "report"}, {"owner": "ops"}],
           "NetworkConfiguration": {"AwsvpcConfiguration": {"Subnets": ["subnet-1"],
             "SecurityGroups": ["sg-1"], "AssignPublicIp": "DISABLED"}},
           "PlacementStrategy": [{"Type": "spread",
             "Field": "attribute:ecs.availability-zone"}]}}}},
     "Ping": {"Type": "AWS::Scheduler::Schedule", "Properties": {
       "ScheduleExpression": "rate(5 minutes)", "FlexibleTimeWindow": {"Mode": "OFF"},
       "Target": {"Arn": "arn:aws:sqs:us-east-1:123456789012:jobs.fifo",
         "RoleArn": "arn:aws:iam::123456789012:role/scheduler", "Input": "{\"ping\": true}",
         "SqsParameters": {"MessageGroupId": "pings"}}}},
     "Bus": {"Type": "AWS::Scheduler::Schedule", "Properties": {
       "ScheduleExpression": "at(2030-01-01T00:00:00)", "FlexibleTimeWindow": {"Mode": "OFF"},
       "Target": {"Arn": "arn:aws:events:us-east-1:123456789012:event-bus/default",
         "RoleArn": "arn:aws:iam::123456789012:role/scheduler",
         "EventBridgeParameters": {"DetailType": "tick", "Source": "app.clock"}}}},
     "Stream": {"Type": "AWS::Scheduler::Schedule", "Properties": {"GroupName": "jobs",
       "ScheduleExpression": "rate(1 hour)", "FlexibleTimeWindow": {"Mode": "OFF"},
       "Target": {"Arn": "arn:aws:kinesis:us-east-1:123456789012:stream/s",
         "RoleArn": "arn:aws:iam::123456789012:role/scheduler",
         "KinesisParameters": {"PartitionKey": "k"}}}},
     "Pipeline": {"Type": "AWS::Scheduler::Schedule", "Properties": {
       "ScheduleExpression": "rate(1 day)", "FlexibleTimeWindow": {"Mode": "OFF"},
       "Target": {"Arn": "arn:aws:sagemaker:us-east-1:123456789012:pipeline/p",
         "RoleArn": "arn:aws:iam::123456789012:role/scheduler",
         "SageMakerPipelineParameters": {"PipelineParameterList": [
           {"Name": "size", "Value": "10"}]}}}}}
    """#

  static func convert() -> Conversion {
    Converter.convert(
      """
      {"Resources": \(resources),
       "Outputs": {"Group": {"Value": {"Ref": "Group"}},
         "GroupArn": {"Value": {"Fn::GetAtt": ["Group", "Arn"]}},
         "GroupState": {"Value": {"Fn::GetAtt": ["Group", "State"]}},
         "Nightly": {"Value": {"Ref": "Nightly"}},
         "NightlyArn": {"Value": {"Fn::GetAtt": ["Nightly", "Arn"]}}}}
      """, fileName: "t.json")
  }

  @Test("a schedule running an ECS task: retry policy, dead-letter queue, time window")
  func ecsSchedule() {
    let conversion = Self.convert()
    #expect(MappingProbe.messages(conversion) == [])
    #expect(
      MappingProbe.block("aws_scheduler_schedule.nightly", in: conversion) == """
        # Nightly (AWS::Scheduler::Schedule)
        resource "aws_scheduler_schedule" "nightly" {
          name                         = "nightly"
          group_name                   = aws_scheduler_schedule_group.group.name
          description                  = "run the report"
          schedule_expression          = "cron(0 2 * * ? *)"
          schedule_expression_timezone = "Europe/Paris"
          start_date                   = "2030-01-01T00:00:00Z"
          state                        = "ENABLED"

          flexible_time_window {
            mode                      = "FLEXIBLE"
            maximum_window_in_minutes = 15
          }

          target {
            arn      = "arn:aws:ecs:us-east-1:123456789012:cluster/main"
            role_arn = "\(Self.role)"

            dead_letter_config {
              arn = "arn:aws:sqs:us-east-1:123456789012:dlq"
            }

            retry_policy {
              maximum_event_age_in_seconds = 3600
              maximum_retry_attempts       = 3
            }

            ecs_parameters {
              task_definition_arn     = "arn:aws:ecs:us-east-1:123456789012:task-definition/report:3"
              task_count              = 1
              launch_type             = "FARGATE"
              platform_version        = "LATEST"
              enable_ecs_managed_tags = true
              propagate_tags          = "TASK_DEFINITION"
              tags = {
                job   = "report"
                owner = "ops"
              }

              network_configuration {
                subnets          = ["subnet-1"]
                security_groups  = ["sg-1"]
                assign_public_ip = false
              }

              placement_strategy {
                type  = "spread"
                field = "attribute:ecs.availability-zone"
              }
            }
          }
        }

        """)
    let publicIp = MappingProbe.entry(
      "Nightly.Properties.Target.EcsParameters.NetworkConfiguration.AwsvpcConfiguration.AssignPublicIp",
      in: conversion)
    #expect(
      publicIp?.targetText
        == "aws_scheduler_schedule.nightly.target.ecs_parameters.network_configuration.assign_public_ip"
    )
    #expect(publicIp?.status == .transformed)
    let tags = MappingProbe.entry("Nightly.Properties.Target.EcsParameters.Tags", in: conversion)
    #expect(tags?.note == "the list of tag maps became one map")
  }

  @Test("SQS, EventBridge, Kinesis and SageMaker targets")
  func otherTargets() {
    let conversion = Self.convert()
    #expect(
      MappingProbe.block("aws_scheduler_schedule.ping", in: conversion) == #"""
        # Ping (AWS::Scheduler::Schedule)
        resource "aws_scheduler_schedule" "ping" {
          schedule_expression = "rate(5 minutes)"

          flexible_time_window {
            mode = "OFF"
          }

          target {
            arn      = "arn:aws:sqs:us-east-1:123456789012:jobs.fifo"
            role_arn = "arn:aws:iam::123456789012:role/scheduler"
            input    = "{\"ping\": true}"

            sqs_parameters {
              message_group_id = "pings"
            }
          }
        }

        """#)
    let main = MappingProbe.mainFile(conversion)
    #expect(
      main.contains(
        """
            eventbridge_parameters {
              detail_type = "tick"
              source      = "app.clock"
            }
        """))
    #expect(
      main.contains(
        """
            kinesis_parameters {
              partition_key = "k"
            }
        """))
    #expect(
      main.contains(
        """
            sagemaker_pipeline_parameters {
              pipeline_parameter {
                name  = "size"
                value = "10"
              }
            }
        """))
  }

  @Test("schedule groups; Ref and GetAtt")
  func groupAndReferences() {
    let conversion = Self.convert()
    #expect(
      MappingProbe.block("aws_scheduler_schedule_group.group", in: conversion) == """
        # Group (AWS::Scheduler::ScheduleGroup)
        resource "aws_scheduler_schedule_group" "group" {
          name = "jobs"
          tags = {
            team = "ops"
          }
        }

        """)
    let outputs = conversion.file("outputs.tf")?.contents ?? ""
    for value in [
      "aws_scheduler_schedule_group.group.name", "aws_scheduler_schedule_group.group.arn",
      "aws_scheduler_schedule_group.group.state", "aws_scheduler_schedule.nightly.name",
      "aws_scheduler_schedule.nightly.arn",
    ] {
      #expect(outputs.contains("value = \(value)\n"), "\(value)")
    }
  }

  @Test("a computed AssignPublicIp is reported")
  func computedPublicIp() {
    let conversion = MappingProbe.convert(
      resources: """
        {"S": {"Type": "AWS::Scheduler::Schedule", "Properties": {
          "ScheduleExpression": "rate(1 day)", "FlexibleTimeWindow": {"Mode": "OFF"},
          "Target": {"Arn": "a", "RoleArn": "r", "EcsParameters": {"TaskDefinitionArn": "t",
            "NetworkConfiguration": {"AwsvpcConfiguration": {"Subnets": ["s"],
              "AssignPublicIp": {"Ref": "Ip"}}}}}}}}
        """, parameters: #"{"Ip": {"Type": "String"}}"#)
    let entry = MappingProbe.entry(
      "S.Properties.Target.EcsParameters.NetworkConfiguration.AwsvpcConfiguration.AssignPublicIp",
      in: conversion)
    #expect(entry?.status == .unsupported)
  }

  @Test(
    "schedules and groups convert to a module terraform validates",
    .enabled(if: Repository.canValidate, "needs terraform, its provider mirror and tf-validate"))
  func oracle() throws {
    let (status, output) = try MappingProbe.validate(Self.convert(), label: "scheduler")
    #expect(status == 0, "\(output)")
  }
}

extension Scheduler: ImportCaseProvider {
  static let importIds = [
    "Group": "jobs", "Nightly": "nightly", "Ping": "web-Ping-1A2B3C", "Stream": "web-Stream-1A2B3C",
  ]

  static func scheduler(_ address: String, _ origin: String, _ expected: ImportCase.Expectation)
    -> ImportCase
  {
    ImportCase(
      address: address, origin: origin, resources: SchedulerMappingTests.resources,
      physicalIds: importIds, expected: expected)
  }

  /// Groups by name, schedules by `<group>/<name>` (`default` when no group is named).
  static var importCases: [ImportCase] {
    [
      scheduler("aws_scheduler_schedule_group.group", "Group", .id("jobs")),
      scheduler("aws_scheduler_schedule.nightly", "Nightly", .id("jobs/nightly")),
      scheduler("aws_scheduler_schedule.ping", "Ping", .id("default/web-Ping-1A2B3C")),
      scheduler("aws_scheduler_schedule.stream", "Stream", .id("jobs/web-Stream-1A2B3C")),
    ]
  }
}
