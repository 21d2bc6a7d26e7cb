import Testing

@testable import TFEmitter

@Suite("Neptune mappings")
struct NeptuneMappingTests {
  static let resources = """
    {"Subnets": {"Type": "AWS::Neptune::DBSubnetGroup", "Properties": {
       "DBSubnetGroupName": "Graph-Subnets", "DBSubnetGroupDescription": "graph",
       "SubnetIds": ["subnet-1", "subnet-2"]}},
     "ClusterParams": {"Type": "AWS::Neptune::DBClusterParameterGroup", "Properties": {
       "Name": "graph-cluster", "Family": "neptune1.3", "Description": "audit",
       "Parameters": {"neptune_enable_audit_log": 1}}},
     "InstanceParams": {"Type": "AWS::Neptune::DBParameterGroup", "Properties": {
       "Family": "neptune1.3", "Description": "timeout",
       "Parameters": {"neptune_query_timeout": 120000},
       "Tags": [{"Key": "team", "Value": "graph"}]}},
     "Cluster": {"Type": "AWS::Neptune::DBCluster", "Properties": {
       "DBClusterIdentifier": "graph", "EngineVersion": "1.3.2.1", "DBPort": 8182,
       "DBSubnetGroupName": {"Ref": "Subnets"}, "VpcSecurityGroupIds": ["sg-1"],
       "DBClusterParameterGroupName": {"Ref": "ClusterParams"}, "StorageEncrypted": true,
       "KmsKeyId": "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab",
       "IamAuthEnabled": true, "BackupRetentionPeriod": 7,
       "AssociatedRoles": [{"RoleArn": "arn:aws:iam::123456789012:role/neptune-load"}],
       "EnableCloudwatchLogsExports": ["audit"], "DeletionProtection": true,
       "CopyTagsToSnapshot": true,
       "ServerlessScalingConfiguration": {"MinCapacity": 1, "MaxCapacity": 8},
       "Tags": [{"Key": "team", "Value": "graph"}]}},
     "Instance": {"Type": "AWS::Neptune::DBInstance", "Properties": {
       "DBClusterIdentifier": {"Ref": "Cluster"}, "DBInstanceClass": "db.serverless",
       "DBParameterGroupName": {"Ref": "InstanceParams"}, "AutoMinorVersionUpgrade": true,
       "PreferredMaintenanceWindow": "sun:05:00-sun:06:00"}}}
    """

  static func convert() -> Conversion {
    Converter.convert(
      """
      {"Resources": \(resources),
       "Outputs": {"Cluster": {"Value": {"Ref": "Cluster"}},
         "Endpoint": {"Value": {"Fn::GetAtt": ["Cluster", "Endpoint"]}},
         "Reader": {"Value": {"Fn::GetAtt": ["Cluster", "ReadEndpoint"]}},
         "Port": {"Value": {"Fn::GetAtt": ["Cluster", "Port"]}},
         "Instance": {"Value": {"Ref": "Instance"}},
         "Address": {"Value": {"Fn::GetAtt": ["Instance", "Endpoint"]}}}}
      """, fileName: "t.json")
  }

