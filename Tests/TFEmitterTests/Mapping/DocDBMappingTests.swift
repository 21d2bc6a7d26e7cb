import Testing

@testable import TFEmitter

@Suite("DocumentDB mappings")
struct DocDBMappingTests {
  static let parameters = #"{"Password": {"Type": "String", "NoEcho": true}}"#

  static let resources = """
    {"Subnets": {"Type": "AWS::DocDB::DBSubnetGroup", "Properties": {
       "DBSubnetGroupName": "DocDB-Subnets", "DBSubnetGroupDescription": "docdb",
       "SubnetIds": ["subnet-1", "subnet-2"], "Tags": [{"Key": "team", "Value": "data"}]}},
     "Params": {"Type": "AWS::DocDB::DBClusterParameterGroup", "Properties": {
       "Family": "docdb5.0", "Description": "tls", "Parameters": {"tls": "enabled"}}},
     "Key": {"Type": "AWS::KMS::Key", "Properties": {
       "KeyPolicy": {"Version": "2012-10-17", "Statement": []}}},
     "Cluster": {"Type": "AWS::DocDB::DBCluster", "DeletionPolicy": "Snapshot", "Properties": {
       "DBClusterIdentifier": "Docs", "EngineVersion": "5.0.0", "MasterUsername": "admin",
       "MasterUserPassword": {"Ref": "Password"}, "Port": 27017,
       "DBSubnetGroupName": {"Ref": "Subnets"}, "VpcSecurityGroupIds": ["sg-1"],
       "DBClusterParameterGroupName": {"Ref": "Params"}, "StorageEncrypted": true,
       "KmsKeyId": {"Ref": "Key"}, "BackupRetentionPeriod": 7,
       "PreferredBackupWindow": "03:00-04:00",
       "PreferredMaintenanceWindow": "sun:05:00-sun:06:00",
       "EnableCloudwatchLogsExports": ["audit"], "DeletionProtection": true,
       "Tags": [{"Key": "team", "Value": "data"}]}},
     "Clone": {"Type": "AWS::DocDB::DBCluster", "Properties": {
       "SourceDBClusterIdentifier": {"Ref": "Cluster"}, "RestoreType": "copy-on-write",
       "UseLatestRestorableTime": true, "MasterUserPassword": "hunter22"}},
     "Instance": {"Type": "AWS::DocDB::DBInstance", "Properties": {
       "DBClusterIdentifier": {"Ref": "Cluster"}, "DBInstanceIdentifier": "docs-1",
       "DBInstanceClass": "db.r6g.large", "AutoMinorVersionUpgrade": true,
       "EnablePerformanceInsights": true, "CACertificateIdentifier": "rds-ca-rsa2048-g1"}}}
    """

  static func convert() -> Conversion {
    Converter.convert(
      """
      {"Parameters": \(parameters), "Resources": \(resources),
       "Outputs": {"Cluster": {"Value": {"Ref": "Cluster"}},
         "Endpoint": {"Value": {"Fn::GetAtt": ["Cluster", "Endpoint"]}},
         "Reader": {"Value": {"Fn::GetAtt": ["Cluster", "ReadEndpoint"]}},
         "Resource": {"Value": {"Fn::GetAtt": ["Cluster", "ClusterResourceId"]}},
         "Instance": {"Value": {"Fn::GetAtt": ["Instance", "Endpoint"]}},
         "Subnets": {"Value": {"Ref": "Subnets"}}, "Params": {"Value": {"Ref": "Params"}}}}
      """, fileName: "t.json")
  }

