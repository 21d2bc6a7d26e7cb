import Testing

@testable import TFEmitter

@Suite("MSK mappings")
struct MSKMappingTests {
  static let resources = """
    {"Config": {"Type": "AWS::MSK::Configuration", "Properties": {"Name": "events",
       "Description": "topics", "KafkaVersionsList": ["3.6.0"],
       "ServerProperties": "auto.create.topics.enable=false\\nnum.partitions=6\\n"}},
     "Events": {"Type": "AWS::MSK::Cluster", "Properties": {"ClusterName": "events",
       "KafkaVersion": "3.6.0", "NumberOfBrokerNodes": 3,
       "EnhancedMonitoring": "PER_BROKER",
       "BrokerNodeGroupInfo": {"InstanceType": "kafka.m5.large",
         "ClientSubnets": ["subnet-1", "subnet-2", "subnet-3"], "SecurityGroups": ["sg-1"],
         "StorageInfo": {"EBSStorageInfo": {"VolumeSize": 500,
           "ProvisionedThroughput": {"Enabled": true, "VolumeThroughput": 250}}},
         "ConnectivityInfo": {"VpcConnectivity": {"ClientAuthentication": {
           "Sasl": {"Iam": {"Enabled": true}}}}}},
       "ClientAuthentication": {"Sasl": {"Iam": {"Enabled": true},
         "Scram": {"Enabled": false}},
         "Tls": {"CertificateAuthorityArnList":
           ["arn:aws:acm-pca:us-east-1:123456789012:certificate-authority/1"]},
         "Unauthenticated": {"Enabled": false}},
       "ConfigurationInfo": {"Arn": {"Ref": "Config"},
         "Revision": {"Fn::GetAtt": ["Config", "LatestRevision.Revision"]}},
       "EncryptionInfo": {"EncryptionAtRest": {"DataVolumeKMSKeyId":
           "arn:aws:kms:us-east-1:123456789012:key/1"},
         "EncryptionInTransit": {"ClientBroker": "TLS", "InCluster": true}},
       "LoggingInfo": {"BrokerLogs": {"CloudWatchLogs": {"Enabled": true,
         "LogGroup": "msk-brokers"}, "S3": {"Enabled": false}}},
       "OpenMonitoring": {"Prometheus": {"JmxExporter": {"EnabledInBroker": true},
         "NodeExporter": {"EnabledInBroker": true}}},
       "Tags": {"team": "streaming"}}},
     "Plain": {"Type": "AWS::MSK::Cluster", "Properties": {"ClusterName": "plain",
       "KafkaVersion": "3.6.0", "NumberOfBrokerNodes": 2,
       "BrokerNodeGroupInfo": {"InstanceType": "kafka.t3.small",
         "ClientSubnets": ["subnet-1", "subnet-2"], "SecurityGroups": ["sg-1"],
         "ConnectivityInfo": {"NetworkType": "DUAL"}},
       "ClientAuthentication": {"Tls": {"Enabled": false},
         "Unauthenticated": {"Enabled": true}},
       "Rebalancing": {"Status": "ACTIVE"}}}}
    """

  static func convert() -> Conversion {
    Converter.convert(
      """
      {"Resources": \(resources),
       "Outputs": {"Cluster": {"Value": {"Ref": "Events"}},
         "Arn": {"Value": {"Fn::GetAtt": ["Events", "Arn"]}},
         "Version": {"Value": {"Fn::GetAtt": ["Events", "CurrentVersion"]}},
         "Configuration": {"Value": {"Ref": "Config"}},
         "ConfigurationArn": {"Value": {"Fn::GetAtt": ["Config", "Arn"]}}}}
      """, fileName: "t.json")
  }

