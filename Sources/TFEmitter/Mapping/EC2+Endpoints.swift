import CFNParser

extension EC2 {
  /// The VPC endpoint mappings.
  static let endpointMappings = [
    vpcEndpoint, vpcEndpointService, vpcEndpointServicePermissions,
    vpcEndpointConnectionNotification,
  ]

  /// A gateway, interface, Gateway Load Balancer, service network or resource endpoint: the
  /// types share one resource, `VpcEndpointType` telling them apart (Gateway by default in both
  /// tools). `Ref` is the endpoint id. `DnsEntries` is a list of `hosted-zone-id:dns-name`
  /// strings in CloudFormation and a list of objects in Terraform, so each object is written
  /// back as that string; `NetworkInterfaceIds` is a set in Terraform, so it is made a list.
  /// `CreationTimestamp` has no Terraform counterpart (a reference to it becomes null, with a
  /// warning).
  static let vpcEndpoint = ResourceMapping(
    "AWS::EC2::VPCEndpoint", to: "aws_vpc_endpoint", ref: "id",
    attributes: [
      "Id": "id",
      "DnsEntries": "[for e in dns_entry : ${e.hosted_zone_id}:${e.dns_name}]",
      "NetworkInterfaceIds": "tolist(network_interface_ids)",
    ],
    properties: [
      .argument("VpcId", "vpc_id"),
      .argument("ServiceName", "service_name"),
      .argument("VpcEndpointType", "vpc_endpoint_type"),
      .argument("ServiceNetworkArn", "service_network_arn"),
      .argument("ResourceConfigurationArn", "resource_configuration_arn"),
      .argument("ServiceRegion", "service_region"),
      .argument("PrivateDnsEnabled", "private_dns_enabled"),
      .argument("IpAddressType", "ip_address_type"),
      .argument("RouteTableIds", "route_table_ids"),
      .argument("SubnetIds", "subnet_ids"),
      .argument("SecurityGroupIds", "security_group_ids"),
      .custom("PolicyDocument") { member, builder, parts in
        PolicyDocument.argument(member, "policy", &builder, &parts)
      },
      PropertyRule(
        "DnsOptions",
        .block(
          "dns_options",
          [
            .argument("DnsRecordIpType", "dns_record_ip_type"),
            .custom("PrivateDnsOnlyForInboundResolverEndpoint", inboundResolverOnly),
            .drop(
              "PrivateDnsPreference",
              "aws_vpc_endpoint (provider 5.100) has no private DNS preference: the endpoint gets the service's default (verified domains only); set it with 'aws ec2 modify-vpc-endpoint --dns-options'"
            ),
            .drop(
              "PrivateDnsSpecifiedDomains",
              "aws_vpc_endpoint (provider 5.100) has no specified private DNS domains; set them with 'aws ec2 modify-vpc-endpoint --dns-options'"
            ),
          ])),
      .tags,
    ])

  /// `PrivateDnsOnlyForInboundResolverEndpoint` is `OnlyInboundResolver`, `AllResolvers` or
  /// `NotSpecified` in CloudFormation and a bool in Terraform.
  @Sendable static func inboundResolverOnly(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    let target =
      builder.primary.path / "dns_options" / "private_dns_only_for_inbound_resolver_endpoint"
    switch member.value.stringValue {
    case "OnlyInboundResolver", "AllResolvers":
      let value = member.value.stringValue == "OnlyInboundResolver"
      parts.argument("private_dns_only_for_inbound_resolver_endpoint", .bool(value))
      builder.record(
        member, target: target, status: .transformed,
        note: "\(member.value.stringValue ?? "") became \(value)", source: member.value,
        value: .bool(value))
    case "NotSpecified":
      builder.dropped(
        member, reason: "NotSpecified leaves the setting to EC2, as an absent argument does")
    default:
      builder.unsupported(
        member,
        reason:
          "give OnlyInboundResolver or AllResolvers literally: Terraform takes a bool (true for OnlyInboundResolver)"
      )
    }
  }

  /// `AcceptanceRequired` is required in Terraform and false by default in CloudFormation.
  /// `Ref` is the service id.
  static let vpcEndpointService = ResourceMapping(
    "AWS::EC2::VPCEndpointService", to: "aws_vpc_endpoint_service", ref: "id",
    attributes: ["ServiceId": "id"],
    properties: [
      .argument("AcceptanceRequired", "acceptance_required"),
      .argument("NetworkLoadBalancerArns", "network_load_balancer_arns"),
      .argument("GatewayLoadBalancerArns", "gateway_load_balancer_arns"),
      .argument("SupportedIpAddressTypes", "supported_ip_address_types"),
      .argument("SupportedRegions", "supported_regions"),
      .drop(
        "ContributorInsightsEnabled",
        "aws_vpc_endpoint_service has no Contributor Insights setting; enable the rules with 'aws ec2 modify-vpc-endpoint-service-configuration' or in CloudWatch"
      ),
      .drop(
        "PayerResponsibility",
        "aws_vpc_endpoint_service has no payer responsibility; the service owner pays, as it does unless 'aws ec2 modify-vpc-endpoint-service-payer-responsibility' says otherwise"
      ),
      .tags,
    ],
    finish: { builder in
      guard builder.resource.property("AcceptanceRequired") == nil else { return }
      builder.primary.content.arguments.items.insert(
        .attribute(HCLAttribute("acceptance_required", .bool(false))), at: 0)
      builder.ledger.append(
        LedgerEntry(
          kind: .addition, path: builder.templatePath(.here / "AcceptanceRequired"),
          resourceType: builder.resource.type.value, location: builder.resource.range.start,
          target: builder.primary.path / "acceptance_required", status: .transformed,
          note: "not set: CloudFormation's default, false, is written (Terraform requires it)",
          targetValue: "false"))
    })

