import Testing

@testable import TFEmitter

@Suite("OpenSearch mappings")
struct OpenSearchMappingTests {
  static let parameters = """
    {"MasterPassword": {"Type": "String", "NoEcho": true}}
    """

  static let resources = """
    {"Key": {"Type": "AWS::KMS::Key", "Properties": {"KeyPolicy": {"Version": "2012-10-17",
       "Statement": [{"Effect": "Allow", "Principal": {"AWS": "*"}, "Action": "kms:*",
         "Resource": "*"}]}}},
     "Logs": {"Type": "AWS::Logs::LogGroup", "Properties": {"LogGroupName": "search-slow"}},
     "Search": {"Type": "AWS::OpenSearchService::Domain",
       "UpdatePolicy": {"EnableVersionUpgrade": true},
       "Properties": {"DomainName": "search", "EngineVersion": "OpenSearch_2.11",
       "ClusterConfig": {"InstanceType": "r6g.large.search", "InstanceCount": 3,
         "DedicatedMasterEnabled": true, "DedicatedMasterType": "m6g.large.search",
         "DedicatedMasterCount": 3, "ZoneAwarenessEnabled": true,
         "ZoneAwarenessConfig": {"AvailabilityZoneCount": 3},
         "MultiAZWithStandbyEnabled": false,
         "NodeOptions": [{"NodeType": "coordinator",
           "NodeConfig": {"Enabled": true, "Type": "m6g.large.search", "Count": 2}}]},
       "EBSOptions": {"VolumeSize": 100, "VolumeType": "gp3", "Throughput": 250},
       "EncryptionAtRestOptions": {"Enabled": true, "KmsKeyId": {"Ref": "Key"}},
       "NodeToNodeEncryptionOptions": {"Enabled": true},
       "DomainEndpointOptions": {"EnforceHTTPS": true,
         "TLSSecurityPolicy": "Policy-Min-TLS-1-2-2019-07"},
       "AdvancedSecurityOptions": {"Enabled": true, "InternalUserDatabaseEnabled": true,
         "MasterUserOptions": {"MasterUserName": "admin",
           "MasterUserPassword": {"Ref": "MasterPassword"}}},
       "AccessPolicies": {"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
         "Principal": {"AWS": "*"}, "Action": "es:ESHttp*",
         "Resource": {"Fn::Sub": "arn:aws:es:${AWS::Region}:${AWS::AccountId}:domain/search/*"}}]},
       "AdvancedOptions": {"rest.action.multi.allow_explicit_index": "true"},
       "LogPublishingOptions": {"SEARCH_SLOW_LOGS": {
         "CloudWatchLogsLogGroupArn": {"Fn::GetAtt": ["Logs", "Arn"]}, "Enabled": true}},
       "SnapshotOptions": {},
       "OffPeakWindowOptions": {"Enabled": true,
         "OffPeakWindow": {"WindowStartTime": {"Hours": 2, "Minutes": 30}}},
       "SoftwareUpdateOptions": {"AutoSoftwareUpdateEnabled": true},
       "CognitoOptions": {"Enabled": false},
       "SkipShardMigrationWait": true,
       "Tags": [{"Key": "team", "Value": "search"}]}},
     "Vpc": {"Type": "AWS::OpenSearchService::Domain", "Properties": {
       "VPCOptions": {"SubnetIds": ["subnet-1"], "SecurityGroupIds": ["sg-1"]},
       "IPAddressType": "dualstack",
       "DeploymentStrategyOptions": {"DeploymentStrategy": "CapacityOptimized"},
       "AIMLOptions": {"S3VectorsEngine": {"Enabled": true}}}},
     "Legacy": {"Type": "AWS::Elasticsearch::Domain", "Properties": {"DomainName": "legacy",
       "ElasticsearchVersion": "7.10",
       "ElasticsearchClusterConfig": {"InstanceType": "t3.small.elasticsearch",
         "InstanceCount": 1},
       "EBSOptions": {"EBSEnabled": true, "VolumeSize": 10},
       "EncryptionAtRestOptions": {"KmsKeyId": "alias/aws/es"},
       "AdvancedSecurityOptions": {"InternalUserDatabaseEnabled": false,
         "AnonymousAuthEnabled": false,
         "MasterUserOptions": {"MasterUserARN": "arn:aws:iam::123456789012:role/admin"}},
       "SnapshotOptions": {"AutomatedSnapshotStartHour": 3},
       "AccessPolicies": "{\\"Version\\":\\"2012-10-17\\",\\"Statement\\":[]}",
       "CognitoOptions": {"Enabled": true, "IdentityPoolId": "us-east-1:pool",
         "RoleArn": "arn:aws:iam::123456789012:role/cognito",
         "UserPoolId": "us-east-1_pool"}}},
     "Plain": {"Type": "AWS::Elasticsearch::Domain", "Properties": {
       "AdvancedSecurityOptions": {"Enabled": true,
         "MasterUserOptions": {"MasterUserName": "admin",
           "MasterUserPassword": "Secret-Password-1"}}}}}
    """

