import Testing

@testable import TFEmitter

@Suite("ECS task definitions, services, task sets and capacity providers")
struct ECSWorkloadsMappingTests {
  static let parameters = """
    {"Image": {"Type": "String"}, "Port": {"Type": "String"},
     "Public": {"Type": "String", "AllowedValues": ["ENABLED", "DISABLED"]}}
    """

  static let conditions = #"{"Debug": {"Fn::Equals": [{"Ref": "Image"}, "debug"]}}"#

  static let resources = #"""
    {"Task": {"Type": "AWS::ECS::TaskDefinition", "Properties": {"Family": "web",
       "RequiresCompatibilities": ["FARGATE"], "NetworkMode": "awsvpc", "Cpu": "256",
       "Memory": "512", "ExecutionRoleArn": "arn:aws:iam::123456789012:role/exec",
       "ContainerDefinitions": [{"Name": "app", "Image": {"Ref": "Image"}, "Essential": "true",
         "Cpu": 128, "MemoryReservation": "256",
         "PortMappings": [{"ContainerPort": {"Ref": "Port"}, "Protocol": "tcp",
           "AppProtocol": "http", "Name": "web"}],
         "Environment": [{"Name": "MODE", "Value": "prod"}, {"Name": "PORT", "Value": 8080}],
         "Secrets": [{"Name": "TOKEN",
           "ValueFrom": "arn:aws:ssm:us-east-1:123456789012:parameter/token"}],
         "LogConfiguration": {"LogDriver": "awslogs", "Options": {"awslogs-group": "/ecs/web",
           "awslogs-region": {"Ref": "AWS::Region"}, "awslogs-stream-prefix": "web"}},
         "HealthCheck": {"Command": ["CMD-SHELL", "curl -f http://localhost/ || exit 1"],
           "Interval": 30, "Retries": 3},
         "LinuxParameters": {"InitProcessEnabled": true, "Capabilities": {"Drop": ["ALL"]}},
         "MountPoints": [{"SourceVolume": "data", "ContainerPath": "/data", "ReadOnly": false}],
         "DockerLabels": {"com.example.team": "web"},
         "ReadonlyRootFilesystem": {"Fn::If": ["Debug", false, {"Ref": "AWS::NoValue"}]},
         "Ulimits": [{"Name": "nofile", "SoftLimit": 1024, "HardLimit": 4096}],
         "DependsOn": [{"ContainerName": "init", "Condition": "SUCCESS"}],
         "Shiny": true},
        {"Name": "init", "Image": "busybox", "Essential": false, "Command": ["true"]}],
       "Volumes": [{"Name": "data", "EFSVolumeConfiguration": {"FilesystemId": "fs-1",
           "TransitEncryption": "ENABLED", "AuthorizationConfig": {"IAM": "ENABLED"}}},
         {"Name": "scratch", "Host": {"SourcePath": "/tmp"}}],
       "EphemeralStorage": {"SizeInGiB": 30},
       "RuntimePlatform": {"CpuArchitecture": "ARM64", "OperatingSystemFamily": "LINUX"},
       "ProxyConfiguration": {"Type": "APPMESH", "ContainerName": "envoy",
         "ProxyConfigurationProperties": [{"Name": "IgnoredUID", "Value": "1337"},
           {"Name": "ProxyIngressPort", "Value": "15000"}]},
       "Tags": [{"Key": "app", "Value": "web"}]}},
     "Plain": {"Type": "AWS::ECS::TaskDefinition", "Properties": {
       "ContainerDefinitions": [{"Name": "app", "Image": "nginx", "Memory": 512}],
       "PlacementConstraints": [{"Type": "memberOf",
         "Expression": "attribute:ecs.instance-type =~ t3.*"}]}},
     "Service": {"Type": "AWS::ECS::Service", "Properties": {"Cluster": "main",
       "TaskDefinition": {"Ref": "Task"},
       "CapacityProviderStrategy": [{"CapacityProvider": "FARGATE", "Weight": 1, "Base": 1},
         {"CapacityProvider": "FARGATE_SPOT", "Weight": 3}],
       "DeploymentConfiguration": {"MaximumPercent": 200, "MinimumHealthyPercent": 50,
         "DeploymentCircuitBreaker": {"Enable": true, "Rollback": true}},
       "NetworkConfiguration": {"AwsvpcConfiguration": {"AssignPublicIp": {"Ref": "Public"},
         "Subnets": ["subnet-1", "subnet-2"], "SecurityGroups": ["sg-1"]}},
       "LoadBalancers": [{"ContainerName": "app", "ContainerPort": 8080,
         "TargetGroupArn": "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web/1"}],
       "ServiceRegistries": [{
         "RegistryArn": "arn:aws:servicediscovery:us-east-1:123456789012:service/srv-1"}],
       "ServiceConnectConfiguration": {"Enabled": true, "Namespace": "internal",
         "Services": [{"PortName": "web", "ClientAliases": [{"Port": 80, "DnsName": "web"}]}]},
       "EnableExecuteCommand": true, "PropagateTags": "SERVICE",
       "ForceNewDeployment": {"EnableForceNewDeployment": true, "ForceNewDeploymentNonce": "1"},
       "Tags": [{"Key": "app", "Value": "web"}]}},
     "Daemon": {"Type": "AWS::ECS::Service", "Properties": {"ServiceName": "agent",
       "Cluster": "main", "TaskDefinition": {"Ref": "Plain"}, "SchedulingStrategy": "DAEMON",
       "LaunchType": "EC2",
       "PlacementStrategies": [{"Type": "spread", "Field": "attribute:ecs.availability-zone"}],
       "PlacementConstraints": [{"Type": "distinctInstance"}],
       "DeploymentConfiguration": {"Strategy": "CANARY", "BakeTimeInMinutes": 5}}},
     "Provider": {"Type": "AWS::ECS::CapacityProvider", "Properties": {
       "AutoScalingGroupProvider": {"AutoScalingGroupArn": "arn:aws:autoscaling:us-east-1:123456789012:autoScalingGroup:1:autoScalingGroupName/asg",
         "ManagedTerminationProtection": "ENABLED",
         "ManagedScaling": {"Status": "ENABLED", "TargetCapacity": 90}},
       "Tags": [{"Key": "app", "Value": "web"}]}},
     "Associations": {"Type": "AWS::ECS::ClusterCapacityProviderAssociations", "Properties": {
       "Cluster": "main", "CapacityProviders": [{"Ref": "Provider"}, "FARGATE"],
       "DefaultCapacityProviderStrategy": [{"CapacityProvider": {"Ref": "Provider"},
         "Weight": 1}]}},
     "External": {"Type": "AWS::ECS::Service", "Properties": {"Cluster": "main",
       "ServiceName": "ext", "DeploymentController": {"Type": "EXTERNAL"}, "DesiredCount": 2}},
     "Set": {"Type": "AWS::ECS::TaskSet", "Properties": {"Cluster": "main",
       "Service": {"Ref": "External"}, "TaskDefinition": {"Ref": "Task"}, "ExternalId": "blue",
       "CapacityProviderStrategy": [{"CapacityProvider": "FARGATE"}],
       "NetworkConfiguration": {"AwsVpcConfiguration": {"Subnets": ["subnet-1"],
         "AssignPublicIp": "DISABLED"}},
       "Scale": {"Unit": "PERCENT", "Value": 100}}}}
    """#

  static func convert() -> Conversion {
    Converter.convert(
      """
      {"Parameters": \(parameters), "Conditions": \(conditions), "Resources": \(resources),
       "Outputs": {"TaskArn": {"Value": {"Ref": "Task"}},
         "TaskArnAttribute": {"Value": {"Fn::GetAtt": ["Task", "TaskDefinitionArn"]}},
         "ServiceArn": {"Value": {"Ref": "Service"}},
         "ServiceName": {"Value": {"Fn::GetAtt": ["Service", "Name"]}},
         "ServiceArnAttribute": {"Value": {"Fn::GetAtt": ["Service", "ServiceArn"]}},
         "Provider": {"Value": {"Ref": "Provider"}},
         "Associations": {"Value": {"Ref": "Associations"}},
         "SetId": {"Value": {"Fn::GetAtt": ["Set", "Id"]}}}}
      """, fileName: "t.json")
  }

  @Test("container definitions as the ECS API's JSON; volumes, proxy, storage, platform as blocks")
  func taskDefinition() {
    let conversion = Self.convert()
    #expect(
      MappingProbe.block("aws_ecs_task_definition.task", in: conversion) == """
        # Task (AWS::ECS::TaskDefinition)
        # cfn2tf: 'ContainerDefinitions[0].Shiny' is not converted: cfn2tf has no rule for this property of AWS::ECS::TaskDefinition
        resource "aws_ecs_task_definition" "task" {
          family                   = "web"
          requires_compatibilities = ["FARGATE"]
          network_mode             = "awsvpc"
          cpu                      = "256"
          memory                   = "512"
          execution_role_arn       = "arn:aws:iam::123456789012:role/exec"
          container_definitions = jsonencode([
            { for k, v in {
              name              = "app"
              image             = var.image
              essential         = true
              cpu               = 128
              memoryReservation = 256
              portMappings = [
                {
                  containerPort = tonumber(var.port)
                  protocol      = "tcp"
                  appProtocol   = "http"
                  name          = "web"
                },
              ]
              environment = [
                {
                  name  = "MODE"
                  value = "prod"
                },
                {
                  name  = "PORT"
                  value = "8080"
                },
              ]
              secrets = [
                {
                  name      = "TOKEN"
                  valueFrom = "arn:aws:ssm:us-east-1:123456789012:parameter/token"
                },
              ]
              logConfiguration = {
                logDriver = "awslogs"
                options = {
                  awslogs-group         = "/ecs/web"
                  awslogs-region        = data.aws_region.current.name
                  awslogs-stream-prefix = "web"
                }
              }
              healthCheck = {
                command  = ["CMD-SHELL", "curl -f http://localhost/ || exit 1"]
                interval = 30
                retries  = 3
              }
              linuxParameters = {
                initProcessEnabled = true
                capabilities = {
                  drop = ["ALL"]
                }
              }
              mountPoints = [
                {
                  sourceVolume  = "data"
                  containerPath = "/data"
                  readOnly      = false
                },
              ]
              dockerLabels = {
                "com.example.team" = "web"
              }
              readonlyRootFilesystem = local.debug ? false : null
              ulimits = [
                {
                  name      = "nofile"
                  softLimit = 1024
                  hardLimit = 4096
                },
              ]
              dependsOn = [
                {
                  containerName = "init"
                  condition     = "SUCCESS"
                },
              ]
            } : k => v if v != null },
            {
              name      = "init"
              image     = "busybox"
              essential = false
              command   = ["true"]
            },
          ])
          tags = {
            app = "web"
          }

          volume {
            name = "data"

            efs_volume_configuration {
              file_system_id     = "fs-1"
              transit_encryption = "ENABLED"

              authorization_config {
                iam = "ENABLED"
              }
            }
          }
          volume {
            name      = "scratch"
            host_path = "/tmp"
          }

          proxy_configuration {
            container_name = "envoy"
            type           = "APPMESH"
            properties = {
              IgnoredUID       = "1337"
              ProxyIngressPort = "15000"
            }
          }

          ephemeral_storage {
            size_in_gib = 30
          }

          runtime_platform {
            cpu_architecture        = "ARM64"
            operating_system_family = "LINUX"
          }
        }

