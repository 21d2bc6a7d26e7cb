import Testing

@testable import TFEmitter

@Suite("AppRunner mappings")
struct AppRunnerMappingTests {
  static let resources = """
    {
     "Connector": {"Type": "AWS::AppRunner::VpcConnector", "Properties": {
       "VpcConnectorName": "private", "Subnets": ["subnet-1", "subnet-2"],
       "SecurityGroups": ["sg-1"], "Tags": [{"Key": "team", "Value": "web"}]}},
     "Open": {"Type": "AWS::AppRunner::VpcConnector", "Properties": {"Subnets": {"Ref": "Subnets"}}},
     "Scaling": {"Type": "AWS::AppRunner::AutoScalingConfiguration", "Properties": {
       "MaxConcurrency": 50, "MinSize": 2, "MaxSize": 10}},
     "Tracing": {"Type": "AWS::AppRunner::ObservabilityConfiguration", "Properties": {
       "ObservabilityConfigurationName": "xray", "TraceConfiguration": {"Vendor": "AWSXRAY"}}},
     "Web": {"Type": "AWS::AppRunner::Service", "Properties": {"ServiceName": "web",
       "SourceConfiguration": {"AutoDeploymentsEnabled": false,
         "AuthenticationConfiguration": {
           "ConnectionArn": "arn:aws:apprunner:us-east-1:123456789012:connection/gh/0123"},
         "CodeRepository": {"RepositoryUrl": "https://github.com/example/web",
           "SourceCodeVersion": {"Type": "BRANCH", "Value": "main"}, "SourceDirectory": "app",
           "CodeConfiguration": {"ConfigurationSource": "API", "CodeConfigurationValues": {
             "Runtime": "NODEJS_18", "BuildCommand": "npm ci", "StartCommand": "node server.js",
             "Port": "8080",
             "RuntimeEnvironmentVariables": [{"Name": "NODE_ENV", "Value": "production"}],
             "RuntimeEnvironmentSecrets": [{"Name": "DB_PASSWORD", "Value":
               "arn:aws:secretsmanager:us-east-1:123456789012:secret:db-AbCdEf"}]}}}},
       "AutoScalingConfigurationArn": {"Ref": "Scaling"},
       "InstanceConfiguration": {"Cpu": "1 vCPU", "Memory": "2 GB",
         "InstanceRoleArn": "arn:aws:iam::123456789012:role/web"},
       "HealthCheckConfiguration": {"Protocol": "HTTP", "Path": "/health", "Interval": 10},
       "NetworkConfiguration": {"EgressConfiguration": {"EgressType": "VPC",
         "VpcConnectorArn": {"Fn::GetAtt": ["Connector", "VpcConnectorArn"]}},
         "IngressConfiguration": {"IsPubliclyAccessible": false}, "IpAddressType": "IPV4"},
       "ObservabilityConfiguration": {"ObservabilityEnabled": true,
         "ObservabilityConfigurationArn": {"Ref": "Tracing"}},
       "EncryptionConfiguration": {"KmsKey":
         "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"},
       "Tags": [{"Key": "team", "Value": "web"}]}},
     "Image": {"Type": "AWS::AppRunner::Service", "Properties": {
       "SourceConfiguration": {"ImageRepository": {"ImageRepositoryType": "ECR_PUBLIC",
         "ImageIdentifier": "public.ecr.aws/nginx/nginx:latest",
         "ImageConfiguration": {"Port": "80", "StartCommand": "nginx"}}}}},
     "Ingress": {"Type": "AWS::AppRunner::VpcIngressConnection", "Properties": {
       "ServiceArn": {"Ref": "Web"}, "VpcIngressConnectionName": "web-private",
       "IngressVpcConfiguration": {"VpcId": "vpc-1", "VpcEndpointId": "vpce-1"}}}
    }
    """

  static let parameters = #"{"Subnets": {"Type": "List<AWS::EC2::Subnet::Id>"}}"#

