import Testing

@testable import TFEmitter

@Suite("EMR mappings")
struct EMRMappingTests {
  static let parameters = """
    {"WithSpark": {"Type": "String", "AllowedValues": ["yes", "no"]},
     "ExtraGroups": {"Type": "CommaDelimitedList"}}
    """

  static let conditions = """
    {"Spark": {"Fn::Equals": [{"Ref": "WithSpark"}, "yes"]}}
    """

  static let resources = """
    {"Security": {"Type": "AWS::EMR::SecurityConfiguration", "Properties": {"Name": "at-rest",
       "SecurityConfiguration": {"EncryptionConfiguration": {
         "EnableInTransitEncryption": false, "EnableAtRestEncryption": true,
         "AtRestEncryptionConfiguration": {"S3EncryptionConfiguration": {
           "EncryptionMode": "SSE-S3"}}}}}},
     "Analytics": {"Type": "AWS::EMR::Cluster", "Properties": {"Name": "analytics",
       "ReleaseLabel": "emr-7.1.0", "ServiceRole": "EMR_DefaultRole",
       "JobFlowRole": "EMR_EC2_DefaultRole", "LogUri": "s3://logs/emr/",
       "SecurityConfiguration": {"Ref": "Security"}, "VisibleToAllUsers": true,
       "Applications": [{"Name": "Hadoop"},
         {"Fn::If": ["Spark", {"Name": "Spark"}, {"Ref": "AWS::NoValue"}]}],
       "Configurations": [{"Classification": "spark-defaults",
         "ConfigurationProperties": {"spark.executor.cores": 4}},
         {"Classification": "hadoop-env", "Configurations": [{"Classification": "export",
           "ConfigurationProperties": {"JAVA_HOME": "/usr/lib/jvm/java"}}]}],
       "BootstrapActions": [{"Name": "setup", "ScriptBootstrapAction": {
         "Path": "s3://scripts/setup.sh", "Args": ["--fast"]}}],
       "Steps": [{"Name": "etl", "ActionOnFailure": "CONTINUE", "HadoopJarStep": {
         "Jar": "command-runner.jar", "Args": ["spark-submit", "s3://scripts/etl.py"],
         "StepProperties": [{"Key": "stage", "Value": "1"}]}}],
       "AutoTerminationPolicy": {"IdleTimeout": 3600},
       "KerberosAttributes": {"Realm": "EC2.INTERNAL", "KdcAdminPassword": "Plain-Kdc-1"},
       "Instances": {"Ec2SubnetId": "subnet-1", "Ec2KeyName": "ops",
         "AdditionalMasterSecurityGroups": ["sg-1", "sg-2"],
         "AdditionalSlaveSecurityGroups": {"Ref": "ExtraGroups"},
         "TerminationProtected": true, "KeepJobFlowAliveWhenNoSteps": false,
         "MasterInstanceGroup": {"InstanceType": "m5.xlarge", "InstanceCount": 1,
           "Market": "ON_DEMAND", "Name": "Primary"},
         "CoreInstanceGroup": {"InstanceType": "r5.xlarge", "InstanceCount": 2,
           "Market": "SPOT", "BidPrice": "0.20",
           "EbsConfiguration": {"EbsBlockDeviceConfigs": [{"VolumeSpecification": {
             "SizeInGB": 64, "VolumeType": "gp3", "Throughput": 250},
             "VolumesPerInstance": 2}]},
           "AutoScalingPolicy": {"Constraints": {"MinCapacity": 2, "MaxCapacity": 6},
             "Rules": [{"Name": "out", "Action": {"SimpleScalingPolicyConfiguration": {
               "ScalingAdjustment": 1, "CoolDown": 300}},
               "Trigger": {"CloudWatchAlarmDefinition": {"ComparisonOperator": "LESS_THAN",
                 "MetricName": "YARNMemoryAvailablePercentage", "Period": 300,
                 "Threshold": 15}}}]}},
         "TaskInstanceGroups": [{"Name": "Spot Workers", "InstanceType": "r5.xlarge",
           "InstanceCount": 4, "Market": "SPOT",
           "EbsConfiguration": {"EbsOptimized": true,
             "EbsBlockDeviceConfigs": [{"VolumeSpecification":
               {"SizeInGB": 32, "VolumeType": "gp2"}}]}}]},
       "Tags": [{"Key": "team", "Value": "data"}]}},
     "Fleets": {"Type": "AWS::EMR::Cluster", "Properties": {"Name": "fleets",
       "ReleaseLabel": "emr-7.1.0", "ServiceRole": "EMR_DefaultRole",
       "JobFlowRole": "EMR_EC2_DefaultRole",
       "Instances": {"Ec2SubnetIds": ["subnet-1", "subnet-2"],
         "MasterInstanceFleet": {"Name": "primary", "TargetOnDemandCapacity": 1,
           "InstanceTypeConfigs": [{"InstanceType": "m5.xlarge"}]},
         "CoreInstanceFleet": {"Name": "core", "TargetSpotCapacity": 4,
           "InstanceTypeConfigs": [{"InstanceType": "r5.xlarge", "WeightedCapacity": 2,
             "BidPriceAsPercentageOfOnDemandPrice": 80,
             "Configurations": [{"Classification": "yarn-site",
               "ConfigurationProperties": {"yarn.nodemanager.vmem-check-enabled": "false"}}],
             "EbsConfiguration": {"EbsBlockDeviceConfigs": [{"VolumeSpecification":
               {"SizeInGB": 100, "VolumeType": "gp3"}}]}}],
           "LaunchSpecifications": {"SpotSpecification": {
             "AllocationStrategy": "capacity-optimized", "TimeoutAction": "SWITCH_TO_ON_DEMAND",
             "TimeoutDurationMinutes": 10}}}}}},
     "Extra": {"Type": "AWS::EMR::InstanceGroupConfig", "Properties": {
       "JobFlowId": {"Ref": "Analytics"}, "InstanceRole": "TASK", "Name": "extra",
       "InstanceType": "m5.large", "InstanceCount": 2,
       "Configurations": [{"Classification": "yarn-site",
         "ConfigurationProperties": {"yarn.scheduler.maximum-allocation-mb": "8192"}}]}}}
    """

