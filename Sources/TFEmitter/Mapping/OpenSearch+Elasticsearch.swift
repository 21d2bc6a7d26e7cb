import CFNParser

extension OpenSearch {
  /// `AWS::Elasticsearch::Domain`, as `AWS::OpenSearchService::Domain` (`OpenSearch.swift`)
  /// without what Elasticsearch domains lack. `Ref` and `Id` are the domain name.
  static let elasticsearchDomain = ResourceMapping(
    "AWS::Elasticsearch::Domain", to: "aws_elasticsearch_domain", ref: "domain_name",
    attributes: [
      "Arn": "arn", "DomainArn": "arn", "DomainEndpoint": "endpoint", "Id": "domain_name",
    ],
    properties: [
      .argument("DomainName", "domain_name"),
      .argument("ElasticsearchVersion", "elasticsearch_version"),
      .custom("ElasticsearchClusterConfig", block("cluster_config", clusterRules)),
      .custom("EBSOptions", ebs(ebsRules)),
      .custom("EncryptionAtRestOptions", encryptionAtRest),
      .custom("NodeToNodeEncryptionOptions", nodeToNode),
      .custom("DomainEndpointOptions", block("domain_endpoint_options", endpointRules)),
      .custom(
        "AdvancedSecurityOptions",
        block(
          "advanced_security_options",
          securityRules + [
            .custom("AnonymousAuthEnabled") { member, builder, _ in
              guard member.value.kind == .bool(false) || member.value.stringValue == "false"
              else {
                builder.unsupported(
                  member,
                  reason:
                    "aws_elasticsearch_domain (provider 5.100) cannot allow anonymous access: migrate the domain to aws_opensearch_domain, which can"
                )
                return
              }
              builder.dropped(member, reason: "false is the default, which needs no argument")
            }
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
      .tags,
      .drop("Arn", "read-only: GetAtt Arn returns it"),
      .drop("DomainArn", "read-only: GetAtt DomainArn returns it"),
      .drop("DomainEndpoint", "read-only: GetAtt DomainEndpoint returns it"),
      .drop("Id", "read-only: the domain name, which Ref returns"),
    ],
    finish: { builder in
      RDS.Clusters.requireLowercaseName("domain_name", unless: "DomainName", &builder)
      versionUpgrade(&builder)
    })
}