        """)
    let definitions = MappingProbe.entry("Task.Properties.ContainerDefinitions", in: conversion)
    #expect(definitions?.targetText == "aws_ecs_task_definition.task.container_definitions")
    #expect(definitions?.status == .transformed)
    #expect(definitions?.note.contains("tonumber() makes the value a JSON number") == true)
    let shiny = MappingProbe.entry(
      "Task.Properties.ContainerDefinitions[0].Shiny", in: conversion)
    #expect(shiny?.status == .unsupported)
    #expect(
      MappingProbe.messages(conversion).contains(
        "property 'ContainerDefinitions[0].Shiny' of 'Task' (AWS::ECS::TaskDefinition) is not converted: cfn2tf has no rule for this property of AWS::ECS::TaskDefinition"
      ))
    #expect(
      MappingProbe.entry("Task.Properties.Volumes[1].Host", in: conversion)?.targetText
        == "aws_ecs_task_definition.task.volume")
  }

  @Test("a task definition without a family takes it from its live ARN, less the revision")
  func generatedFamily() {
    #expect(
      MappingProbe.block("aws_ecs_task_definition.plain", in: Self.convert()) == """
        # Plain (AWS::ECS::TaskDefinition)
        resource "aws_ecs_task_definition" "plain" {
          # cfn2tf: 'Family' is not set: CloudFormation names it <stack>-Plain-<suffix>;
          # var.physical_names keeps the live name when a stack is adopted (its physical id, less what is not the name)
          family = replace(lookup(var.physical_names, "Plain", "${var.stack_name}-Plain"), "/^arn:.*:task-definition/|:[0-9]+$/", "")
          container_definitions = jsonencode([
            {
              name   = "app"
              image  = "nginx"
              memory = 512
            },
          ])

          placement_constraints {
            type       = "memberOf"
            expression = "attribute:ecs.instance-type =~ t3.*"
          }
        }

