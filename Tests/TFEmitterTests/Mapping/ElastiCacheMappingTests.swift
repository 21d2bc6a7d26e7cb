import Testing

@testable import TFEmitter

@Suite("ElastiCache mappings")
struct ElastiCacheMappingTests {
  static let parameters = #"{"AuthToken": {"Type": "String", "NoEcho": true}}"#

  static let resources = """
    {"Subnets": {"Type": "AWS::ElastiCache::SubnetGroup", "Properties": {
       "CacheSubnetGroupName": "Cache-Subnets", "Description": "cache",
       "SubnetIds": ["subnet-1", "subnet-2"], "Tags": [{"Key": "app", "Value": "web"}]}},
     "Params": {"Type": "AWS::ElastiCache::ParameterGroup", "Properties": {
       "CacheParameterGroupFamily": "redis7", "Description": "tuned",
       "Properties": {"maxmemory-policy": "allkeys-lru", "timeout": 300}}},
     "Memcached": {"Type": "AWS::ElastiCache::CacheCluster", "Properties": {
       "Engine": "memcached", "CacheNodeType": "cache.t3.micro", "NumCacheNodes": 2,
       "AZMode": "cross-az", "CacheSubnetGroupName": {"Ref": "Subnets"},
       "VpcSecurityGroupIds": ["sg-1"], "CacheSecurityGroupNames": ["classic"],
       "AutoMinorVersionUpgrade": true}},
     "Redis": {"Type": "AWS::ElastiCache::CacheCluster", "DeletionPolicy": "Snapshot",
       "Properties": {"ClusterName": "Sessions", "Engine": "Redis",
       "CacheNodeType": "cache.t3.micro", "NumCacheNodes": 1,
       "CacheParameterGroupName": {"Ref": "Params"},
       "LogDeliveryConfigurations": [{"DestinationType": "cloudwatch-logs", "LogFormat": "json",
         "LogType": "slow-log",
         "DestinationDetails": {"CloudWatchLogsDetails": {"LogGroup": "redis-slow"}}},
        {"DestinationType": "kinesis-firehose", "LogFormat": "text", "LogType": "engine-log",
         "DestinationDetails": {"KinesisFirehoseDetails": {"DeliveryStream": "redis-engine"}}}]}},
     "Sharded": {"Type": "AWS::ElastiCache::ReplicationGroup",
       "UpdatePolicy": {"UseOnlineResharding": true}, "Properties": {
       "ReplicationGroupDescription": "sessions", "Engine": "redis",
       "CacheNodeType": "cache.r6g.large", "AutomaticFailoverEnabled": true,
       "TransitEncryptionEnabled": true, "AtRestEncryptionEnabled": true,
       "KmsKeyId": {"Ref": "Key"}, "AuthToken": {"Ref": "AuthToken"},
       "NodeGroupConfiguration": [
         {"NodeGroupId": "0001", "ReplicaCount": 1, "Slots": "0-8191"},
         {"NodeGroupId": "0002", "ReplicaCount": 1, "Slots": "8192-16383"}],
       "SecurityGroupIds": ["sg-1"], "CacheSubnetGroupName": {"Ref": "Subnets"}}},
     "Key": {"Type": "AWS::KMS::Key", "Properties": {"KeyPolicy": {"Version": "2012-10-17",
       "Statement": [{"Effect": "Allow", "Principal": {"AWS": "*"}, "Action": "kms:*",
         "Resource": "*"}]}}},
     "Single": {"Type": "AWS::ElastiCache::ReplicationGroup", "Properties": {
       "ReplicationGroupId": "single", "ReplicationGroupDescription": "one shard",
       "CacheNodeType": "cache.t3.micro", "AuthToken": "plain-text-token-123",
       "NodeGroupConfiguration": [{"ReplicaCount": 2, "PrimaryAvailabilityZone": "us-east-1a",
         "ReplicaAvailabilityZones": ["us-east-1b", "us-east-1c"]}]}},
     "User": {"Type": "AWS::ElastiCache::User", "Properties": {"UserId": "app",
       "UserName": "app", "Engine": "redis", "AccessString": "on ~* +@all",
       "AuthenticationMode": {"Type": "password", "Passwords": ["a-long-password-1234"]}}},
     "Users": {"Type": "AWS::ElastiCache::UserGroup", "Properties": {"UserGroupId": "app-users",
       "Engine": "redis", "UserIds": ["default", {"Ref": "User"}]}},
     "Serverless": {"Type": "AWS::ElastiCache::ServerlessCache", "Properties": {
       "ServerlessCacheName": "fast", "Engine": "valkey", "MajorEngineVersion": "8",
       "CacheUsageLimits": {"DataStorage": {"Maximum": 10, "Unit": "GB"},
         "ECPUPerSecond": {"Maximum": 5000}},
       "SubnetIds": ["subnet-1", "subnet-2"], "UserGroupId": {"Ref": "Users"},
       "FinalSnapshotName": "last"}},
     "Classic": {"Type": "AWS::ElastiCache::SecurityGroup", "Properties": {"Description": "old"}},
     "ClassicIngress": {"Type": "AWS::ElastiCache::SecurityGroupIngress", "Properties": {
       "CacheSecurityGroupName": {"Ref": "Classic"}, "EC2SecurityGroupName": "web"}}}
    """

