import Testing

@testable import TFEmitter

@Suite("ECS mappings")
struct ECSMappingTests {
  static let resources = """
    {"Cluster": {"Type": "AWS::ECS::Cluster", "Properties": {"ClusterName": "main",
       "ClusterSettings": [{"Name": "containerInsights", "Value": "enabled"}],
       "CapacityProviders": ["FARGATE", "FARGATE_SPOT"],
       "DefaultCapacityProviderStrategy": [{"CapacityProvider": "FARGATE", "Weight": 1, "Base": 1}],
       "Configuration": {"ExecuteCommandConfiguration": {"Logging": "OVERRIDE",
         "LogConfiguration": {"CloudWatchLogGroupName": "/ecs/exec"}}}}},
     "Plain": {"Type": "AWS::ECS::Cluster"}}
    """

  @Test("a cluster and its capacity providers")
  func cluster() {
    let conversion = MappingProbe.convert(resources: Self.resources)
    #expect(MappingProbe.messages(conversion) == [])
    #expect(
      MappingProbe.block("aws_ecs_cluster.cluster", in: conversion) == """
        # Cluster (AWS::ECS::Cluster)
        resource "aws_ecs_cluster" "cluster" {
          name = "main"

          setting {
            name  = "containerInsights"
            value = "enabled"
          }

          configuration {
            execute_command_configuration {
              logging = "OVERRIDE"

              log_configuration {
                cloud_watch_log_group_name = "/ecs/exec"
              }
            }
          }
        }

        """)
    #expect(
      MappingProbe.block("aws_ecs_cluster_capacity_providers.cluster", in: conversion) == """
        # Cluster.CapacityProviders, DefaultCapacityProviderStrategy (AWS::ECS::Cluster)
        resource "aws_ecs_cluster_capacity_providers" "cluster" {
          cluster_name       = aws_ecs_cluster.cluster.name
          capacity_providers = ["FARGATE", "FARGATE_SPOT"]

          default_capacity_provider_strategy {
            capacity_provider = "FARGATE"
            base              = 1
            weight            = 1
          }
        }

        """)
    #expect(
      MappingProbe.block("aws_ecs_cluster.plain", in: conversion) == """
        # Plain (AWS::ECS::Cluster)
        resource "aws_ecs_cluster" "plain" {
          # cfn2tf: 'ClusterName' is not set: CloudFormation names it <stack>-Plain-<suffix>;
          # var.physical_names keeps the live name when a stack is adopted
          name = lookup(var.physical_names, "Plain", "${var.stack_name}-Plain")
        }

        """)
    #expect(
      MappingProbe.entry("Cluster.Properties.CapacityProviders", in: conversion)?.targetText
        == "aws_ecs_cluster_capacity_providers.cluster.capacity_providers")
    #expect(
      MappingProbe.importID("Cluster", resources: Self.resources, physicalId: "main") == "main")
  }

  @Test(
    "clusters convert to a module terraform validates",
    .enabled(if: Repository.canValidate, "needs terraform, its provider mirror and tf-validate"))
  func oracle() throws {
    let (status, output) = try MappingProbe.validate(
      MappingProbe.convert(resources: Self.resources), label: "ecs")
    #expect(status == 0, "\(output)")
  }
}
