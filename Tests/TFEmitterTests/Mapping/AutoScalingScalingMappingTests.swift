import Testing

@testable import TFEmitter

@Suite("Auto Scaling policy, schedule and hook mappings")
struct AutoScalingScalingMappingTests {
  static let resources = """
    {"ScaleUp": {"Type": "AWS::AutoScaling::ScalingPolicy", "Properties": {
       "AdjustmentType": "ChangeInCapacity", "AutoScalingGroupName": {"Ref": "Group"},
       "Cooldown": "60", "ScalingAdjustment": "1"}},
     "Track": {"Type": "AWS::AutoScaling::ScalingPolicy", "Properties": {
       "PolicyType": "TargetTrackingScaling", "AutoScalingGroupName": {"Ref": "Group"},
       "TargetTrackingConfiguration": {"TargetValue": 50,
         "PredefinedMetricSpecification": {"PredefinedMetricType": "ASGAverageCPUUtilization"}}}},
     "Step": {"Type": "AWS::AutoScaling::ScalingPolicy", "Properties": {"PolicyType": "StepScaling",
       "AdjustmentType": "ChangeInCapacity", "AutoScalingGroupName": {"Ref": "Group"},
       "StepAdjustments": [{"MetricIntervalLowerBound": 0, "MetricIntervalUpperBound": 10,
         "ScalingAdjustment": 1}, {"MetricIntervalLowerBound": 10, "ScalingAdjustment": 2}]}},
     "Nightly": {"Type": "AWS::AutoScaling::ScheduledAction", "Properties": {
       "AutoScalingGroupName": {"Ref": "Group"}, "MinSize": "0", "MaxSize": "0",
       "DesiredCapacity": 0, "Recurrence": "0 22 * * *", "TimeZone": "Europe/Paris"}},
     "Hook": {"Type": "AWS::AutoScaling::LifecycleHook", "Properties": {
       "AutoScalingGroupName": {"Ref": "Group"},
       "LifecycleTransition": "autoscaling:EC2_INSTANCE_TERMINATING", "HeartbeatTimeout": "300",
       "DefaultResult": "CONTINUE"}}}
    """
  static let group = #"{"Group": {"Type": "String"}}"#

  static func convert() -> Conversion {
    MappingProbe.convert(resources: resources, parameters: group)
  }

  @Test("scaling policies are named after the stack; numbers are numbers, step bounds strings")
  func scalingPolicies() {
    let conversion = Self.convert()
    #expect(MappingProbe.messages(conversion) == [])
    #expect(
      MappingProbe.block("aws_autoscaling_policy.scale_up", in: conversion) == """
        # ScaleUp (AWS::AutoScaling::ScalingPolicy)
        resource "aws_autoscaling_policy" "scale_up" {
          # cfn2tf: 'PolicyName' is not set: CloudFormation names it <stack>-ScaleUp-<suffix>;
          # var.physical_names keeps the live name when a stack is adopted
          name                   = lookup(var.physical_names, "ScaleUp", "${var.stack_name}-ScaleUp")
          autoscaling_group_name = var.group
          adjustment_type        = "ChangeInCapacity"
          scaling_adjustment     = 1
          cooldown               = 60
        }

        """)
    #expect(
      MappingProbe.block("aws_autoscaling_policy.step", in: conversion)?.hasSuffix(
        """
          step_adjustment {
            metric_interval_lower_bound = "0"
            metric_interval_upper_bound = "10"
            scaling_adjustment          = 1
          }
          step_adjustment {
            metric_interval_lower_bound = "10"
            scaling_adjustment          = 2
          }
        }

        """) == true)
    #expect(
      MappingProbe.block("aws_autoscaling_policy.track", in: conversion)?.hasSuffix(
        """
          target_tracking_configuration {
            target_value = 50

            predefined_metric_specification {
              predefined_metric_type = "ASGAverageCPUUtilization"
            }
          }
        }

        """) == true)
  }

  @Test("scheduled actions and lifecycle hooks")
  func scheduleAndHook() {
    let conversion = Self.convert()
    #expect(
      MappingProbe.block("aws_autoscaling_schedule.nightly", in: conversion) == """
        # Nightly (AWS::AutoScaling::ScheduledAction)
        resource "aws_autoscaling_schedule" "nightly" {
          # cfn2tf: 'ScheduledActionName' is not set: CloudFormation names it <stack>-Nightly-<suffix>;
          # var.physical_names keeps the live name when a stack is adopted
          scheduled_action_name  = lookup(var.physical_names, "Nightly", "${var.stack_name}-Nightly")
          autoscaling_group_name = var.group
          min_size               = 0
          max_size               = 0
          desired_capacity       = 0
          recurrence             = "0 22 * * *"
          time_zone              = "Europe/Paris"
        }

        """)
    #expect(
      MappingProbe.block("aws_autoscaling_lifecycle_hook.hook", in: conversion) == """
        # Hook (AWS::AutoScaling::LifecycleHook)
        resource "aws_autoscaling_lifecycle_hook" "hook" {
          # cfn2tf: 'LifecycleHookName' is not set: CloudFormation names it <stack>-Hook-<suffix>;
          # var.physical_names keeps the live name when a stack is adopted
          name                   = lookup(var.physical_names, "Hook", "${var.stack_name}-Hook")
          autoscaling_group_name = var.group
          lifecycle_transition   = "autoscaling:EC2_INSTANCE_TERMINATING"
          default_result         = "CONTINUE"
          heartbeat_timeout      = 300
        }

        """)
  }

  @Test("import ids are GROUP/NAME, the policy's taken from its ARN")
  func importIDs() {
    let ids = ["Group": "web-asg"]
    #expect(
      MappingProbe.importID(
        "ScaleUp", resources: Self.resources,
        physicalId:
          "arn:aws:autoscaling:us-east-1:123456789012:scalingPolicy:0f3c-11e2:autoScalingGroupName/web-asg:policyName/stack-ScaleUp-1AB",
        physicalIds: ids) == "web-asg/stack-ScaleUp-1AB")
    #expect(
      MappingProbe.importID("ScaleUp", resources: Self.resources, physicalId: "not-an-arn") == nil)
    #expect(
      MappingProbe.importID(
        "Nightly", resources: Self.resources, physicalId: "stack-Nightly-1", physicalIds: ids)
        == "web-asg/stack-Nightly-1")
    #expect(
      MappingProbe.importID(
        "Hook", resources: Self.resources, physicalId: "stack-Hook-1", physicalIds: ids)
        == "web-asg/stack-Hook-1")
  }

  @Test(
    "policies, schedules and hooks convert to a module terraform validates",
    .enabled(if: Repository.canValidate, "needs terraform, its provider mirror and tf-validate"))
  func oracle() throws {
    let (status, output) = try MappingProbe.validate(Self.convert(), label: "scaling")
    #expect(status == 0, "\(output)")
  }
}
