import Testing

@testable import TFEmitter

@Suite("CodeDeploy mappings")
struct CodeDeployMappingTests {
  static let resources = #"""
    {
     "App": {"Type": "AWS::CodeDeploy::Application", "Properties": {"ApplicationName": "app",
       "ComputePlatform": "Server", "Tags": [{"Key": "app", "Value": "x"}]}},
     "Service": {"Type": "AWS::CodeDeploy::Application", "Properties": {"ComputePlatform": "ECS"}},
     "Fleet": {"Type": "AWS::CodeDeploy::DeploymentGroup", "Properties": {
       "ApplicationName": {"Ref": "App"}, "DeploymentGroupName": "fleet",
       "ServiceRoleArn": "arn:aws:iam::123456789012:role/deploy",
       "DeploymentConfigName": {"Ref": "Half"}, "AutoScalingGroups": ["web-asg"],
       "OutdatedInstancesStrategy": "IGNORE", "TerminationHookEnabled": true,
       "DeploymentStyle": {"DeploymentType": "IN_PLACE", "DeploymentOption": "WITH_TRAFFIC_CONTROL"},
       "AlarmConfiguration": {"Enabled": true, "Alarms": [{"Name": "errors"}, {"Name": "latency"}]},
       "AutoRollbackConfiguration": {"Enabled": true, "Events": ["DEPLOYMENT_FAILURE", "DEPLOYMENT_STOP_ON_ALARM"]},
       "Ec2TagSet": {"Ec2TagSetList": [
         {"Ec2TagGroup": [{"Key": "app", "Value": "web", "Type": "KEY_AND_VALUE"}]},
         {"Ec2TagGroup": [{"Key": "env", "Value": "prod", "Type": "KEY_AND_VALUE"},
                          {"Key": "env", "Value": "staging", "Type": "KEY_AND_VALUE"}]}]},
       "LoadBalancerInfo": {"TargetGroupInfoList": [{"Name": "web-tg"}]},
       "TriggerConfigurations": [{"TriggerName": "failures",
         "TriggerTargetArn": "arn:aws:sns:us-east-1:123456789012:deploys",
         "TriggerEvents": ["DeploymentFailure"]}],
       "Deployment": {"Description": "first", "Revision": {"RevisionType": "S3",
         "S3Location": {"Bucket": "releases", "Key": "app.zip", "BundleType": "zip"}}},
       "Tags": [{"Key": "app", "Value": "x"}]}},
     "Legacy": {"Type": "AWS::CodeDeploy::DeploymentGroup", "Properties": {
       "ApplicationName": {"Ref": "App"}, "ServiceRoleArn": "arn:aws:iam::123456789012:role/deploy",
       "Ec2TagFilters": [{"Key": "Name", "Value": "web", "Type": "KEY_AND_VALUE"}],
       "OnPremisesTagSet": {"OnPremisesTagSetList": [{"OnPremisesTagGroup": [
         {"Key": "site", "Value": "dc1", "Type": "KEY_AND_VALUE"}]}]},
       "LoadBalancerInfo": {"ElbInfoList": [{"Name": "classic"}]}}},
     "Blue": {"Type": "AWS::CodeDeploy::DeploymentGroup", "Properties": {
       "ApplicationName": {"Ref": "Service"}, "DeploymentGroupName": "blue",
       "ServiceRoleArn": "arn:aws:iam::123456789012:role/deploy",
       "DeploymentConfigName": "CodeDeployDefault.ECSAllAtOnce",
       "DeploymentStyle": {"DeploymentType": "BLUE_GREEN", "DeploymentOption": "WITH_TRAFFIC_CONTROL"},
       "BlueGreenDeploymentConfiguration": {
         "DeploymentReadyOption": {"ActionOnTimeout": "CONTINUE_DEPLOYMENT", "WaitTimeInMinutes": 0},
         "TerminateBlueInstancesOnDeploymentSuccess": {"Action": "TERMINATE", "TerminationWaitTimeInMinutes": 5}},
       "ECSServices": [{"ClusterName": "cluster", "ServiceName": "web"}],
       "LoadBalancerInfo": {"TargetGroupPairInfoList": [{
         "ProdTrafficRoute": {"ListenerArns": ["arn:aws:elasticloadbalancing:us-east-1:123456789012:listener/app/web/1/1"]},
         "TestTrafficRoute": {"ListenerArns": ["arn:aws:elasticloadbalancing:us-east-1:123456789012:listener/app/web/1/2"]},
         "TargetGroups": [{"Name": "blue"}, {"Name": "green"}]}]},
       "OnPremisesTagSet": {"OnPremisesTagSetList": [
         {"OnPremisesTagGroup": [{"Key": "a", "Value": "1", "Type": "KEY_AND_VALUE"}]},
         {"OnPremisesTagGroup": [{"Key": "b", "Value": "2", "Type": "KEY_AND_VALUE"}]}]}}},
     "Half": {"Type": "AWS::CodeDeploy::DeploymentConfig", "Properties": {
       "MinimumHealthyHosts": {"Type": "FLEET_PERCENT", "Value": 50},
       "ZonalConfig": {"FirstZoneMonitorDurationInSeconds": 60, "MonitorDurationInSeconds": 120,
         "MinimumHealthyHostsPerZone": {"Type": "HOST_COUNT", "Value": 1}}}},
     "Canary": {"Type": "AWS::CodeDeploy::DeploymentConfig", "Properties": {
       "DeploymentConfigName": "canary", "ComputePlatform": "Lambda",
       "TrafficRoutingConfig": {"Type": "TimeBasedCanary",
         "TimeBasedCanary": {"CanaryPercentage": 10, "CanaryInterval": 5}}}}}
    """#

  static func convert() -> Conversion {
    Converter.convert(
      """
      {"Resources": \(resources),
       "Outputs": {"App": {"Value": {"Ref": "App"}}, "Group": {"Value": {"Ref": "Fleet"}},
                   "Config": {"Value": {"Ref": "Half"}}}}
      """, fileName: "t.json")
  }

  @Test("a deployment group: style, alarms, rollback, EC2 tag sets, target groups, triggers")
  func deploymentGroup() {
    let conversion = Self.convert()
    #expect(
      MappingProbe.block("aws_codedeploy_deployment_group.fleet", in: conversion) == #"""
        # Fleet (AWS::CodeDeploy::DeploymentGroup)
        # cfn2tf: 'Deployment' is not converted: aws_codedeploy_deployment_group has no initial deployment: CloudFormation deploys the Revision when it creates the group, Terraform does not; a group that is adopted has had it, a new one needs 'aws deploy create-deployment' with that revision after apply
        resource "aws_codedeploy_deployment_group" "fleet" {
          app_name                    = aws_codedeploy_app.app.name
          deployment_group_name       = "fleet"
          service_role_arn            = "arn:aws:iam::123456789012:role/deploy"
          deployment_config_name      = aws_codedeploy_deployment_config.half.deployment_config_name
          autoscaling_groups          = ["web-asg"]
          outdated_instances_strategy = "IGNORE"
          termination_hook_enabled    = true
          tags = {
            app = "x"
          }

          deployment_style {
            deployment_option = "WITH_TRAFFIC_CONTROL"
            deployment_type   = "IN_PLACE"
          }

          alarm_configuration {
            alarms  = ["errors", "latency"]
            enabled = true
          }

          auto_rollback_configuration {
            enabled = true
            events  = ["DEPLOYMENT_FAILURE", "DEPLOYMENT_STOP_ON_ALARM"]
          }

          ec2_tag_set {
            ec2_tag_filter {
              key   = "app"
              value = "web"
              type  = "KEY_AND_VALUE"
            }
          }
          ec2_tag_set {
            ec2_tag_filter {
              key   = "env"
              value = "prod"
              type  = "KEY_AND_VALUE"
            }
            ec2_tag_filter {
              key   = "env"
              value = "staging"
              type  = "KEY_AND_VALUE"
            }
          }

          load_balancer_info {
            target_group_info {
              name = "web-tg"
            }
          }

          trigger_configuration {
            trigger_name       = "failures"
            trigger_target_arn = "arn:aws:sns:us-east-1:123456789012:deploys"
            trigger_events     = ["DeploymentFailure"]
          }
        }

