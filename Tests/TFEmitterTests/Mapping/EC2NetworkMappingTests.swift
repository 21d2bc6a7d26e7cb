import Testing

@testable import TFEmitter

@Suite("EC2 network mappings")
struct EC2NetworkMappingTests {
  static let vpc = """
    "Vpc": {"Type": "AWS::EC2::VPC", "Properties": {"CidrBlock": "10.0.0.0/16",
      "EnableDnsSupport": true, "EnableDnsHostnames": "true", "InstanceTenancy": "default",
      "Tags": [{"Key": "Name", "Value": "main"}]}},
    "Public": {"Type": "AWS::EC2::Subnet", "Properties": {"VpcId": {"Ref": "Vpc"},
      "CidrBlock": "10.0.1.0/24", "AvailabilityZone": {"Fn::Select": [0, {"Fn::GetAZs": ""}]},
      "MapPublicIpOnLaunch": true, "Ipv4NetmaskLength": 24,
      "PrivateDnsNameOptionsOnLaunch": {"HostnameType": "resource-name",
        "EnableResourceNameDnsARecord": true}}}
    """

  @Test("VPC and subnet; the subnet's DNS name options become flat arguments")
  func vpcAndSubnet() {
    let conversion = MappingProbe.convert(resources: "{\(Self.vpc)}")
    #expect(
      MappingProbe.block("aws_vpc.vpc", in: conversion) == """
        # Vpc (AWS::EC2::VPC)
        resource "aws_vpc" "vpc" {
          cidr_block           = "10.0.0.0/16"
          enable_dns_support   = true
          enable_dns_hostnames = true
          instance_tenancy     = "default"
          tags = {
            Name = "main"
          }
        }

        """)
    #expect(
      MappingProbe.block("aws_subnet.public", in: conversion) == """
        # Public (AWS::EC2::Subnet)
        # cfn2tf: 'Ipv4NetmaskLength' is dropped: aws_subnet cannot take its CIDR from an IPAM pool; allocate one with aws_vpc_ipam_pool_cidr_allocation and set cidr_block
        resource "aws_subnet" "public" {
          vpc_id                                      = aws_vpc.vpc.id
          cidr_block                                  = "10.0.1.0/24"
          availability_zone                           = data.aws_availability_zones.available.names[0]
          map_public_ip_on_launch                     = true
          enable_resource_name_dns_a_record_on_launch = true
          private_dns_hostname_type_on_launch         = "resource-name"
        }

        """)
    let option = MappingProbe.entry(
      "Public.Properties.PrivateDnsNameOptionsOnLaunch.HostnameType", in: conversion)
    #expect(option?.targetText == "aws_subnet.public.private_dns_hostname_type_on_launch")
    #expect(MappingProbe.messages(conversion) == [])
  }

  @Test(
    "a gateway attachment becomes an internet or a VPN gateway attachment, and DependsOn follows")
  func gatewayAttachments() {
    let conversion = MappingProbe.convert(
      resources: """
        {\(Self.vpc),
         "Igw": {"Type": "AWS::EC2::InternetGateway"},
         "IgwAttachment": {"Type": "AWS::EC2::VPCGatewayAttachment", "Properties": {
           "VpcId": {"Ref": "Vpc"}, "InternetGatewayId": {"Ref": "Igw"}}},
         "VpnAttachment": {"Type": "AWS::EC2::VPCGatewayAttachment", "Properties": {
           "VpcId": {"Ref": "Vpc"}, "VpnGatewayId": "vgw-1"}},
         "Table": {"Type": "AWS::EC2::RouteTable", "Properties": {"VpcId": {"Ref": "Vpc"}}},
         "Default": {"Type": "AWS::EC2::Route", "DependsOn": ["IgwAttachment", "VpnAttachment"],
           "Properties": {"RouteTableId": {"Ref": "Table"}, "DestinationCidrBlock": "0.0.0.0/0",
             "GatewayId": {"Ref": "Igw"}}}}
        """)
    #expect(
      MappingProbe.block("aws_vpn_gateway_attachment.vpn_attachment", in: conversion) == """
        # VpnAttachment (AWS::EC2::VPCGatewayAttachment)
        resource "aws_vpn_gateway_attachment" "vpn_attachment" {
          vpn_gateway_id = "vgw-1"
          vpc_id         = aws_vpc.vpc.id
        }

        """)
    #expect(
      MappingProbe.block("aws_route.default", in: conversion) == """
        # Default (AWS::EC2::Route)
        resource "aws_route" "default" {
          depends_on = [
            aws_internet_gateway_attachment.igw_attachment,
            aws_vpn_gateway_attachment.vpn_attachment,
          ]

          route_table_id         = aws_route_table.table.id
          destination_cidr_block = "0.0.0.0/0"
          gateway_id             = aws_internet_gateway.igw.id
        }

        """)
    #expect(
      MappingProbe.entry("VpnAttachment", in: conversion)?.note
        == "became aws_vpn_gateway_attachment")
    #expect(
      MappingProbe.mainFile(conversion).contains(
        "# Igw (AWS::EC2::InternetGateway)\nresource \"aws_internet_gateway\" \"igw\" {}\n"))
  }

  @Test("a network interface's secondary addresses: its private addresses but the primary")
  func secondaryAddresses() {
    let conversion = Converter.convert(
      """
      {"Resources": {"Eni": {"Type": "AWS::EC2::NetworkInterface",
         "Properties": {"SubnetId": "subnet-1", "SecondaryPrivateIpAddressCount": 2}}},
       "Outputs": {"First": {"Value": {"Fn::Select": [0,
         {"Fn::GetAtt": ["Eni", "SecondaryPrivateIpAddresses"]}]}}}}
      """, fileName: "t.json")
    #expect(
      conversion.file("outputs.tf")?.contents.contains(
        """
          value = tolist(setsubtract(aws_network_interface.eni.private_ips, [
            aws_network_interface.eni.private_ip,
          ]))[0]
        """) == true, "\(conversion.file("outputs.tf")?.contents ?? "")")
  }

  @Test("a route to an instance targets its primary network interface")
  func routeToInstance() {
    let conversion = MappingProbe.convert(
      resources: """
        {"Box": {"Type": "AWS::EC2::Instance", "Properties": {"ImageId": "ami-1",
           "InstanceType": "t3.micro"}},
         "ViaBox": {"Type": "AWS::EC2::Route", "Properties": {"RouteTableId": "rtb-1",
           "DestinationCidrBlock": "10.1.0.0/16", "InstanceId": {"Ref": "Box"}}},
         "ViaOther": {"Type": "AWS::EC2::Route", "Properties": {"RouteTableId": "rtb-1",
           "DestinationCidrBlock": "10.2.0.0/16", "InstanceId": "i-0123"}}}
        """)
    #expect(
      MappingProbe.block("aws_route.via_box", in: conversion) == """
        # ViaBox (AWS::EC2::Route)
        resource "aws_route" "via_box" {
          route_table_id         = "rtb-1"
          destination_cidr_block = "10.1.0.0/16"
          network_interface_id   = aws_instance.box.primary_network_interface_id
        }

        """)
    #expect(
      MappingProbe.entry("ViaBox.Properties.InstanceId", in: conversion)?.status == .transformed)
    #expect(
      MappingProbe.entry("ViaOther.Properties.InstanceId", in: conversion)?.status == .unsupported)
    #expect(
      MappingProbe.messages(conversion) == [
        "property 'InstanceId' of 'ViaOther' (AWS::EC2::Route) is not converted: aws_route cannot target an instance by id; give the instance's network interface as NetworkInterfaceId"
      ])
  }

  @Test("network ACL entries: port range and ICMP become flat arguments")
  func networkAclEntries() {
    let conversion = MappingProbe.convert(
      resources: """
        {"Acl": {"Type": "AWS::EC2::NetworkAcl", "Properties": {"VpcId": "vpc-1"}},
         "AclIn": {"Type": "AWS::EC2::NetworkAclEntry", "Properties": {
           "NetworkAclId": {"Ref": "Acl"}, "RuleNumber": "100", "Protocol": "6",
           "RuleAction": "allow", "Egress": "false", "CidrBlock": "0.0.0.0/0",
           "PortRange": {"From": "80", "To": "80"}}},
         "AclPing": {"Type": "AWS::EC2::NetworkAclEntry", "Properties": {
           "NetworkAclId": {"Ref": "Acl"}, "RuleNumber": 110, "Protocol": 1, "RuleAction": "allow",
           "Egress": true, "Ipv6CidrBlock": "::/0", "Icmp": {"Type": 8, "Code": -1}}}}
        """)
    #expect(
      MappingProbe.block("aws_network_acl_rule.acl_in", in: conversion) == """
        # AclIn (AWS::EC2::NetworkAclEntry)
        resource "aws_network_acl_rule" "acl_in" {
          network_acl_id = aws_network_acl.acl.id
          rule_number    = 100
          egress         = false
          protocol       = "6"
          rule_action    = "allow"
          cidr_block     = "0.0.0.0/0"
          from_port      = 80
          to_port        = 80
        }

        """)
    #expect(
      MappingProbe.block("aws_network_acl_rule.acl_ping", in: conversion) == """
        # AclPing (AWS::EC2::NetworkAclEntry)
        resource "aws_network_acl_rule" "acl_ping" {
          network_acl_id  = aws_network_acl.acl.id
          rule_number     = 110
          egress          = true
          protocol        = "1"
          rule_action     = "allow"
          ipv6_cidr_block = "::/0"
          icmp_type       = 8
          icmp_code       = -1
        }

        """)
    #expect(MappingProbe.messages(conversion) == [])
  }

  @Test("Elastic IPs, their association by allocation id, NAT gateways")
  func addresses() {
    let conversion = MappingProbe.convert(
      resources: """
        {"Box": {"Type": "AWS::EC2::Instance", "Properties": {"ImageId": "ami-1",
           "InstanceType": "t3.micro"}},
         "NatIp": {"Type": "AWS::EC2::EIP", "Properties": {"Domain": "vpc"}},
         "Nat": {"Type": "AWS::EC2::NatGateway", "Properties": {
           "AllocationId": {"Fn::GetAtt": ["NatIp", "AllocationId"]}, "SubnetId": "subnet-1"}},
         "BoxIp": {"Type": "AWS::EC2::EIP", "Properties": {"Domain": "vpc"}},
         "BoxIpAssoc": {"Type": "AWS::EC2::EIPAssociation", "Properties": {
           "EIP": {"Ref": "BoxIp"}, "InstanceId": {"Ref": "Box"}}},
         "OldAssoc": {"Type": "AWS::EC2::EIPAssociation", "Properties": {
           "EIP": "203.0.113.10", "InstanceId": {"Ref": "Box"}}}}
        """)
    #expect(
      MappingProbe.block("aws_nat_gateway.nat", in: conversion) == """
        # Nat (AWS::EC2::NatGateway)
        resource "aws_nat_gateway" "nat" {
          allocation_id = aws_eip.nat_ip.allocation_id
          subnet_id     = "subnet-1"
        }

        """)
    #expect(
      MappingProbe.block("aws_eip_association.box_ip_assoc", in: conversion) == """
        # BoxIpAssoc (AWS::EC2::EIPAssociation)
        resource "aws_eip_association" "box_ip_assoc" {
          allocation_id = aws_eip.box_ip.allocation_id
          instance_id   = aws_instance.box.id
        }

        """)
    #expect(
      MappingProbe.block("aws_eip_association.old_assoc", in: conversion)?.contains(
        "public_ip   = \"203.0.113.10\"") == true)
    #expect(MappingProbe.entry("BoxIpAssoc.Properties.EIP", in: conversion)?.status == .transformed)
  }

  @Test("volumes: DeletionPolicy Snapshot also takes a final snapshot")
  func volumes() {
    let conversion = MappingProbe.convert(
      resources: """
        {"Disk": {"Type": "AWS::EC2::Volume", "DeletionPolicy": "Snapshot", "Properties": {
           "AvailabilityZone": "us-east-1a", "Size": 10, "VolumeType": "gp3", "Encrypted": true,
           "AutoEnableIO": true}}}
        """)
    #expect(
      MappingProbe.block("aws_ebs_volume.disk", in: conversion) == """
        # Disk (AWS::EC2::Volume)
        # cfn2tf: 'AutoEnableIO' is dropped: aws_ebs_volume cannot enable I/O automatically after a consistency check; set the volume attribute with the AWS CLI
        resource "aws_ebs_volume" "disk" {
          availability_zone = "us-east-1a"
          size              = 10
          type              = "gp3"
          encrypted         = true
          # cfn2tf: DeletionPolicy Snapshot
          final_snapshot = true

          lifecycle {
            prevent_destroy = true
          }
        }

        """)
  }

  @Test("network interfaces: a marked primary address leads an ordered address list")
  func networkInterface() {
    let conversion = MappingProbe.convert(
      resources: """
        {"Eni": {"Type": "AWS::EC2::NetworkInterface", "Properties": {"SubnetId": "subnet-1",
           "GroupSet": ["sg-1"], "SourceDestCheck": false,
           "PrivateIpAddresses": [{"PrivateIpAddress": "10.0.0.5", "Primary": false},
                                  {"PrivateIpAddress": "10.0.0.4", "Primary": true}],
           "Ipv6Addresses": [{"Ipv6Address": "2001:db8::1"}]}}}
        """)
    #expect(
      MappingProbe.block("aws_network_interface.eni", in: conversion) == """
        # Eni (AWS::EC2::NetworkInterface)
        resource "aws_network_interface" "eni" {
          subnet_id               = "subnet-1"
          security_groups         = ["sg-1"]
          private_ip_list_enabled = true
          private_ip_list         = ["10.0.0.4", "10.0.0.5"]
          source_dest_check       = false
          ipv6_addresses          = ["2001:db8::1"]
        }

        """)
    #expect(MappingProbe.messages(conversion) == [])
  }
}
