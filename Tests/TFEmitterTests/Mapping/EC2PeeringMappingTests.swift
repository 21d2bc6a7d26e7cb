import Testing

@testable import TFEmitter

@Suite("EC2 peering, transit gateway and VPN mappings")
struct EC2PeeringMappingTests {
  static let parameters = #"{"TunnelKey": {"Type": "String", "NoEcho": true}}"#

  static let resources = #"""
    {"Vpc": {"Type": "AWS::EC2::VPC", "Properties": {"CidrBlock": "10.0.0.0/16"}},
     "Subnet": {"Type": "AWS::EC2::Subnet", "Properties": {"VpcId": {"Ref": "Vpc"}, "CidrBlock": "10.0.1.0/24"}},
     "Routes": {"Type": "AWS::EC2::RouteTable", "Properties": {"VpcId": {"Ref": "Vpc"}}},
     "Local": {"Type": "AWS::EC2::VPCPeeringConnection", "Properties": {"VpcId": {"Ref": "Vpc"},
       "PeerVpcId": "vpc-0a1b2c3d", "Tags": [{"Key": "Name", "Value": "local"}]}},
     "Remote": {"Type": "AWS::EC2::VPCPeeringConnection", "Properties": {"VpcId": {"Ref": "Vpc"},
       "PeerVpcId": "vpc-0e1f2a3b", "PeerOwnerId": "111122223333", "PeerRegion": "eu-west-1",
       "PeerRoleArn": "arn:aws:iam::111122223333:role/peer-acceptor"}},
     "Hub": {"Type": "AWS::EC2::TransitGateway", "Properties": {"Description": "hub",
       "AmazonSideAsn": 64600, "DefaultRouteTableAssociation": "disable",
       "DefaultRouteTablePropagation": "disable", "EncryptionSupport": "enable",
       "Tags": [{"Key": "Name", "Value": "hub"}]}},
     "Spoke": {"Type": "AWS::EC2::TransitGatewayVpcAttachment", "Properties": {
       "TransitGatewayId": {"Ref": "Hub"}, "VpcId": {"Ref": "Vpc"}, "SubnetIds": [{"Ref": "Subnet"}],
       "Options": {"DnsSupport": "enable", "ApplianceModeSupport": "disable"}}},
     "Legacy": {"Type": "AWS::EC2::TransitGatewayAttachment", "Properties": {
       "TransitGatewayId": {"Ref": "Hub"}, "VpcId": "vpc-0c0d0e0f", "SubnetIds": ["subnet-0a0b"]}},
     "HubRoutes": {"Type": "AWS::EC2::TransitGatewayRouteTable", "Properties": {"TransitGatewayId": {"Ref": "Hub"}}},
     "ToSpoke": {"Type": "AWS::EC2::TransitGatewayRoute", "Properties": {
       "TransitGatewayRouteTableId": {"Ref": "HubRoutes"}, "DestinationCidrBlock": "10.0.0.0/16",
       "TransitGatewayAttachmentId": {"Ref": "Spoke"}}},
     "SpokeAssociation": {"Type": "AWS::EC2::TransitGatewayRouteTableAssociation", "Properties": {
       "TransitGatewayRouteTableId": {"Ref": "HubRoutes"}, "TransitGatewayAttachmentId": {"Ref": "Spoke"}}},
     "SpokePropagation": {"Type": "AWS::EC2::TransitGatewayRouteTablePropagation", "Properties": {
       "TransitGatewayRouteTableId": {"Ref": "HubRoutes"}, "TransitGatewayAttachmentId": {"Ref": "Spoke"}}},
     "Office": {"Type": "AWS::EC2::CustomerGateway", "Properties": {"Type": "ipsec.1",
       "IpAddress": "198.51.100.7", "Tags": [{"Key": "Name", "Value": "office"}]}},
     "Gateway": {"Type": "AWS::EC2::VPNGateway", "Properties": {"Type": "ipsec.1", "AmazonSideAsn": 64512}},
     "Tunnel": {"Type": "AWS::EC2::VPNConnection", "Properties": {"Type": "ipsec.1",
       "CustomerGatewayId": {"Ref": "Office"}, "VpnGatewayId": {"Ref": "Gateway"}, "StaticRoutesOnly": true,
       "VpnTunnelOptionsSpecifications": [
         {"PreSharedKey": "example-key-one", "TunnelInsideCidr": "169.254.10.0/30",
          "IKEVersions": [{"Value": "ikev2"}], "Phase1DHGroupNumbers": [{"Value": 14}]},
         {"PreSharedKey": {"Ref": "TunnelKey"}, "TunnelInsideCidr": "169.254.11.0/30"}]}},
     "OfficeRoute": {"Type": "AWS::EC2::VPNConnectionRoute", "Properties": {
       "VpnConnectionId": {"Ref": "Tunnel"}, "DestinationCidrBlock": "192.168.0.0/16"}},
     "Propagation": {"Type": "AWS::EC2::VPNGatewayRoutePropagation", "Properties": {
       "VpnGatewayId": {"Ref": "Gateway"}, "RouteTableIds": [{"Ref": "Routes"}, "rtb-0f0e0d0c"]}}}
    """#

  static func convert() -> Conversion {
    Converter.convert(
      """
      {"Parameters": \(parameters), "Resources": \(resources),
       "Outputs": {"Peering": {"Value": {"Ref": "Local"}},
         "HubArn": {"Value": {"Fn::GetAtt": ["Hub", "TransitGatewayArn"]}},
         "Attachment": {"Value": {"Ref": "Spoke"}},
         "Vpn": {"Value": {"Fn::GetAtt": ["Tunnel", "VpnConnectionId"]}},
         "CustomerGateway": {"Value": {"Ref": "Office"}}}}
      """, fileName: "t.json")
  }

  @Test("a peering in the account is accepted; one in another account says how to accept it")
  func peering() {
    let conversion = Self.convert()
    #expect(
      MappingProbe.block("aws_vpc_peering_connection.local", in: conversion) == """
        # Local (AWS::EC2::VPCPeeringConnection)
        resource "aws_vpc_peering_connection" "local" {
          vpc_id      = aws_vpc.vpc.id
          peer_vpc_id = "vpc-0a1b2c3d"
          tags = {
            Name = "local"
          }
          # CloudFormation accepts a peering within one account and region by itself
          auto_accept = true
        }