        """#)
    #expect(
      MappingProbe.entry("Fleet.Properties.Deployment", in: conversion)?.status == .unsupported)
    #expect(
      MappingProbe.entry(
        "Fleet.Properties.Ec2TagSet.Ec2TagSetList[1].Ec2TagGroup[1]", in: conversion)?
        .targetText == "aws_codedeploy_deployment_group.fleet.ec2_tag_set.ec2_tag_filter")
    #expect(
      MappingProbe.entry("Fleet.Properties.AlarmConfiguration.Alarms[1].Name", in: conversion)?
        .targetText == "aws_codedeploy_deployment_group.fleet.alarm_configuration.alarms")
  }

  @Test(
    "EC2 tag filters, an on-premises tag set of one group as tag filters, classic load balancers")
  func tagFilters() {
    let conversion = Self.convert()
    #expect(
      MappingProbe.block("aws_codedeploy_deployment_group.legacy", in: conversion) == #"""
        # Legacy (AWS::CodeDeploy::DeploymentGroup)
        resource "aws_codedeploy_deployment_group" "legacy" {
          # cfn2tf: 'DeploymentGroupName' is not set: CloudFormation names it <stack>-Legacy-<suffix>;
          # var.physical_names keeps the live name when a stack is adopted
          deployment_group_name = lookup(var.physical_names, "Legacy", "${var.stack_name}-Legacy")
          app_name              = aws_codedeploy_app.app.name
          service_role_arn      = "arn:aws:iam::123456789012:role/deploy"

          ec2_tag_filter {
            key   = "Name"
            value = "web"
            type  = "KEY_AND_VALUE"
          }

          on_premises_instance_tag_filter {
            key   = "site"
            value = "dc1"
            type  = "KEY_AND_VALUE"
          }

          load_balancer_info {
            elb_info {
              name = "classic"
            }
          }
        }