  static func convert() -> Conversion {
    Converter.convert(
      """
      {"Parameters": \(parameters), "Conditions": \(conditions), "Resources": \(resources),
       "Outputs": {"Cluster": {"Value": {"Ref": "Analytics"}},
         "Dns": {"Value": {"Fn::GetAtt": ["Analytics", "MasterPublicDNS"]}},
         "Group": {"Value": {"Ref": "Extra"}},
         "Security": {"Value": {"Ref": "Security"}}}}
      """, fileName: "t.json")
  }

  @Test(
    "a cluster with instance groups: applications, configurations, steps, Kerberos and EC2 attributes"
  )
  func cluster() {
    let conversion = Self.convert()
    #expect(
      MappingProbe.block("aws_emr_cluster.analytics", in: conversion) == """
        # Analytics (AWS::EMR::Cluster)
        # cfn2tf: 'Instances.MasterInstanceGroup.Market' is dropped: without a bid price, Terraform's groups are On-Demand
        # cfn2tf: 'Instances.CoreInstanceGroup.Market' is dropped: the bid price makes the group Spot in Terraform
        # cfn2tf: 'Instances.TaskInstanceGroups[0].Market' is not converted: Terraform makes an instance group Spot by its bid price: give BidPrice (EMR's default is the On-Demand price)
        resource "aws_emr_cluster" "analytics" {
          name                   = "analytics"
          release_label          = "emr-7.1.0"
          applications           = concat(["Hadoop"], local.spark ? ["Spark"] : [])
          service_role           = "EMR_DefaultRole"
          security_configuration = aws_emr_security_configuration.security.name
          log_uri                = "s3://logs/emr/"
          visible_to_all_users   = true
          configurations_json = jsonencode([
            {
              Classification = "spark-defaults"
              Properties = {
                "spark.executor.cores" = "4"
              }
            },
            {
              Classification = "hadoop-env"
              Configurations = [
                {
                  Classification = "export"
                  Properties = {
                    JAVA_HOME = "/usr/lib/jvm/java"
                  }
                },
              ]
            },
          ])
          keep_job_flow_alive_when_no_steps = false
          termination_protection            = true
          tags = {
            team = "data"
          }

          master_instance_group {
            name           = "Primary"
            instance_type  = "m5.xlarge"
            instance_count = 1
          }

          core_instance_group {
            instance_type  = "r5.xlarge"
            instance_count = 2
            bid_price      = "0.20"
            autoscaling_policy = jsonencode({
              Constraints = {
                MinCapacity = 2
                MaxCapacity = 6
              }
              Rules = [
                {
                  Name = "out"
                  Action = {
                    SimpleScalingPolicyConfiguration = {
                      ScalingAdjustment = 1
                      CoolDown          = 300
                    }
                  }
                  Trigger = {
                    CloudWatchAlarmDefinition = {
                      ComparisonOperator = "LESS_THAN"
                      MetricName         = "YARNMemoryAvailablePercentage"
                      Period             = 300
                      Threshold          = 15
                    }
                  }
                },
              ]
            })

            ebs_config {
              size                 = 64
              type                 = "gp3"
              throughput           = 250
              volumes_per_instance = 2
            }
          }

          ec2_attributes {
            instance_profile                  = "EMR_EC2_DefaultRole"
            subnet_id                         = "subnet-1"
            key_name                          = "ops"
            additional_master_security_groups = join(",", ["sg-1", "sg-2"])
            additional_slave_security_groups  = join(",", var.extra_groups)
          }

          bootstrap_action {
            name = "setup"
            path = "s3://scripts/setup.sh"
            args = ["--fast"]
          }

          step {
            name              = "etl"
            action_on_failure = "CONTINUE"

            hadoop_jar_step {
              jar  = "command-runner.jar"
              args = ["spark-submit", "s3://scripts/etl.py"]
              properties = {
                stage = "1"
              }
            }
          }

          auto_termination_policy {
            idle_timeout = 3600
          }

          kerberos_attributes {
            realm              = "EC2.INTERNAL"
            kdc_admin_password = var.analytics_kdc_admin_password
          }
        }

        """)
    #expect(
      MappingProbe.messages(conversion).contains(
        "the KDC admin password of 'Analytics' is written in the template; it becomes the sensitive variable 'analytics_kdc_admin_password'"
      ))
    let variables = conversion.file("variables.tf")?.contents ?? ""
    #expect(!variables.contains("Plain-Kdc-1"))
    #expect(
      MappingProbe.entry(
        "Analytics.Properties.KerberosAttributes.KdcAdminPassword", in: conversion)?
        .sourceValue == "(sensitive)")
    #expect(
      MappingProbe.entry("Analytics.Properties.JobFlowRole", in: conversion)?.targetText
        == "aws_emr_cluster.analytics.ec2_attributes.instance_profile")
    #expect(
      MappingProbe.entry(
        "Analytics.Properties.Instances.CoreInstanceGroup.EbsConfiguration.EbsBlockDeviceConfigs[0].VolumeSpecification.SizeInGB",
        in: conversion)?.targetText
        == "aws_emr_cluster.analytics.core_instance_group.ebs_config.size")
    #expect(
      MappingProbe.entry("Analytics.Properties.Instances.CoreInstanceGroup.Market", in: conversion)?
        .status == .dropped)
  }

  @Test("task instance groups become aws_emr_instance_group; a Spot group needs its bid price")
  func taskGroups() {
    let conversion = Self.convert()
    #expect(
      MappingProbe.block("aws_emr_instance_group.analytics_spot_workers", in: conversion) == """
        # Analytics.Instances.TaskInstanceGroups[0] (AWS::EMR::Cluster)
        resource "aws_emr_instance_group" "analytics_spot_workers" {
          cluster_id     = aws_emr_cluster.analytics.id
          name           = "Spot Workers"
          instance_type  = "r5.xlarge"
          instance_count = 4
          ebs_optimized  = true

          ebs_config {
            size = 32
            type = "gp2"
          }
        }

        """)
    #expect(
      MappingProbe.block("aws_emr_instance_group.extra", in: conversion) == """
        # Extra (AWS::EMR::InstanceGroupConfig)
        # cfn2tf: 'InstanceRole' is dropped: aws_emr_instance_group adds task instance groups, which TASK says
        resource "aws_emr_instance_group" "extra" {
          cluster_id     = aws_emr_cluster.analytics.id
          name           = "extra"
          instance_type  = "m5.large"
          instance_count = 2
          configurations_json = jsonencode([
            {
              Classification = "yarn-site"
              Properties = {
                "yarn.scheduler.maximum-allocation-mb" = "8192"
              }
            },
          ])
        }

        """)
    #expect(
      MappingProbe.entry(
        "Analytics.Properties.Instances.TaskInstanceGroups[0].Market", in: conversion)?
        .status == .unsupported)
    #expect(
      MappingProbe.entry(
        "Analytics.Properties.Instances.TaskInstanceGroups[0].EbsConfiguration.EbsOptimized",
        in: conversion)?.targetText == "aws_emr_instance_group.analytics_spot_workers.ebs_optimized"
    )
  }

  @Test("a cluster with instance fleets; CloudFormation keeps a cluster alive without steps")
  func fleets() {
    let conversion = Self.convert()
    #expect(
      MappingProbe.block("aws_emr_cluster.fleets", in: conversion) == """
        # Fleets (AWS::EMR::Cluster)
        resource "aws_emr_cluster" "fleets" {
          name          = "fleets"
          release_label = "emr-7.1.0"
          service_role  = "EMR_DefaultRole"
          # CloudFormation's default
          keep_job_flow_alive_when_no_steps = true

          master_instance_fleet {
            name                      = "primary"
            target_on_demand_capacity = 1

            instance_type_configs {
              instance_type = "m5.xlarge"
            }
          }

          core_instance_fleet {
            name                 = "core"
            target_spot_capacity = 4

            instance_type_configs {
              instance_type                              = "r5.xlarge"
              weighted_capacity                          = 2
              bid_price_as_percentage_of_on_demand_price = 80

              ebs_config {
                size = 100
                type = "gp3"
              }

              configurations {
                classification = "yarn-site"
                properties = {
                  "yarn.nodemanager.vmem-check-enabled" = "false"
                }
              }
            }

            launch_specifications {
              spot_specification {
                allocation_strategy      = "capacity-optimized"
                timeout_action           = "SWITCH_TO_ON_DEMAND"
                timeout_duration_minutes = 10
              }
            }
          }

          ec2_attributes {
            instance_profile = "EMR_EC2_DefaultRole"
            subnet_ids       = ["subnet-1", "subnet-2"]
          }
        }

        """)
    let keepAlive = MappingProbe.entry(
      "Fleets.Properties.Instances.KeepJobFlowAliveWhenNoSteps", in: conversion)
    #expect(keepAlive?.kind == .addition)
    #expect(keepAlive?.targetValue == "true")
    #expect(
      MappingProbe.block("aws_emr_security_configuration.security", in: conversion) == """
        # Security (AWS::EMR::SecurityConfiguration)
        resource "aws_emr_security_configuration" "security" {
          name = "at-rest"
          configuration = jsonencode({
            EncryptionConfiguration = {
              EnableInTransitEncryption = false
              EnableAtRestEncryption    = true
              AtRestEncryptionConfiguration = {
                S3EncryptionConfiguration = {
                  EncryptionMode = "SSE-S3"
                }
              }
            }
          })
        }

        """)
    let outputs = conversion.file("outputs.tf")?.contents ?? ""
    for line in [
      "value = aws_emr_cluster.analytics.id",
      "value = aws_emr_cluster.analytics.master_public_dns",
      "value = aws_emr_instance_group.extra.id",
      "value = aws_emr_security_configuration.security.name",
    ] {
      #expect(outputs.contains(line), "\(line)")
    }
  }

  @Test(
    "EMR types convert to a module terraform validates",
    .enabled(if: Repository.canValidate, "needs terraform, its provider mirror and tf-validate"))
  func oracle() throws {
    let (status, output) = try MappingProbe.validate(Self.convert(), label: "emr")
    #expect(status == 0, "\(output)")
  }
}