        """)
    #expect(
      MappingProbe.block("aws_vpc_peering_connection.remote", in: conversion) == """
        # Remote (AWS::EC2::VPCPeeringConnection)
        # cfn2tf: 'PeerRoleArn' is not converted: Terraform accepts the peering in the peer account with a resource under a provider for that account: add provider "aws" { alias = "peer", region = <PeerRegion>, assume_role { role_arn = <PeerRoleArn> } } in the root module, pass it to this module (configuration_aliases = [aws.peer]) and add resource "aws_vpc_peering_connection_accepter" { provider = aws.peer, vpc_peering_connection_id = aws_vpc_peering_connection.remote.id, auto_accept = true }; until then the peering stays pending acceptance
        resource "aws_vpc_peering_connection" "remote" {
          vpc_id        = aws_vpc.vpc.id
          peer_vpc_id   = "vpc-0e1f2a3b"
          peer_owner_id = "111122223333"
          peer_region   = "eu-west-1"
        }

        """)
    let role = MappingProbe.entry("Remote.Properties.PeerRoleArn", in: conversion)
    #expect(role?.status == .unsupported)
    #expect(role?.note.contains("aws_vpc_peering_connection_accepter") == true)
  }

  @Test("transit gateways, their VPC attachments (both types), route tables and routes")
  func transitGateways() {
    let conversion = Self.convert()
    #expect(
      MappingProbe.block("aws_ec2_transit_gateway.hub", in: conversion) == """
        # Hub (AWS::EC2::TransitGateway)
        # cfn2tf: 'EncryptionSupport' is dropped: aws_ec2_transit_gateway (provider 5.100) has no encryption support setting; enable it with 'aws ec2 modify-transit-gateway --options EncryptionSupport=enable'
        resource "aws_ec2_transit_gateway" "hub" {
          description                     = "hub"
          amazon_side_asn                 = 64600
          default_route_table_association = "disable"
          default_route_table_propagation = "disable"
          tags = {
            Name = "hub"
          }
        }

