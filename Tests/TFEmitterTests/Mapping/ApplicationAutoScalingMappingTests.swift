import Testing

@testable import TFEmitter

@Suite("ApplicationAutoScaling mappings")
struct ApplicationAutoScalingMappingTests {
  static let resources = """
    {"Target": {"Type": "AWS::ApplicationAutoScaling::ScalableTarget", "Properties": {
       "ServiceNamespace": "ecs", "ResourceId": "service/main/web",
       "ScalableDimension": "ecs:service:DesiredCount", "MinCapacity": 1, "MaxCapacity": 10,
       "RoleARN": "arn:aws:iam::123456789012:role/scaling",
       "SuspendedState": {"ScheduledScalingSuspended": false},
       "ScheduledActions": [{"ScheduledActionName": "morning-up", "Schedule": "cron(0 7 * * ? *)",
         "Timezone": "Europe/Paris", "ScalableTargetAction": {"MinCapacity": 4, "MaxCapacity": 12}},
        {"ScheduledActionName": "night", "Schedule": "cron(0 22 * * ? *)",
         "StartTime": "2030-01-01T00:00:00Z",
         "ScalableTargetAction": {"MinCapacity": 1}}]}},
     "Steps": {"Type": "AWS::ApplicationAutoScaling::ScalingPolicy", "Properties": {
       "PolicyName": "steps", "PolicyType": "StepScaling", "ScalingTargetId": {"Ref": "Target"},
       "StepScalingPolicyConfiguration": {"AdjustmentType": "ChangeInCapacity", "Cooldown": 60,
         "MetricAggregationType": "Average",
         "StepAdjustments": [{"MetricIntervalLowerBound": 0, "MetricIntervalUpperBound": 15,
           "ScalingAdjustment": 1}, {"MetricIntervalLowerBound": 15, "ScalingAdjustment": 3}]}}},
     "Cpu": {"Type": "AWS::ApplicationAutoScaling::ScalingPolicy", "Properties": {
       "PolicyName": "cpu", "PolicyType": "TargetTrackingScaling",
       "ServiceNamespace": "ecs", "ResourceId": "service/main/web",
       "ScalableDimension": "ecs:service:DesiredCount",
       "TargetTrackingScalingPolicyConfiguration": {"TargetValue": 50, "ScaleInCooldown": 120,
         "PredefinedMetricSpecification": {
           "PredefinedMetricType": "ECSServiceAverageCPUUtilization"}}},
       "DependsOn": "Target"},
     "Queue": {"Type": "AWS::ApplicationAutoScaling::ScalingPolicy", "Properties": {
       "PolicyName": "queue", "PolicyType": "TargetTrackingScaling",
       "ScalingTargetId": "service/main/worker|ecs:service:DesiredCount|ecs",
       "TargetTrackingScalingPolicyConfiguration": {"TargetValue": 100, "DisableScaleIn": true,
         "CustomizedMetricSpecification": {"Metrics": [
           {"Id": "backlog", "Expression": "visible / 2", "ReturnData": true},
           {"Id": "visible", "ReturnData": false, "MetricStat": {"Stat": "Sum",
             "Metric": {"MetricName": "ApproximateNumberOfMessagesVisible",
               "Namespace": "AWS/SQS", "Dimensions": [{"Name": "QueueName", "Value": "jobs"}]}}}
         ]}}}}}
    """

  static func convert() -> Conversion {
    Converter.convert(
      """
      {"Resources": \(resources),
       "Outputs": {"Target": {"Value": {"Ref": "Target"}},
         "Id": {"Value": {"Fn::GetAtt": ["Target", "Id"]}},
         "Steps": {"Value": {"Ref": "Steps"}},
         "Arn": {"Value": {"Fn::GetAtt": ["Cpu", "Arn"]}}}}
      """, fileName: "t.json")
  }