  static func convert() -> Conversion {
    Converter.convert(
      """
      {"Parameters": \(parameters), "Resources": \(resources),
       "Outputs": {"Url": {"Value": {"Fn::GetAtt": ["Web", "ServiceUrl"]}},
         "Id": {"Value": {"Fn::GetAtt": ["Web", "ServiceId"]}},
         "Service": {"Value": {"Ref": "Web"}},
         "Revision": {"Value": {"Fn::GetAtt": ["Scaling", "AutoScalingConfigurationRevision"]}},
         "Domain": {"Value": {"Fn::GetAtt": ["Ingress", "DomainName"]}},
         "Connector": {"Value": {"Ref": "Connector"}},
         "Latest": {"Value": {"Fn::GetAtt": ["Tracing", "Latest"]}}}}
      """, fileName: "t.json")
  }

  @Test("services from a code repository and from an image; variables and secrets as maps")
  func services() {
    let conversion = Self.convert()
    #expect(MappingProbe.messages(conversion) == [])
    #expect(
      MappingProbe.block("aws_apprunner_service.web", in: conversion) == """
        # Web (AWS::AppRunner::Service)
        resource "aws_apprunner_service" "web" {
          service_name                   = "web"
          auto_scaling_configuration_arn = aws_apprunner_auto_scaling_configuration_version.scaling.arn
          tags = {
            team = "web"
          }

          source_configuration {
            auto_deployments_enabled = false

            authentication_configuration {
              connection_arn = "arn:aws:apprunner:us-east-1:123456789012:connection/gh/0123"
            }

            code_repository {
              repository_url   = "https://github.com/example/web"
              source_directory = "app"

              source_code_version {
                type  = "BRANCH"
                value = "main"
              }

              code_configuration {
                configuration_source = "API"

                code_configuration_values {
                  runtime       = "NODEJS_18"
                  build_command = "npm ci"
                  port          = "8080"
                  start_command = "node server.js"
                  runtime_environment_variables = {
                    NODE_ENV = "production"
                  }
                  runtime_environment_secrets = {
                    DB_PASSWORD = "arn:aws:secretsmanager:us-east-1:123456789012:secret:db-AbCdEf"
                  }
                }
              }
            }
          }

          instance_configuration {
            cpu               = "1 vCPU"
            memory            = "2 GB"
            instance_role_arn = "arn:aws:iam::123456789012:role/web"
          }

          health_check_configuration {
            protocol = "HTTP"
            path     = "/health"
            interval = 10
          }

          network_configuration {
            ip_address_type = "IPV4"

            egress_configuration {
              egress_type       = "VPC"
              vpc_connector_arn = aws_apprunner_vpc_connector.connector.arn
            }

            ingress_configuration {
              is_publicly_accessible = false
            }
          }

          observability_configuration {
            observability_enabled           = true
            observability_configuration_arn = aws_apprunner_observability_configuration.tracing.arn
          }

          encryption_configuration {
            kms_key = "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"
          }
        }

        """)
    #expect(
      MappingProbe.block("aws_apprunner_service.image", in: conversion) == """
        # Image (AWS::AppRunner::Service)
        resource "aws_apprunner_service" "image" {
          # cfn2tf: 'ServiceName' is not set: CloudFormation names it <stack>-Image-<suffix>;
          # var.physical_names keeps the live name when a stack is adopted (its physical id, less what is not the name)
          service_name = replace(lookup(var.physical_names, "Image", "${var.stack_name}-Image"), "/^arn:[^/]*/|/.*$/", "")

          source_configuration {
            image_repository {
              image_identifier      = "public.ecr.aws/nginx/nginx:latest"
              image_repository_type = "ECR_PUBLIC"

              image_configuration {
                port          = "80"
                start_command = "nginx"
              }
            }
          }
        }

        """)

    let variables = MappingProbe.entry(
      "Web.Properties.SourceConfiguration.CodeRepository.CodeConfiguration.CodeConfigurationValues.RuntimeEnvironmentVariables",
      in: conversion)
    #expect(
      variables?.targetText
        == "aws_apprunner_service.web.source_configuration.code_repository.code_configuration.code_configuration_values.runtime_environment_variables"
    )
    #expect(variables?.status == .transformed)
  }

  @Test(
    "VPC connectors (the VPC's default security group looked up when none is named), configurations, ingress connections"
  )
  func configurations() {
    let conversion = Self.convert()
    #expect(
      MappingProbe.block("aws_apprunner_vpc_connector.connector", in: conversion) == """
        # Connector (AWS::AppRunner::VpcConnector)
        resource "aws_apprunner_vpc_connector" "connector" {
          vpc_connector_name = "private"
          subnets            = ["subnet-1", "subnet-2"]
          security_groups    = ["sg-1"]
          tags = {
            team = "web"
          }
        }

        """)
    #expect(
      MappingProbe.block("aws_apprunner_vpc_connector.open", in: conversion) == """
        # Open (AWS::AppRunner::VpcConnector)
        resource "aws_apprunner_vpc_connector" "open" {
          # cfn2tf: 'VpcConnectorName' is not set: CloudFormation names it <stack>-Open-<suffix>;
          # var.physical_names keeps the live name when a stack is adopted (its physical id, less what is not the name)
          vpc_connector_name = replace(lookup(var.physical_names, "Open", "${var.stack_name}-Open"), "/^arn:[^/]*/|/.*$/", "")
          subnets            = var.subnets
          # App Runner's default: the VPC's default security group
          security_groups = [data.aws_security_group.open_default.id]
        }

        """)
    #expect(
      MappingProbe.block("aws_apprunner_auto_scaling_configuration_version.scaling", in: conversion)
        == """
        # Scaling (AWS::AppRunner::AutoScalingConfiguration)
        resource "aws_apprunner_auto_scaling_configuration_version" "scaling" {
          # cfn2tf: 'AutoScalingConfigurationName' is not set: CloudFormation names it <stack>-Scaling-<suffix>;
          # var.physical_names keeps the live name when a stack is adopted (its physical id, less what is not the name)
          auto_scaling_configuration_name = replace(lookup(var.physical_names, "Scaling", "${var.stack_name}-Scaling"), "/^arn:[^/]*/|/.*$/", "")
          max_concurrency                 = 50
          min_size                        = 2
          max_size                        = 10
        }

        """)
    #expect(
      MappingProbe.block("aws_apprunner_observability_configuration.tracing", in: conversion) == """
        # Tracing (AWS::AppRunner::ObservabilityConfiguration)
        resource "aws_apprunner_observability_configuration" "tracing" {
          observability_configuration_name = "xray"

          trace_configuration {
            vendor = "AWSXRAY"
          }
        }

        """)
    #expect(
      MappingProbe.block("aws_apprunner_vpc_ingress_connection.ingress", in: conversion) == """
        # Ingress (AWS::AppRunner::VpcIngressConnection)
        resource "aws_apprunner_vpc_ingress_connection" "ingress" {
          name        = "web-private"
          service_arn = aws_apprunner_service.web.arn

          ingress_vpc_configuration {
            vpc_id          = "vpc-1"
            vpc_endpoint_id = "vpce-1"
          }
        }

        """)

    #expect(
      MappingProbe.block("data.aws_subnet.open", in: conversion) == """
        # Open (AWS::AppRunner::VpcConnector): the VPC of its first subnet
        data "aws_subnet" "open" {
          id = var.subnets[0]
        }

        """)
    #expect(
      MappingProbe.block("data.aws_security_group.open_default", in: conversion) == """
        # Open (AWS::AppRunner::VpcConnector): the VPC's default security group, which App Runner uses when the connector names none
        data "aws_security_group" "open_default" {
          vpc_id = data.aws_subnet.open.vpc_id
          name   = "default"
        }

        """)
    let groups = MappingProbe.entry("Open.Properties.SecurityGroups", in: conversion)
    #expect(groups?.kind == .addition)
  }

  @Test("a conditional connector reads its lookups through one()")
  func conditionalConnector() {
    let conversion = MappingProbe.convert(
      resources: """
        {"C": {"Type": "AWS::AppRunner::VpcConnector", "Condition": "Private",
          "Properties": {"VpcConnectorName": "c", "Subnets": ["subnet-1"]}}}
        """, parameters: #"{"Env": {"Type": "String"}}"#,
      conditions: #"{"Private": {"Fn::Equals": [{"Ref": "Env"}, "prod"]}}"#)
    let main = MappingProbe.mainFile(conversion)
    #expect(
      main.contains("  security_groups = [\n    one(data.aws_security_group.c_default[*].id),\n  ]")
    )
    #expect(main.contains(#"id = "subnet-1""#))
    #expect(main.contains("vpc_id = one(data.aws_subnet.c[*].vpc_id)"))
    #expect(main.components(separatedBy: "count = local.private ? 1 : 0").count == 4)
  }

  @Test("Ref and GetAtt")
  func references() {
    let outputs = Self.convert().file("outputs.tf")?.contents ?? ""
    for value in [
      "aws_apprunner_service.web.service_url", "aws_apprunner_service.web.service_id",
      "aws_apprunner_service.web.arn",
      "aws_apprunner_auto_scaling_configuration_version.scaling.auto_scaling_configuration_revision",
      "aws_apprunner_vpc_ingress_connection.ingress.domain_name",
      "aws_apprunner_vpc_connector.connector.arn",
      "aws_apprunner_observability_configuration.tracing.latest",
    ] {
      #expect(outputs.contains("value = \(value)\n"), "\(value)")
    }
  }

  @Test(
    "services, connectors, configurations and ingress connections convert to a module terraform validates",
    .enabled(if: Repository.canValidate, "needs terraform, its provider mirror and tf-validate"))
  func oracle() throws {
    let (status, output) = try MappingProbe.validate(Self.convert(), label: "apprunner")
    #expect(status == 0, "\(output)")
  }
}