  static func convert() -> Conversion {
    Converter.convert(
      """
      {"Parameters": \(parameters), "Resources": \(resources),
       "Outputs": {"Redis": {"Value": {"Fn::GetAtt": ["Redis", "RedisEndpoint.Address"]}},
         "RedisPort": {"Value": {"Fn::GetAtt": ["Redis", "RedisEndpoint.Port"]}},
         "Memcached": {"Value": {"Fn::GetAtt": ["Memcached", "ConfigurationEndpoint.Address"]}},
         "Configuration": {"Value": {"Fn::GetAtt": ["Sharded", "ConfigurationEndPoint.Address"]}},
         "Primary": {"Value": {"Fn::GetAtt": ["Single", "PrimaryEndPoint.Address"]}},
         "Reader": {"Value": {"Fn::GetAtt": ["Single", "ReaderEndPoint.Address"]}},
         "Group": {"Value": {"Ref": "Single"}},
         "UserArn": {"Value": {"Fn::GetAtt": ["User", "Arn"]}},
         "Serverless": {"Value": {"Fn::GetAtt": ["Serverless", "Endpoint.Address"]}},
         "ServerlessPort": {"Value": {"Fn::GetAtt": ["Serverless", "Endpoint.Port"]}}}}
      """, fileName: "t.json")
  }