  /// One `aws_vpc_endpoint_service_allowed_principal` per principal: the first is the primary
  /// resource, the others resources of their own (a computed list becomes one resource with
  /// `for_each`). `Ref` is the service id, CloudFormation's physical id of the permissions.
  /// Terraform cannot import allowed principals; allowing an allowed principal again changes
  /// nothing.
  static let vpcEndpointServicePermissions = ResourceMapping(
    "AWS::EC2::VPCEndpointServicePermissions", to: "aws_vpc_endpoint_service_allowed_principal",
    ref: "vpc_endpoint_service_id",
    properties: [
      // Both are written by `allowedPrincipals`.
      .custom("ServiceId") { _, _, _ in },
      .custom("AllowedPrincipals") { _, _, _ in },
    ],
    importID: .notImportable(allowedPrincipalImport), finish: allowedPrincipals)

  static let allowedPrincipalImport =
    "created: the Terraform AWS provider cannot import aws_vpc_endpoint_service_allowed_principal; allowing an allowed principal again changes nothing"

  static func allowedPrincipals(_ builder: inout ResourceBuilder) {
    guard let service = builder.resource.property("ServiceId") else { return }
    let serviceId = builder.translate(
      service, as: .string, target: builder.primary.path / "vpc_endpoint_service_id")
    guard let principals = builder.resource.property("AllowedPrincipals") else {
      builder.diagnostics.append(
        .warning(
          "'\(builder.logicalId)' allows no principal: the resource is written without one, which Terraform refuses",
          at: builder.resource.range.start,
          notes: [.init("give AllowedPrincipals, or remove the resource")]))
      builder.primary.content.argument("vpc_endpoint_service_id", serviceId)
      return
    }
    guard let elements = ExtraResources.elements(principals.value, builder.translator) else {
      builder.translator.begin()
      let list = builder.translator.translate(principals.value, as: .list(.string))
      if builder.resource.condition != nil {
        builder.unsupported(
          principals,
          reason:
            "a computed list of principals on a resource with a Condition cannot be converted; write the list out"
        )
        return
      }
      builder.primary.meta.attribute("for_each", .call("toset", [list]))
      builder.primary.content.argument("vpc_endpoint_service_id", serviceId)
      builder.primary.content.argument("principal_arn", .reference("each.value"))
      builder.translator.transformed("the list became one resource for each principal")
      builder.record(
        principals, target: builder.primary.path / "principal_arn",
        status: builder.translator.status,
        note: builder.translator.note, source: principals.value)
      return
    }
    for (i, element) in elements.enumerated() {
      var resource = builder.primary
      if i > 0 {
        let base = builder.primary.name + "_" + ExtraResources.suffix(for: element.value, index: i)
        resource = ExtraResources.make(
          builder.primary.type,
          name: ExtraResources.uniqueName(base, type: builder.primary.type, builder),
          from: "AllowedPrincipals[\(i)]", builder)
        resource.importID = .notImportable(allowedPrincipalImport)
      }
      builder.translator.begin()
      if i > 0, let count = ExtraResources.count(element.condition, builder) {
        resource.meta.attribute("count", count)
      } else if i == 0, element.condition != nil {
        builder.translator.approximated(
          "the first principal's Fn::If is not kept: that principal is always allowed")
      }
      let entry =
        elements.count == 1
        ? RuleMember.property(principals)
        : RuleMember.property(principals).element(i, element.value)
      let principal = builder.translator.translate(element.value, as: .string)
      resource.content.argument("vpc_endpoint_service_id", serviceId)
      resource.content.argument("principal_arn", principal)
      builder.translator.transformed("each principal became an allowed principal resource")
      builder.record(
        entry, target: resource.path / "principal_arn",
        status: builder.translator.status, note: builder.translator.note, source: element.value,
        value: principal)
      if i == 0 { builder.primary = resource } else { builder.extras.append(resource) }
    }
  }

  /// `ServiceId` names the endpoint service to watch, `VPCEndpointId` the endpoint. `Ref` is the
  /// notification id.
  static let vpcEndpointConnectionNotification = ResourceMapping(
    "AWS::EC2::VPCEndpointConnectionNotification", to: "aws_vpc_endpoint_connection_notification",
    ref: "id",
    attributes: ["VPCEndpointConnectionNotificationId": "id"],
    properties: [
      .argument("ServiceId", "vpc_endpoint_service_id"),
      .argument("VPCEndpointId", "vpc_endpoint_id"),
      .argument("ConnectionNotificationArn", "connection_notification_arn"),
      .argument("ConnectionEvents", "connection_events"),
    ])
}
