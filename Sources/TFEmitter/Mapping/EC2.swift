import CFNParser

/// `AWS::EC2::*`: security groups and their rules, instances, Elastic IPs, VPCs and their
/// networking (subnets, gateways, route tables, network ACLs), NAT gateways, volumes, network
/// interfaces, VPC endpoints, flow logs, DHCP options, launch templates, VPC peering, transit
/// gateways, site-to-site VPN, key pairs, prefix lists and placement groups.
package enum EC2: MappingFamily {
  /// The mappings of this family.
  static let mappings: [ResourceMapping] =
    [
      securityGroup, securityGroupIngress, securityGroupEgress, instance, eip, eipAssociation, vpc,
      subnet, internetGateway, vpcGatewayAttachment, routeTable, route, subnetRouteTableAssociation,
      networkAcl, networkAclEntry, subnetNetworkAclAssociation, natGateway, volume,
      volumeAttachment, networkInterface,
    ] + endpointMappings + flowLogAndDhcpMappings + [launchTemplate]
    + peeringMappings + vpnMappings + smallMappings

  static let vpc = ResourceMapping(
    "AWS::EC2::VPC", to: "aws_vpc", ref: "id",
    attributes: [
      "VpcId": "id", "CidrBlock": "cidr_block", "DefaultNetworkAcl": "default_network_acl_id",
      "DefaultSecurityGroup": "default_security_group_id",
    ],
    properties: [
      .argument("CidrBlock", "cidr_block"),
      .argument("EnableDnsSupport", "enable_dns_support"),
      .argument("EnableDnsHostnames", "enable_dns_hostnames"),
      .argument("InstanceTenancy", "instance_tenancy"),
      .argument("Ipv4IpamPoolId", "ipv4_ipam_pool_id"),
      .argument("Ipv4NetmaskLength", "ipv4_netmask_length"),
      .tags,
    ])

  static let subnet = ResourceMapping(
    "AWS::EC2::Subnet", to: "aws_subnet", ref: "id",
    attributes: [
      "SubnetId": "id", "VpcId": "vpc_id", "AvailabilityZone": "availability_zone",
      "AvailabilityZoneId": "availability_zone_id", "CidrBlock": "cidr_block",
      "OutpostArn": "outpost_arn",
    ],
    properties: [
      .argument("VpcId", "vpc_id"),
      .argument("CidrBlock", "cidr_block"),
      .argument("AvailabilityZone", "availability_zone"),
      .argument("AvailabilityZoneId", "availability_zone_id"),
      .argument("MapPublicIpOnLaunch", "map_public_ip_on_launch"),
      .argument("Ipv6CidrBlock", "ipv6_cidr_block"),
      .argument("AssignIpv6AddressOnCreation", "assign_ipv6_address_on_creation"),
      .argument("Ipv6Native", "ipv6_native"),
      .argument("EnableDns64", "enable_dns64"),
      .argument("EnableLniAtDeviceIndex", "enable_lni_at_device_index"),
      .argument("OutpostArn", "outpost_arn"),
      .custom("PrivateDnsNameOptionsOnLaunch", privateDnsNameOptionsOnLaunch),
      .drop("Ipv4IpamPoolId", ipamReason),
      .drop("Ipv4NetmaskLength", ipamReason),
      .drop("Ipv6IpamPoolId", ipamReason),
      .drop("Ipv6NetmaskLength", ipamReason),
      .tags,
    ])

  static let ipamReason =
    "aws_subnet cannot take its CIDR from an IPAM pool; allocate one with aws_vpc_ipam_pool_cidr_allocation and set cidr_block"

  /// `PrivateDnsNameOptionsOnLaunch` is an object in CloudFormation, three flat arguments in
  /// Terraform.
  @Sendable static func privateDnsNameOptionsOnLaunch(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    flatten(
      member, into: &parts, builder: &builder,
      [
        ("EnableResourceNameDnsAAAARecord", "enable_resource_name_dns_aaaa_record_on_launch"),
        ("EnableResourceNameDnsARecord", "enable_resource_name_dns_a_record_on_launch"),
        ("HostnameType", "private_dns_hostname_type_on_launch"),
      ])
  }

  static let internetGateway = ResourceMapping(
    "AWS::EC2::InternetGateway", to: "aws_internet_gateway", ref: "id",
    attributes: ["InternetGatewayId": "id"],
    properties: [.tags])

  /// An internet gateway attachment, or a VPN gateway attachment when `VpnGatewayId` is given.
  /// Terraform cannot import VPN gateway attachments, so those are not imported.
  static let vpcGatewayAttachment: ResourceMapping = {
    var mapping = ResourceMapping(
      "AWS::EC2::VPCGatewayAttachment", to: "aws_internet_gateway_attachment", ref: "id",
      properties: [
        .argument("InternetGatewayId", "internet_gateway_id"),
        .argument("VpnGatewayId", "vpn_gateway_id"),
        .argument("VpcId", "vpc_id"),
      ],
      importID: .custom { context in
        guard let gateway = context.property("InternetGatewayId"),
          let vpc = context.property("VpcId")
        else { return nil }
        return "\(gateway):\(vpc)"
      },
      finish: { builder in
        if builder.primary.type == "aws_vpn_gateway_attachment" {
          builder.primary.importID = .notImportable(
            "created: the Terraform AWS provider cannot import aws_vpn_gateway_attachment, so the plan attaches the gateway to the VPC it is attached to already"
          )
        }
      })
    mapping.terraformTypeChoice = { resource in
      resource.property("VpnGatewayId") != nil
        ? "aws_vpn_gateway_attachment" : "aws_internet_gateway_attachment"
    }
    return mapping
  }()

  static let routeTable = ResourceMapping(
    "AWS::EC2::RouteTable", to: "aws_route_table", ref: "id",
    attributes: ["RouteTableId": "id"],
    properties: [.argument("VpcId", "vpc_id"), .tags])

  static let subnetRouteTableAssociation = ResourceMapping(
    "AWS::EC2::SubnetRouteTableAssociation", to: "aws_route_table_association", ref: "id",
    attributes: ["Id": "id"],
    properties: [
      .argument("SubnetId", "subnet_id"),
      .argument("RouteTableId", "route_table_id"),
    ],
    importID: .custom { context in
      guard let subnet = context.property("SubnetId"),
        let table = context.property("RouteTableId")
      else { return nil }
      return "\(subnet)/\(table)"
    })

  static let networkAcl = ResourceMapping(
    "AWS::EC2::NetworkAcl", to: "aws_network_acl", ref: "id",
    attributes: ["Id": "id"],
    properties: [.argument("VpcId", "vpc_id"), .tags])

  static let subnetNetworkAclAssociation = ResourceMapping(
    "AWS::EC2::SubnetNetworkAclAssociation", to: "aws_network_acl_association", ref: "id",
    attributes: ["AssociationId": "id"],
    properties: [
      .argument("SubnetId", "subnet_id"),
      .argument("NetworkAclId", "network_acl_id"),
    ])

  /// `attribute` of the resource at `address`, made for the resource being built (its primary
  /// resource or an extra): guarded with `one(…[*])` when the resource has a `Condition`, since
  /// its resources then have a `count`.
  static func reference(
    _ resource: TerraformPath, _ attribute: String, in builder: ResourceBuilder
  ) -> HCLExpression {
    if builder.resource.condition != nil {
      return .call("one", [.traversal(resource.appending([.splat, .attribute(attribute)]))])
    }
    return .traversal(resource / attribute)
  }

  /// Writes the members of an object property as flat arguments of the resource, each by its own
  /// (CloudFormation name, Terraform argument) pair; other members are reported as unsupported.
  static func flatten(
    _ member: RuleMember, into parts: inout BodyParts, builder: inout ResourceBuilder,
    _ pairs: [(String, String)]
  ) {
    guard case .object(let fields) = member.value.kind else {
      builder.unsupported(
        member, reason: "a computed object cannot be spread over arguments; write it out")
      return
    }
    builder.apply(
      pairs.map { PropertyRule.argument($0.0, $0.1) }, to: fields,
      in: builder.scope.reading(member.path), into: &parts)
  }
}
