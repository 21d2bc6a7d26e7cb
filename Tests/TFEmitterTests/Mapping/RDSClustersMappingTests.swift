import Testing

@testable import TFEmitter

@Suite("RDS cluster, group and proxy mappings")
struct RDSClustersMappingTests {
  static let parameters = #"{"Password": {"Type": "String", "NoEcho": true}}"#

  static let resources = """
    {"ClusterParams": {"Type": "AWS::RDS::DBClusterParameterGroup", "Properties": {
       "Description": "aurora", "Family": "aurora-postgresql15",
       "Parameters": {"rds.force_ssl": 1, "shared_preload_libraries": "pg_stat_statements"}}},
     "InstanceParams": {"Type": "AWS::RDS::DBParameterGroup", "Properties": {
       "DBParameterGroupName": "App-Params", "Description": "mysql", "Family": "mysql8.0",
       "Parameters": {"max_connections": "200"}, "Tags": [{"Key": "app", "Value": "web"}]}},
     "Options": {"Type": "AWS::RDS::OptionGroup", "Properties": {"EngineName": "mysql",
       "MajorEngineVersion": "8.0", "OptionGroupDescription": "audit",
       "OptionConfigurations": [{"OptionName": "MARIADB_AUDIT_PLUGIN",
         "DBSecurityGroupMemberships": ["classic"],
         "OptionSettings": [{"Name": "SERVER_AUDIT_EVENTS", "Value": "CONNECT"}]}]}},
     "Cluster": {"Type": "AWS::RDS::DBCluster", "Properties": {"Engine": "aurora-postgresql",
       "EngineVersion": "15.4", "MasterUsername": "admin",
       "MasterUserPassword": {"Ref": "Password"},
       "DBClusterParameterGroupName": {"Ref": "ClusterParams"},
       "ServerlessV2ScalingConfiguration": {"MinCapacity": 0.5, "MaxCapacity": 4},
       "StorageEncrypted": true, "KmsKeyId": {"Ref": "Key"}, "PubliclyAccessible": false,
       "AssociatedRoles": [
         {"RoleArn": "arn:aws:iam::123456789012:role/s3-import", "FeatureName": "s3Import"}]}},
     "Key": {"Type": "AWS::KMS::Key", "Properties": {"KeyPolicy": {"Version": "2012-10-17",
       "Statement": [{"Effect": "Allow", "Principal": {"AWS": "*"}, "Action": "kms:*",
         "Resource": "*"}]}}},
     "Legacy": {"Type": "AWS::RDS::DBCluster", "DeletionPolicy": "Snapshot", "Properties": {
       "DBClusterIdentifier": "Legacy", "Engine": "aurora-mysql", "EngineMode": "serverless",
       "MasterUsername": "admin", "MasterUserPassword": "hunter2hunter2",
       "ScalingConfiguration": {"MinCapacity": 1, "MaxCapacity": 8, "AutoPause": true,
         "SecondsUntilAutoPause": 300},
       "AssociatedRoles": [{"RoleArn": "arn:aws:iam::123456789012:role/mysql-s3"}],
       "MasterUserAuthenticationType": "iam-db-auth"}},
     "Clone": {"Type": "AWS::RDS::DBCluster", "DeletionPolicy": "Delete", "Properties": {
       "DBClusterIdentifier": "clone", "Engine": "aurora-postgresql",
       "SourceDBClusterIdentifier": {"Ref": "Cluster"}, "RestoreType": "copy-on-write",
       "UseLatestRestorableTime": true}},
     "Global": {"Type": "AWS::RDS::GlobalCluster", "Properties": {
       "GlobalClusterIdentifier": "global", "SourceDBClusterIdentifier": {"Ref": "Cluster"}}},
     "Events": {"Type": "AWS::RDS::EventSubscription", "Properties": {
       "SnsTopicArn": "arn:aws:sns:us-east-1:123456789012:db", "SourceType": "db-cluster",
       "SourceIds": [{"Ref": "Cluster"}], "EventCategories": ["failover"], "Enabled": true}},
     "Proxy": {"Type": "AWS::RDS::DBProxy", "Properties": {"DBProxyName": "app-proxy",
       "EngineFamily": "POSTGRESQL", "RoleArn": "arn:aws:iam::123456789012:role/proxy",
       "VpcSubnetIds": ["subnet-1", "subnet-2"], "RequireTLS": true,
       "DefaultAuthScheme": "NONE", "EndpointNetworkType": "DUAL",
       "Auth": [{"AuthScheme": "SECRETS", "IAMAuth": "DISABLED",
         "SecretArn": "arn:aws:secretsmanager:us-east-1:123456789012:secret:db"}]}},
     "ProxyTargets": {"Type": "AWS::RDS::DBProxyTargetGroup", "Properties": {
       "DBProxyName": {"Ref": "Proxy"}, "TargetGroupName": "default",
       "DBClusterIdentifiers": [{"Ref": "Cluster"}],
       "ConnectionPoolConfigurationInfo": {"MaxConnectionsPercent": 90}}}}
    """

