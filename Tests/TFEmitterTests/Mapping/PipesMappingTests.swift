import Testing

@testable import TFEmitter

@Suite("Pipes mappings")
struct PipesMappingTests {
  static let role = "arn:aws:iam::123456789012:role/pipe"

  static let resources = #"""
    {"Orders": {"Type": "AWS::Pipes::Pipe", "Properties": {"Name": "orders",
       "Description": "orders to ECS", "DesiredState": "RUNNING",
       "RoleArn": "arn:aws:iam::123456789012:role/pipe",
       "Source": "arn:aws:sqs:us-east-1:123456789012:orders",
       "Enrichment": "arn:aws:lambda:us-east-1:123456789012:function:enrich",
       "EnrichmentParameters": {"InputTemplate": "{\"id\": <$.messageId>}"},
       "Target": "arn:aws:ecs:us-east-1:123456789012:cluster/main",
       "SourceParameters": {"SqsQueueParameters": {"BatchSize": 5,
           "MaximumBatchingWindowInSeconds": 10},
         "FilterCriteria": {"Filters": [{"Pattern": "{\"body\": {\"kind\": [\"order\"]}}"}]}},
       "TargetParameters": {"EcsTaskParameters": {
           "TaskDefinitionArn": "arn:aws:ecs:us-east-1:123456789012:task-definition/t:1",
           "LaunchType": "FARGATE", "TaskCount": 1,
           "NetworkConfiguration": {"AwsvpcConfiguration": {"Subnets": ["subnet-1"],
             "SecurityGroups": ["sg-1"], "AssignPublicIp": "DISABLED"}},
           "Overrides": {"ContainerOverrides": [{"Name": "app",
             "Environment": [{"Name": "MODE", "Value": "pipe"}]}]},
           "Tags": [{"Key": "job", "Value": "orders"}]}},
       "LogConfiguration": {"Level": "ERROR", "CloudwatchLogsLogDestination": {
         "LogGroupArn": "arn:aws:logs:us-east-1:123456789012:log-group:pipes"}},
       "Tags": {"team": "orders"}}},
     "Stream": {"Type": "AWS::Pipes::Pipe", "Properties": {
       "RoleArn": "arn:aws:iam::123456789012:role/pipe",
       "Source": "arn:aws:kinesis:us-east-1:123456789012:stream/s",
       "Target": "arn:aws:states:us-east-1:123456789012:stateMachine:sm",
       "SourceParameters": {"KinesisStreamParameters": {"StartingPosition": "LATEST",
         "BatchSize": 100, "MaximumRetryAttempts": 3,
         "DeadLetterConfig": {"Arn": "arn:aws:sqs:us-east-1:123456789012:dlq"}}},
       "TargetParameters": {"StepFunctionStateMachineParameters": {
         "InvocationType": "FIRE_AND_FORGET"}}}},
     "Broker": {"Type": "AWS::Pipes::Pipe", "Properties": {
       "RoleArn": "arn:aws:iam::123456789012:role/pipe",
       "Source": "arn:aws:mq:us-east-1:123456789012:broker:b:b-1",
       "Target": "arn:aws:events:us-east-1:123456789012:event-bus/default",
       "SourceParameters": {"RabbitMQBrokerParameters": {"QueueName": "q", "VirtualHost": "/",
         "Credentials": {"BasicAuth": "arn:aws:secretsmanager:us-east-1:123456789012:secret:mq"}}},
       "TargetParameters": {"InputTemplate": "<$.body>",
         "EventBridgeEventBusParameters": {"DetailType": "msg", "Source": "mq"}}}},
     "Kafka": {"Type": "AWS::Pipes::Pipe", "Properties": {"Name": "kafka",
       "RoleArn": "arn:aws:iam::123456789012:role/pipe",
       "Source": "smk://broker-1.example.com:9092",
       "Target": "arn:aws:batch:us-east-1:123456789012:job-queue/q",
       "SourceParameters": {"SelfManagedKafkaParameters": {"TopicName": "events",
         "StartingPosition": "TRIM_HORIZON",
         "Credentials": {"SaslScram512Auth": "arn:aws:secretsmanager:us-east-1:123456789012:secret:k"},
         "Vpc": {"Subnets": ["subnet-1"], "SecurityGroup": ["sg-1"]}}},
       "TargetParameters": {"BatchJobParameters": {"JobDefinition": "jd", "JobName": "job",
         "ArrayProperties": {"Size": 2}, "RetryStrategy": {"Attempts": 3},
         "ContainerOverrides": {"Command": ["run"],
           "ResourceRequirements": [{"Type": "VCPU", "Value": "1"}]}}}}}}
    """#

  static func convert() -> Conversion {
    Converter.convert(
      """
      {"Resources": \(resources),
       "Outputs": {"Name": {"Value": {"Ref": "Orders"}},
         "Arn": {"Value": {"Fn::GetAtt": ["Orders", "Arn"]}}}}
      """, fileName: "t.json")
  }

  @Test("an SQS-to-ECS pipe: filters, enrichment, the ECS task, logging")
  func ecsPipe() {
    let conversion = Self.convert()
    #expect(MappingProbe.messages(conversion) == [])
    #expect(
      MappingProbe.block("aws_pipes_pipe.orders", in: conversion) == #"""
        # Orders (AWS::Pipes::Pipe)
        resource "aws_pipes_pipe" "orders" {
          name          = "orders"
          description   = "orders to ECS"
          desired_state = "RUNNING"
          role_arn      = "arn:aws:iam::123456789012:role/pipe"
          source        = "arn:aws:sqs:us-east-1:123456789012:orders"
          enrichment    = "arn:aws:lambda:us-east-1:123456789012:function:enrich"
          target        = "arn:aws:ecs:us-east-1:123456789012:cluster/main"
          tags = {
            team = "orders"
          }

          source_parameters {
            filter_criteria {
              filter {
                pattern = "{\"body\": {\"kind\": [\"order\"]}}"
              }
            }

            sqs_queue_parameters {
              batch_size                         = 5
              maximum_batching_window_in_seconds = 10
            }
          }

          enrichment_parameters {
            input_template = "{\"id\": <$.messageId>}"
          }

          target_parameters {
            ecs_task_parameters {
              task_definition_arn = "arn:aws:ecs:us-east-1:123456789012:task-definition/t:1"
              task_count          = 1
              launch_type         = "FARGATE"
              tags = {
                job = "orders"
              }

              network_configuration {
                aws_vpc_configuration {
                  subnets          = ["subnet-1"]
                  security_groups  = ["sg-1"]
                  assign_public_ip = "DISABLED"
                }
              }

              overrides {
                container_override {
                  name = "app"

                  environment {
                    name  = "MODE"
                    value = "pipe"
                  }
                }
              }
            }
          }

          log_configuration {
            level = "ERROR"

            cloudwatch_logs_log_destination {
              log_group_arn = "arn:aws:logs:us-east-1:123456789012:log-group:pipes"
            }
          }
        }