  static func convert() -> Conversion {
    Converter.convert(
      """
      {"Parameters": \(parameters), "Resources": \(resources),
       "Outputs": {"Name": {"Value": {"Ref": "Search"}},
         "Arn": {"Value": {"Fn::GetAtt": ["Search", "Arn"]}},
         "DomainArn": {"Value": {"Fn::GetAtt": ["Search", "DomainArn"]}},
         "Endpoint": {"Value": {"Fn::GetAtt": ["Search", "DomainEndpoint"]}},
         "EndpointV2": {"Value": {"Fn::GetAtt": ["Search", "DomainEndpointV2"]}},
         "Id": {"Value": {"Fn::GetAtt": ["Search", "Id"]}},
         "LegacyName": {"Value": {"Ref": "Legacy"}},
         "LegacyArn": {"Value": {"Fn::GetAtt": ["Legacy", "DomainArn"]}},
         "LegacyEndpoint": {"Value": {"Fn::GetAtt": ["Legacy", "DomainEndpoint"]}},
         "LegacyId": {"Value": {"Fn::GetAtt": ["Legacy", "Id"]}}}}
      """, fileName: "t.json")
  }

  @Test("an OpenSearch domain: cluster, storage, encryption, security, logs and its policy")
  func domain() {
    let conversion = Self.convert()
    #expect(
      MappingProbe.block("aws_opensearch_domain.search", in: conversion) == """
        # Search (AWS::OpenSearchService::Domain)
        # cfn2tf: 'CognitoOptions' is dropped: Cognito authentication is off, OpenSearch's default, which needs no block
        # cfn2tf: 'SkipShardMigrationWait' is dropped: CloudFormation's own update behaviour: Terraform waits for the domain to finish processing each change
        resource "aws_opensearch_domain" "search" {
          domain_name    = "search"
          engine_version = "OpenSearch_2.11"
          access_policies = jsonencode({
            Version = "2012-10-17"
            Statement = [
              {
                Effect = "Allow"
                Principal = {
                  AWS = "*"
                }
                Action   = "es:ESHttp*"
                Resource = "arn:aws:es:${data.aws_region.current.name}:${data.aws_caller_identity.current.account_id}:domain/search/*"
              },
            ]
          })
          advanced_options = {
            "rest.action.multi.allow_explicit_index" = "true"
          }
          tags = {
            team = "search"
          }

          cluster_config {
            instance_type                 = "r6g.large.search"
            instance_count                = 3
            dedicated_master_enabled      = true
            dedicated_master_type         = "m6g.large.search"
            dedicated_master_count        = 3
            zone_awareness_enabled        = true
            multi_az_with_standby_enabled = false

            zone_awareness_config {
              availability_zone_count = 3
            }

            node_options {
              node_type = "coordinator"

              node_config {
                count   = 2
                enabled = true
                type    = "m6g.large.search"
              }
            }
          }

          ebs_options {
            # the volume options given are for attached EBS volumes
            ebs_enabled = true
            volume_type = "gp3"
            volume_size = 100
            throughput  = 250
          }

          encrypt_at_rest {
            enabled    = true
            kms_key_id = aws_kms_key.key.arn
          }

          node_to_node_encryption {
            enabled = true
          }

          domain_endpoint_options {
            enforce_https       = true
            tls_security_policy = "Policy-Min-TLS-1-2-2019-07"
          }

          advanced_security_options {
            enabled                        = true
            internal_user_database_enabled = true

            master_user_options {
              master_user_name     = "admin"
              master_user_password = var.master_password
            }
          }

          log_publishing_options {
            log_type                 = "SEARCH_SLOW_LOGS"
            cloudwatch_log_group_arn = "${aws_cloudwatch_log_group.logs.arn}:*"
            enabled                  = true
          }

          snapshot_options {
            # CloudFormation's default
            automated_snapshot_start_hour = 0
          }

          off_peak_window_options {
            enabled = true

            off_peak_window {
              window_start_time {
                hours   = 2
                minutes = 30
              }
            }
          }

          software_update_options {
            auto_software_update_enabled = true
          }
        }

        """)
    #expect(
      MappingProbe.entry(
        "Search.Properties.AdvancedSecurityOptions.MasterUserOptions.MasterUserPassword",
        in: conversion)?.targetText
        == "aws_opensearch_domain.search.advanced_security_options.master_user_options.master_user_password"
    )
    #expect(
      MappingProbe.entry("Search.Properties.EncryptionAtRestOptions.KmsKeyId", in: conversion)?.note
        == "Ref to the key (its id) became its arn")
    let ebs = MappingProbe.entry("Search.Properties.EBSOptions.EBSEnabled", in: conversion)
    #expect(ebs?.kind == .addition)
    #expect(ebs?.targetText == "aws_opensearch_domain.search.ebs_options.ebs_enabled")
    #expect(
      MappingProbe.entry(
        "Search.Properties.SnapshotOptions.AutomatedSnapshotStartHour", in: conversion)?.targetValue
        == "0")
    #expect(
      MappingProbe.entry("Search.Properties.CognitoOptions", in: conversion)?.status == .dropped)
    #expect(
      MappingProbe.entry("Search.Properties.SkipShardMigrationWait", in: conversion)?.status
        == .dropped)
    #expect(MappingProbe.entry("Search.UpdatePolicy", in: conversion)?.status == .exact)
    #expect(
      MappingProbe.entry(
        "Search.Properties.LogPublishingOptions.SEARCH_SLOW_LOGS.CloudWatchLogsLogGroupArn",
        in: conversion)?.targetText
        == "aws_opensearch_domain.search.log_publishing_options.cloudwatch_log_group_arn")
  }

  @Test("what provider 5.100 lacks is reported; a generated name is kept through physical_names")
  func unconverted() {
    let conversion = Self.convert()
    #expect(
      MappingProbe.block("aws_opensearch_domain.vpc", in: conversion) == """
        # Vpc (AWS::OpenSearchService::Domain)
        # cfn2tf: 'AIMLOptions' is not converted: aws_opensearch_domain (provider 5.100) has no AI/ML options: set them with 'aws opensearch update-domain-config --aiml-options'
        # cfn2tf: 'DeploymentStrategyOptions' is not converted: aws_opensearch_domain (provider 5.100) has no deployment strategy: set it with 'aws opensearch update-domain-config --deployment-strategy-options'
        resource "aws_opensearch_domain" "vpc" {
          # cfn2tf: 'DomainName' is not set: CloudFormation names it <stack>-Vpc-<suffix>;
          # var.physical_names keeps the live name when a stack is adopted
          domain_name     = lower(lookup(var.physical_names, "Vpc", "${var.stack_name}-Vpc"))
          ip_address_type = "dualstack"

          vpc_options {
            security_group_ids = ["sg-1"]
            subnet_ids         = ["subnet-1"]
          }
        }

        """)
    #expect(
      MappingProbe.entry("Vpc.Properties.AIMLOptions", in: conversion)?.status == .unsupported)
    #expect(
      MappingProbe.messages(conversion).contains(
        "property 'DeploymentStrategyOptions' of 'Vpc' (AWS::OpenSearchService::Domain) is not converted: aws_opensearch_domain (provider 5.100) has no deployment strategy: set it with 'aws opensearch update-domain-config --deployment-strategy-options'"
      ))
    let standard = MappingProbe.convert(
      resources: """
        {"Search": {"Type": "AWS::OpenSearchService::Domain", "Properties": {
          "DomainName": "search",
          "DeploymentStrategyOptions": {"DeploymentStrategy": "Default"}}}}
        """)
    #expect(
      MappingProbe.entry("Search.Properties.DeploymentStrategyOptions", in: standard)?.status
        == .dropped)
    #expect(MappingProbe.messages(standard).isEmpty)
  }

  @Test("Elasticsearch domains: the same blocks, CloudFormation's defaults written out")
  func elasticsearch() {
    let conversion = Self.convert()
    #expect(
      MappingProbe.block("aws_elasticsearch_domain.legacy", in: conversion) == """
        # Legacy (AWS::Elasticsearch::Domain)
        # cfn2tf: 'AdvancedSecurityOptions.AnonymousAuthEnabled' is dropped: false is the default, which needs no argument
        resource "aws_elasticsearch_domain" "legacy" {
          domain_name           = "legacy"
          elasticsearch_version = "7.10"
          access_policies       = "{\\"Version\\":\\"2012-10-17\\",\\"Statement\\":[]}"

          cluster_config {
            instance_type  = "t3.small.elasticsearch"
            instance_count = 1
          }

          ebs_options {
            ebs_enabled = true
            volume_size = 10
          }

          encrypt_at_rest {
            # CloudFormation's default
            enabled    = false
            kms_key_id = "alias/aws/es"
          }

          advanced_security_options {
            # CloudFormation's default
            enabled                        = false
            internal_user_database_enabled = false

            master_user_options {
              master_user_arn = "arn:aws:iam::123456789012:role/admin"
            }
          }

          cognito_options {
            enabled          = true
            identity_pool_id = "us-east-1:pool"
            role_arn         = "arn:aws:iam::123456789012:role/cognito"
            user_pool_id     = "us-east-1_pool"
          }

          snapshot_options {
            automated_snapshot_start_hour = 3
          }
        }

        """)
    #expect(
      MappingProbe.block("aws_elasticsearch_domain.plain", in: conversion) == """
        # Plain (AWS::Elasticsearch::Domain)
        resource "aws_elasticsearch_domain" "plain" {
          # cfn2tf: 'DomainName' is not set: CloudFormation names it <stack>-Plain-<suffix>;
          # var.physical_names keeps the live name when a stack is adopted
          domain_name = lower(lookup(var.physical_names, "Plain", "${var.stack_name}-Plain"))

          advanced_security_options {
            enabled = true

            master_user_options {
              master_user_name     = "admin"
              master_user_password = var.plain_master_user_password
            }
          }
        }

        """)
    #expect(
      MappingProbe.messages(conversion).contains(
        "the master user password of 'Plain' is written in the template; it becomes the sensitive variable 'plain_master_user_password'"
      ))
    let variables = conversion.file("variables.tf")?.contents ?? ""
    #expect(!variables.contains("Secret-Password-1"))
    #expect(
      MappingProbe.entry(
        "Plain.Properties.AdvancedSecurityOptions.MasterUserOptions.MasterUserPassword",
        in: conversion)?
        .sourceValue == "(sensitive)")
    let anonymous = MappingProbe.convert(
      resources: """
        {"Legacy": {"Type": "AWS::Elasticsearch::Domain", "Properties": {"DomainName": "legacy",
          "AdvancedSecurityOptions": {"Enabled": true, "AnonymousAuthEnabled": true}}}}
        """)
    #expect(
      MappingProbe.entry(
        "Legacy.Properties.AdvancedSecurityOptions.AnonymousAuthEnabled", in: anonymous)?.status
        == .unsupported)
  }

  @Test("Ref and GetAtt: names, ARNs, endpoints and ids")
  func attributes() {
    let outputs = Self.convert().file("outputs.tf")?.contents ?? ""
    for line in [
      "value = aws_opensearch_domain.search.domain_name",
      "value = aws_opensearch_domain.search.arn",
      "value = aws_opensearch_domain.search.endpoint",
      "value = aws_opensearch_domain.search.endpoint_v2",
      "value = aws_opensearch_domain.search.domain_id",
      "value = aws_elasticsearch_domain.legacy.domain_name",
      "value = aws_elasticsearch_domain.legacy.arn",
      "value = aws_elasticsearch_domain.legacy.endpoint",
    ] {
      #expect(outputs.contains(line), "\(line)")
    }
  }

  @Test(
    "OpenSearch and Elasticsearch domains convert to a module terraform validates",
    .enabled(if: Repository.canValidate, "needs terraform, its provider mirror and tf-validate"))
  func oracle() throws {
    let (status, output) = try MappingProbe.validate(Self.convert(), label: "opensearch")
    #expect(status == 0, "\(output)")
  }
}

extension OpenSearch: ImportCaseProvider {
  static let importIds = [
    "Key": "1234abcd-12ab-34cd-56ef-1234567890ab", "Logs": "search-slow", "Search": "search",
    "Vpc": "web-vpc-1abcdefghijk", "Legacy": "legacy", "Plain": "web-plain-1abcdefghij",
  ]

  static func domain(_ address: String, _ origin: String, _ expected: ImportCase.Expectation)
    -> ImportCase
  {
    ImportCase(
      address: address, origin: origin, resources: OpenSearchMappingTests.resources,
      parameters: OpenSearchMappingTests.parameters, physicalIds: importIds, expected: expected)
  }

  /// Both domain types are imported by the domain name, which is the physical id.
  static var importCases: [ImportCase] {
    [
      domain("aws_opensearch_domain.search", "Search", .id("search")),
      domain("aws_elasticsearch_domain.legacy", "Legacy", .id("legacy")),
    ]
  }
}
