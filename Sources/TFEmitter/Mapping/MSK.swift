import CFNParser

/// `AWS::MSK::*`: provisioned clusters (broker, authentication, encryption, logging and
/// monitoring settings as blocks; each `{"Enabled": …}` object of the authentication settings
/// as the boolean Terraform takes) and configurations. Serverless clusters have no mapping:
/// they stay in CloudFormation (`aws_msk_serverless_cluster` is not in the provider schema
/// slice).
package enum MSK: MappingFamily {
  /// The mappings of this family.
  static let mappings = [cluster, configuration]

  /// `AWS::MSK::Cluster`. `Ref` and `Arn` are its ARN, which is Terraform's id.
  static let cluster = ResourceMapping(
    "AWS::MSK::Cluster", to: "aws_msk_cluster", ref: "arn",
    attributes: ["Arn": "arn", "CurrentVersion": "current_version"],
    properties: [
      .argument("ClusterName", "cluster_name"),
      .argument("KafkaVersion", "kafka_version"),
      .argument("NumberOfBrokerNodes", "number_of_broker_nodes"),
      .argument("EnhancedMonitoring", "enhanced_monitoring"),
      .argument("StorageMode", "storage_mode"),
      .argument("Tags", "tags"),
      PropertyRule(
        "BrokerNodeGroupInfo",
        .block(
          "broker_node_group_info",
          [
            .argument("InstanceType", "instance_type"),
            .argument("ClientSubnets", "client_subnets"),
            .argument("SecurityGroups", "security_groups"),
            .argument("BrokerAZDistribution", "az_distribution"),
            PropertyRule(
              "StorageInfo",
              .block(
                "storage_info",
                [
                  PropertyRule(
                    "EBSStorageInfo",
                    .block(
                      "ebs_storage_info",
                      [
                        .argument("VolumeSize", "volume_size"),
                        PropertyRule(
                          "ProvisionedThroughput",
                          .block(
                            "provisioned_throughput",
                            [
                              .argument("Enabled", "enabled"),
                              .argument("VolumeThroughput", "volume_throughput"),
                            ])),
                      ]))
                ])),
            PropertyRule("ConnectivityInfo", .block("connectivity_info", connectivityRules)),
          ])),
      PropertyRule(
        "ClientAuthentication",
        .block(
          "client_authentication",
          [
            PropertyRule(
              "Sasl", .block("sasl", saslRules(in: ["client_authentication", "sasl"]))),
            .custom("Tls", tls),
            .custom(
              "Unauthenticated", enabled("unauthenticated", in: ["client_authentication"])),
          ])),
      PropertyRule(
        "ConfigurationInfo",
        .block(
          "configuration_info",
          [.argument("Arn", "arn"), .argument("Revision", "revision")])),
      PropertyRule(
        "EncryptionInfo",
        .block(
          "encryption_info",
          [
            .custom(
              "EncryptionAtRest",
              ExtraResources.flattened(
                [.argument("DataVolumeKMSKeyId", "encryption_at_rest_kms_key_arn")],
                in: ["encryption_info"])),
            PropertyRule(
              "EncryptionInTransit",
              .block(
                "encryption_in_transit",
                [
                  .argument("ClientBroker", "client_broker"),
                  .argument("InCluster", "in_cluster"),
                ])),
          ])),
      PropertyRule(
        "LoggingInfo",
        .block(
          "logging_info",
          [
            PropertyRule(
              "BrokerLogs",
              .block(
                "broker_logs",
                [
                  PropertyRule(
                    "CloudWatchLogs",
                    .block(
                      "cloudwatch_logs",
                      [.argument("Enabled", "enabled"), .argument("LogGroup", "log_group")])),
                  PropertyRule(
                    "Firehose",
                    .block(
                      "firehose",
                      [
                        .argument("Enabled", "enabled"),
                        .argument("DeliveryStream", "delivery_stream"),
                      ])),
                  PropertyRule(
                    "S3",
                    .block(
                      "s3",
                      [
                        .argument("Enabled", "enabled"), .argument("Bucket", "bucket"),
                        .argument("Prefix", "prefix"),
                      ])),
                ]))
          ])),
      PropertyRule(
        "OpenMonitoring",
        .block(
          "open_monitoring",
          [
            PropertyRule(
              "Prometheus",
              .block(
                "prometheus",
                [
                  PropertyRule(
                    "JmxExporter",
                    .block(
                      "jmx_exporter", [.argument("EnabledInBroker", "enabled_in_broker")])),
                  PropertyRule(
                    "NodeExporter",
                    .block(
                      "node_exporter", [.argument("EnabledInBroker", "enabled_in_broker")])),
                ]))
          ])),
      OpenSearch.notInProvider(
        "Rebalancing",
        "aws_msk_cluster (provider 5.100) has no intelligent rebalancing: set it with 'aws kafka update-rebalancing'"
      ),
      OpenSearch.notInProvider(
        "ZookeeperAccess",
        "aws_msk_cluster (provider 5.100) does not set ZooKeeper access: MSK keeps its default"),
      .drop(
        "CurrentVersion",
        "the version CloudFormation gives MSK to guard an update: Terraform reads it itself (GetAtt CurrentVersion returns it)"
      ),
      .drop("Arn", "read-only: Ref and GetAtt Arn return it"),
    ])

  /// The connectivity of the brokers.
  static let connectivityRules: [PropertyRule] = [
    PropertyRule("PublicAccess", .block("public_access", [.argument("Type", "type")])),
    PropertyRule(
      "VpcConnectivity",
      .block(
        "vpc_connectivity",
        [
          PropertyRule(
            "ClientAuthentication",
            .block(
              "client_authentication",
              [
                PropertyRule(
                  "Sasl",
                  .block(
                    "sasl",
                    saslRules(
                      in: [
                        "broker_node_group_info", "connectivity_info", "vpc_connectivity",
                        "client_authentication", "sasl",
                      ]))),
                .custom(
                  "Tls",
                  enabled(
                    "tls",
                    in: [
                      "broker_node_group_info", "connectivity_info", "vpc_connectivity",
                      "client_authentication",
                    ])),
              ]))
        ])),
    Redshift.unlessDefault(
      "NetworkType", .string("IPV4"),
      "aws_msk_cluster (provider 5.100) has no network type: the brokers get IPv4 addresses only"
    ),
  ]

  /// SASL settings: IAM and SCRAM, each `{"Enabled": …}`, as booleans of the block at `path`
  /// (its block names, outermost first).
  static func saslRules(in path: [String]) -> [PropertyRule] {
    [
      .custom("Iam", enabled("iam", in: path)),
      .custom("Scram", enabled("scram", in: path)),
    ]
  }

  /// An `{"Enabled": …}` object as the boolean `argument` of the block at `path` (its block
  /// names below the resource, outermost first).
  static func enabled(_ argument: String, in path: [String]) -> PropertyCode {
    { member, builder, parts in
      let target = builder.primary.path / path / argument
      guard case .object(let fields) = member.value.kind,
        let flag = fields.first(where: { $0.key == "Enabled" })
      else {
        builder.unsupported(member, reason: "write the object out, with Enabled")
        return
      }
      parts.argument(argument, builder.translate(member.field(flag), as: .bool, target: target))
    }
  }

  /// `ClientAuthentication.Tls`: the `tls` block with the certificate authorities, present when
  /// TLS authentication is on (`Enabled`, true unless said otherwise).
  @Sendable static func tls(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    guard case .object(let fields) = member.value.kind else {
      builder.report(member, .computedObject(block: "tls"))
      return
    }
    let flag = fields.first { $0.key == "Enabled" }?.value
    if flag?.kind == .bool(false) || flag?.stringValue == "false" {
      builder.dropped(member, reason: "TLS authentication is off: Terraform writes no tls block")
      return
    }
    let scope = builder.scope.block("client_authentication").block(
      "tls", reading: member.path)
    builder.record(
      member, target: scope.target, status: .exact, note: "")
    var inner = BodyParts()
    builder.apply(
      [
        .argument("CertificateAuthorityArnList", "certificate_authority_arns"),
        .custom("Enabled") { flag, builder, _ in
          builder.dropped(flag, reason: "TLS authentication is on: the tls block says so")
        },
      ], to: fields, in: scope, into: &inner)
    parts.block(HCLBlock("tls", body: inner.body))
  }

  /// `AWS::MSK::Configuration`. `Ref` and `Arn` are its ARN, which is Terraform's id.
  static let configuration = ResourceMapping(
    "AWS::MSK::Configuration", to: "aws_msk_configuration", ref: "arn",
    attributes: ["Arn": "arn", "LatestRevision.Revision": "latest_revision"],
    properties: [
      .argument("Name", "name"),
      .argument("Description", "description"),
      .argument("KafkaVersionsList", "kafka_versions"),
      .argument("ServerProperties", "server_properties"),
      .drop("LatestRevision", "read-only: MSK sets it (GetAtt LatestRevision.Revision returns it)"),
      .drop("Arn", "read-only: Ref and GetAtt Arn return it"),
    ])
}
