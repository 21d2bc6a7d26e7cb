import CFNParser

/// `AWS::Route53Resolver::*`: endpoints (IP addresses as blocks), forwarding rules (target IPs
/// as blocks) and their associations with VPCs, query logging configurations and their
/// associations. Everything is imported by its id, which `Ref` returns.
package enum Route53Resolver: MappingFamily {
  /// The mappings of this family.
  static let mappings = [
    endpoint, rule, ruleAssociation, queryLoggingConfig, queryLoggingConfigAssociation,
  ]

  /// `AWS::Route53Resolver::ResolverEndpoint`. `Ref` and `ResolverEndpointId` are its id;
  /// `IpAddressCount` is the number of its `ip_address` blocks.
  static let endpoint = ResourceMapping(
    "AWS::Route53Resolver::ResolverEndpoint", to: "aws_route53_resolver_endpoint", ref: "id",
    attributes: [
      "Arn": "arn", "ResolverEndpointId": "id", "HostVPCId": "host_vpc_id",
      "IpAddressCount": "length(ip_address)", "Direction": "direction", "Name": "name",
      "ResolverEndpointType": "resolver_endpoint_type",
    ],
    properties: [
      .argument("Name", "name"),
      .argument("Direction", "direction"),
      .argument("ResolverEndpointType", "resolver_endpoint_type"),
      .argument("SecurityGroupIds", "security_group_ids"),
      .argument("Protocols", "protocols"),
      .tags,
      PropertyRule(
        "IpAddresses",
        .blocks(
          "ip_address",
          [
            .argument("SubnetId", "subnet_id"), .argument("Ip", "ip"),
            .argument("Ipv6", "ipv6"),
          ])),
      lacking("OutpostArn", "Outposts", in: "aws_route53_resolver_endpoint"),
      lacking("PreferredInstanceType", "instance types", in: "aws_route53_resolver_endpoint"),
      offByDefault("Dns64Enabled", "DNS64", in: "aws_route53_resolver_endpoint"),
      offByDefault(
        "Ipv6InternetAccessEnabled", "IPv6 internet access", in: "aws_route53_resolver_endpoint"),
      offByDefault(
        "RniEnhancedMetricsEnabled", "enhanced metrics", in: "aws_route53_resolver_endpoint"),
      offByDefault(
        "TargetNameServerMetricsEnabled", "target name server metrics",
        in: "aws_route53_resolver_endpoint"),
      .drop("Arn", "read-only: GetAtt Arn returns it"),
      .drop("ResolverEndpointId", "read-only: the endpoint's id, which Ref returns"),
      .drop("HostVPCId", "read-only: GetAtt HostVPCId returns it"),
      .drop("IpAddressCount", "read-only: GetAtt IpAddressCount returns it"),
    ])

  /// A property provider 5.100 has no argument for.
  static func lacking(_ property: String, _ what: String, in type: String) -> PropertyRule {
    .custom(property) { member, builder, _ in
      builder.unsupported(member, reason: "\(type) (provider 5.100) has no \(what)")
    }
  }

  /// A switch provider 5.100 has no argument for: off, Route 53 Resolver's default, is dropped;
  /// on is reported.
  static func offByDefault(_ property: String, _ what: String, in type: String) -> PropertyRule {
    .custom(property) { member, builder, _ in
      if case .bool(false) = member.value.kind {
        builder.dropped(member, reason: "false is Route 53 Resolver's default")
      } else {
        builder.unsupported(member, reason: "\(type) (provider 5.100) cannot turn on \(what)")
      }
    }
  }

  /// `AWS::Route53Resolver::ResolverRule`. `Ref` and `ResolverRuleId` are its id. Terraform
  /// requires the domain name, which a delegation rule does without: one without is reported.
  static let rule = ResourceMapping(
    "AWS::Route53Resolver::ResolverRule", to: "aws_route53_resolver_rule", ref: "id",
    attributes: [
      "Arn": "arn", "ResolverRuleId": "id", "DomainName": "domain_name", "Name": "name",
      "ResolverEndpointId": "resolver_endpoint_id",
    ],
    properties: [
      .argument("Name", "name"),
      .argument("RuleType", "rule_type"),
      .argument("DomainName", "domain_name"),
      .argument("ResolverEndpointId", "resolver_endpoint_id"),
      .tags,
      PropertyRule(
        "TargetIps",
        .blocks(
          "target_ip",
          [
            .argument("Ip", "ip"), .argument("Ipv6", "ipv6"), .argument("Port", "port"),
            .argument("Protocol", "protocol"),
            lacking(
              "ServerNameIndication", "server name indication", in: "aws_route53_resolver_rule"),
          ])),
      lacking("DelegationRecord", "delegation rules", in: "aws_route53_resolver_rule"),
      .drop("Arn", "read-only: GetAtt Arn returns it"),
      .drop("ResolverRuleId", "read-only: the rule's id, which Ref returns"),
    ],
    finish: { builder in
      guard builder.resource.property("DomainName") == nil else { return }
      let reason = "Terraform requires the rule's domain name (domain_name): write DomainName"
      builder.primary.comments.append("cfn2tf: \(reason)")
      builder.diagnostics.append(
        .warning(
          "'\(builder.logicalId)' (AWS::Route53Resolver::ResolverRule) is not converted as it is: \(reason)",
          at: builder.resource.range.start))
      builder.ledger.append(
        LedgerEntry(
          kind: .addition, path: builder.templatePath(.here / "DomainName"),
          resourceType: builder.resource.type.value, location: builder.resource.range.start,
          target: builder.primary.path / "domain_name", status: .unsupported, note: reason))
    })

  /// `AWS::Route53Resolver::ResolverRuleAssociation`. `Ref` and `ResolverRuleAssociationId` are
  /// its id.
  static let ruleAssociation = ResourceMapping(
    "AWS::Route53Resolver::ResolverRuleAssociation", to: "aws_route53_resolver_rule_association",
    ref: "id",
    attributes: [
      "ResolverRuleAssociationId": "id", "Name": "name", "ResolverRuleId": "resolver_rule_id",
      "VPCId": "vpc_id",
    ],
    properties: [
      .argument("Name", "name"),
      .argument("ResolverRuleId", "resolver_rule_id"),
      .argument("VPCId", "vpc_id"),
      .drop("ResolverRuleAssociationId", "read-only: the association's id, which Ref returns"),
    ])

  /// `AWS::Route53Resolver::ResolverQueryLoggingConfig`. `Ref` and `Id` are its id. Terraform
  /// requires the name, which CloudFormation makes up when `Name` is not set: such a
  /// configuration is named `"${var.stack_name}-LogicalId"` and reported, for a change of name
  /// replaces it (write the live name into the template before adopting it).
  static let queryLoggingConfig = ResourceMapping(
    "AWS::Route53Resolver::ResolverQueryLoggingConfig", to: "aws_route53_resolver_query_log_config",
    ref: "id",
    attributes: [
      "Arn": "arn", "Id": "id", "OwnerId": "owner_id", "ShareStatus": "share_status",
    ],
    properties: [
      .argument("Name", "name"),
      .argument("DestinationArn", "destination_arn"),
      .tags,
      .drop("Arn", "read-only: GetAtt Arn returns it"),
      .drop("Id", "read-only: the configuration's id, which Ref returns"),
      .drop("OwnerId", "read-only: GetAtt OwnerId returns it"),
      .drop("ShareStatus", "read-only: GetAtt ShareStatus returns it"),
      .drop("Status", "read-only: Route 53 Resolver reports it"),
      .drop("AssociationCount", "read-only: Route 53 Resolver reports it"),
      .drop("CreationTime", "read-only: Route 53 Resolver reports it"),
      .drop("CreatorRequestId", "read-only: Route 53 Resolver reports it"),
    ],
    finish: { builder in
      guard builder.resource.property("Name") == nil else { return }
      let value = HCLExpression.template([
        .interpolation(builder.translator.stackName()), .literal("-\(builder.logicalId)"),
      ])
      builder.primary.content.arguments.items.insert(
        contentsOf: [
          .comment([
            "cfn2tf: 'Name' is not set: CloudFormation names the configuration itself; write the",
            "live name into the template before adopting it, or Terraform replaces it",
          ]),
          .attribute(HCLAttribute("name", value)),
        ], at: 0)
      builder.diagnostics.append(
        .warning(
          "'\(builder.logicalId)' (AWS::Route53Resolver::ResolverQueryLoggingConfig) has no Name: Terraform requires one; '<stack>-\(builder.logicalId)' is written, and adopting the live configuration under it replaces it",
          at: builder.resource.range.start,
          notes: [.init("write the live name into the template's Name before adopting it")]))
      builder.ledger.append(
        LedgerEntry(
          kind: .addition, path: builder.templatePath(.here / "Name"),
          resourceType: builder.resource.type.value,
          location: builder.resource.range.start, target: builder.primary.path / "name",
          status: .approximated,
          note:
            "not set: Terraform requires it; <stack>-\(builder.logicalId) is written, which is not the name CloudFormation chose",
          targetValue: HCLPrinter.printExpression(value)))
    })

  /// `AWS::Route53Resolver::ResolverQueryLoggingConfigAssociation`. `Ref` and `Id` are its id.
  static let queryLoggingConfigAssociation = ResourceMapping(
    "AWS::Route53Resolver::ResolverQueryLoggingConfigAssociation",
    to: "aws_route53_resolver_query_log_config_association", ref: "id",
    attributes: ["Id": "id"],
    properties: [
      .argument("ResolverQueryLogConfigId", "resolver_query_log_config_id"),
      .argument("ResourceId", "resource_id"),
      .drop("Id", "read-only: the association's id, which Ref returns"),
      .drop("Status", "read-only: Route 53 Resolver reports it"),
      .drop("Error", "read-only: Route 53 Resolver reports it"),
      .drop("ErrorMessage", "read-only: Route 53 Resolver reports it"),
      .drop("CreationTime", "read-only: Route 53 Resolver reports it"),
    ])
}