  static func convert() -> Conversion {
    Converter.convert(
      """
      {"Parameters": \(parameters), "Resources": \(resources),
       "Outputs": {"Endpoint": {"Value": {"Fn::GetAtt": ["Cluster", "Endpoint.Address"]}},
         "Reader": {"Value": {"Fn::GetAtt": ["Cluster", "ReadEndpoint.Address"]}},
         "Port": {"Value": {"Fn::GetAtt": ["Cluster", "Endpoint.Port"]}},
         "Secret": {"Value": {"Fn::GetAtt": ["Cluster", "MasterUserSecret.SecretArn"]}},
         "Id": {"Value": {"Ref": "Cluster"}},
         "Global": {"Value": {"Fn::GetAtt": ["Global", "GlobalEndpoint.Address"]}},
         "Proxy": {"Value": {"Fn::GetAtt": ["Proxy", "Endpoint"]}},
         "TargetGroup": {"Value": {"Ref": "ProxyTargets"}}}}
      """, fileName: "t.json")
  }

  @Test("a cluster: changes at once, a final snapshot, the master password from its variable")
  func cluster() {
    let conversion = Self.convert()
    #expect(
      MappingProbe.block("aws_rds_cluster.cluster", in: conversion) == """
        # Cluster (AWS::RDS::DBCluster)
        # cfn2tf: 'PubliclyAccessible' is dropped: false is RDS's default, which needs no argument
        resource "aws_rds_cluster" "cluster" {
          # cfn2tf: 'DBClusterIdentifier' is not set: CloudFormation names it <stack>-Cluster-<suffix>;
          # var.physical_names keeps the live name when a stack is adopted
          cluster_identifier              = lower(lookup(var.physical_names, "Cluster", "${var.stack_name}-Cluster"))
          engine                          = "aurora-postgresql"
          engine_version                  = "15.4"
          storage_encrypted               = true
          kms_key_id                      = aws_kms_key.key.arn
          master_username                 = "admin"
          master_password                 = var.password
          db_cluster_parameter_group_name = aws_rds_cluster_parameter_group.cluster_params.name
          # CloudFormation applies changes at once, not in the maintenance window
          apply_immediately = true
          # CloudFormation takes a final snapshot when it deletes the cluster
          final_snapshot_identifier = "${lower(lookup(var.physical_names, "Cluster", "${var.stack_name}-Cluster"))}-final-snapshot"

          serverlessv2_scaling_configuration {
            min_capacity = 0.5
            max_capacity = 4
          }
        }

        """)
    #expect(
      MappingProbe.block("aws_rds_cluster_role_association.cluster_s3_import", in: conversion)
        == """
        # Cluster.AssociatedRoles[0] (AWS::RDS::DBCluster)
        resource "aws_rds_cluster_role_association" "cluster_s3_import" {
          db_cluster_identifier = aws_rds_cluster.cluster.cluster_identifier
          feature_name          = "s3Import"
          role_arn              = "arn:aws:iam::123456789012:role/s3-import"
        }

        """)
    let password = MappingProbe.entry("Cluster.Properties.MasterUserPassword", in: conversion)
    #expect(password?.status == .exact)
    #expect(password?.sourceValue == "(sensitive)")
    #expect(MappingProbe.entry("Cluster.ApplyImmediately", in: conversion)?.kind == .addition)
    #expect(
      MappingProbe.entry("Cluster.Properties.KmsKeyId", in: conversion)?.note
        == "Ref to the key (its id) became its arn")
  }

  @Test("a serverless v1 cluster: scaling, roles without a feature, a written password")
  func legacyCluster() {
    let conversion = Self.convert()
    #expect(
      MappingProbe.block("aws_rds_cluster.legacy", in: conversion) == """
        # Legacy (AWS::RDS::DBCluster)
        # cfn2tf: 'MasterUserAuthenticationType' is not converted: aws_rds_cluster (provider 5.100) cannot make the master user sign in through IAM: set it with 'aws rds modify-db-cluster --master-user-authentication-type iam-db-auth'
        resource "aws_rds_cluster" "legacy" {
          cluster_identifier = "legacy"
          engine             = "aurora-mysql"
          engine_mode        = "serverless"
          master_username    = "admin"
          master_password    = var.legacy_master_user_password
          iam_roles          = ["arn:aws:iam::123456789012:role/mysql-s3"]
          # CloudFormation applies changes at once, not in the maintenance window
          apply_immediately = true
          # CloudFormation takes a final snapshot when it deletes the cluster
          final_snapshot_identifier = "legacy-final-snapshot"

          scaling_configuration {
            min_capacity             = 1
            max_capacity             = 8
            auto_pause               = true
            seconds_until_auto_pause = 300
          }

          lifecycle {
            prevent_destroy = true
          }
        }

        """)
    let messages = MappingProbe.messages(conversion)
    #expect(
      messages.contains(
        "the master password of 'Legacy' is written in the template; it becomes the sensitive variable 'legacy_master_user_password'"
      ))
    let variables = conversion.file("variables.tf")?.contents ?? ""
    #expect(!variables.contains("hunter2hunter2"))
    #expect(variables.contains(#"variable "legacy_master_user_password" {"#))
    #expect(
      MappingProbe.entry("Legacy.Properties.DBClusterIdentifier", in: conversion)?.status
        == .transformed)
  }

  @Test("a clone restores to a point in time; DeletionPolicy Delete skips the snapshot")
  func clone() {
    let conversion = Self.convert()
    #expect(
      MappingProbe.block("aws_rds_cluster.clone", in: conversion) == """
        # Clone (AWS::RDS::DBCluster)
        resource "aws_rds_cluster" "clone" {
          cluster_identifier = "clone"
          engine             = "aurora-postgresql"
          # CloudFormation applies changes at once, not in the maintenance window
          apply_immediately   = true
          skip_final_snapshot = true

          restore_to_point_in_time {
            source_cluster_identifier  = aws_rds_cluster.cluster.cluster_identifier
            restore_type               = "copy-on-write"
            use_latest_restorable_time = true
          }
        }

        """)
    #expect(
      MappingProbe.entry("Clone.Properties.RestoreType", in: conversion)?.targetText
        == "aws_rds_cluster.clone.restore_to_point_in_time.restore_type")
  }

  @Test("parameter groups apply every parameter at the next reboot; option groups")
  func groups() {
    let conversion = Self.convert()
    #expect(
      MappingProbe.block("aws_db_parameter_group.instance_params", in: conversion) == """
        # InstanceParams (AWS::RDS::DBParameterGroup)
        resource "aws_db_parameter_group" "instance_params" {
          name        = "app-params"
          family      = "mysql8.0"
          description = "mysql"
          tags = {
            app = "web"
          }

          # CloudFormation applies dynamic parameters at once; pending-reboot, which RDS takes
          # for every parameter, waits for a reboot (Terraform's immediate fails on static ones)
          parameter {
            name         = "max_connections"
            value        = "200"
            apply_method = "pending-reboot"
          }
        }

        """)
    let cluster = MappingProbe.block(
      "aws_rds_cluster_parameter_group.cluster_params", in: conversion)
    #expect(cluster?.contains(#"name         = "rds.force_ssl""#) == true)
    #expect(cluster?.contains(#"value        = "1""#) == true)
    #expect(
      MappingProbe.entry("ClusterParams.Properties.Parameters", in: conversion)?.status
        == .approximated)
    #expect(
      MappingProbe.block("aws_db_option_group.options", in: conversion) == """
        # Options (AWS::RDS::OptionGroup)
        # cfn2tf: 'OptionConfigurations[0].DBSecurityGroupMemberships' is dropped: DB security groups are EC2-Classic, which AWS retired: give the option VpcSecurityGroupMemberships
        resource "aws_db_option_group" "options" {
          # cfn2tf: 'OptionGroupName' is not set: CloudFormation names it <stack>-Options-<suffix>;
          # var.physical_names keeps the live name when a stack is adopted
          name                     = lower(lookup(var.physical_names, "Options", "${var.stack_name}-Options"))
          option_group_description = "audit"
          engine_name              = "mysql"
          major_engine_version     = "8.0"

          option {
            option_name = "MARIADB_AUDIT_PLUGIN"

            option_settings {
              name  = "SERVER_AUDIT_EVENTS"
              value = "CONNECT"
            }
          }
        }

        """)
  }

  @Test("global clusters (the source cluster's ARN) and event subscriptions")
  func globalAndEvents() {
    let conversion = Self.convert()
    #expect(
      MappingProbe.block("aws_rds_global_cluster.global", in: conversion) == """
        # Global (AWS::RDS::GlobalCluster)
        resource "aws_rds_global_cluster" "global" {
          global_cluster_identifier    = "global"
          source_db_cluster_identifier = aws_rds_cluster.cluster.arn
          # Terraform removes the source cluster from the global cluster to delete it
          force_destroy = true
        }

        """)
    #expect(
      MappingProbe.block("aws_db_event_subscription.events", in: conversion) == """
        # Events (AWS::RDS::EventSubscription)
        resource "aws_db_event_subscription" "events" {
          # cfn2tf: 'SubscriptionName' is not set: CloudFormation names it <stack>-Events-<suffix>;
          # var.physical_names keeps the live name when a stack is adopted
          name             = lookup(var.physical_names, "Events", "${var.stack_name}-Events")
          sns_topic        = "arn:aws:sns:us-east-1:123456789012:db"
          source_type      = "db-cluster"
          source_ids       = [aws_rds_cluster.cluster.cluster_identifier]
          event_categories = ["failover"]
          enabled          = true
        }

        """)
  }

  @Test("proxies; a target group is the default one, each cluster a target")
  func proxies() {
    let conversion = Self.convert()
    #expect(
      MappingProbe.block("aws_db_proxy.proxy", in: conversion) == """
        # Proxy (AWS::RDS::DBProxy)
        # cfn2tf: 'DefaultAuthScheme' is dropped: "NONE" is RDS's default, which needs no argument
        # cfn2tf: 'EndpointNetworkType' is not converted: aws_db_proxy (provider 5.100) makes IPv4 endpoints only: create the proxy's endpoints with 'aws rds create-db-proxy --endpoint-network-type'
        resource "aws_db_proxy" "proxy" {
          name           = "app-proxy"
          engine_family  = "POSTGRESQL"
          role_arn       = "arn:aws:iam::123456789012:role/proxy"
          vpc_subnet_ids = ["subnet-1", "subnet-2"]
          require_tls    = true

          auth {
            auth_scheme = "SECRETS"
            secret_arn  = "arn:aws:secretsmanager:us-east-1:123456789012:secret:db"
            iam_auth    = "DISABLED"
          }
        }

        """)
    #expect(
      MappingProbe.block("aws_db_proxy_default_target_group.proxy_targets", in: conversion) == """
        # ProxyTargets (AWS::RDS::DBProxyTargetGroup)
        resource "aws_db_proxy_default_target_group" "proxy_targets" {
          db_proxy_name = aws_db_proxy.proxy.name

          connection_pool_config {
            max_connections_percent = 90
          }
        }

        """)
    #expect(
      MappingProbe.block("aws_db_proxy_target.proxy_targets_cluster", in: conversion) == """
        # ProxyTargets.DBClusterIdentifiers (AWS::RDS::DBProxyTargetGroup)
        resource "aws_db_proxy_target" "proxy_targets_cluster" {
          db_proxy_name         = aws_db_proxy_default_target_group.proxy_targets.db_proxy_name
          target_group_name     = aws_db_proxy_default_target_group.proxy_targets.name
          db_cluster_identifier = aws_rds_cluster.cluster.cluster_identifier
        }

        """)
    #expect(
      MappingProbe.entry("ProxyTargets.Properties.TargetGroupName", in: conversion)?.status
        == .exact)
  }

  static let instanceTargets = """
    {"Proxy": {"Type": "AWS::RDS::DBProxy", "Properties": {"DBProxyName": "reports",
       "EngineFamily": "MYSQL", "RoleArn": "arn:aws:iam::123456789012:role/proxy",
       "VpcSubnetIds": ["subnet-1", "subnet-2"],
       "Auth": [{"SecretArn": "arn:aws:secretsmanager:us-east-1:123456789012:secret:db"}]}},
     "Targets": {"Type": "AWS::RDS::DBProxyTargetGroup", "Properties": {
       "DBProxyName": {"Ref": "Proxy"}, "TargetGroupName": "default",
       "DBInstanceIdentifiers": ["reporting"]}}}
    """

  @Test("a target group serving instances: an RDS_INSTANCE target each")
  func instanceTargets() {
    let conversion = MappingProbe.convert(resources: Self.instanceTargets)
    #expect(MappingProbe.messages(conversion) == [])
    #expect(
      MappingProbe.block("aws_db_proxy_target.targets_reporting", in: conversion) == """
        # Targets.DBInstanceIdentifiers (AWS::RDS::DBProxyTargetGroup)
        resource "aws_db_proxy_target" "targets_reporting" {
          db_proxy_name          = aws_db_proxy_default_target_group.targets.db_proxy_name
          target_group_name      = aws_db_proxy_default_target_group.targets.name
          db_instance_identifier = "reporting"
        }

        """)
  }

  @Test("Ref and GetAtt: endpoints, port, the master secret, ARNs")
  func attributes() {
    let outputs = Self.convert().file("outputs.tf")?.contents ?? ""
    #expect(outputs.contains("value = aws_rds_cluster.cluster.endpoint\n"))
    #expect(outputs.contains("value = aws_rds_cluster.cluster.reader_endpoint"))
    #expect(outputs.contains("value = aws_rds_cluster.cluster.port"))
    #expect(outputs.contains("value = aws_rds_cluster.cluster.master_user_secret[0].secret_arn"))
    #expect(outputs.contains("value = aws_rds_cluster.cluster.cluster_identifier"))
    #expect(outputs.contains("value = aws_rds_global_cluster.global.endpoint"))
    #expect(outputs.contains("value = aws_db_proxy.proxy.endpoint"))
    #expect(outputs.contains("value = aws_db_proxy_default_target_group.proxy_targets.arn"))
  }

  @Test(
    "RDS clusters, groups and proxies convert to a module terraform validates",
    .enabled(if: Repository.canValidate, "needs terraform, its provider mirror and tf-validate"))
  func oracle() throws {
    let (status, output) = try MappingProbe.validate(Self.convert(), label: "rds-clusters")
    #expect(status == 0, "\(output)")
  }
}