  @Test("a cluster: roles as iam_roles, serverless scaling, no snapshot without a policy")
  func cluster() {
    let conversion = Self.convert()
    #expect(MappingProbe.messages(conversion) == [])
    #expect(
      MappingProbe.block("aws_neptune_cluster.cluster", in: conversion) == """
        # Cluster (AWS::Neptune::DBCluster)
        resource "aws_neptune_cluster" "cluster" {
          cluster_identifier                   = "graph"
          engine_version                       = "1.3.2.1"
          port                                 = 8182
          neptune_subnet_group_name            = aws_neptune_subnet_group.subnets.name
          vpc_security_group_ids               = ["sg-1"]
          neptune_cluster_parameter_group_name = aws_neptune_cluster_parameter_group.cluster_params.name
          storage_encrypted                    = true
          kms_key_arn                          = "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"
          iam_database_authentication_enabled  = true
          iam_roles                            = ["arn:aws:iam::123456789012:role/neptune-load"]
          backup_retention_period              = 7
          copy_tags_to_snapshot                = true
          deletion_protection                  = true
          enable_cloudwatch_logs_exports       = ["audit"]
          tags = {
            team = "graph"
          }
          # CloudFormation applies changes at once, not in the maintenance window
          apply_immediately = true
          # CloudFormation deletes the cluster without a snapshot (no DeletionPolicy)
          skip_final_snapshot = true

          serverless_v2_scaling_configuration {
            min_capacity = 1
            max_capacity = 8
          }
        }

        """)
  }

  @Test("an instance, subnet and parameter groups; Ref and GetAtt")
  func instanceAndGroups() {
    let conversion = Self.convert()
    #expect(
      MappingProbe.block("aws_neptune_cluster_instance.instance", in: conversion) == """
        # Instance (AWS::Neptune::DBInstance)
        resource "aws_neptune_cluster_instance" "instance" {
          # cfn2tf: 'DBInstanceIdentifier' is not set: CloudFormation names it <stack>-Instance-<suffix>;
          # var.physical_names keeps the live name when a stack is adopted
          identifier                   = lower(lookup(var.physical_names, "Instance", "${var.stack_name}-Instance"))
          cluster_identifier           = aws_neptune_cluster.cluster.cluster_identifier
          instance_class               = "db.serverless"
          neptune_parameter_group_name = aws_neptune_parameter_group.instance_params.name
          auto_minor_version_upgrade   = true
          preferred_maintenance_window = "sun:05:00-sun:06:00"
          # CloudFormation applies changes at once, not in the maintenance window
          apply_immediately = true
        }

        """)
    #expect(
      MappingProbe.block("aws_neptune_subnet_group.subnets", in: conversion) == """
        # Subnets (AWS::Neptune::DBSubnetGroup)
        resource "aws_neptune_subnet_group" "subnets" {
          name        = "graph-subnets"
          description = "graph"
          subnet_ids  = ["subnet-1", "subnet-2"]
        }

        """)
    #expect(
      MappingProbe.block("aws_neptune_parameter_group.instance_params", in: conversion) == """
        # InstanceParams (AWS::Neptune::DBParameterGroup)
        resource "aws_neptune_parameter_group" "instance_params" {
          # cfn2tf: 'Name' is not set: CloudFormation names it <stack>-InstanceParams-<suffix>;
          # var.physical_names keeps the live name when a stack is adopted
          name        = lower(lookup(var.physical_names, "InstanceParams", "${var.stack_name}-InstanceParams"))
          family      = "neptune1.3"
          description = "timeout"
          tags = {
            team = "graph"
          }

          # CloudFormation applies dynamic parameters at once; pending-reboot, which RDS takes
          # for every parameter, waits for a reboot (Terraform's immediate fails on static ones)
          parameter {
            name         = "neptune_query_timeout"
            value        = "120000"
            apply_method = "pending-reboot"
          }
        }

        """)
    #expect(
      MappingProbe.block("aws_neptune_cluster_parameter_group.cluster_params", in: conversion)?
        .contains(#"name        = "graph-cluster""#) == true)
    let outputs = conversion.file("outputs.tf")?.contents ?? ""
    for value in [
      "aws_neptune_cluster.cluster.cluster_identifier", "aws_neptune_cluster.cluster.endpoint",
      "aws_neptune_cluster.cluster.reader_endpoint", "aws_neptune_cluster.cluster.port",
      "aws_neptune_cluster_instance.instance.identifier",
      "aws_neptune_cluster_instance.instance.address",
    ] {
      #expect(outputs.contains("value = \(value)\n"), "\(value)")
    }
  }

  @Test("clones, role features and an instance without a cluster are reported")
  func gaps() {
    let conversion = MappingProbe.convert(
      resources: """
        {"C": {"Type": "AWS::Neptune::DBCluster", "DeletionPolicy": "Snapshot", "Properties": {
           "DBClusterIdentifier": "c", "SourceDBClusterIdentifier": "graph",
           "RestoreType": "copy-on-write", "UseLatestRestorableTime": true,
           "AssociatedRoles": [{"RoleArn": "arn:aws:iam::123456789012:role/r",
             "FeatureName": "SageMaker"}]}},
         "D": {"Type": "AWS::Neptune::DBCluster", "Properties": {"RestoreType": "full-copy"}},
         "I": {"Type": "AWS::Neptune::DBInstance", "Properties": {
           "DBInstanceClass": "db.r6g.large"}}}
        """)
    for (path, status) in [
      ("C.Properties.SourceDBClusterIdentifier", LedgerStatus.unsupported),
      ("C.Properties.RestoreType", .unsupported),
      ("C.Properties.AssociatedRoles[0].FeatureName", .unsupported),
      ("D.Properties.RestoreType", .dropped),
      ("I.Properties.DBClusterIdentifier", .unsupported),
    ] {
      #expect(MappingProbe.entry(path, in: conversion)?.status == status, "\(path)")
    }
    #expect(
      MappingProbe.block("aws_neptune_cluster.c", in: conversion)?.contains(
        #"final_snapshot_identifier = "c-final-snapshot""#) == true)
  }

  @Test(
    "clusters, instances and groups convert to a module terraform validates",
    .enabled(if: Repository.canValidate, "needs terraform, its provider mirror and tf-validate"))
  func oracle() throws {
    let (status, output) = try MappingProbe.validate(Self.convert(), label: "neptune")
    #expect(status == 0, "\(output)")
  }
}

extension Neptune: ImportCaseProvider {
  static func neptune(_ address: String, _ origin: String, _ expected: ImportCase.Expectation)
    -> ImportCase
  {
    ImportCase(
      address: address, origin: origin, resources: NeptuneMappingTests.resources,
      physicalIds: [
        "Subnets": "graph-subnets", "ClusterParams": "graph-cluster",
        "InstanceParams": "web-instanceparams-1a2b", "Cluster": "graph",
        "Instance": "web-instance-3c4d",
      ], expected: expected)
  }

  /// Everything by its identifier or name.
  static var importCases: [ImportCase] {
    [
      neptune("aws_neptune_cluster.cluster", "Cluster", .id("graph")),
      neptune("aws_neptune_cluster_instance.instance", "Instance", .id("web-instance-3c4d")),
      neptune("aws_neptune_subnet_group.subnets", "Subnets", .id("graph-subnets")),
      neptune(
        "aws_neptune_cluster_parameter_group.cluster_params", "ClusterParams",
        .id("graph-cluster")),
      neptune(
        "aws_neptune_parameter_group.instance_params", "InstanceParams",
        .id("web-instanceparams-1a2b")),
    ]
  }
}