        """#)
    let tags = MappingProbe.entry(
      "Orders.Properties.TargetParameters.EcsTaskParameters.Tags", in: conversion)
    #expect(tags?.targetText == "aws_pipes_pipe.orders.target_parameters.ecs_task_parameters.tags")
  }

  @Test("stream, broker and Kafka sources; Step Functions, EventBridge and Batch targets")
  func otherPipes() {
    let conversion = Self.convert()
    #expect(
      MappingProbe.block("aws_pipes_pipe.stream", in: conversion) == #"""
        # Stream (AWS::Pipes::Pipe)
        resource "aws_pipes_pipe" "stream" {
          # cfn2tf: 'Name' is not set: CloudFormation names it <stack>-Stream-<suffix>;
          # var.physical_names keeps the live name when a stack is adopted
          name     = lookup(var.physical_names, "Stream", "${var.stack_name}-Stream")
          role_arn = "arn:aws:iam::123456789012:role/pipe"
          source   = "arn:aws:kinesis:us-east-1:123456789012:stream/s"
          target   = "arn:aws:states:us-east-1:123456789012:stateMachine:sm"

          source_parameters {
            kinesis_stream_parameters {
              batch_size             = 100
              starting_position      = "LATEST"
              maximum_retry_attempts = 3

              dead_letter_config {
                arn = "arn:aws:sqs:us-east-1:123456789012:dlq"
              }
            }
          }

          target_parameters {
            step_function_state_machine_parameters {
              invocation_type = "FIRE_AND_FORGET"
            }
          }
        }

