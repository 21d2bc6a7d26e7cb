import Testing

@testable import TFEmitter

@Suite("Batch mappings")
struct BatchMappingTests {
  static let resources = """
    {
     "Compute": {"Type": "AWS::Batch::ComputeEnvironment", "Properties": {
       "Type": "MANAGED", "State": "ENABLED", "ServiceRole": "arn:aws:iam::123456789012:role/batch",
       "ComputeResources": {"Type": "EC2", "AllocationStrategy": "BEST_FIT_PROGRESSIVE",
         "MinvCpus": 0, "MaxvCpus": 64, "InstanceTypes": ["optimal"],
         "Subnets": ["subnet-1", "subnet-2"], "SecurityGroupIds": ["sg-1"],
         "InstanceRole": "arn:aws:iam::123456789012:instance-profile/ecsInstance",
         "Ec2Configuration": [{"ImageType": "ECS_AL2023"}],
         "LaunchTemplate": {"LaunchTemplateName": "batch", "Version": "$Latest"},
         "UpdateToLatestImageVersion": false,
         "Tags": {"team": "science"}},
       "UpdatePolicy": {"JobExecutionTimeoutMinutes": 60},
       "ReplaceComputeEnvironment": false,
       "Tags": {"team": "science"}}},
     "Fargate": {"Type": "AWS::Batch::ComputeEnvironment", "Properties": {"Type": "MANAGED",
       "ComputeEnvironmentName": "fargate",
       "ComputeResources": {"Type": "FARGATE", "MaxvCpus": 16, "Subnets": ["subnet-1"],
         "SecurityGroupIds": ["sg-1"]}}},
     "Queue": {"Type": "AWS::Batch::JobQueue", "Properties": {"Priority": 10,
       "ComputeEnvironmentOrder": [{"Order": 1, "ComputeEnvironment": {"Ref": "Compute"}},
         {"Order": 2, "ComputeEnvironment": {"Ref": "Fargate"}}],
       "SchedulingPolicyArn": {"Ref": "Fair"},
       "JobStateTimeLimitActions": [{"Action": "CANCEL", "MaxTimeSeconds": 600,
         "Reason": "CAPACITY:INSUFFICIENT_INSTANCE_CAPACITY", "State": "RUNNABLE"}],
       "Tags": {"team": "science"}}},
     "Fair": {"Type": "AWS::Batch::SchedulingPolicy", "Properties": {"Name": "fair",
       "FairsharePolicy": {"ShareDecaySeconds": 3600, "ComputeReservation": 10,
         "ShareDistribution": [{"ShareIdentifier": "a*", "WeightFactor": 0.5}]}}},
     "Job": {"Type": "AWS::Batch::JobDefinition", "Properties": {"Type": "container",
       "JobDefinitionName": "train", "PlatformCapabilities": ["EC2"],
       "Parameters": {"epochs": "10"}, "PropagateTags": true,
       "ContainerProperties": {"Image": "123456789012.dkr.ecr.us-east-1.amazonaws.com/train:1",
         "Command": ["python", "train.py", "Ref::epochs"],
         "ResourceRequirements": [{"Type": "VCPU", "Value": "4"}, {"Type": "MEMORY", "Value": "8192"}],
         "Environment": [{"Name": "MODE", "Value": "full"}],
         "JobRoleArn": "arn:aws:iam::123456789012:role/job",
         "LinuxParameters": {"SharedMemorySize": 1024},
         "LogConfiguration": {"LogDriver": "awslogs", "Options": {"awslogs-group": "/batch/train"}},
         "Volumes": [{"Name": "data", "EfsVolumeConfiguration": {"FileSystemId": "fs-1", "TransitEncryption": "ENABLED"}},
           {"Name": "s3", "S3FilesVolumeConfiguration": {"FileSystemArn": "arn:aws:s3files:x"}}],
         "MountPoints": [{"SourceVolume": "data", "ContainerPath": "/data", "ReadOnly": false}]},
       "RetryStrategy": {"Attempts": 3, "EvaluateOnExit": [{"Action": "RETRY", "OnStatusReason": "Host EC2*"}]},
       "Timeout": {"AttemptDurationSeconds": 3600},
       "ResourceRetentionPolicy": {"SkipDeregisterOnUpdate": true},
       "Tags": {"team": "science"}}},
     "Mpi": {"Type": "AWS::Batch::JobDefinition", "Properties": {"Type": "multinode",
       "NodeProperties": {"NumNodes": 4, "MainNode": 0, "NodeRangeProperties": [
         {"TargetNodes": "0:", "Container": {"Image": "mpi:1", "Vcpus": 8, "Memory": 16384, "InstanceType": "c5.2xlarge"}}]}}},
     "Pod": {"Type": "AWS::Batch::JobDefinition", "Properties": {"Type": "container",
       "EksProperties": {"PodProperties": {"ServiceAccountName": "batch", "HostNetwork": false,
         "Containers": [{"Image": "public.ecr.aws/amazonlinux/amazonlinux:2", "Command": ["sleep", "60"],
           "Resources": {"Limits": {"cpu": "1", "memory": "1024Mi"}},
           "Env": [{"Name": "A", "Value": "b"}],
           "SecurityContext": {"RunAsUser": 1000, "AllowPrivilegeEscalation": false},
           "VolumeMounts": [{"Name": "tmp", "MountPath": "/tmp"}]}],
         "Volumes": [{"Name": "tmp", "EmptyDir": {"Medium": "", "SizeLimit": "1Gi"}}],
         "Metadata": {"Labels": {"app": "pod"}}}}}},
     "Ecs": {"Type": "AWS::Batch::JobDefinition", "Properties": {"Type": "container",
       "PlatformCapabilities": ["FARGATE"],
       "EcsProperties": {"TaskProperties": [{"ExecutionRoleArn": "arn:aws:iam::123456789012:role/exec",
         "NetworkConfiguration": {"AssignPublicIp": "ENABLED"}, "PlatformVersion": "LATEST",
         "Containers": [{"Name": "main", "Image": "app:1", "Essential": true,
           "ResourceRequirements": [{"Type": "VCPU", "Value": "1"}, {"Type": "MEMORY", "Value": "2048"}]},
           {"Name": "side", "Image": "side:1", "Essential": false,
            "DependsOn": [{"ContainerName": "main", "Condition": "START"}]}]}]}}}
    }
    """