        """)
  }

  @Test("a computed list of container definitions is reported, not guessed")
  func computedDefinitions() {
    let conversion = MappingProbe.convert(
      resources: """
        {"Task": {"Type": "AWS::ECS::TaskDefinition", "Properties": {"Family": "f",
          "ContainerDefinitions": {"Ref": "Definitions"}}}}
        """, parameters: #"{"Definitions": {"Type": "String"}}"#)
    let entry = MappingProbe.entry("Task.Properties.ContainerDefinitions", in: conversion)
    #expect(entry?.status == .unsupported)
    #expect(entry?.note.contains("write the list out") == true)
  }

  @Test("a service: network and deployment configuration, CloudFormation's defaults written out")
  func service() {
    let conversion = Self.convert()
    #expect(
      MappingProbe.block("aws_ecs_service.service", in: conversion) == """
        # Service (AWS::ECS::Service)
        resource "aws_ecs_service" "service" {
          # cfn2tf: 'ServiceName' is not set: CloudFormation names it <stack>-Service-<suffix>;
          # var.physical_names keeps the live name when a stack is adopted (its physical id, less what is not the name)
          name                   = replace(lookup(var.physical_names, "Service", "${var.stack_name}-Service"), "/^arn:.*//", "")
          cluster                = "main"
          task_definition        = aws_ecs_task_definition.task.arn
          enable_execute_command = true
          propagate_tags         = "SERVICE"
          force_new_deployment   = true
          triggers = {
            force_new_deployment_nonce = "1"
          }
          deployment_maximum_percent         = 200
          deployment_minimum_healthy_percent = 50
          tags = {
            app = "web"
          }
          # CloudFormation's default of one task; Terraform's would be 0
          desired_count = 1
          # CloudFormation's default; Terraform leaves it unset
          availability_zone_rebalancing = "ENABLED"
          # CloudFormation waits until the service is stable; Terraform would not wait
          wait_for_steady_state = true

          deployment_circuit_breaker {
            enable   = true
            rollback = true
          }

          capacity_provider_strategy {
            capacity_provider = "FARGATE"
            base              = 1
            weight            = 1
          }
          capacity_provider_strategy {
            capacity_provider = "FARGATE_SPOT"
            weight            = 3
          }

          load_balancer {
            target_group_arn = "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web/1"
            container_name   = "app"
            container_port   = 8080
          }

          network_configuration {
            subnets          = ["subnet-1", "subnet-2"]
            security_groups  = ["sg-1"]
            assign_public_ip = var.public == "ENABLED"
          }

          service_registries {
            registry_arn = "arn:aws:servicediscovery:us-east-1:123456789012:service/srv-1"
          }

          service_connect_configuration {
            enabled   = true
            namespace = "internal"

            service {
              port_name = "web"

              client_alias {
                port     = 80
                dns_name = "web"
              }
            }
          }
        }