        """)
    #expect(
      MappingProbe.block("aws_ec2_transit_gateway_vpc_attachment.spoke", in: conversion) == """
        # Spoke (AWS::EC2::TransitGatewayVpcAttachment)
        resource "aws_ec2_transit_gateway_vpc_attachment" "spoke" {
          transit_gateway_id     = aws_ec2_transit_gateway.hub.id
          vpc_id                 = aws_vpc.vpc.id
          subnet_ids             = [aws_subnet.subnet.id]
          appliance_mode_support = "disable"
          dns_support            = "enable"
        }

        """)
    #expect(
      MappingProbe.block("aws_ec2_transit_gateway_vpc_attachment.legacy", in: conversion) == """
        # Legacy (AWS::EC2::TransitGatewayAttachment)
        resource "aws_ec2_transit_gateway_vpc_attachment" "legacy" {
          transit_gateway_id = aws_ec2_transit_gateway.hub.id
          vpc_id             = "vpc-0c0d0e0f"
          subnet_ids         = ["subnet-0a0b"]
        }

        """)
    #expect(
      MappingProbe.block("aws_ec2_transit_gateway_route_table.hub_routes", in: conversion) == """
        # HubRoutes (AWS::EC2::TransitGatewayRouteTable)
        resource "aws_ec2_transit_gateway_route_table" "hub_routes" {
          transit_gateway_id = aws_ec2_transit_gateway.hub.id
        }

        """)
    #expect(
      MappingProbe.block("aws_ec2_transit_gateway_route.to_spoke", in: conversion) == """
        # ToSpoke (AWS::EC2::TransitGatewayRoute)
        resource "aws_ec2_transit_gateway_route" "to_spoke" {
          transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.hub_routes.id
          destination_cidr_block         = "10.0.0.0/16"
          transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment.spoke.id
        }

        """)
    #expect(
      MappingProbe.block(
        "aws_ec2_transit_gateway_route_table_association.spoke_association", in: conversion) == """
          # SpokeAssociation (AWS::EC2::TransitGatewayRouteTableAssociation)
          resource "aws_ec2_transit_gateway_route_table_association" "spoke_association" {
            transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.hub_routes.id
            transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment.spoke.id
          }

          """)
    #expect(
      MappingProbe.block(
        "aws_ec2_transit_gateway_route_table_propagation.spoke_propagation", in: conversion) == """
          # SpokePropagation (AWS::EC2::TransitGatewayRouteTablePropagation)
          resource "aws_ec2_transit_gateway_route_table_propagation" "spoke_propagation" {
            transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.hub_routes.id
            transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment.spoke.id
          }

          """)
  }

  @Test("customer and VPN gateways, VPN connections with their tunnels, routes and propagations")
  func vpn() {
    let conversion = Self.convert()
    #expect(
      MappingProbe.block("aws_customer_gateway.office", in: conversion) == """
        # Office (AWS::EC2::CustomerGateway)
        resource "aws_customer_gateway" "office" {
          type       = "ipsec.1"
          ip_address = "198.51.100.7"
          tags = {
            Name = "office"
          }
          # CloudFormation's default ASN
          bgp_asn = "65000"
        }

