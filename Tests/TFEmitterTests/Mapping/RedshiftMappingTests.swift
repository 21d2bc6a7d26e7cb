import Testing

@testable import TFEmitter

@Suite("Redshift mappings")
struct RedshiftMappingTests {
  static let parameters = """
    {"MasterPassword": {"Type": "String", "NoEcho": true}}
    """

  static let resources = """
    {"Key": {"Type": "AWS::KMS::Key", "Properties": {"KeyPolicy": {"Version": "2012-10-17",
       "Statement": [{"Effect": "Allow", "Principal": {"AWS": "*"}, "Action": "kms:*",
         "Resource": "*"}]}}},
     "Subnets": {"Type": "AWS::Redshift::ClusterSubnetGroup", "Properties": {
       "Description": "warehouse subnets", "SubnetIds": ["subnet-1", "subnet-2"],
       "Tags": [{"Key": "team", "Value": "data"}]}},
     "Params": {"Type": "AWS::Redshift::ClusterParameterGroup", "Properties": {
       "ParameterGroupName": "Warehouse-Params", "Description": "warehouse",
       "ParameterGroupFamily": "redshift-1.0",
       "Parameters": [{"ParameterName": "require_ssl", "ParameterValue": "true"},
         {"ParameterName": "enable_user_activity_logging", "ParameterValue": "true"}]}},
     "Warehouse": {"Type": "AWS::Redshift::Cluster", "DeletionPolicy": "Snapshot",
       "Properties": {"ClusterIdentifier": "Warehouse", "ClusterType": "multi-node",
       "NodeType": "ra3.xlplus", "NumberOfNodes": 2, "DBName": "analytics",
       "MasterUsername": "admin", "MasterUserPassword": {"Ref": "MasterPassword"},
       "ClusterSubnetGroupName": {"Ref": "Subnets"},
       "ClusterParameterGroupName": {"Ref": "Params"},
       "VpcSecurityGroupIds": ["sg-1"], "PubliclyAccessible": false,
       "Encrypted": true, "KmsKeyId": {"Ref": "Key"},
       "IamRoles": ["arn:aws:iam::123456789012:role/redshift"],
       "AutomatedSnapshotRetentionPeriod": 7, "EnhancedVpcRouting": true,
       "LoggingProperties": {"BucketName": "audit-logs", "S3KeyPrefix": "redshift/"},
       "DestinationRegion": "us-west-2", "SnapshotCopyRetentionPeriod": 3,
       "SnapshotCopyManual": false, "AquaConfigurationStatus": "auto",
       "Tags": [{"Key": "team", "Value": "data"}]}},
     "Scratch": {"Type": "AWS::Redshift::Cluster", "Properties": {"ClusterType": "single-node",
       "NodeType": "dc2.large", "DBName": "scratch", "MasterUsername": "admin",
       "MasterUserPassword": "Plain-Password-1", "SnapshotCopyGrantName": "grant",
       "ResourceAction": "pause-cluster", "DeferMaintenance": true,
       "DeferMaintenanceDuration": 30}},
     "Classic": {"Type": "AWS::Redshift::ClusterSecurityGroup", "Properties": {
       "Description": "classic"}}}
    """

  static func convert() -> Conversion {
    Converter.convert(
      """
      {"Parameters": \(parameters), "Resources": \(resources),
       "Outputs": {"Cluster": {"Value": {"Ref": "Warehouse"}},
         "Address": {"Value": {"Fn::GetAtt": ["Warehouse", "Endpoint.Address"]}},
         "Port": {"Value": {"Fn::GetAtt": ["Warehouse", "Endpoint.Port"]}},
         "Namespace": {"Value": {"Fn::GetAtt": ["Warehouse", "ClusterNamespaceArn"]}},
         "SubnetGroup": {"Value": {"Ref": "Subnets"}},
         "ParameterGroup": {"Value": {"Ref": "Params"}}}}
      """, fileName: "t.json")
  }