  static func convert() -> Conversion {
    Converter.convert(
      """
      {"Resources": \(resources),
       "Outputs": {"Compute": {"Value": {"Ref": "Compute"}},
         "ComputeArn": {"Value": {"Fn::GetAtt": ["Compute", "ComputeEnvironmentArn"]}},
         "Queue": {"Value": {"Ref": "Queue"}},
         "QueueArn": {"Value": {"Fn::GetAtt": ["Queue", "JobQueueArn"]}},
         "Job": {"Value": {"Ref": "Job"}},
         "JobArn": {"Value": {"Fn::GetAtt": ["Job", "JobDefinitionArn"]}},
         "Fair": {"Value": {"Ref": "Fair"}},
         "FairArn": {"Value": {"Fn::GetAtt": ["Fair", "Arn"]}}}}
      """, fileName: "t.json")
  }

  @Test("compute environments: resources, EC2 configuration, launch template, update policy")
  func computeEnvironments() {
    let conversion = Self.convert()
    #expect(
      MappingProbe.block("aws_batch_compute_environment.compute", in: conversion) == """
        # Compute (AWS::Batch::ComputeEnvironment)
        # cfn2tf: 'ComputeResources.UpdateToLatestImageVersion' is dropped: false, CloudFormation's default, is what Terraform does: the AMI stays
        # cfn2tf: 'ReplaceComputeEnvironment' is dropped: it tells CloudFormation how to apply an update; Terraform updates the compute environment in place where Batch can, and replaces it where a change needs it
        resource "aws_batch_compute_environment" "compute" {
          # cfn2tf: 'ComputeEnvironmentName' is not set: CloudFormation names it <stack>-Compute-<suffix>;
          # var.physical_names keeps the live name when a stack is adopted (its physical id, less what is not the name)
          compute_environment_name = replace(lookup(var.physical_names, "Compute", "${var.stack_name}-Compute"), "/^arn:.*//", "")
          type                     = "MANAGED"
          state                    = "ENABLED"
          service_role             = "arn:aws:iam::123456789012:role/batch"
          tags = {
            team = "science"
          }

          compute_resources {
            type                = "EC2"
            allocation_strategy = "BEST_FIT_PROGRESSIVE"
            min_vcpus           = 0
            max_vcpus           = 64
            instance_type       = ["optimal"]
            instance_role       = "arn:aws:iam::123456789012:instance-profile/ecsInstance"
            subnets             = ["subnet-1", "subnet-2"]
            security_group_ids  = ["sg-1"]
            tags = {
              team = "science"
            }

            ec2_configuration {
              image_type = "ECS_AL2023"
            }

            launch_template {
              launch_template_name = "batch"
              version              = "$Latest"
            }
          }

          update_policy {
            job_execution_timeout_minutes = 60
            # CloudFormation's default
            terminate_jobs_on_update = false
          }
        }

        """)
    #expect(
      MappingProbe.block("aws_batch_compute_environment.fargate", in: conversion) == """
        # Fargate (AWS::Batch::ComputeEnvironment)
        resource "aws_batch_compute_environment" "fargate" {
          compute_environment_name = "fargate"
          type                     = "MANAGED"

          compute_resources {
            type               = "FARGATE"
            max_vcpus          = 16
            subnets            = ["subnet-1"]
            security_group_ids = ["sg-1"]
          }
        }

        """)

    let timeout = MappingProbe.entry(
      "Compute.Properties.UpdatePolicy.TerminateJobsOnUpdate", in: conversion)
    #expect(timeout?.kind == .addition)
    #expect(
      timeout?.targetText
        == "aws_batch_compute_environment.compute.update_policy.terminate_jobs_on_update")
    let latest = MappingProbe.entry(
      "Compute.Properties.ComputeResources.UpdateToLatestImageVersion", in: conversion)
    #expect(latest?.status == .dropped)
  }

  @Test("job queues (CloudFormation's ENABLED written out) and scheduling policies")
  func queuesAndPolicies() {
    let conversion = Self.convert()
    #expect(
      MappingProbe.block("aws_batch_job_queue.queue", in: conversion) == """
        # Queue (AWS::Batch::JobQueue)
        resource "aws_batch_job_queue" "queue" {
          # cfn2tf: 'JobQueueName' is not set: CloudFormation names it <stack>-Queue-<suffix>;
          # var.physical_names keeps the live name when a stack is adopted (its physical id, less what is not the name)
          name                  = replace(lookup(var.physical_names, "Queue", "${var.stack_name}-Queue"), "/^arn:.*//", "")
          priority              = 10
          scheduling_policy_arn = aws_batch_scheduling_policy.fair.arn
          tags = {
            team = "science"
          }
          # CloudFormation's default
          state = "ENABLED"

          compute_environment_order {
            order               = 1
            compute_environment = aws_batch_compute_environment.compute.arn
          }
          compute_environment_order {
            order               = 2
            compute_environment = aws_batch_compute_environment.fargate.arn
          }

          job_state_time_limit_action {
            action           = "CANCEL"
            max_time_seconds = 600
            reason           = "CAPACITY:INSUFFICIENT_INSTANCE_CAPACITY"
            state            = "RUNNABLE"
          }
        }

        """)
    #expect(
      MappingProbe.block("aws_batch_scheduling_policy.fair", in: conversion) == """
        # Fair (AWS::Batch::SchedulingPolicy)
        resource "aws_batch_scheduling_policy" "fair" {
          name = "fair"

          fair_share_policy {
            compute_reservation = 10
            share_decay_seconds = 3600

            share_distribution {
              share_identifier = "a*"
              weight_factor    = 0.5
            }
          }
        }

        """)

    #expect(MappingProbe.entry("Queue.Properties.State", in: conversion)?.kind == .addition)
  }

  @Test("container properties as the JSON the Batch API reads; an S3 Files volume is reported")
  func containerProperties() {
    let conversion = Self.convert()
    #expect(
      MappingProbe.block("aws_batch_job_definition.job", in: conversion) == """
        # Job (AWS::Batch::JobDefinition)
        # cfn2tf: 'ContainerProperties.Volumes[1].S3FilesVolumeConfiguration' is not converted: provider 5.100 does not know S3 Files volumes: its AWS SDK would leave the volume out of the job definition; register it with 'aws batch register-job-definition'
        resource "aws_batch_job_definition" "job" {
          name                  = "train"
          type                  = "container"
          platform_capabilities = ["EC2"]
          parameters = {
            epochs = "10"
          }
          propagate_tags = true
          tags = {
            team = "science"
          }
          container_properties = jsonencode({
            image   = "123456789012.dkr.ecr.us-east-1.amazonaws.com/train:1"
            command = ["python", "train.py", "Ref::epochs"]
            resourceRequirements = [
              {
                type  = "VCPU"
                value = "4"
              },
              {
                type  = "MEMORY"
                value = "8192"
              },
            ]
            environment = [
              {
                name  = "MODE"
                value = "full"
              },
            ]
            jobRoleArn = "arn:aws:iam::123456789012:role/job"
            linuxParameters = {
              sharedMemorySize = 1024
            }
            logConfiguration = {
              logDriver = "awslogs"
              options = {
                awslogs-group = "/batch/train"
              }
            }
            volumes = [
              {
                name = "data"
                efsVolumeConfiguration = {
                  fileSystemId      = "fs-1"
                  transitEncryption = "ENABLED"
                }
              },
              {
                name = "s3"
              },
            ]
            mountPoints = [
              {
                sourceVolume  = "data"
                containerPath = "/data"
                readOnly      = false
              },
            ]
          })
          deregister_on_new_revision = false

          retry_strategy {
            attempts = 3

            evaluate_on_exit {
              action           = "RETRY"
              on_status_reason = "Host EC2*"
            }
          }

          timeout {
            attempt_duration_seconds = 3600
          }
        }

        """)

    let volume = MappingProbe.entry(
      "Job.Properties.ContainerProperties.Volumes[1].S3FilesVolumeConfiguration", in: conversion)
    #expect(volume?.status == .unsupported)
    let retention = MappingProbe.entry(
      "Job.Properties.ResourceRetentionPolicy.SkipDeregisterOnUpdate", in: conversion)
    #expect(retention?.targetText == "aws_batch_job_definition.job.deregister_on_new_revision")
  }

  @Test("node and ECS properties as JSON; EKS properties as the eks_properties block")
  func otherProperties() {
    let conversion = Self.convert()
    #expect(
      MappingProbe.block("aws_batch_job_definition.mpi", in: conversion) == """
        # Mpi (AWS::Batch::JobDefinition)
        resource "aws_batch_job_definition" "mpi" {
          # cfn2tf: 'JobDefinitionName' is not set: CloudFormation names it <stack>-Mpi-<suffix>;
          # var.physical_names keeps the live name when a stack is adopted (its physical id, less what is not the name)
          name = replace(lookup(var.physical_names, "Mpi", "${var.stack_name}-Mpi"), "/^arn:.*:job-definition/|:[0-9]+$/", "")
          type = "multinode"
          node_properties = jsonencode({
            numNodes = 4
            mainNode = 0
            nodeRangeProperties = [
              {
                targetNodes = "0:"
                container = {
                  image        = "mpi:1"
                  vcpus        = 8
                  memory       = 16384
                  instanceType = "c5.2xlarge"
                }
              },
            ]
          })
        }

        """)
    #expect(
      MappingProbe.block("aws_batch_job_definition.pod", in: conversion) == """
        # Pod (AWS::Batch::JobDefinition)
        # cfn2tf: 'EksProperties.PodProperties.Containers[0].SecurityContext.AllowPrivilegeEscalation' is not converted: the eks_properties block (provider 5.100) has no privilege escalation setting: register the job definition with 'aws batch register-job-definition'
        resource "aws_batch_job_definition" "pod" {
          # cfn2tf: 'JobDefinitionName' is not set: CloudFormation names it <stack>-Pod-<suffix>;
          # var.physical_names keeps the live name when a stack is adopted (its physical id, less what is not the name)
          name = replace(lookup(var.physical_names, "Pod", "${var.stack_name}-Pod"), "/^arn:.*:job-definition/|:[0-9]+$/", "")
          type = "container"

          eks_properties {
            pod_properties {
              host_network         = false
              service_account_name = "batch"

              containers {
                image   = "public.ecr.aws/amazonlinux/amazonlinux:2"
                command = ["sleep", "60"]

                env {
                  name  = "A"
                  value = "b"
                }

                resources {
                  limits = {
                    cpu    = "1"
                    memory = "1024Mi"
                  }
                }

                security_context {
                  run_as_user = 1000
                }

                volume_mounts {
                  name       = "tmp"
                  mount_path = "/tmp"
                }
              }

              metadata {
                labels = {
                  app = "pod"
                }
              }

              volumes {
                name = "tmp"

                empty_dir {
                  medium     = ""
                  size_limit = "1Gi"
                }
              }
            }
          }
        }

        """)
    #expect(
      MappingProbe.block("aws_batch_job_definition.ecs", in: conversion) == """
        # Ecs (AWS::Batch::JobDefinition)
        resource "aws_batch_job_definition" "ecs" {
          # cfn2tf: 'JobDefinitionName' is not set: CloudFormation names it <stack>-Ecs-<suffix>;
          # var.physical_names keeps the live name when a stack is adopted (its physical id, less what is not the name)
          name                  = replace(lookup(var.physical_names, "Ecs", "${var.stack_name}-Ecs"), "/^arn:.*:job-definition/|:[0-9]+$/", "")
          type                  = "container"
          platform_capabilities = ["FARGATE"]
          ecs_properties = jsonencode({
            taskProperties = [
              {
                executionRoleArn = "arn:aws:iam::123456789012:role/exec"
                networkConfiguration = {
                  assignPublicIp = "ENABLED"
                }
                platformVersion = "LATEST"
                containers = [
                  {
                    name      = "main"
                    image     = "app:1"
                    essential = true
                    resourceRequirements = [
                      {
                        type  = "VCPU"
                        value = "1"
                      },
                      {
                        type  = "MEMORY"
                        value = "2048"
                      },
                    ]
                  },
                  {
                    name      = "side"
                    image     = "side:1"
                    essential = false
                    dependsOn = [
                      {
                        containerName = "main"
                        condition     = "START"
                      },
                    ]
                  },
                ]
              },
            ]
          })
        }

        """)

    let escalation = MappingProbe.entry(
      "Pod.Properties.EksProperties.PodProperties.Containers[0].SecurityContext.AllowPrivilegeEscalation",
      in: conversion)
    #expect(escalation?.status == .unsupported)
    #expect(MappingProbe.messages(conversion).count == 2)
  }

  @Test("Ref and GetAtt are ARNs")
  func references() {
    let outputs = Self.convert().file("outputs.tf")?.contents ?? ""
    for value in [
      "aws_batch_compute_environment.compute.arn", "aws_batch_job_queue.queue.arn",
      "aws_batch_job_definition.job.arn", "aws_batch_scheduling_policy.fair.arn",
    ] {
      #expect(outputs.components(separatedBy: "value = \(value)\n").count == 3, "\(value)")
    }
  }

  @Test("what provider 5.100 lacks is reported; a queue's type is left to Batch")
  func unsupported() {
    let conversion = MappingProbe.convert(
      resources: """
        {"C": {"Type": "AWS::Batch::ComputeEnvironment", "Properties": {"Type": "UNMANAGED",
           "UnmanagedvCpus": 8, "Context": "x"}},
         "Q": {"Type": "AWS::Batch::JobQueue", "Properties": {"Priority": 1, "JobQueueType": "ECS",
           "ComputeEnvironmentOrder": [{"Order": 1, "ComputeEnvironment": {"Ref": "C"}}]}},
         "S": {"Type": "AWS::Batch::JobQueue", "Properties": {"Priority": 1,
           "JobQueueType": "SAGEMAKER_TRAINING",
           "ServiceEnvironmentOrder": [{"Order": 1, "ServiceEnvironment": "sm"}]}},
         "P": {"Type": "AWS::Batch::SchedulingPolicy", "Properties": {
           "QuotaSharePolicy": {"IdleResourceAssignmentStrategy": "FIFO"}}},
         "J": {"Type": "AWS::Batch::JobDefinition", "Properties": {"Type": "container",
           "ContainerProperties": {"Ref": "Container"}}}}
        """, parameters: #"{"Container": {"Type": "String"}}"#)
    for path in [
      "C.Properties.UnmanagedvCpus", "C.Properties.Context", "S.Properties.JobQueueType",
      "S.Properties.ServiceEnvironmentOrder", "P.Properties.QuotaSharePolicy",
      "J.Properties.ContainerProperties",
    ] {
      #expect(MappingProbe.entry(path, in: conversion)?.status == .unsupported, "\(path)")
    }
    #expect(MappingProbe.entry("Q.Properties.JobQueueType", in: conversion)?.status == .dropped)
    #expect(!MappingProbe.mainFile(conversion).contains("container_properties"))
  }

  @Test(
    "compute environments, queues, job definitions and scheduling policies convert to a module terraform validates",
    .enabled(if: Repository.canValidate, "needs terraform, its provider mirror and tf-validate"))
  func oracle() throws {
    let (status, output) = try MappingProbe.validate(Self.convert(), label: "batch")
    #expect(status == 0, "\(output)")
  }
}

