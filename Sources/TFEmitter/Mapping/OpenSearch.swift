import CFNParser

/// `AWS::OpenSearchService::Domain` and `AWS::Elasticsearch::Domain` (`OpenSearch+Elasticsearch.swift`):
/// the access policy as the domain's `access_policies` argument (it is part of the domain in
/// both providers, and imported with it), cluster, storage, encryption, endpoint and security
/// options as blocks, where the arguments Terraform requires and CloudFormation defaults are
/// written out; the master user's password a sensitive variable; log publishing options, a map
/// of log types, as a block each.
package enum OpenSearch: MappingFamily {
  /// The mappings of this family.
  static let mappings = [domain, elasticsearchDomain]

  /// `AWS::OpenSearchService::Domain`. `Ref` is the domain name; `Id` is `<account>/<name>`,
  /// which Terraform calls `domain_id`.
  static let domain = ResourceMapping(
    "AWS::OpenSearchService::Domain", to: "aws_opensearch_domain", ref: "domain_name",
    attributes: [
      "Arn": "arn", "DomainArn": "arn", "DomainEndpoint": "endpoint",
      "DomainEndpointV2": "endpoint_v2", "Id": "domain_id",
    ],
    properties: [
      .argument("DomainName", "domain_name"),
      .argument("EngineVersion", "engine_version"),
      .argument("IPAddressType", "ip_address_type"),
      .custom(
        "ClusterConfig",
        block(
          "cluster_config",
          clusterRules + [
            .argument("MultiAZWithStandbyEnabled", "multi_az_with_standby_enabled"),
            PropertyRule(
              "NodeOptions",
              .blocks(
                "node_options",
                [
                  .argument("NodeType", "node_type"),
                  PropertyRule(
                    "NodeConfig",
                    .block(
                      "node_config",
                      [
                        .argument("Count", "count"), .argument("Enabled", "enabled"),
                        .argument("Type", "type"),
                      ])),
                ])),
          ])),
      .custom("EBSOptions", ebs(ebsRules + [.argument("Throughput", "throughput")])),
      .custom("EncryptionAtRestOptions", encryptionAtRest),
      .custom("NodeToNodeEncryptionOptions", nodeToNode),
      .custom("DomainEndpointOptions", block("domain_endpoint_options", endpointRules)),
      .custom(
        "AdvancedSecurityOptions",
        block(
          "advanced_security_options",
          securityRules + [
            .argument("AnonymousAuthEnabled", "anonymous_auth_enabled"),
            .drop("AnonymousAuthDisableDate", "read-only: OpenSearch sets it"),
            notInProvider(
              "IAMFederationOptions",
              "aws_opensearch_domain (provider 5.100) has no IAM federation options: set them with 'aws opensearch update-domain-config --advanced-security-options'"
            ),
            notInProvider(
              "JWTOptions",
              "aws_opensearch_domain (provider 5.100) has no JWT options: set them with 'aws opensearch update-domain-config --advanced-security-options'"
            ),
            notInProvider(
              "SAMLOptions",
              "SAML options are the resource aws_opensearch_domain_saml_options, which cfn2tf does not write yet: add one for the domain by hand"
            ),
          ],
          defaults: [("Enabled", "enabled", .bool(false))])),
      .custom("AccessPolicies") { member, builder, parts in
        PolicyDocument.argument(member, "access_policies", &builder, &parts)
      },
      .argument("AdvancedOptions", "advanced_options"),
      .custom("CognitoOptions", cognito),
      .custom("LogPublishingOptions", logPublishing),
      .custom("SnapshotOptions", snapshot),
      PropertyRule(
        "VPCOptions",
        .block(
          "vpc_options",
          [
            .argument("SecurityGroupIds", "security_group_ids"),
            .argument("SubnetIds", "subnet_ids"),
          ])),
      PropertyRule(
        "OffPeakWindowOptions",
        .block(
          "off_peak_window_options",
          [
            .argument("Enabled", "enabled"),
            PropertyRule(
              "OffPeakWindow",
              .block(
                "off_peak_window",
                [
                  PropertyRule(
                    "WindowStartTime",
                    .block(
                      "window_start_time",
                      [.argument("Hours", "hours"), .argument("Minutes", "minutes")]))
                ])),
          ])),
      PropertyRule(
        "SoftwareUpdateOptions",
        .block(
          "software_update_options",
          [.argument("AutoSoftwareUpdateEnabled", "auto_software_update_enabled")])),
      .tags,
      notInProvider(
        "AIMLOptions",
        "aws_opensearch_domain (provider 5.100) has no AI/ML options: set them with 'aws opensearch update-domain-config --aiml-options'"
      ),
      notInProvider(
        "IdentityCenterOptions",
        "aws_opensearch_domain (provider 5.100) has no IAM Identity Center options: set them with 'aws opensearch update-domain-config --identity-center-options'"
      ),
      .custom("DeploymentStrategyOptions") { member, builder, _ in
        let strategy = member.value.objectMember("DeploymentStrategy")?.stringValue
        guard strategy == "Default" else {
          builder.unsupported(
            member,
            reason:
              "aws_opensearch_domain (provider 5.100) has no deployment strategy: set it with 'aws opensearch update-domain-config --deployment-strategy-options'"
          )
          return
        }
        builder.dropped(member, reason: "Default is OpenSearch's strategy, which needs no argument")
      },
      .drop(
        "SkipShardMigrationWait",
        "CloudFormation's own update behaviour: Terraform waits for the domain to finish processing each change"
      ),
      .drop("ServiceSoftwareOptions", "read-only: OpenSearch sets it"),
      .drop("Arn", "read-only: GetAtt Arn returns it"),
      .drop("DomainArn", "read-only: GetAtt DomainArn returns it"),
      .drop("DomainEndpoint", "read-only: GetAtt DomainEndpoint returns it"),
      .drop("DomainEndpointV2", "read-only: GetAtt DomainEndpointV2 returns it"),
      .drop("DomainEndpoints", "read-only: OpenSearch sets it"),
      .drop("Id", "read-only: GetAtt Id returns it"),
    ],
    finish: { builder in
      RDS.Clusters.requireLowercaseName("domain_name", unless: "DomainName", &builder)
      versionUpgrade(&builder)
    })

  /// The cluster configuration both domain types share.
  static let clusterRules: [PropertyRule] = [
    .argument("InstanceType", "instance_type"),
    .argument("InstanceCount", "instance_count"),
    .argument("DedicatedMasterEnabled", "dedicated_master_enabled"),
    .argument("DedicatedMasterType", "dedicated_master_type"),
    .argument("DedicatedMasterCount", "dedicated_master_count"),
    .argument("WarmEnabled", "warm_enabled"),
    .argument("WarmType", "warm_type"),
    .argument("WarmCount", "warm_count"),
    .argument("ZoneAwarenessEnabled", "zone_awareness_enabled"),
    PropertyRule(
      "ZoneAwarenessConfig",
      .block(
        "zone_awareness_config", [.argument("AvailabilityZoneCount", "availability_zone_count")])),
    PropertyRule(
      "ColdStorageOptions", .block("cold_storage_options", [.argument("Enabled", "enabled")])),
  ]

  /// The EBS options both domain types share (see `ebs(_:)` for `EBSEnabled`).
  static let ebsRules: [PropertyRule] = [
    .argument("EBSEnabled", "ebs_enabled"),
    .argument("VolumeType", "volume_type"),
    .argument("VolumeSize", "volume_size"),
    .argument("Iops", "iops"),
  ]

  /// The domain endpoint options both domain types share.
  static let endpointRules: [PropertyRule] = [
    .argument("EnforceHTTPS", "enforce_https"),
    .argument("TLSSecurityPolicy", "tls_security_policy"),
    .argument("CustomEndpointEnabled", "custom_endpoint_enabled"),
    .argument("CustomEndpoint", "custom_endpoint"),
    .argument("CustomEndpointCertificateArn", "custom_endpoint_certificate_arn"),
  ]

  /// The advanced security options both domain types share; the master user's password is a
  /// sensitive variable.
  static let securityRules: [PropertyRule] = [
    .argument("Enabled", "enabled"),
    .argument("InternalUserDatabaseEnabled", "internal_user_database_enabled"),
    PropertyRule(
      "MasterUserOptions",
      .block(
        "master_user_options",
        [
          .argument("MasterUserARN", "master_user_arn"),
          .argument("MasterUserName", "master_user_name"),
          .custom(
            "MasterUserPassword",
            SecretArgument.rule(
              "master_user_password",
              .init("master user password", variable: "master_user_password"),
              in: "advanced_security_options", "master_user_options")),
        ])),
  ]

  /// A property the provider has no argument for: not converted, for `reason`.
  static func notInProvider(_ property: String, _ reason: String) -> PropertyRule {
    .custom(property) { member, builder, _ in builder.unsupported(member, reason: reason) }
  }

  /// `EncryptionAtRestOptions`: `encrypt_at_rest`, `Enabled` written out when absent, a key of
  /// the template by its ARN.
  static let encryptionAtRest = block(
    "encrypt_at_rest",
    [
      .argument("Enabled", "enabled"),
      .custom("KmsKeyId", keyArn("kms_key_id", in: "encrypt_at_rest")),
    ], defaults: [("Enabled", "enabled", .bool(false))])

  /// `NodeToNodeEncryptionOptions`: `node_to_node_encryption`, `Enabled` written out when
  /// absent.
  static let nodeToNode = block(
    "node_to_node_encryption", [.argument("Enabled", "enabled")],
    defaults: [("Enabled", "enabled", .bool(false))])

  /// `SnapshotOptions`: `snapshot_options`; the start hour, which Terraform requires, is
  /// OpenSearch's default (0) when absent.
  static let snapshot = block(
    "snapshot_options",
    [.argument("AutomatedSnapshotStartHour", "automated_snapshot_start_hour")],
    defaults: [("AutomatedSnapshotStartHour", "automated_snapshot_start_hour", .number("0"))])

  /// `CognitoOptions`: `cognito_options`, whose pool ids and role Terraform requires; options
  /// that turn Cognito off without them say what OpenSearch does by default, and are dropped.
  @Sendable static func cognito(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    let ids = ["IdentityPoolId", "RoleArn", "UserPoolId"]
    if case .object(let fields) = member.value.kind,
      !ids.allSatisfy({ id in fields.contains { $0.key == id } }),
      fields.allSatisfy({ $0.key == "Enabled" && $0.value.kind == .bool(false) })
    {
      builder.dropped(
        member, reason: "Cognito authentication is off, OpenSearch's default, which needs no block")
      return
    }
    var written = BodyParts()
    builder.apply(
      .block(
        "cognito_options",
        [
          .argument("Enabled", "enabled"), .argument("IdentityPoolId", "identity_pool_id"),
          .argument("RoleArn", "role_arn"), .argument("UserPoolId", "user_pool_id"),
        ]), to: member, in: builder.scope, into: &written)
    for (comments, block) in written.blocks { parts.block(block, comments: comments) }
  }

  /// `LogPublishingOptions`, a map of log types (`INDEX_SLOW_LOGS`, …) to their options: a
  /// `log_publishing_options` block each, the type as `log_type`.
  @Sendable static func logPublishing(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    guard case .object(let types) = member.value.kind else {
      builder.report(member, .computedObject(block: "log_publishing_options"))
      return
    }
    builder.record(
      member,
      target: builder.primary.path / "log_publishing_options", status: .transformed,
      note: "each log type became a log_publishing_options block")
    for type in types {
      let element = member.field(type)
      guard case .object(let fields) = type.value.kind else {
        builder.report(element, .computedObject(block: "log_publishing_options"))
        continue
      }
      var inner = BodyParts()
      inner.argument("log_type", .string(type.key))
      builder.apply(
        [
          .argument("CloudWatchLogsLogGroupArn", "cloudwatch_log_group_arn"),
          .argument("Enabled", "enabled"),
        ], to: fields, in: builder.scope.block("log_publishing_options", reading: element.path),
        into: &inner)
      parts.block(HCLBlock("log_publishing_options", body: inner.body))
    }
  }

  /// `UpdatePolicy.EnableVersionUpgrade`: Terraform upgrades a domain's engine version in place,
  /// as the policy does; without it CloudFormation replaces the domain.
  static func versionUpgrade(_ builder: inout ResourceBuilder) {
    guard let policy = builder.resource.updatePolicy else { return }
    builder.handledAttributes.insert("UpdatePolicy")
    let upgrade = policy.objectMember("EnableVersionUpgrade")
    let inPlace = upgrade?.kind == .bool(true) || upgrade?.stringValue == "true"
    builder.recordAttribute(
      "UpdatePolicy", at: policy.location, target: nil, status: inPlace ? .exact : .approximated,
      note: inPlace
        ? "Terraform upgrades the engine version in place, as EnableVersionUpgrade does"
        : "Terraform upgrades the engine version in place, where CloudFormation would replace the domain"
    )
  }
}

extension Expr {
  /// The value of member `key` of a written-out object; nil otherwise.
  fileprivate func objectMember(_ key: String) -> Expr? {
    guard case .object(let members) = kind else { return nil }
    return members.first { $0.key == key }?.value
  }
}