        """#)
    #expect(
      MappingProbe.entry("Legacy.Properties.OnPremisesTagSet", in: conversion)?.status
        == .transformed)
    #expect(
      MappingProbe.entry(
        "Legacy.Properties.OnPremisesTagSet.OnPremisesTagSetList[0].OnPremisesTagGroup[0].Value",
        in: conversion)?.targetText
        == "aws_codedeploy_deployment_group.legacy.on_premises_instance_tag_filter.value")
  }

  @Test("a blue/green ECS deployment group; an on-premises tag set of two groups is reported")
  func blueGreen() {
    let conversion = Self.convert()
    #expect(
      MappingProbe.block("aws_codedeploy_deployment_group.blue", in: conversion) == #"""
        # Blue (AWS::CodeDeploy::DeploymentGroup)
        # cfn2tf: 'OnPremisesTagSet' is not converted: aws_codedeploy_deployment_group (provider 5.100) has no on-premises tag set: one tag group can become on_premises_instance_tag_filter blocks, but 2 groups (an instance must match each) cannot
        resource "aws_codedeploy_deployment_group" "blue" {
          app_name               = aws_codedeploy_app.service.name
          deployment_group_name  = "blue"
          service_role_arn       = "arn:aws:iam::123456789012:role/deploy"
          deployment_config_name = "CodeDeployDefault.ECSAllAtOnce"

          deployment_style {
            deployment_option = "WITH_TRAFFIC_CONTROL"
            deployment_type   = "BLUE_GREEN"
          }

          blue_green_deployment_config {
            deployment_ready_option {
              action_on_timeout    = "CONTINUE_DEPLOYMENT"
              wait_time_in_minutes = 0
            }

            terminate_blue_instances_on_deployment_success {
              action                           = "TERMINATE"
              termination_wait_time_in_minutes = 5
            }
          }

          ecs_service {
            cluster_name = "cluster"
            service_name = "web"
          }

          load_balancer_info {
            target_group_pair_info {
              prod_traffic_route {
                listener_arns = ["arn:aws:elasticloadbalancing:us-east-1:123456789012:listener/app/web/1/1"]
              }

              test_traffic_route {
                listener_arns = ["arn:aws:elasticloadbalancing:us-east-1:123456789012:listener/app/web/1/2"]
              }

              target_group {
                name = "blue"
              }
              target_group {
                name = "green"
              }
            }
          }
        }