        """)
    let count = conversion.ledger.entries.first { $0.subject == "Service.Properties.DesiredCount" }
    #expect(count?.kind == .addition)
    #expect(count?.targetText == "aws_ecs_service.service.desired_count")
    #expect(
      MappingProbe.entry(
        "Service.Properties.NetworkConfiguration.AwsvpcConfiguration.AssignPublicIp",
        in: conversion)?.targetText
        == "aws_ecs_service.service.network_configuration.assign_public_ip")
  }

  @Test("a daemon service gets no desired count; deployment strategies provider 5.100 lacks")
  func daemonService() {
    let conversion = Self.convert()
    #expect(
      MappingProbe.block("aws_ecs_service.daemon", in: conversion) == """
        # Daemon (AWS::ECS::Service)
        # cfn2tf: 'DeploymentConfiguration.Strategy' is not converted: aws_ecs_service (provider 5.100) deploys by rolling update only: it has no blue/green, linear or canary strategy, bake time or lifecycle hooks
        # cfn2tf: 'DeploymentConfiguration.BakeTimeInMinutes' is not converted: aws_ecs_service (provider 5.100) deploys by rolling update only: it has no blue/green, linear or canary strategy, bake time or lifecycle hooks
        resource "aws_ecs_service" "daemon" {
          name                = "agent"
          cluster             = "main"
          task_definition     = aws_ecs_task_definition.plain.arn
          launch_type         = "EC2"
          scheduling_strategy = "DAEMON"
          # CloudFormation waits until the service is stable; Terraform would not wait
          wait_for_steady_state = true

          placement_constraints {
            type = "distinctInstance"
          }

          ordered_placement_strategy {
            type  = "spread"
            field = "attribute:ecs.availability-zone"
          }
        }