extension EMR: ImportCaseProvider {
  static let importIds = [
    "Security": "at-rest", "Analytics": "j-1ABCDEFGHIJKL", "Fleets": "j-2ABCDEFGHIJKL",
    "Extra": "ig-1ABCDEFGHIJKL",
  ]

  static func emr(_ address: String, _ origin: String, _ expected: ImportCase.Expectation)
    -> ImportCase
  {
    ImportCase(
      address: address, origin: origin, resources: EMRMappingTests.resources,
      parameters: EMRMappingTests.parameters, conditions: EMRMappingTests.conditions,
      physicalIds: importIds, values: ["WithSpark": "yes", "ExtraGroups": "sg-3,sg-4"],
      expected: expected)
  }

  /// Clusters are imported by id and security configurations by name, each the physical id;
  /// instance groups as `<cluster id>/<instance group id>`, which the stack lists only for an
  /// `AWS::EMR::InstanceGroupConfig`.
  static var importCases: [ImportCase] {
    [
      emr("aws_emr_cluster.analytics", "Analytics", .id("j-1ABCDEFGHIJKL")),
      emr("aws_emr_security_configuration.security", "Security", .id("at-rest")),
      emr("aws_emr_instance_group.extra", "Extra", .id("j-1ABCDEFGHIJKL/ig-1ABCDEFGHIJKL")),
      emr(
        "aws_emr_instance_group.analytics_spot_workers", "Analytics",
        .notImported(
          "not imported: the instance group's id is not in the stack; import it by hand as <cluster id>/<instance group id> ('aws emr list-instance-groups' lists them)"
        )),
    ]
  }
}