  @Test("cache clusters: lower-case ids and engines, changes applied at once, a final snapshot")
  func cacheClusters() {
    let conversion = Self.convert()
    #expect(
      MappingProbe.block("aws_elasticache_cluster.memcached", in: conversion) == """
        # Memcached (AWS::ElastiCache::CacheCluster)
        # cfn2tf: 'CacheSecurityGroupNames' is dropped: cache security groups are EC2-Classic, which AWS retired: give the cache VPC security groups (VpcSecurityGroupIds or SecurityGroupIds)
        resource "aws_elasticache_cluster" "memcached" {
          # cfn2tf: 'ClusterName' is not set: CloudFormation names it <stack>-Memcached-<suffix>;
          # var.physical_names keeps the live name when a stack is adopted
          cluster_id                 = lower(lookup(var.physical_names, "Memcached", "${var.stack_name}-Memcached"))
          engine                     = "memcached"
          node_type                  = "cache.t3.micro"
          num_cache_nodes            = 2
          az_mode                    = "cross-az"
          subnet_group_name          = aws_elasticache_subnet_group.subnets.name
          security_group_ids         = ["sg-1"]
          auto_minor_version_upgrade = "true"
          # CloudFormation applies changes at once, not in the maintenance window
          apply_immediately = true
        }

        """)
    #expect(
      MappingProbe.block("aws_elasticache_cluster.redis", in: conversion) == """
        # Redis (AWS::ElastiCache::CacheCluster)
        resource "aws_elasticache_cluster" "redis" {
          cluster_id           = "sessions"
          engine               = "redis"
          node_type            = "cache.t3.micro"
          num_cache_nodes      = 1
          parameter_group_name = aws_elasticache_parameter_group.params.name
          # CloudFormation applies changes at once, not in the maintenance window
          apply_immediately = true
          # DeletionPolicy Snapshot: ElastiCache takes a final snapshot on deletion
          final_snapshot_identifier = "sessions-final-snapshot"

          log_delivery_configuration {
            destination      = "redis-slow"
            destination_type = "cloudwatch-logs"
            log_format       = "json"
            log_type         = "slow-log"
          }
          log_delivery_configuration {
            destination      = "redis-engine"
            destination_type = "kinesis-firehose"
            log_format       = "text"
            log_type         = "engine-log"
          }

          lifecycle {
            prevent_destroy = true
          }
        }

        """)
    let classic = MappingProbe.entry("Memcached.Properties.CacheSecurityGroupNames", in: conversion)
    #expect(classic?.status == .dropped)
    let name = MappingProbe.entry("Redis.Properties.ClusterName", in: conversion)
    #expect(name?.status == .transformed)
    #expect(
      MappingProbe.entry(
        "Redis.Properties.LogDeliveryConfigurations[1].DestinationDetails.KinesisFirehoseDetails.DeliveryStream",
        in: conversion)?.targetText
        == "aws_elasticache_cluster.redis.log_delivery_configuration.destination")
    #expect(MappingProbe.entry("Redis.ApplyImmediately", in: conversion)?.kind == .addition)
  }

  @Test("replication groups: node groups shaped alike, the AUTH token a sensitive variable")
  func replicationGroups() {
    let conversion = Self.convert()
    #expect(
      MappingProbe.block("aws_elasticache_replication_group.sharded", in: conversion) == """
        # Sharded (AWS::ElastiCache::ReplicationGroup)
        # cfn2tf: 'NodeGroupConfiguration[0].NodeGroupId' is dropped: ElastiCache numbers the node groups itself: 0001, 0002, …
        # cfn2tf: 'NodeGroupConfiguration[0].Slots' is not converted: aws_elasticache_replication_group (provider 5.100) shapes all node groups alike: ElastiCache places each group and spreads the slots
        # cfn2tf: 'NodeGroupConfiguration[1].NodeGroupId' is dropped: ElastiCache numbers the node groups itself: 0001, 0002, …
        # cfn2tf: 'NodeGroupConfiguration[1].Slots' is not converted: aws_elasticache_replication_group (provider 5.100) shapes all node groups alike: ElastiCache places each group and spreads the slots
        resource "aws_elasticache_replication_group" "sharded" {
          # cfn2tf: 'ReplicationGroupId' is not set: CloudFormation names it <stack>-Sharded-<suffix>;
          # var.physical_names keeps the live name when a stack is adopted
          replication_group_id = lower(lookup(var.physical_names, "Sharded", "${var.stack_name}-Sharded"))
          description          = "sessions"
          engine               = "redis"
          node_type            = "cache.r6g.large"
          # the number of NodeGroupConfiguration entries
          num_node_groups            = 2
          replicas_per_node_group    = 1
          automatic_failover_enabled = true
          subnet_group_name          = aws_elasticache_subnet_group.subnets.name
          security_group_ids         = ["sg-1"]
          at_rest_encryption_enabled = "true"
          kms_key_id                 = aws_kms_key.key.arn
          transit_encryption_enabled = true
          auth_token                 = var.auth_token
          # CloudFormation applies changes at once, not in the maintenance window
          apply_immediately = true
        }

        """)
    #expect(
      MappingProbe.block("aws_elasticache_replication_group.single", in: conversion) == """
        # Single (AWS::ElastiCache::ReplicationGroup)
        resource "aws_elasticache_replication_group" "single" {
          replication_group_id = "single"
          description          = "one shard"
          node_type            = "cache.t3.micro"
          # the node group's replicas and its primary
          num_cache_clusters = 3
          # the node group's zones, primary first
          preferred_cache_cluster_azs = ["us-east-1a", "us-east-1b", "us-east-1c"]
          auth_token                  = var.single_auth_token
          # CloudFormation applies changes at once, not in the maintenance window
          apply_immediately = true
        }

        """)
    let messages = MappingProbe.messages(conversion)
    #expect(
      messages.contains(
        "the AUTH token of 'Single' is written in the template; it becomes the sensitive variable 'single_auth_token'"
      ))
    #expect(!messages.contains { $0.contains("AUTH token of 'Sharded'") })
    let variables = conversion.file("variables.tf")?.contents ?? ""
    #expect(!variables.contains("plain-text-token-123"))
    #expect(
      MappingProbe.entry("Single.Properties.AuthToken", in: conversion)?.sourceValue
        == "(sensitive)")
    #expect(
      MappingProbe.entry("Sharded.Properties.NodeGroupConfiguration[1].Slots", in: conversion)?
        .status == .unsupported)
    #expect(
      MappingProbe.entry(
        "Sharded.Properties.NodeGroupConfiguration[1].ReplicaCount", in: conversion)?
        .targetText == "aws_elasticache_replication_group.sharded.replicas_per_node_group")
    #expect(MappingProbe.entry("Sharded.UpdatePolicy", in: conversion)?.status == .exact)
    #expect(
      MappingProbe.entry("Sharded.Properties.KmsKeyId", in: conversion)?.note
        == "Ref to the key (its id) became its arn")
  }

  @Test("node groups of different sizes, and sizes the template sets itself")
  func unevenNodeGroups() {
    let conversion = MappingProbe.convert(
      resources: """
        {"Uneven": {"Type": "AWS::ElastiCache::ReplicationGroup", "Properties": {
           "ReplicationGroupId": "uneven", "ReplicationGroupDescription": "x",
           "NodeGroupConfiguration": [{"ReplicaCount": 1}, {"ReplicaCount": 2}]}},
         "Sized": {"Type": "AWS::ElastiCache::ReplicationGroup", "Properties": {
           "ReplicationGroupId": "sized", "ReplicationGroupDescription": "x",
           "NumCacheClusters": 2, "PreferredCacheClusterAZs": ["us-east-1a", "us-east-1b"],
           "NodeGroupConfiguration": [{"ReplicaCount": 1,
             "PrimaryAvailabilityZone": "us-east-1c"}]}}}
        """)
    let block = MappingProbe.block("aws_elasticache_replication_group.uneven", in: conversion)
    #expect(block?.contains("num_node_groups = 2") == true)
    #expect(block?.contains("replicas_per_node_group") == false)
    #expect(
      MappingProbe.entry(
        "Uneven.Properties.NodeGroupConfiguration[1].ReplicaCount", in: conversion)?
        .status == .unsupported)
    #expect(
      MappingProbe.block("aws_elasticache_replication_group.sized", in: conversion) == """
        # Sized (AWS::ElastiCache::ReplicationGroup)
        # cfn2tf: 'NodeGroupConfiguration[0].ReplicaCount' is dropped: NumCacheClusters, NumNodeGroups or ReplicasPerNodeGroup sets the size of the group
        # cfn2tf: 'NodeGroupConfiguration[0].PrimaryAvailabilityZone' is dropped: PreferredCacheClusterAZs, which the template sets too, places the nodes
        resource "aws_elasticache_replication_group" "sized" {
          replication_group_id        = "sized"
          description                 = "x"
          num_cache_clusters          = 2
          preferred_cache_cluster_azs = ["us-east-1a", "us-east-1b"]
          # CloudFormation applies changes at once, not in the maintenance window
          apply_immediately = true
        }

        """)
    #expect(
      MappingProbe.entry("Sized.Properties.NodeGroupConfiguration[0].ReplicaCount", in: conversion)?
        .status == .dropped)
  }

  @Test("subnet and parameter groups; cache security groups are left out")
  func groups() {
    let conversion = Self.convert()
    #expect(
      MappingProbe.block("aws_elasticache_subnet_group.subnets", in: conversion) == """
        # Subnets (AWS::ElastiCache::SubnetGroup)
        resource "aws_elasticache_subnet_group" "subnets" {
          name        = "cache-subnets"
          description = "cache"
          subnet_ids  = ["subnet-1", "subnet-2"]
          tags = {
            app = "web"
          }
        }

        """)
    #expect(
      MappingProbe.block("aws_elasticache_parameter_group.params", in: conversion) == """
        # Params (AWS::ElastiCache::ParameterGroup)
        resource "aws_elasticache_parameter_group" "params" {
          # cfn2tf: 'CacheParameterGroupName' is not set: CloudFormation names it <stack>-Params-<suffix>;
          # var.physical_names keeps the live name when a stack is adopted
          name        = lower(lookup(var.physical_names, "Params", "${var.stack_name}-Params"))
          family      = "redis7"
          description = "tuned"

          parameter {
            name  = "maxmemory-policy"
            value = "allkeys-lru"
          }
          parameter {
            name  = "timeout"
            value = "300"
          }
        }

        """)
    #expect(MappingProbe.entry("Classic", in: conversion)?.status == .dropped)
    #expect(MappingProbe.entry("ClassicIngress", in: conversion)?.status == .dropped)
    #expect(
      MappingProbe.messages(conversion).contains(
        "'ClassicIngress' (AWS::ElastiCache::SecurityGroupIngress) is not converted: cache security groups belong to EC2-Classic, which AWS retired, and provider 5.0 removed them: allow the source in the cache's VPC security group (AWS::EC2::SecurityGroupIngress)"
      ))
  }

  @Test("users (passwords as sensitive variables), user groups and serverless caches")
  func usersAndServerless() {
    let conversion = Self.convert()
    #expect(
      MappingProbe.block("aws_elasticache_user.user", in: conversion) == """
        # User (AWS::ElastiCache::User)
        resource "aws_elasticache_user" "user" {
          user_id       = "app"
          user_name     = "app"
          engine        = "redis"
          access_string = "on ~* +@all"

          authentication_mode {
            type      = "password"
            passwords = [var.user_password]
          }
        }

        """)
    let variables = conversion.file("variables.tf")?.contents ?? ""
    #expect(!variables.contains("a-long-password-1234"))
    #expect(
      variables.contains(
        """
        variable "user_password" {
          type        = string
          description = "The password of User; the template wrote it in plain text, and its value is not copied."
          sensitive   = true
        }
        """))
    #expect(
      MappingProbe.entry("User.Properties.AuthenticationMode.Passwords[0]", in: conversion)?
        .sourceValue == "(sensitive)")
    #expect(
      MappingProbe.block("aws_elasticache_user_group.users", in: conversion) == """
        # Users (AWS::ElastiCache::UserGroup)
        resource "aws_elasticache_user_group" "users" {
          user_group_id = "app-users"
          engine        = "redis"
          user_ids      = ["default", aws_elasticache_user.user.user_id]
        }

        """)
    #expect(
      MappingProbe.block("aws_elasticache_serverless_cache.serverless", in: conversion) == """
        # Serverless (AWS::ElastiCache::ServerlessCache)
        # cfn2tf: 'FinalSnapshotName' is not converted: aws_elasticache_serverless_cache (provider 5.100) takes no final snapshot: take one with 'aws elasticache create-serverless-cache-snapshot' before destroying the cache
        resource "aws_elasticache_serverless_cache" "serverless" {
          name                 = "fast"
          engine               = "valkey"
          major_engine_version = "8"
          subnet_ids           = ["subnet-1", "subnet-2"]
          user_group_id        = aws_elasticache_user_group.users.user_group_id

          cache_usage_limits {
            data_storage {
              maximum = 10
              unit    = "GB"
            }

            ecpu_per_second {
              maximum = 5000
            }
          }
        }

        """)
  }

  @Test("Ref and GetAtt: endpoints, ports and ids")
  func attributes() {
    let outputs = Self.convert().file("outputs.tf")?.contents ?? ""
    #expect(outputs.contains("value = aws_elasticache_cluster.redis.cache_nodes[0].address"))
    #expect(outputs.contains("value = aws_elasticache_cluster.redis.port"))
    #expect(outputs.contains("value = aws_elasticache_cluster.memcached.cluster_address"))
    #expect(
      outputs.contains(
        "value = aws_elasticache_replication_group.sharded.configuration_endpoint_address"))
    #expect(
      outputs.contains("value = aws_elasticache_replication_group.single.primary_endpoint_address"))
    #expect(
      outputs.contains("value = aws_elasticache_replication_group.single.reader_endpoint_address"))
    #expect(outputs.contains("value = aws_elasticache_replication_group.single.id"))
    #expect(outputs.contains("value = aws_elasticache_user.user.arn"))
    #expect(
      outputs.contains("value = aws_elasticache_serverless_cache.serverless.endpoint[0].address"))
    #expect(
      outputs.contains("value = aws_elasticache_serverless_cache.serverless.endpoint[0].port"))
  }

  @Test(
    "ElastiCache types convert to a module terraform validates",
    .enabled(if: Repository.canValidate, "needs terraform, its provider mirror and tf-validate"))
  func oracle() throws {
    let (status, output) = try MappingProbe.validate(Self.convert(), label: "elasticache")
    #expect(status == 0, "\(output)")
  }
}