        """)
    #expect(
      MappingProbe.block("aws_vpn_gateway.gateway", in: conversion) == """
        # Gateway (AWS::EC2::VPNGateway)
        resource "aws_vpn_gateway" "gateway" {
          amazon_side_asn = "64512"
        }

        """)
    #expect(
      MappingProbe.block("aws_vpn_connection.tunnel", in: conversion) == """
        # Tunnel (AWS::EC2::VPNConnection)
        resource "aws_vpn_connection" "tunnel" {
          type                            = "ipsec.1"
          customer_gateway_id             = aws_customer_gateway.office.id
          vpn_gateway_id                  = aws_vpn_gateway.gateway.id
          static_routes_only              = true
          tunnel1_inside_cidr             = "169.254.10.0/30"
          tunnel1_preshared_key           = var.tunnel_tunnel1_preshared_key
          tunnel1_ike_versions            = ["ikev2"]
          tunnel1_phase1_dh_group_numbers = ["14"]
          tunnel2_inside_cidr             = "169.254.11.0/30"
          tunnel2_preshared_key           = var.tunnel_key
        }

        """)
    #expect(
      MappingProbe.block("aws_vpn_connection_route.office_route", in: conversion) == """
        # OfficeRoute (AWS::EC2::VPNConnectionRoute)
        resource "aws_vpn_connection_route" "office_route" {
          vpn_connection_id      = aws_vpn_connection.tunnel.id
          destination_cidr_block = "192.168.0.0/16"
        }

        """)
    #expect(
      MappingProbe.block("aws_vpn_gateway_route_propagation.propagation", in: conversion) == """
        # Propagation (AWS::EC2::VPNGatewayRoutePropagation)
        resource "aws_vpn_gateway_route_propagation" "propagation" {
          vpn_gateway_id = aws_vpn_gateway.gateway.id
          route_table_id = aws_route_table.routes.id
        }

        """)
    #expect(
      MappingProbe.block(
        "aws_vpn_gateway_route_propagation.propagation_rtb_0f0e0d0c", in: conversion) == """
          # Propagation.RouteTableIds[1] (AWS::EC2::VPNGatewayRoutePropagation)
          resource "aws_vpn_gateway_route_propagation" "propagation_rtb_0f0e0d0c" {
            vpn_gateway_id = aws_vpn_gateway.gateway.id
            route_table_id = "rtb-0f0e0d0c"
          }