  @Test("a cluster: brokers, authentication flags as booleans, encryption, logs and monitoring")
  func cluster() {
    let conversion = Self.convert()
    #expect(MappingProbe.messages(conversion).count == 2)
    #expect(
      MappingProbe.block("aws_msk_configuration.config", in: conversion) == """
        # Config (AWS::MSK::Configuration)
        resource "aws_msk_configuration" "config" {
          name              = "events"
          description       = "topics"
          kafka_versions    = ["3.6.0"]
          server_properties = "auto.create.topics.enable=false\\nnum.partitions=6\\n"
        }

        """)
    #expect(
      MappingProbe.block("aws_msk_cluster.events", in: conversion) == """
        # Events (AWS::MSK::Cluster)
        resource "aws_msk_cluster" "events" {
          cluster_name           = "events"
          kafka_version          = "3.6.0"
          number_of_broker_nodes = 3
          enhanced_monitoring    = "PER_BROKER"
          tags = {
            team = "streaming"
          }

          broker_node_group_info {
            instance_type   = "kafka.m5.large"
            client_subnets  = ["subnet-1", "subnet-2", "subnet-3"]
            security_groups = ["sg-1"]

            storage_info {
              ebs_storage_info {
                volume_size = 500

                provisioned_throughput {
                  enabled           = true
                  volume_throughput = 250
                }
              }
            }

            connectivity_info {
              vpc_connectivity {
                client_authentication {
                  sasl {
                    iam = true
                  }
                }
              }
            }
          }

          client_authentication {
            unauthenticated = false

            sasl {
              iam   = true
              scram = false
            }

            tls {
              certificate_authority_arns = [
                "arn:aws:acm-pca:us-east-1:123456789012:certificate-authority/1",
              ]
            }
          }

          configuration_info {
            arn      = aws_msk_configuration.config.arn
            revision = aws_msk_configuration.config.latest_revision
          }

          encryption_info {
            encryption_at_rest_kms_key_arn = "arn:aws:kms:us-east-1:123456789012:key/1"

            encryption_in_transit {
              client_broker = "TLS"
              in_cluster    = true
            }
          }

          logging_info {
            broker_logs {
              cloudwatch_logs {
                enabled   = true
                log_group = "msk-brokers"
              }

              s3 {
                enabled = false
              }
            }
          }

          open_monitoring {
            prometheus {
              jmx_exporter {
                enabled_in_broker = true
              }

              node_exporter {
                enabled_in_broker = true
              }
            }
          }
        }

        """)
    #expect(
      MappingProbe.entry("Events.Properties.ClientAuthentication.Sasl.Iam.Enabled", in: conversion)?
        .targetText == "aws_msk_cluster.events.client_authentication.sasl.iam")
    #expect(
      MappingProbe.entry(
        "Events.Properties.BrokerNodeGroupInfo.ConnectivityInfo.VpcConnectivity.ClientAuthentication.Sasl.Iam.Enabled",
        in: conversion)?.targetText
        == "aws_msk_cluster.events.broker_node_group_info.connectivity_info.vpc_connectivity.client_authentication.sasl.iam"
    )
    #expect(
      MappingProbe.entry(
        "Events.Properties.ClientAuthentication.Tls.CertificateAuthorityArnList", in: conversion)?
        .targetText == "aws_msk_cluster.events.client_authentication.tls.certificate_authority_arns"
    )
  }

  @Test("TLS authentication turned off writes no block; what provider 5.100 lacks is reported")
  func plain() {
    let conversion = Self.convert()
    #expect(
      MappingProbe.block("aws_msk_cluster.plain", in: conversion) == """
        # Plain (AWS::MSK::Cluster)
        # cfn2tf: 'BrokerNodeGroupInfo.ConnectivityInfo.NetworkType' is not converted: aws_msk_cluster (provider 5.100) has no network type: the brokers get IPv4 addresses only
        # cfn2tf: 'ClientAuthentication.Tls' is dropped: TLS authentication is off: Terraform writes no tls block
        # cfn2tf: 'Rebalancing' is not converted: aws_msk_cluster (provider 5.100) has no intelligent rebalancing: set it with 'aws kafka update-rebalancing'
        resource "aws_msk_cluster" "plain" {
          cluster_name           = "plain"
          kafka_version          = "3.6.0"
          number_of_broker_nodes = 2

          broker_node_group_info {
            instance_type   = "kafka.t3.small"
            client_subnets  = ["subnet-1", "subnet-2"]
            security_groups = ["sg-1"]

            connectivity_info {}
          }

          client_authentication {
            unauthenticated = true
          }
        }

        """)
    #expect(
      MappingProbe.entry("Plain.Properties.ClientAuthentication.Tls", in: conversion)?.status
        == .dropped)
    #expect(
      MappingProbe.entry("Plain.Properties.Rebalancing", in: conversion)?.status == .unsupported)
    let outputs = conversion.file("outputs.tf")?.contents ?? ""
    for line in [
      "value = aws_msk_cluster.events.arn",
      "value = aws_msk_cluster.events.current_version",
      "value = aws_msk_configuration.config.arn",
    ] {
      #expect(outputs.contains(line), "\(line)")
    }
  }

  @Test(
    "MSK types convert to a module terraform validates",
    .enabled(if: Repository.canValidate, "needs terraform, its provider mirror and tf-validate"))
  func oracle() throws {
    let (status, output) = try MappingProbe.validate(Self.convert(), label: "msk")
    #expect(status == 0, "\(output)")
  }
}

extension MSK: ImportCaseProvider {
  static let importIds = [
    "Config": "arn:aws:kafka:us-east-1:123456789012:configuration/events/1",
    "Events": "arn:aws:kafka:us-east-1:123456789012:cluster/events/1",
    "Plain": "arn:aws:kafka:us-east-1:123456789012:cluster/plain/2",
  ]

  static func msk(_ address: String, _ origin: String, _ expected: ImportCase.Expectation)
    -> ImportCase
  {
    ImportCase(
      address: address, origin: origin, resources: MSKMappingTests.resources,
      physicalIds: importIds, expected: expected)
  }

  /// Clusters and configurations are imported by ARN, which is the physical id.
  static var importCases: [ImportCase] {
    [
      msk(
        "aws_msk_cluster.events", "Events",
        .id("arn:aws:kafka:us-east-1:123456789012:cluster/events/1")),
      msk(
        "aws_msk_configuration.config", "Config",
        .id("arn:aws:kafka:us-east-1:123456789012:configuration/events/1")),
    ]
  }
}