  @Test(
    "a cluster: the master password a NoEcho variable, logging and the snapshot copy as blocks, the final snapshot DeletionPolicy Snapshot takes"
  )
  func cluster() {
    let conversion = Self.convert()
    #expect(
      MappingProbe.block("aws_redshift_cluster.warehouse", in: conversion) == """
        # Warehouse (AWS::Redshift::Cluster)
        # cfn2tf: 'SnapshotCopyManual' is dropped: false is the default, which needs no argument
        # cfn2tf: 'AquaConfigurationStatus' is dropped: AWS retired the AQUA setting: Redshift turns AQUA on by itself, and the provider ignores the argument
        resource "aws_redshift_cluster" "warehouse" {
          cluster_identifier                  = "warehouse"
          cluster_type                        = "multi-node"
          node_type                           = "ra3.xlplus"
          number_of_nodes                     = 2
          database_name                       = "analytics"
          master_username                     = "admin"
          master_password                     = var.master_password
          cluster_subnet_group_name           = aws_redshift_subnet_group.subnets.name
          vpc_security_group_ids              = ["sg-1"]
          publicly_accessible                 = false
          enhanced_vpc_routing                = true
          cluster_parameter_group_name        = aws_redshift_parameter_group.params.name
          iam_roles                           = ["arn:aws:iam::123456789012:role/redshift"]
          encrypted                           = true
          kms_key_id                          = aws_kms_key.key.arn
          automated_snapshot_retention_period = 7
          tags = {
            team = "data"
          }
          # CloudFormation takes a final snapshot when it deletes the cluster
          final_snapshot_identifier = "warehouse-final-snapshot"

          logging {
            # LoggingProperties turns audit logging on
            enable        = true
            bucket_name   = "audit-logs"
            s3_key_prefix = "redshift/"
          }

          snapshot_copy {
            destination_region = "us-west-2"
            retention_period   = 3
          }

          lifecycle {
            prevent_destroy = true
          }
        }

        """)
    #expect(
      MappingProbe.entry("Warehouse.Properties.MasterUserPassword", in: conversion)?.targetText
        == "aws_redshift_cluster.warehouse.master_password")
    #expect(
      MappingProbe.entry("Warehouse.Properties.DestinationRegion", in: conversion)?.targetText
        == "aws_redshift_cluster.warehouse.snapshot_copy.destination_region")
    let enable = MappingProbe.entry("Warehouse.Properties.LoggingProperties.Enable", in: conversion)
    #expect(enable?.kind == .addition)
    #expect(enable?.targetValue == "true")
    #expect(
      MappingProbe.entry("Warehouse.Properties.AquaConfigurationStatus", in: conversion)?.status
        == .dropped)
  }

  @Test("a generated identifier, a plain-text password, and what provider 5.100 cannot do")
  func scratch() {
    let conversion = Self.convert()
    #expect(
      MappingProbe.block("aws_redshift_cluster.scratch", in: conversion) == """
        # Scratch (AWS::Redshift::Cluster)
        # cfn2tf: 'DeferMaintenance' is not converted: aws_redshift_cluster (provider 5.100) cannot defer maintenance: run 'aws redshift modify-cluster-maintenance --defer-maintenance'
        # cfn2tf: 'DeferMaintenanceDuration' is not converted: aws_redshift_cluster (provider 5.100) cannot defer maintenance: run 'aws redshift modify-cluster-maintenance --defer-maintenance'
        # cfn2tf: 'ResourceAction' is not converted: aws_redshift_cluster (provider 5.100) neither pauses, resumes nor fails over a cluster: run 'aws redshift pause-cluster' (or resume-cluster, failover-primary-compute), or schedule it with aws_redshift_scheduled_action
        # cfn2tf: 'SnapshotCopyGrantName' is not converted: a snapshot copy needs DestinationRegion, which is not set
        resource "aws_redshift_cluster" "scratch" {
          # cfn2tf: 'ClusterIdentifier' is not set: CloudFormation names it <stack>-Scratch-<suffix>;
          # var.physical_names keeps the live name when a stack is adopted
          cluster_identifier = lower(lookup(var.physical_names, "Scratch", "${var.stack_name}-Scratch"))
          cluster_type       = "single-node"
          node_type          = "dc2.large"
          database_name      = "scratch"
          master_username    = "admin"
          master_password    = var.scratch_master_user_password
          # CloudFormation takes no final snapshot unless DeletionPolicy is Snapshot
          skip_final_snapshot = true
        }

        """)
    let messages = MappingProbe.messages(conversion)
    #expect(
      messages.contains(
        "the master password of 'Scratch' is written in the template; it becomes the sensitive variable 'scratch_master_user_password'"
      ))
    let variables = conversion.file("variables.tf")?.contents ?? ""
    #expect(!variables.contains("Plain-Password-1"))
    #expect(
      MappingProbe.entry("Scratch.Properties.MasterUserPassword", in: conversion)?.sourceValue
        == "(sensitive)")
    #expect(
      MappingProbe.entry("Scratch.Properties.ResourceAction", in: conversion)?.status
        == .unsupported)
    #expect(
      MappingProbe.entry("Scratch.Properties.SnapshotCopyGrantName", in: conversion)?.status
        == .unsupported)
  }

  @Test("subnet and parameter groups; cluster security groups left out (EC2-Classic)")
  func groups() {
    let conversion = Self.convert()
    #expect(
      MappingProbe.block("aws_redshift_subnet_group.subnets", in: conversion) == """
        # Subnets (AWS::Redshift::ClusterSubnetGroup)
        resource "aws_redshift_subnet_group" "subnets" {
          # cfn2tf: 'ClusterSubnetGroupName' is not set: CloudFormation names it <stack>-Subnets-<suffix>;
          # var.physical_names keeps the live name when a stack is adopted
          name        = lower(lookup(var.physical_names, "Subnets", "${var.stack_name}-Subnets"))
          description = "warehouse subnets"
          subnet_ids  = ["subnet-1", "subnet-2"]
          tags = {
            team = "data"
          }
        }

        """)
    #expect(
      MappingProbe.block("aws_redshift_parameter_group.params", in: conversion) == """
        # Params (AWS::Redshift::ClusterParameterGroup)
        resource "aws_redshift_parameter_group" "params" {
          name        = "warehouse-params"
          family      = "redshift-1.0"
          description = "warehouse"

          parameter {
            name  = "require_ssl"
            value = "true"
          }
          parameter {
            name  = "enable_user_activity_logging"
            value = "true"
          }
        }

        """)
    #expect(MappingProbe.entry("Classic", in: conversion)?.status == .dropped)
    let outputs = conversion.file("outputs.tf")?.contents ?? ""
    for line in [
      "value = aws_redshift_cluster.warehouse.cluster_identifier",
      "value = aws_redshift_cluster.warehouse.dns_name",
      "value = aws_redshift_cluster.warehouse.port",
      "value = aws_redshift_cluster.warehouse.cluster_namespace_arn",
      "value = aws_redshift_subnet_group.subnets.name",
      "value = aws_redshift_parameter_group.params.name",
    ] {
      #expect(outputs.contains(line), "\(line)")
    }
  }

  @Test(
    "Redshift types convert to a module terraform validates",
    .enabled(if: Repository.canValidate, "needs terraform, its provider mirror and tf-validate"))
  func oracle() throws {
    let (status, output) = try MappingProbe.validate(Self.convert(), label: "redshift")
    #expect(status == 0, "\(output)")
  }
}

extension Redshift: ImportCaseProvider {
  static let importIds = [
    "Key": "1234abcd-12ab-34cd-56ef-1234567890ab", "Subnets": "web-subnets-1abcdefghijk",
    "Params": "warehouse-params", "Warehouse": "warehouse", "Scratch": "web-scratch-1abcdefghijk",
  ]

  static func redshift(_ address: String, _ origin: String, _ expected: ImportCase.Expectation)
    -> ImportCase
  {
    ImportCase(
      address: address, origin: origin, resources: RedshiftMappingTests.resources,
      parameters: RedshiftMappingTests.parameters, physicalIds: importIds, expected: expected)
  }

  /// Clusters and groups are imported by their identifier or name, which is the physical id.
  static var importCases: [ImportCase] {
    [
      redshift("aws_redshift_cluster.warehouse", "Warehouse", .id("warehouse")),
      redshift("aws_redshift_subnet_group.subnets", "Subnets", .id("web-subnets-1abcdefghijk")),
      redshift("aws_redshift_parameter_group.params", "Params", .id("warehouse-params")),
    ]
  }
}
