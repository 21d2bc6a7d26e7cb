import CFNParser

extension EC2 {
  /// The VPC peering and transit gateway mappings.
  static let peeringMappings = [
    vpcPeeringConnection, transitGateway,
    transitGatewayAttachment(
      "AWS::EC2::TransitGatewayAttachment", dropping: []),
    transitGatewayAttachment(
      "AWS::EC2::TransitGatewayVpcAttachment", dropping: ["AddSubnetIds", "RemoveSubnetIds"]),
    transitGatewayRouteTable, transitGatewayRoute, transitGatewayRouteTableAssociation,
    transitGatewayRouteTablePropagation,
  ]

  /// The requester side of a peering connection. CloudFormation accepts a peering within one
  /// account and region by itself, so `auto_accept = true` is written then (Terraform leaves it
  /// pending). In another account or region, CloudFormation accepts it by assuming `PeerRoleArn`
  /// in the peer account; Terraform accepts it with an `aws_vpc_peering_connection_accepter`
  /// under a provider for that account and region, which a module cfn2tf writes (one AWS
  /// provider, no aliases) cannot hold: the role is reported, with the resource to add.
  static let vpcPeeringConnection = ResourceMapping(
    "AWS::EC2::VPCPeeringConnection", to: "aws_vpc_peering_connection", ref: "id",
    attributes: ["Id": "id"],
    properties: [
      .argument("VpcId", "vpc_id"),
      .argument("PeerVpcId", "peer_vpc_id"),
      .argument("PeerOwnerId", "peer_owner_id"),
      .argument("PeerRegion", "peer_region"),
      .custom("PeerRoleArn") { member, builder, _ in
        builder.unsupported(member, reason: peerAcceptance(builder))
      },
      .custom("AssumeRoleRegion") { member, builder, _ in
        builder.unsupported(
          member,
          reason:
            "it is the region where CloudFormation assumes PeerRoleArn; give it to the peer provider of the accepter (see PeerRoleArn)"
        )
      },
      .tags,
    ],
    finish: peeringAutoAccept)

  /// What to do to accept a peering in another account or region.
  static func peerAcceptance(_ builder: ResourceBuilder) -> String {
    "Terraform accepts the peering in the peer account with a resource under a provider for that account: add provider \"aws\" { alias = \"peer\", region = <PeerRegion>, assume_role { role_arn = <PeerRoleArn> } } in the root module, pass it to this module (configuration_aliases = [aws.peer]) and add resource \"aws_vpc_peering_connection_accepter\" { provider = aws.peer, vpc_peering_connection_id = \(builder.primary.address).id, auto_accept = true }; until then the peering stays pending acceptance"
  }

  /// `auto_accept = true` for a peering within the account and region, which CloudFormation
  /// accepts by itself.
  static func peeringAutoAccept(_ builder: inout ResourceBuilder) {
    let resource = builder.resource
    let sameAccount: Bool
    switch resource.property("PeerOwnerId")?.value.kind {
    case nil, .pseudo(.accountId)?: sameAccount = true
    default: sameAccount = false
    }
    let sameRegion: Bool
    switch resource.property("PeerRegion")?.value.kind {
    case nil, .pseudo(.region)?: sameRegion = true
    default: sameRegion = false
    }
    guard sameAccount, sameRegion, resource.property("PeerRoleArn") == nil else { return }
    builder.primary.content.argument(
      "auto_accept", .bool(true),
      comments: ["CloudFormation accepts a peering within one account and region by itself"])
    builder.ledger.append(
      LedgerEntry(
        kind: .addition, path: TemplatePath.resource(builder.logicalId) / "AutoAccept",
        resourceType: resource.type.value, location: resource.range.start,
        target: builder.primary.path / "auto_accept", status: .transformed,
        note:
          "CloudFormation accepts a peering within one account and region; Terraform does with auto_accept = true",
        targetValue: "true"))
  }