extension RDS.Clusters: ImportCaseProvider {
  static let importIds = [
    "ClusterParams": "web-clusterparams-1abcdefghijk", "InstanceParams": "app-params",
    "Options": "web-options-1abcdefghijk", "Cluster": "web-cluster-1abcdefghijk",
    "Legacy": "legacy", "Clone": "clone", "Global": "global", "Events": "web-events-1abcdefghijk",
    "Proxy": "app-proxy",
    "ProxyTargets": "arn:aws:rds:us-east-1:123456789012:target-group:prx-tg-0123456789abcdef0",
  ]

  static func rds(_ address: String, _ origin: String, _ expected: ImportCase.Expectation)
    -> ImportCase
  {
    ImportCase(
      address: address, origin: origin, resources: RDSClustersMappingTests.resources,
      parameters: RDSClustersMappingTests.parameters, physicalIds: importIds, expected: expected)
  }

  /// Names and identifiers are the physical ids; a role association is `<cluster>,<role ARN>`,
  /// the default target group its proxy's name, a target `<proxy>/default/<type>/<identifier>`.
  static var importCases: [ImportCase] {
    [
      rds(
        "aws_rds_cluster_parameter_group.cluster_params", "ClusterParams",
        .id("web-clusterparams-1abcdefghijk")),
      rds("aws_db_parameter_group.instance_params", "InstanceParams", .id("app-params")),
      rds("aws_db_option_group.options", "Options", .id("web-options-1abcdefghijk")),
      rds("aws_rds_cluster.cluster", "Cluster", .id("web-cluster-1abcdefghijk")),
      rds(
        "aws_rds_cluster_role_association.cluster_s3_import", "Cluster",
        .id("web-cluster-1abcdefghijk,arn:aws:iam::123456789012:role/s3-import")),
      rds("aws_rds_global_cluster.global", "Global", .id("global")),
      rds("aws_db_event_subscription.events", "Events", .id("web-events-1abcdefghijk")),
      rds("aws_db_proxy.proxy", "Proxy", .id("app-proxy")),
      rds(
        "aws_db_proxy_default_target_group.proxy_targets", "ProxyTargets", .id("app-proxy")),
      rds(
        "aws_db_proxy_target.proxy_targets_cluster", "ProxyTargets",
        .id("app-proxy/default/TRACKED_CLUSTER/web-cluster-1abcdefghijk")),
      ImportCase(
        address: "aws_db_proxy_target.targets_reporting", origin: "Targets",
        resources: RDSClustersMappingTests.instanceTargets,
        physicalIds: ["Proxy": "reports", "Targets": importIds["ProxyTargets"] ?? ""],
        expected: .id("reports/default/RDS_INSTANCE/reporting")),
    ]
  }
}