extension ElastiCache: ImportCaseProvider {
  static let importIds = [
    "Subnets": "cache-subnets", "Params": "web-params-1abcdefghijk",
    "Memcached": "web-me-1abcdefghijk", "Redis": "sessions", "Sharded": "web-sh-1abcdefghijk",
    "Single": "single", "User": "app", "Users": "app-users", "Serverless": "fast",
  ]

  static func elastiCache(_ address: String, _ origin: String, _ expected: ImportCase.Expectation)
    -> ImportCase
  {
    ImportCase(
      address: address, origin: origin, resources: ElastiCacheMappingTests.resources,
      parameters: ElastiCacheMappingTests.parameters, physicalIds: importIds, expected: expected)
  }

  /// Every type is imported by its name or id, which is the physical id.
  static var importCases: [ImportCase] {
    [
      elastiCache("aws_elasticache_subnet_group.subnets", "Subnets", .id("cache-subnets")),
      elastiCache(
        "aws_elasticache_parameter_group.params", "Params", .id("web-params-1abcdefghijk")),
      elastiCache("aws_elasticache_cluster.memcached", "Memcached", .id("web-me-1abcdefghijk")),
      elastiCache("aws_elasticache_cluster.redis", "Redis", .id("sessions")),
      elastiCache(
        "aws_elasticache_replication_group.sharded", "Sharded", .id("web-sh-1abcdefghijk")),
      elastiCache("aws_elasticache_replication_group.single", "Single", .id("single")),
      elastiCache("aws_elasticache_user.user", "User", .id("app")),
      elastiCache("aws_elasticache_user_group.users", "Users", .id("app-users")),
      elastiCache("aws_elasticache_serverless_cache.serverless", "Serverless", .id("fast")),
    ]
  }
}