        """#)
    let main = MappingProbe.mainFile(conversion)
    #expect(
      main.contains(
        """
            rabbitmq_broker_parameters {
              queue_name   = "q"
              virtual_host = "/"

              credentials {
                basic_auth = "arn:aws:secretsmanager:us-east-1:123456789012:secret:mq"
              }
            }
        """))
    #expect(
      main.contains(
        """
          target_parameters {
            input_template = "<$.body>"

            eventbridge_event_bus_parameters {
              detail_type = "msg"
              source      = "mq"
            }
          }
        """))
    #expect(
      main.contains(
        """
            self_managed_kafka_parameters {
              topic_name        = "events"
              starting_position = "TRIM_HORIZON"

              credentials {
                sasl_scram_512_auth = "arn:aws:secretsmanager:us-east-1:123456789012:secret:k"
              }

              vpc {
                subnets         = ["subnet-1"]
                security_groups = ["sg-1"]
              }
            }
        """))
    #expect(
      main.contains(
        """
            batch_job_parameters {
              job_definition = "jd"
              job_name       = "job"

              array_properties {
                size = 2
              }

              container_overrides {
                command = ["run"]

                resource_requirement {
                  type  = "VCPU"
                  value = "1"
                }
              }

              retry_strategy {
                attempts = 3
              }
            }
        """))
  }

  @Test("Ref is the name, GetAtt Arn the ARN; Timestream targets are reported")
  func referencesAndGaps() {
    let outputs = Self.convert().file("outputs.tf")?.contents ?? ""
    #expect(outputs.contains("value = aws_pipes_pipe.orders.name\n"))
    #expect(outputs.contains("value = aws_pipes_pipe.orders.arn\n"))
    let conversion = MappingProbe.convert(
      resources: """
        {"P": {"Type": "AWS::Pipes::Pipe", "Properties": {"Name": "p", "RoleArn": "r",
          "Source": "s", "Target": "t", "TargetParameters": {"TimestreamParameters": {
            "TimeValue": "$.t", "VersionValue": "1", "DimensionMappings": []}}}}}
        """)
    #expect(
      MappingProbe.entry("P.Properties.TargetParameters.TimestreamParameters", in: conversion)?
        .status == .unsupported)
  }

  @Test(
    "pipes convert to a module terraform validates",
    .enabled(if: Repository.canValidate, "needs terraform, its provider mirror and tf-validate"))
  func oracle() throws {
    let (status, output) = try MappingProbe.validate(Self.convert(), label: "pipes")
    #expect(status == 0, "\(output)")
  }
}

extension Pipes: ImportCaseProvider {
  /// Pipes by name, a generated one from the stack.
  static var importCases: [ImportCase] {
    [
      ImportCase(
        address: "aws_pipes_pipe.orders", origin: "Orders", resources: PipesMappingTests.resources,
        physicalIds: ["Orders": "orders"], expected: .id("orders")),
      ImportCase(
        address: "aws_pipes_pipe.stream", origin: "Stream", resources: PipesMappingTests.resources,
        physicalIds: ["Stream": "web-Stream-1A2B3C"], expected: .id("web-Stream-1A2B3C")),
    ]
  }
}