        """)
    let rolling = MappingProbe.convert(
      resources: """
        {"S": {"Type": "AWS::ECS::Service", "Properties": {"ServiceName": "s",
          "DeploymentConfiguration": {"Strategy": "ROLLING"}}}}
        """)
    #expect(
      MappingProbe.entry("S.Properties.DeploymentConfiguration.Strategy", in: rolling)?.status
        == .dropped)
  }

  @Test("capacity providers, cluster capacity provider associations and task sets")
  func capacityAndTaskSets() {
    let conversion = Self.convert()
    #expect(
      MappingProbe.block("aws_ecs_capacity_provider.provider", in: conversion) == """
        # Provider (AWS::ECS::CapacityProvider)
        resource "aws_ecs_capacity_provider" "provider" {
          # cfn2tf: 'Name' is not set: CloudFormation names it <stack>-Provider-<suffix>;
          # var.physical_names keeps the live name when a stack is adopted
          name = lookup(var.physical_names, "Provider", "${var.stack_name}-Provider")
          tags = {
            app = "web"
          }

          auto_scaling_group_provider {
            auto_scaling_group_arn         = "arn:aws:autoscaling:us-east-1:123456789012:autoScalingGroup:1:autoScalingGroupName/asg"
            managed_termination_protection = "ENABLED"

            managed_scaling {
              status          = "ENABLED"
              target_capacity = 90
            }
          }
        }

        """)
    #expect(
      MappingProbe.block("aws_ecs_cluster_capacity_providers.associations", in: conversion) == """
        # Associations (AWS::ECS::ClusterCapacityProviderAssociations)
        resource "aws_ecs_cluster_capacity_providers" "associations" {
          cluster_name       = "main"
          capacity_providers = [aws_ecs_capacity_provider.provider.name, "FARGATE"]

          default_capacity_provider_strategy {
            capacity_provider = aws_ecs_capacity_provider.provider.name
            weight            = 1
          }
        }