  @Test("a scalable target, its scheduled actions as resources of their own")
  func target() {
    let conversion = Self.convert()
    #expect(MappingProbe.messages(conversion) == [])
    #expect(
      MappingProbe.block("aws_appautoscaling_target.target", in: conversion) == """
        # Target (AWS::ApplicationAutoScaling::ScalableTarget)
        resource "aws_appautoscaling_target" "target" {
          service_namespace  = "ecs"
          resource_id        = "service/main/web"
          scalable_dimension = "ecs:service:DesiredCount"
          min_capacity       = 1
          max_capacity       = 10
          role_arn           = "arn:aws:iam::123456789012:role/scaling"

          suspended_state {
            scheduled_scaling_suspended = false
          }
        }

        """)
    #expect(
      MappingProbe.block("aws_appautoscaling_scheduled_action.target_morning_up", in: conversion)
        == """
        # Target.ScheduledActions[0] (AWS::ApplicationAutoScaling::ScalableTarget)
        resource "aws_appautoscaling_scheduled_action" "target_morning_up" {
          resource_id        = aws_appautoscaling_target.target.resource_id
          scalable_dimension = aws_appautoscaling_target.target.scalable_dimension
          service_namespace  = aws_appautoscaling_target.target.service_namespace
          name               = "morning-up"
          schedule           = "cron(0 7 * * ? *)"
          timezone           = "Europe/Paris"

          scalable_target_action {
            min_capacity = "4"
            max_capacity = "12"
          }
        }

        """)
    #expect(
      MappingProbe.block("aws_appautoscaling_scheduled_action.target_night", in: conversion) == """
        # Target.ScheduledActions[1] (AWS::ApplicationAutoScaling::ScalableTarget)
        resource "aws_appautoscaling_scheduled_action" "target_night" {
          resource_id        = aws_appautoscaling_target.target.resource_id
          scalable_dimension = aws_appautoscaling_target.target.scalable_dimension
          service_namespace  = aws_appautoscaling_target.target.service_namespace
          name               = "night"
          schedule           = "cron(0 22 * * ? *)"
          start_time         = "2030-01-01T00:00:00Z"

          scalable_target_action {
            min_capacity = "1"
          }
        }

        """)
    let action = MappingProbe.entry("Target.Properties.ScheduledActions[1]", in: conversion)
    #expect(action?.targetText == "aws_appautoscaling_scheduled_action.target_night")
    let schedule = MappingProbe.entry(
      "Target.Properties.ScheduledActions[1].Schedule", in: conversion)
    #expect(schedule?.targetText == "aws_appautoscaling_scheduled_action.target_night.schedule")
  }

  @Test("Ref and Id of a target are CloudFormation's identifier; a policy's Ref is its ARN")
  func references() {
    let outputs = Self.convert().file("outputs.tf")?.contents ?? ""
    let identifier =
      #""${aws_appautoscaling_target.target.resource_id}|${aws_appautoscaling_target.target.scalable_dimension}|${aws_appautoscaling_target.target.service_namespace}""#
    #expect(outputs.contains("output \"target\" {\n  value = \(identifier)\n}"))
    #expect(outputs.contains("output \"id\" {\n  value = \(identifier)\n}"))
    #expect(outputs.contains("value = aws_appautoscaling_policy.steps.arn"))
    #expect(outputs.contains("value = aws_appautoscaling_policy.cpu.arn"))
  }

  @Test("step scaling names its target through ScalingTargetId; target tracking by its fields")
  func policies() {
    let conversion = Self.convert()
    #expect(
      MappingProbe.block("aws_appautoscaling_policy.steps", in: conversion) == """
        # Steps (AWS::ApplicationAutoScaling::ScalingPolicy)
        resource "aws_appautoscaling_policy" "steps" {
          name               = "steps"
          policy_type        = "StepScaling"
          resource_id        = aws_appautoscaling_target.target.resource_id
          scalable_dimension = aws_appautoscaling_target.target.scalable_dimension
          service_namespace  = aws_appautoscaling_target.target.service_namespace

          step_scaling_policy_configuration {
            adjustment_type         = "ChangeInCapacity"
            cooldown                = 60
            metric_aggregation_type = "Average"

            step_adjustment {
              metric_interval_lower_bound = "0"
              metric_interval_upper_bound = "15"
              scaling_adjustment          = 1
            }
            step_adjustment {
              metric_interval_lower_bound = "15"
              scaling_adjustment          = 3
            }
          }
        }

        """)
    #expect(
      MappingProbe.block("aws_appautoscaling_policy.cpu", in: conversion) == """
        # Cpu (AWS::ApplicationAutoScaling::ScalingPolicy)
        resource "aws_appautoscaling_policy" "cpu" {
          depends_on = [aws_appautoscaling_target.target]

          name               = "cpu"
          policy_type        = "TargetTrackingScaling"
          service_namespace  = "ecs"
          resource_id        = "service/main/web"
          scalable_dimension = "ecs:service:DesiredCount"

          target_tracking_scaling_policy_configuration {
            target_value      = 50
            scale_in_cooldown = 120

            predefined_metric_specification {
              predefined_metric_type = "ECSServiceAverageCPUUtilization"
            }
          }
        }

        """)
    let target = MappingProbe.entry("Steps.Properties.ScalingTargetId", in: conversion)
    #expect(target?.status == .transformed)
  }

  @Test("a literal ScalingTargetId is split; metric math becomes metrics blocks")
  func customizedMetrics() {
    #expect(
      MappingProbe.block("aws_appautoscaling_policy.queue", in: Self.convert()) == """
        # Queue (AWS::ApplicationAutoScaling::ScalingPolicy)
        resource "aws_appautoscaling_policy" "queue" {
          name               = "queue"
          policy_type        = "TargetTrackingScaling"
          resource_id        = "service/main/worker"
          scalable_dimension = "ecs:service:DesiredCount"
          service_namespace  = "ecs"

          target_tracking_scaling_policy_configuration {
            target_value     = 100
            disable_scale_in = true

            customized_metric_specification {
              metrics {
                id          = "backlog"
                expression  = "visible / 2"
                return_data = true
              }
              metrics {
                id          = "visible"
                return_data = false

                metric_stat {
                  stat = "Sum"

                  metric {
                    metric_name = "ApproximateNumberOfMessagesVisible"
                    namespace   = "AWS/SQS"

                    dimensions {
                      name  = "QueueName"
                      value = "jobs"
                    }
                  }
                }
              }
            }
          }
        }

        """)
  }

  @Test("a computed ScalingTargetId is split at '|' in Terraform")
  func computedTargetId() {
    let conversion = MappingProbe.convert(
      resources: """
        {"P": {"Type": "AWS::ApplicationAutoScaling::ScalingPolicy", "Properties": {
          "PolicyName": "p", "PolicyType": "StepScaling", "ScalingTargetId": {"Ref": "Target"},
          "StepScalingPolicyConfiguration": {"AdjustmentType": "ExactCapacity",
            "StepAdjustments": [{"MetricIntervalLowerBound": 0, "ScalingAdjustment": 2}]}}}}
        """, parameters: #"{"Target": {"Type": "String"}}"#)
    let main = MappingProbe.mainFile(conversion)
    #expect(main.contains(#"resource_id        = split("|", var.target)[0]"#))
    #expect(main.contains(#"scalable_dimension = split("|", var.target)[1]"#))
    #expect(main.contains(#"service_namespace  = split("|", var.target)[2]"#))
  }

  @Test("predictive scaling and a target named twice are reported, not converted")
  func unsupported() {
    let conversion = MappingProbe.convert(
      resources: """
        {"P": {"Type": "AWS::ApplicationAutoScaling::ScalingPolicy", "Properties": {
          "PolicyName": "p", "PolicyType": "PredictiveScaling",
          "ScalingTargetId": "service/a/b|ecs:service:DesiredCount|ecs", "ResourceId": "service/a/b",
          "PredictiveScalingPolicyConfiguration": {"MetricSpecifications": []}}}}
        """)
    for property in ["PolicyType", "ScalingTargetId", "PredictiveScalingPolicyConfiguration"] {
      #expect(
        MappingProbe.entry("P.Properties.\(property)", in: conversion)?.status == .unsupported)
    }
    let main = MappingProbe.mainFile(conversion)
    #expect(!main.contains("policy_type"))
    #expect(main.contains(#"resource_id = "service/a/b""#))
    #expect(!main.contains("service_namespace"))
  }

  @Test("an empty list of scheduled actions writes nothing, and says so")
  func noScheduledActions() {
    let conversion = MappingProbe.convert(
      resources: """
        {"T": {"Type": "AWS::ApplicationAutoScaling::ScalableTarget", "Properties": {
          "ServiceNamespace": "dynamodb", "ResourceId": "table/t",
          "ScalableDimension": "dynamodb:table:ReadCapacityUnits", "MinCapacity": 5,
          "MaxCapacity": 50, "ScheduledActions": []}}}
        """)
    #expect(MappingProbe.entry("T.Properties.ScheduledActions", in: conversion)?.status == .exact)
    #expect(!MappingProbe.mainFile(conversion).contains("aws_appautoscaling_scheduled_action"))
  }

  @Test(
    "targets, scheduled actions and policies convert to a module terraform validates",
    .enabled(if: Repository.canValidate, "needs terraform, its provider mirror and tf-validate"))
  func oracle() throws {
    let (status, output) = try MappingProbe.validate(Self.convert(), label: "appautoscaling")
    #expect(status == 0, "\(output)")
  }
}

