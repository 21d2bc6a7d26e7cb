import CFNParser

extension EC2 {
  static let route = ResourceMapping(
    "AWS::EC2::Route", to: "aws_route", ref: "id",
    attributes: ["CidrBlock": "destination_cidr_block"],
    properties: [
      .argument("RouteTableId", "route_table_id"),
      .argument("DestinationCidrBlock", "destination_cidr_block"),
      .argument("DestinationIpv6CidrBlock", "destination_ipv6_cidr_block"),
      .argument("DestinationPrefixListId", "destination_prefix_list_id"),
      .argument("GatewayId", "gateway_id"),
      .argument("NatGatewayId", "nat_gateway_id"),
      .custom("InstanceId", routeInstance),
      .argument("NetworkInterfaceId", "network_interface_id"),
      .argument("EgressOnlyInternetGatewayId", "egress_only_gateway_id"),
      .argument("CarrierGatewayId", "carrier_gateway_id"),
      .argument("CoreNetworkArn", "core_network_arn"),
      .argument("LocalGatewayId", "local_gateway_id"),
      .argument("TransitGatewayId", "transit_gateway_id"),
      .argument("VpcEndpointId", "vpc_endpoint_id"),
      .argument("VpcPeeringConnectionId", "vpc_peering_connection_id"),
    ],
    importID: .custom { context in
      guard let table = context.property("RouteTableId"),
        let destination = context.property("DestinationCidrBlock")
          ?? context.property("DestinationIpv6CidrBlock")
          ?? context.property("DestinationPrefixListId")
      else { return nil }
      return "\(table)_\(destination)"
    })

  /// Terraform routes no longer target instances: a route to an instance of the template targets
  /// its primary network interface, which is where EC2 sends the traffic.
  @Sendable static func routeInstance(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    guard case .ref(let name) = member.value.kind,
      let target = builder.translator.targets[name], target.type == "aws_instance",
      !target.isMissing
    else {
      builder.unsupported(
        member,
        reason:
          "aws_route cannot target an instance by id; give the instance's network interface as NetworkInterfaceId"
      )
      return
    }
    let value = target.expression(for: "primary_network_interface_id")
    parts.argument("network_interface_id", value)
    builder.record(
      member,
      target: builder.primary.path / "network_interface_id", status: .transformed,
      note: "the route targets the instance's primary network interface", source: member.value,
      value: value)
  }

  static let networkAclEntry = ResourceMapping(
    "AWS::EC2::NetworkAclEntry", to: "aws_network_acl_rule", ref: "id",
    attributes: ["Id": "id"],
    properties: [
      .argument("NetworkAclId", "network_acl_id"),
      .argument("RuleNumber", "rule_number"),
      .argument("Egress", "egress"),
      .argument("Protocol", "protocol"),
      .argument("RuleAction", "rule_action"),
      .argument("CidrBlock", "cidr_block"),
      .argument("Ipv6CidrBlock", "ipv6_cidr_block"),
      .custom("PortRange") { member, builder, parts in
        flatten(
          member, into: &parts, builder: &builder,
          [("From", "from_port"), ("To", "to_port")])
      },
      .custom("Icmp") { member, builder, parts in
        flatten(
          member, into: &parts, builder: &builder,
          [("Type", "icmp_type"), ("Code", "icmp_code")])
      },
    ],
    importID: .custom { context in
      guard let acl = context.property("NetworkAclId"),
        let number = context.property("RuleNumber"),
        let protocolText = context.property("Protocol")
      else { return nil }
      let egress = context.property("Egress")?.lowercased() == "true"
      return "\(acl):\(number):\(protocolText):\(egress)"
    })

  static let natGateway = ResourceMapping(
    "AWS::EC2::NatGateway", to: "aws_nat_gateway", ref: "id",
    attributes: ["NatGatewayId": "id", "EniId": "network_interface_id"],
    properties: [
      .argument("AllocationId", "allocation_id"),
      .argument("SubnetId", "subnet_id"),
      .argument("ConnectivityType", "connectivity_type"),
      .argument("PrivateIpAddress", "private_ip"),
      .argument("SecondaryAllocationIds", "secondary_allocation_ids"),
      .argument("SecondaryPrivateIpAddressCount", "secondary_private_ip_address_count"),
      .argument("SecondaryPrivateIpAddresses", "secondary_private_ip_addresses"),
      .drop(
        "MaxDrainDurationSeconds",
        "aws_nat_gateway has no drain duration; NAT gateways are deleted at once"),
      .drop("VpcId", regionalNatReason),
      .drop("AvailabilityMode", regionalNatReason),
      .drop("AvailabilityZoneAddresses", regionalNatReason),
      .tags,
    ])

  static let regionalNatReason =
    "regional NAT gateways have no counterpart in the Terraform AWS provider 5.x; the gateway is zonal, in SubnetId"

  /// `Ref` returns the Elastic IP address. Terraform imports an Elastic IP by its allocation id,
  /// which the stack does not list.
  static let eip = ResourceMapping(
    "AWS::EC2::EIP", to: "aws_eip", ref: "public_ip",
    attributes: ["AllocationId": "allocation_id", "PublicIp": "public_ip"],
    properties: [
      .argument("Domain", "domain"),
      .argument("InstanceId", "instance"),
      .argument("Address", "address"),
      .argument("PublicIpv4Pool", "public_ipv4_pool"),
      .argument("NetworkBorderGroup", "network_border_group"),
      .argument("IpamPoolId", "ipam_pool_id"),
      .drop(
        "TransferAddress",
        "accepting an address transfer has no counterpart in aws_eip; accept it with the AWS CLI first"
      ),
      .tags,
    ],
    // The stack lists the address; Terraform imports an Elastic IP by its allocation id, which
    // `data "aws_eip"` finds from the address at plan time.
    importID: .lookup(
      ImportLookup(dataSource: "aws_eip", attribute: "id") { context in
        context.physicalId.map { [("public_ip", $0)] }
      }))

  static let eipAssociation = ResourceMapping(
    "AWS::EC2::EIPAssociation", to: "aws_eip_association", ref: "id",
    attributes: ["Id": "id"],
    properties: [
      .argument("AllocationId", "allocation_id"),
      .custom("EIP", associatedAddress),
      .argument("InstanceId", "instance_id"),
      .argument("NetworkInterfaceId", "network_interface_id"),
      .argument("PrivateIpAddress", "private_ip_address"),
    ])

  /// `EIP` names the address; an Elastic IP of the template is better associated by its
  /// allocation id, which VPC addresses need.
  @Sendable static func associatedAddress(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    if case .ref(let name) = member.value.kind, let target = builder.translator.targets[name],
      target.type == "aws_eip", !target.isMissing,
      builder.resource.property("AllocationId") == nil
    {
      let value = target.expression(for: "allocation_id")
      parts.argument("allocation_id", value)
      builder.record(
        member,
        target: builder.primary.path / "allocation_id", status: .transformed,
        note: "the Elastic IP of the template is associated by its allocation id",
        source: member.value, value: value)
      return
    }
    let value = builder.translate(
      member, as: .string, target: builder.primary.path / "public_ip")
    parts.argument("public_ip", value, comments: builder.approximationComment)
  }
}