  @Test("a cluster: its password from a NoEcho parameter, the final snapshot its policy asks for")
  func cluster() {
    let conversion = Self.convert()
    #expect(
      MappingProbe.block("aws_docdb_cluster.cluster", in: conversion) == """
        # Cluster (AWS::DocDB::DBCluster)
        resource "aws_docdb_cluster" "cluster" {
          cluster_identifier              = "docs"
          engine_version                  = "5.0.0"
          master_username                 = "admin"
          master_password                 = var.password
          port                            = 27017
          db_subnet_group_name            = aws_docdb_subnet_group.subnets.name
          vpc_security_group_ids          = ["sg-1"]
          db_cluster_parameter_group_name = aws_docdb_cluster_parameter_group.params.name
          storage_encrypted               = true
          kms_key_id                      = aws_kms_key.key.arn
          backup_retention_period         = 7
          preferred_backup_window         = "03:00-04:00"
          preferred_maintenance_window    = "sun:05:00-sun:06:00"
          deletion_protection             = true
          enabled_cloudwatch_logs_exports = ["audit"]
          tags = {
            team = "data"
          }
          # CloudFormation applies changes at once, not in the maintenance window
          apply_immediately = true
          # CloudFormation takes a final snapshot when it deletes the cluster
          final_snapshot_identifier = "docs-final-snapshot"

          lifecycle {
            prevent_destroy = true
          }
        }

        """)
    let password = MappingProbe.entry("Cluster.Properties.MasterUserPassword", in: conversion)
    #expect(password?.sourceValue == Redaction.placeholder)
  }

  @Test("a clone: a point-in-time restore, no snapshot, a password written in the template")
  func clone() {
    let conversion = Self.convert()
    #expect(
      MappingProbe.block("aws_docdb_cluster.clone", in: conversion) == """
        # Clone (AWS::DocDB::DBCluster)
        resource "aws_docdb_cluster" "clone" {
          # cfn2tf: 'DBClusterIdentifier' is not set: CloudFormation names it <stack>-Clone-<suffix>;
          # var.physical_names keeps the live name when a stack is adopted
          cluster_identifier = lower(lookup(var.physical_names, "Clone", "${var.stack_name}-Clone"))
          master_password    = var.clone_master_user_password
          # CloudFormation applies changes at once, not in the maintenance window
          apply_immediately = true
          # CloudFormation deletes the cluster without a snapshot (no DeletionPolicy)
          skip_final_snapshot = true

          restore_to_point_in_time {
            source_cluster_identifier  = aws_docdb_cluster.cluster.cluster_identifier
            restore_type               = "copy-on-write"
            use_latest_restorable_time = true
          }
        }

        """)
    #expect(
      MappingProbe.messages(conversion) == [
        "the master password of 'Clone' is written in the template; it becomes the sensitive variable 'clone_master_user_password'"
      ])
    let variables = conversion.file("variables.tf")?.contents ?? ""
    #expect(variables.contains("variable \"clone_master_user_password\""))
    #expect(!variables.contains("hunter22"))
    #expect(!MappingProbe.mainFile(conversion).contains("hunter22"))
  }

  @Test("instances, subnet groups and parameter groups; Ref and GetAtt")
  func instanceAndGroups() {
    let conversion = Self.convert()
    #expect(
      MappingProbe.block("aws_docdb_cluster_instance.instance", in: conversion) == """
        # Instance (AWS::DocDB::DBInstance)
        resource "aws_docdb_cluster_instance" "instance" {
          identifier                  = "docs-1"
          cluster_identifier          = aws_docdb_cluster.cluster.cluster_identifier
          instance_class              = "db.r6g.large"
          auto_minor_version_upgrade  = true
          ca_cert_identifier          = "rds-ca-rsa2048-g1"
          enable_performance_insights = true
          # CloudFormation applies changes at once, not in the maintenance window
          apply_immediately = true
        }

        """)
    #expect(
      MappingProbe.block("aws_docdb_subnet_group.subnets", in: conversion) == """
        # Subnets (AWS::DocDB::DBSubnetGroup)
        resource "aws_docdb_subnet_group" "subnets" {
          name        = "docdb-subnets"
          description = "docdb"
          subnet_ids  = ["subnet-1", "subnet-2"]
          tags = {
            team = "data"
          }
        }

        """)
    #expect(
      MappingProbe.block("aws_docdb_cluster_parameter_group.params", in: conversion) == """
        # Params (AWS::DocDB::DBClusterParameterGroup)
        resource "aws_docdb_cluster_parameter_group" "params" {
          # cfn2tf: 'Name' is not set: CloudFormation names it <stack>-Params-<suffix>;
          # var.physical_names keeps the live name when a stack is adopted
          name        = lower(lookup(var.physical_names, "Params", "${var.stack_name}-Params"))
          family      = "docdb5.0"
          description = "tls"

          # CloudFormation applies dynamic parameters at once; pending-reboot, which RDS takes
          # for every parameter, waits for a reboot (Terraform's immediate fails on static ones)
          parameter {
            name         = "tls"
            value        = "enabled"
            apply_method = "pending-reboot"
          }
        }

        """)
    let outputs = conversion.file("outputs.tf")?.contents ?? ""
    for value in [
      "aws_docdb_cluster.cluster.cluster_identifier", "aws_docdb_cluster.cluster.endpoint",
      "aws_docdb_cluster.cluster.reader_endpoint", "aws_docdb_cluster.cluster.cluster_resource_id",
      "aws_docdb_cluster_instance.instance.endpoint", "aws_docdb_subnet_group.subnets.name",
      "aws_docdb_cluster_parameter_group.params.name",
    ] {
      #expect(outputs.contains("value = \(value)\n"), "\(value)")
    }
  }

  @Test("what provider 5.100 lacks is reported; defaults it has are dropped")
  func gaps() {
    let conversion = MappingProbe.convert(
      resources: """
        {"C": {"Type": "AWS::DocDB::DBCluster", "Properties": {"CopyTagsToSnapshot": true,
           "NetworkType": "IPV4", "RotateMasterUserPassword": false,
           "ServerlessV2ScalingConfiguration": {"MinCapacity": 0.5, "MaxCapacity": 2},
           "MasterUserSecretKmsKeyId": "alias/docdb", "ManageMasterUserPassword": true}},
         "I": {"Type": "AWS::DocDB::DBInstance", "Properties": {"DBClusterIdentifier": "c",
           "DBInstanceClass": "db.t3.medium", "CertificateRotationRestart": false}}}
        """)
    for (path, status) in [
      ("C.Properties.CopyTagsToSnapshot", LedgerStatus.unsupported),
      ("C.Properties.NetworkType", .dropped), ("C.Properties.RotateMasterUserPassword", .dropped),
      ("C.Properties.ServerlessV2ScalingConfiguration", .unsupported),
      ("C.Properties.MasterUserSecretKmsKeyId", .unsupported),
      ("I.Properties.CertificateRotationRestart", .unsupported),
    ] {
      #expect(MappingProbe.entry(path, in: conversion)?.status == status, "\(path)")
    }
  }

  @Test(
    "clusters, instances and groups convert to a module terraform validates",
    .enabled(if: Repository.canValidate, "needs terraform, its provider mirror and tf-validate"))
  func oracle() throws {
    let (status, output) = try MappingProbe.validate(Self.convert(), label: "docdb")
    #expect(status == 0, "\(output)")
  }
}

extension DocDB: ImportCaseProvider {
  static func docDB(_ address: String, _ origin: String, _ expected: ImportCase.Expectation)
    -> ImportCase
  {
    ImportCase(
      address: address, origin: origin, resources: DocDBMappingTests.resources,
      parameters: DocDBMappingTests.parameters,
      physicalIds: [
        "Subnets": "docdb-subnets", "Params": "web-params-1a2b3c", "Cluster": "docs",
        "Clone": "web-clone-4d5e6f", "Instance": "docs-1",
        "Key": "1234abcd-12ab-34cd-56ef-1234567890ab",
      ], expected: expected)
  }

  /// Everything by its identifier or name.
  static var importCases: [ImportCase] {
    [
      docDB("aws_docdb_cluster.cluster", "Cluster", .id("docs")),
      docDB("aws_docdb_cluster_instance.instance", "Instance", .id("docs-1")),
      docDB("aws_docdb_subnet_group.subnets", "Subnets", .id("docdb-subnets")),
      docDB("aws_docdb_cluster_parameter_group.params", "Params", .id("web-params-1a2b3c")),
    ]
  }
}