extension ApplicationAutoScaling: ImportCaseProvider {
  static let targetId = "service/main/web|ecs:service:DesiredCount|ecs"

  static func scaling(_ address: String, _ origin: String, _ expected: ImportCase.Expectation)
    -> ImportCase
  {
    ImportCase(
      address: address, origin: origin,
      resources: ApplicationAutoScalingMappingTests.resources,
      physicalIds: [
        "Target": targetId,
        "Steps":
          "arn:aws:autoscaling:us-east-1:123456789012:scalingPolicy:6d8e1d3a-0000-4b1f-9f3e-1234567890ab:resource/ecs/service/main/web:policyName/steps",
        "Cpu":
          "arn:aws:autoscaling:us-east-1:123456789012:scalingPolicy:6d8e1d3a-1111-4b1f-9f3e-1234567890ab:resource/ecs/service/main/web:policyName/cpu",
      ], expected: expected)
  }

  /// Targets as NAMESPACE/RESOURCE_ID/DIMENSION, policies with their name after it, whether the
  /// target is named by ScalingTargetId or by its fields; scheduled actions are created.
  static var importCases: [ImportCase] {
    [
      scaling(
        "aws_appautoscaling_target.target", "Target",
        .id("ecs/service/main/web/ecs:service:DesiredCount")),
      scaling(
        "aws_appautoscaling_scheduled_action.target_morning_up", "Target",
        .notImported(scheduledActionImport)),
      scaling(
        "aws_appautoscaling_policy.steps", "Steps",
        .id("ecs/service/main/web/ecs:service:DesiredCount/steps")),
      scaling(
        "aws_appautoscaling_policy.cpu", "Cpu",
        .id("ecs/service/main/web/ecs:service:DesiredCount/cpu")),
    ]
  }
}