        """)
    #expect(
      MappingProbe.block("aws_ecs_task_set.set", in: conversion) == """
        # Set (AWS::ECS::TaskSet)
        resource "aws_ecs_task_set" "set" {
          cluster         = "main"
          service         = aws_ecs_service.external.id
          task_definition = aws_ecs_task_definition.task.arn
          external_id     = "blue"

          capacity_provider_strategy {
            capacity_provider = "FARGATE"
            # CloudFormation's default weight; Terraform requires one
            weight = 0
          }

          network_configuration {
            subnets          = ["subnet-1"]
            assign_public_ip = false
          }

          scale {
            unit  = "PERCENT"
            value = 100
          }
        }

        """)
    #expect(
      MappingProbe.block("aws_ecs_service.external", in: conversion)?.contains(
        "availability_zone_rebalancing") == false)
  }

  @Test("Ref and GetAtt: ARNs, names and ids")
  func references() {
    let outputs = Self.convert().file("outputs.tf")?.contents ?? ""
    for value in [
      "aws_ecs_task_definition.task.arn", "aws_ecs_service.service.id",
      "aws_ecs_service.service.name", "aws_ecs_capacity_provider.provider.name",
      "aws_ecs_cluster_capacity_providers.associations.cluster_name",
      "aws_ecs_task_set.set.task_set_id",
    ] {
      #expect(outputs.contains("value = \(value)\n"), "\(value)")
    }
  }

  @Test(
    "task definitions, services, task sets and capacity providers convert to a module terraform validates",
    .enabled(if: Repository.canValidate, "needs terraform, its provider mirror and tf-validate"))
  func oracle() throws {
    let (status, output) = try MappingProbe.validate(Self.convert(), label: "ecs-workloads")
    #expect(status == 0, "\(output)")
  }
}

extension ECS.Workloads: ImportCaseProvider {
  static let importIds = [
    "Task": "arn:aws:ecs:us-east-1:123456789012:task-definition/web:3",
    "Plain": "arn:aws:ecs:us-east-1:123456789012:task-definition/web-Plain-AbC123:1",
    "Service": "arn:aws:ecs:us-east-1:123456789012:service/main/web-Service-XyZ",
    "Daemon": "arn:aws:ecs:us-east-1:123456789012:service/main/agent",
    "External": "arn:aws:ecs:us-east-1:123456789012:service/main/ext",
    "Provider": "web-Provider-QrS", "Associations": "main",
    "Set":
      "arn:aws:ecs:us-east-1:123456789012:cluster/main|arn:aws:ecs:us-east-1:123456789012:service/main/ext|ecs-svc/1234567890123456789",
  ]

  static func ecs(_ address: String, _ origin: String, _ expected: ImportCase.Expectation)
    -> ImportCase
  {
    ImportCase(
      address: address, origin: origin, resources: ECSWorkloadsMappingTests.resources,
      parameters: ECSWorkloadsMappingTests.parameters,
      conditions: ECSWorkloadsMappingTests.conditions, physicalIds: importIds,
      values: ["Image": "nginx", "Port": "80", "Public": "ENABLED"], expected: expected)
  }

  /// Task definitions by ARN, services as CLUSTER/NAME, capacity providers and associations by
  /// name, task sets as ID,SERVICE,CLUSTER.
  static var importCases: [ImportCase] {
    [
      ecs(
        "aws_ecs_task_definition.task", "Task",
        .id("arn:aws:ecs:us-east-1:123456789012:task-definition/web:3")),
      ecs("aws_ecs_service.service", "Service", .id("main/web-Service-XyZ")),
      ecs("aws_ecs_service.daemon", "Daemon", .id("main/agent")),
      ecs("aws_ecs_capacity_provider.provider", "Provider", .id("web-Provider-QrS")),
      ecs("aws_ecs_cluster_capacity_providers.associations", "Associations", .id("main")),
      ecs(
        "aws_ecs_task_set.set", "Set",
        .id(
          "ecs-svc/1234567890123456789,arn:aws:ecs:us-east-1:123456789012:service/main/ext,main")),
      ImportCase(
        address: "aws_ecs_service.s", origin: "S",
        resources: #"{"S": {"Type": "AWS::ECS::Service", "Properties": {"ServiceName": "s"}}}"#,
        physicalIds: ["S": "arn:aws:ecs:us-east-1:123456789012:service/s"],
        expected: .id("default/s")),
    ]
  }
}