extension Batch: ImportCaseProvider {
  static let arn = "arn:aws:batch:us-east-1:123456789012"

  static func batch(_ address: String, _ origin: String, _ expected: ImportCase.Expectation)
    -> ImportCase
  {
    ImportCase(
      address: address, origin: origin, resources: BatchMappingTests.resources,
      physicalIds: [
        "Compute": "\(arn):compute-environment/Compute-0123456789abcdef",
        "Fargate": "\(arn):compute-environment/fargate",
        "Queue": "\(arn):job-queue/Queue-0123456789abcdef",
        "Fair": "\(arn):scheduling-policy/fair",
        "Job": "\(arn):job-definition/train:3",
        "Pod": "Pod-0123456789abcdef",
      ], expected: expected)
  }

  /// Compute environments by name, queues, scheduling policies and job definitions by ARN; a job
  /// definition listed by name only is not imported.
  static var importCases: [ImportCase] {
    [
      batch(
        "aws_batch_compute_environment.compute", "Compute", .id("Compute-0123456789abcdef")),
      batch("aws_batch_compute_environment.fargate", "Fargate", .id("fargate")),
      batch("aws_batch_job_queue.queue", "Queue", .id("\(arn):job-queue/Queue-0123456789abcdef")),
      batch("aws_batch_scheduling_policy.fair", "Fair", .id("\(arn):scheduling-policy/fair")),
      batch("aws_batch_job_definition.job", "Job", .id("\(arn):job-definition/train:3")),
      batch(
        "aws_batch_job_definition.pod", "Pod",
        .notImported(
          "created, unless you import it by hand: its import id needs values the stack does not list"
        )),
    ]
  }
}