        """#)
    #expect(
      MappingProbe.messages(conversion) == [
        "property 'Deployment' of 'Fleet' (AWS::CodeDeploy::DeploymentGroup) is not converted: aws_codedeploy_deployment_group has no initial deployment: CloudFormation deploys the Revision when it creates the group, Terraform does not; a group that is adopted has had it, a new one needs 'aws deploy create-deployment' with that revision after apply",
        "property 'OnPremisesTagSet' of 'Blue' (AWS::CodeDeploy::DeploymentGroup) is not converted: aws_codedeploy_deployment_group (provider 5.100) has no on-premises tag set: one tag group can become on_premises_instance_tag_filter blocks, but 2 groups (an instance must match each) cannot",
      ])
  }

  @Test("applications and deployment configurations")
  func applicationsAndConfigs() {
    let conversion = Self.convert()
    #expect(
      MappingProbe.block("aws_codedeploy_app.app", in: conversion) == #"""
        # App (AWS::CodeDeploy::Application)
        resource "aws_codedeploy_app" "app" {
          name             = "app"
          compute_platform = "Server"
          tags = {
            app = "x"
          }
        }

        """#)
    #expect(
      MappingProbe.block("aws_codedeploy_deployment_config.half", in: conversion) == #"""
        # Half (AWS::CodeDeploy::DeploymentConfig)
        resource "aws_codedeploy_deployment_config" "half" {
          # cfn2tf: 'DeploymentConfigName' is not set: CloudFormation names it <stack>-Half-<suffix>;
          # var.physical_names keeps the live name when a stack is adopted
          deployment_config_name = lookup(var.physical_names, "Half", "${var.stack_name}-Half")

          minimum_healthy_hosts {
            type  = "FLEET_PERCENT"
            value = 50
          }

          zonal_config {
            first_zone_monitor_duration_in_seconds = 60
            monitor_duration_in_seconds            = 120

            minimum_healthy_hosts_per_zone {
              type  = "HOST_COUNT"
              value = 1
            }
          }
        }

        """#)
    #expect(
      MappingProbe.block("aws_codedeploy_deployment_config.canary", in: conversion) == #"""
        # Canary (AWS::CodeDeploy::DeploymentConfig)
        resource "aws_codedeploy_deployment_config" "canary" {
          deployment_config_name = "canary"
          compute_platform       = "Lambda"

          traffic_routing_config {
            type = "TimeBasedCanary"

            time_based_canary {
              interval   = 5
              percentage = 10
            }
          }
        }

        """#)
  }

  @Test("Ref of applications, deployment groups and deployment configurations")
  func references() {
    let outputs = Self.convert().file("outputs.tf")?.contents ?? ""
    for value in [
      "aws_codedeploy_app.app.name", "aws_codedeploy_deployment_group.fleet.deployment_group_name",
      "aws_codedeploy_deployment_config.half.deployment_config_name",
    ] {
      #expect(outputs.contains("value = \(value)\n"), "\(value)")
    }
  }

  @Test(
    "applications, deployment groups and configurations convert to a module terraform validates",
    .enabled(if: Repository.canValidate, "needs terraform, its provider mirror and tf-validate"))
  func oracle() throws {
    let (status, output) = try MappingProbe.validate(Self.convert(), label: "codedeploy")
    #expect(status == 0, "\(output)")
  }
}

extension CodeDeploy: ImportCaseProvider {
  static let importIds = [
    "App": "app", "Service": "web-Service-1", "Fleet": "fleet", "Legacy": "web-Legacy-1",
    "Blue": "blue", "Half": "web-Half-1", "Canary": "canary",
  ]

  static func codeDeploy(_ address: String, _ origin: String, _ expected: ImportCase.Expectation)
    -> ImportCase
  {
    ImportCase(
      address: address, origin: origin, resources: CodeDeployMappingTests.resources,
      physicalIds: importIds, expected: expected)
  }

  /// Applications and configurations by name, deployment groups as `application:group`.
  static var importCases: [ImportCase] {
    [
      codeDeploy("aws_codedeploy_app.app", "App", .id("app")),
      codeDeploy("aws_codedeploy_deployment_group.fleet", "Fleet", .id("app:fleet")),
      codeDeploy("aws_codedeploy_deployment_group.blue", "Blue", .id("web-Service-1:blue")),
      codeDeploy("aws_codedeploy_deployment_config.half", "Half", .id("web-Half-1")),
    ]
  }
}