          """)
    let outputs = conversion.file("outputs.tf")?.contents ?? ""
    #expect(outputs.contains("value = aws_vpc_peering_connection.local.id"))
    #expect(outputs.contains("value = aws_ec2_transit_gateway.hub.arn"))
    #expect(outputs.contains("value = aws_ec2_transit_gateway_vpc_attachment.spoke.id"))
    #expect(outputs.contains("value = aws_vpn_connection.tunnel.id"))
    #expect(outputs.contains("value = aws_customer_gateway.office.id"))
  }

  @Test("a pre-shared key written in the template reaches no generated file")
  func preSharedKeys() {
    let conversion = Self.convert()
    for file in conversion.files {
      #expect(!file.contents.contains("example-key-one"), "\(file.path)")
    }
    #expect(
      MappingProbe.messages(conversion).contains(
        "a pre-shared key of 'Tunnel' is written in the template; it becomes the sensitive variable 'tunnel_tunnel1_preshared_key'"
      ))
    let variables = conversion.file("variables.tf")?.contents ?? ""
    #expect(variables.contains("variable \"tunnel_tunnel1_preshared_key\""))
    let key = MappingProbe.entry(
      "Tunnel.Properties.VpnTunnelOptionsSpecifications[0].PreSharedKey", in: conversion)
    #expect(key?.sourceValue == Redaction.placeholder)
    #expect(key?.targetText == "aws_vpn_connection.tunnel.tunnel1_preshared_key")
  }

  @Test(
    "peering, transit gateways and VPN convert to a module terraform validates",
    .enabled(if: Repository.canValidate, "needs terraform, its provider mirror and tf-validate"))
  func oracle() throws {
    let (status, output) = try MappingProbe.validate(Self.convert(), label: "ec2-peering")
    #expect(status == 0, "\(output)")
  }

  static let importIds = [
    "Vpc": "vpc-0f1e", "Subnet": "subnet-0d2c", "Routes": "rtb-0a49",
    "Local": "pcx-0a1b2c3d4e5f60718", "Remote": "pcx-0f1e2d3c4b5a69788",
    "Hub": "tgw-0123456789abcdef0", "Spoke": "tgw-attach-0123456789abcdef0",
    "Legacy": "tgw-attach-0fedcba9876543210", "HubRoutes": "tgw-rtb-0123456789abcdef0",
    "ToSpoke": "tgw-rtb-0123456789abcdef0|10.0.0.0/16",
    "SpokeAssociation": "tgw-rtb-0123456789abcdef0|tgw-attach-0123456789abcdef0",
    "SpokePropagation": "tgw-rtb-0123456789abcdef0|tgw-attach-0123456789abcdef0",
    "Office": "cgw-0123456789abcdef0", "Gateway": "vgw-0123456789abcdef0",
    "Tunnel": "vpn-0123456789abcdef0", "OfficeRoute": "vpn-0123456789abcdef0|192.168.0.0/16",
    "Propagation": "web-Propagation-1",
  ]

  static func peered(_ address: String, _ origin: String, _ expected: ImportCase.Expectation)
    -> ImportCase
  {
    ImportCase(
      address: address, origin: origin, resources: resources, parameters: parameters,
      physicalIds: importIds, values: ["TunnelKey": "not-a-real-key"], expected: expected)
  }

  /// Most by their ids; transit gateway routes, associations and propagations by
  /// `<route table id>_<destination or attachment id>`; VPN routes and propagations not at all.
  static var importCases: [ImportCase] {
    [
      peered("aws_vpc_peering_connection.local", "Local", .id("pcx-0a1b2c3d4e5f60718")),
      peered("aws_ec2_transit_gateway.hub", "Hub", .id("tgw-0123456789abcdef0")),
      peered(
        "aws_ec2_transit_gateway_vpc_attachment.spoke", "Spoke",
        .id("tgw-attach-0123456789abcdef0")),
      peered(
        "aws_ec2_transit_gateway_route_table.hub_routes", "HubRoutes",
        .id("tgw-rtb-0123456789abcdef0")),
      peered(
        "aws_ec2_transit_gateway_route.to_spoke", "ToSpoke",
        .id("tgw-rtb-0123456789abcdef0_10.0.0.0/16")),
      peered(
        "aws_ec2_transit_gateway_route_table_association.spoke_association", "SpokeAssociation",
        .id("tgw-rtb-0123456789abcdef0_tgw-attach-0123456789abcdef0")),
      peered(
        "aws_ec2_transit_gateway_route_table_propagation.spoke_propagation", "SpokePropagation",
        .id("tgw-rtb-0123456789abcdef0_tgw-attach-0123456789abcdef0")),
      peered("aws_customer_gateway.office", "Office", .id("cgw-0123456789abcdef0")),
      peered("aws_vpn_gateway.gateway", "Gateway", .id("vgw-0123456789abcdef0")),
      peered("aws_vpn_connection.tunnel", "Tunnel", .id("vpn-0123456789abcdef0")),
      peered(
        "aws_vpn_connection_route.office_route", "OfficeRoute",
        .notImported(
          "created: the Terraform AWS provider cannot import aws_vpn_connection_route; if the apply says the route exists, delete it with 'aws ec2 delete-vpn-connection-route' and apply again"
        )),
      peered(
        "aws_vpn_gateway_route_propagation.propagation_rtb_0f0e0d0c", "Propagation",
        .notImported(EC2.propagationImport)),
    ]
  }
}