  /// `Ref` is the transit gateway id. Both tools share their defaults (ASN 64512, default route
  /// table association and propagation, DNS and ECMP support on, auto-accept and multicast off).
  static let transitGateway = ResourceMapping(
    "AWS::EC2::TransitGateway", to: "aws_ec2_transit_gateway", ref: "id",
    attributes: ["Id": "id", "TransitGatewayArn": "arn"],
    properties: [
      .argument("Description", "description"),
      .argument("AmazonSideAsn", "amazon_side_asn"),
      .argument("AutoAcceptSharedAttachments", "auto_accept_shared_attachments"),
      .argument("DefaultRouteTableAssociation", "default_route_table_association"),
      .argument("DefaultRouteTablePropagation", "default_route_table_propagation"),
      .argument("DnsSupport", "dns_support"),
      .argument("VpnEcmpSupport", "vpn_ecmp_support"),
      .argument("MulticastSupport", "multicast_support"),
      .argument("SecurityGroupReferencingSupport", "security_group_referencing_support"),
      .argument("TransitGatewayCidrBlocks", "transit_gateway_cidr_blocks"),
      .drop(
        "AssociationDefaultRouteTableId",
        "aws_ec2_transit_gateway reads the default association route table, never sets it; set it with 'aws ec2 modify-transit-gateway --options AssociationDefaultRouteTableId=…'"
      ),
      .drop(
        "PropagationDefaultRouteTableId",
        "aws_ec2_transit_gateway reads the default propagation route table, never sets it; set it with 'aws ec2 modify-transit-gateway --options PropagationDefaultRouteTableId=…'"
      ),
      .drop(
        "EncryptionSupport",
        "aws_ec2_transit_gateway (provider 5.100) has no encryption support setting; enable it with 'aws ec2 modify-transit-gateway --options EncryptionSupport=enable'"
      ),
      .tags,
    ])

  /// Both attachment types are VPC attachments; `Options` become flat arguments. `Ref` is the
  /// attachment id.
  static func transitGatewayAttachment(_ type: String, dropping dropped: [String])
    -> ResourceMapping
  {
    ResourceMapping(
      type, to: "aws_ec2_transit_gateway_vpc_attachment", ref: "id",
      attributes: ["Id": "id"],
      properties: [
        .argument("TransitGatewayId", "transit_gateway_id"),
        .argument("VpcId", "vpc_id"),
        .argument("SubnetIds", "subnet_ids"),
        .custom(
          "Options",
          ExtraResources.flattened([
            .argument("ApplianceModeSupport", "appliance_mode_support"),
            .argument("DnsSupport", "dns_support"),
            .argument("Ipv6Support", "ipv6_support"),
            .argument("SecurityGroupReferencingSupport", "security_group_referencing_support"),
          ])),
        .tags,
      ]
        + dropped.map {
          .drop(
            $0,
            "it changes the subnets of an existing attachment; Terraform changes them when SubnetIds changes"
          )
        })
  }

  static let transitGatewayRouteTable = ResourceMapping(
    "AWS::EC2::TransitGatewayRouteTable", to: "aws_ec2_transit_gateway_route_table", ref: "id",
    attributes: ["TransitGatewayRouteTableId": "id"],
    properties: [.argument("TransitGatewayId", "transit_gateway_id"), .tags])

  /// Imported as `<route table id>_<destination>`.
  static let transitGatewayRoute = ResourceMapping(
    "AWS::EC2::TransitGatewayRoute", to: "aws_ec2_transit_gateway_route", ref: "id",
    properties: [
      .argument("TransitGatewayRouteTableId", "transit_gateway_route_table_id"),
      .argument("DestinationCidrBlock", "destination_cidr_block"),
      .argument("TransitGatewayAttachmentId", "transit_gateway_attachment_id"),
      .argument("Blackhole", "blackhole"),
    ],
    importID: routeTableImport("DestinationCidrBlock"))

  /// Imported as `<route table id>_<attachment id>`.
  static let transitGatewayRouteTableAssociation = ResourceMapping(
    "AWS::EC2::TransitGatewayRouteTableAssociation",
    to: "aws_ec2_transit_gateway_route_table_association", ref: "id",
    properties: [
      .argument("TransitGatewayRouteTableId", "transit_gateway_route_table_id"),
      .argument("TransitGatewayAttachmentId", "transit_gateway_attachment_id"),
    ],
    importID: routeTableImport("TransitGatewayAttachmentId"))

  /// Imported as `<route table id>_<attachment id>`.
  static let transitGatewayRouteTablePropagation = ResourceMapping(
    "AWS::EC2::TransitGatewayRouteTablePropagation",
    to: "aws_ec2_transit_gateway_route_table_propagation", ref: "id",
    properties: [
      .argument("TransitGatewayRouteTableId", "transit_gateway_route_table_id"),
      .argument("TransitGatewayAttachmentId", "transit_gateway_attachment_id"),
    ],
    importID: routeTableImport("TransitGatewayAttachmentId"))

  /// `<TransitGatewayRouteTableId>_<second property>`.
  static func routeTableImport(_ second: String) -> ImportID {
    .custom { context in
      guard let table = context.property("TransitGatewayRouteTableId"),
        let other = context.property(second)
      else { return nil }
      return "\(table)_\(other)"
    }
  }
}