extension AppRunner: ImportCaseProvider {
  static let arn = "arn:aws:apprunner:us-east-1:123456789012"

  static func appRunner(_ address: String, _ origin: String, _ expected: ImportCase.Expectation)
    -> ImportCase
  {
    ImportCase(
      address: address, origin: origin, resources: AppRunnerMappingTests.resources,
      parameters: AppRunnerMappingTests.parameters,
      physicalIds: [
        "Connector": "\(arn):vpcconnector/private/1/0123456789abcdef",
        "Scaling": "\(arn):autoscalingconfiguration/web-Scaling-0123/1/0123456789abcdef",
        "Tracing": "\(arn):observabilityconfiguration/xray/1/0123456789abcdef",
        "Web": "\(arn):service/web/0123456789abcdef",
        "Ingress": "\(arn):vpcingressconnection/web-private/0123456789abcdef",
      ], values: ["Subnets": "subnet-1,subnet-2"], expected: expected)
  }

  /// Every App Runner resource by its ARN.
  static var importCases: [ImportCase] {
    [
      appRunner("aws_apprunner_service.web", "Web", .id("\(arn):service/web/0123456789abcdef")),
      appRunner(
        "aws_apprunner_vpc_connector.connector", "Connector",
        .id("\(arn):vpcconnector/private/1/0123456789abcdef")),
      appRunner(
        "aws_apprunner_auto_scaling_configuration_version.scaling", "Scaling",
        .id("\(arn):autoscalingconfiguration/web-Scaling-0123/1/0123456789abcdef")),
      appRunner(
        "aws_apprunner_observability_configuration.tracing", "Tracing",
        .id("\(arn):observabilityconfiguration/xray/1/0123456789abcdef")),
      appRunner(
        "aws_apprunner_vpc_ingress_connection.ingress", "Ingress",
        .id("\(arn):vpcingressconnection/web-private/0123456789abcdef")),
    ]
  }
}
