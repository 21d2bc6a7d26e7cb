import Testing

@testable import TFEmitter

@Suite("EC2 key pair, prefix list, CIDR block, placement group and interface mappings")
struct EC2SmallTypeMappingTests {
  static let resources = #"""
    {"Vpc": {"Type": "AWS::EC2::VPC", "Properties": {"CidrBlock": "10.0.0.0/16"}},
     "Deploy": {"Type": "AWS::EC2::KeyPair", "Properties": {"KeyName": "deploy",
       "PublicKeyMaterial": "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIExampleKeyOnly deploy@example",
       "Tags": [{"Key": "team", "Value": "ops"}]}},
     "Made": {"Type": "AWS::EC2::KeyPair", "Properties": {"KeyName": "made", "KeyType": "ed25519",
       "KeyFormat": "pem"}},
     "Offices": {"Type": "AWS::EC2::PrefixList", "Properties": {"PrefixListName": "offices",
       "AddressFamily": "IPv4", "MaxEntries": 10,
       "Entries": [{"Cidr": "198.51.100.0/24", "Description": "Paris"}, {"Cidr": "203.0.113.0/24"}]}},
     "Partners": {"Type": "AWS::EC2::PrefixList", "Properties": {"PrefixListName": "partners",
       "AddressFamily": "IPv4", "Entries": [{"Cidr": "192.0.2.0/24"}]}},
     "Egress": {"Type": "AWS::EC2::EgressOnlyInternetGateway", "Properties": {"VpcId": {"Ref": "Vpc"}}},
     "Ipv6Block": {"Type": "AWS::EC2::VPCCidrBlock", "Properties": {"VpcId": {"Ref": "Vpc"},
       "AmazonProvidedIpv6CidrBlock": true}},
     "SecondBlock": {"Type": "AWS::EC2::VPCCidrBlock", "Properties": {"VpcId": {"Ref": "Vpc"},
       "CidrBlock": "10.1.0.0/16"}},
     "Cluster": {"Type": "AWS::EC2::PlacementGroup", "Properties": {"Strategy": "partition",
       "PartitionCount": 3}},
     "Spread": {"Type": "AWS::EC2::PlacementGroup"},
     "Box": {"Type": "AWS::EC2::Instance", "Properties": {"ImageId": "ami-0abcdef1234567890",
       "InstanceType": "t3.micro", "KeyName": {"Ref": "Deploy"}, "PlacementGroupName": {"Ref": "Cluster"}}},
     "Eni": {"Type": "AWS::EC2::NetworkInterface", "Properties": {"SubnetId": "subnet-0d2c"}},
     "EniAttachment": {"Type": "AWS::EC2::NetworkInterfaceAttachment", "Properties": {
       "InstanceId": {"Ref": "Box"}, "NetworkInterfaceId": {"Ref": "Eni"}, "DeviceIndex": "1"}},
     "Share": {"Type": "AWS::EC2::NetworkInterfacePermission", "Properties": {
       "NetworkInterfaceId": {"Ref": "Eni"}, "AwsAccountId": "111122223333", "Permission": "INSTANCE-ATTACH"}},
     "SubnetBlock": {"Type": "AWS::EC2::SubnetCidrBlock", "Properties": {"SubnetId": "subnet-0d2c",
       "Ipv6CidrBlock": "2001:db8:1234:1a00::/64"}}}
    """#

  static func convert() -> Conversion {
    Converter.convert(
      """
      {"Resources": \(resources),
       "Outputs": {"Key": {"Value": {"Ref": "Made"}},
         "KeyId": {"Value": {"Fn::GetAtt": ["Made", "KeyPairId"]}},
         "Fingerprint": {"Value": {"Fn::GetAtt": ["Deploy", "KeyFingerprint"]}},
         "List": {"Value": {"Ref": "Offices"}},
         "ListArn": {"Value": {"Fn::GetAtt": ["Offices", "Arn"]}},
         "Block": {"Value": {"Ref": "Ipv6Block"}}, "Group": {"Value": {"Ref": "Spread"}},
         "Attachment": {"Value": {"Fn::GetAtt": ["EniAttachment", "AttachmentId"]}},
         "Permission": {"Value": {"Ref": "Share"}}}}
      """, fileName: "t.json")
  }

  @Test("a key pair with its public key; one CloudFormation created takes it from a variable")
  func keyPairs() {
    let conversion = Self.convert()
    #expect(
      MappingProbe.block("aws_key_pair.deploy", in: conversion) == """
        # Deploy (AWS::EC2::KeyPair)
        resource "aws_key_pair" "deploy" {
          key_name   = "deploy"
          public_key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIExampleKeyOnly deploy@example"
          tags = {
            team = "ops"
          }
        }

        """)
    #expect(
      MappingProbe.block("aws_key_pair.made", in: conversion) == """
        # Made (AWS::EC2::KeyPair)
        # cfn2tf: 'KeyType' is dropped: Terraform cannot create a key pair; make the public key with ssh-keygen -t ed25519 (see public_key)
        # cfn2tf: 'KeyFormat' is dropped: it is the format of a private key CloudFormation makes; Terraform makes none (see public_key)
        resource "aws_key_pair" "made" {
          key_name = "made"
          # cfn2tf: CloudFormation created this key pair (its private key is in SSM, /ec2/keypair/<key pair id>);
          # Terraform only uploads public keys: set var.made_public_key
          public_key = var.made_public_key
        }

        """)
    #expect(
      MappingProbe.messages(conversion).contains(
        "'Made' has no PublicKeyMaterial: CloudFormation created the key pair, which Terraform cannot; its public key comes from the variable 'made_public_key'"
      ))
    #expect(
      conversion.file("variables.tf")?.contents.contains("variable \"made_public_key\"") == true)
  }

  @Test("prefix lists (max_entries written when the template leaves it out) and CIDR blocks")
  func prefixListsAndBlocks() {
    let conversion = Self.convert()
    #expect(
      MappingProbe.block("aws_ec2_managed_prefix_list.offices", in: conversion) == """
        # Offices (AWS::EC2::PrefixList)
        resource "aws_ec2_managed_prefix_list" "offices" {
          name           = "offices"
          address_family = "IPv4"
          max_entries    = 10

          entry {
            cidr        = "198.51.100.0/24"
            description = "Paris"
          }
          entry {
            cidr = "203.0.113.0/24"
          }
        }

        """)
    #expect(
      MappingProbe.block("aws_ec2_managed_prefix_list.partners", in: conversion) == """
        # Partners (AWS::EC2::PrefixList)
        resource "aws_ec2_managed_prefix_list" "partners" {
          name           = "partners"
          address_family = "IPv4"
          max_entries    = 1

          entry {
            cidr = "192.0.2.0/24"
          }
        }

        """)
    #expect(
      MappingProbe.block("aws_egress_only_internet_gateway.egress", in: conversion) == """
        # Egress (AWS::EC2::EgressOnlyInternetGateway)
        resource "aws_egress_only_internet_gateway" "egress" {
          vpc_id = aws_vpc.vpc.id
        }

        """)
    #expect(
      MappingProbe.block("aws_vpc_ipv6_cidr_block_association.ipv6_block", in: conversion) == """
        # Ipv6Block (AWS::EC2::VPCCidrBlock)
        resource "aws_vpc_ipv6_cidr_block_association" "ipv6_block" {
          vpc_id                           = aws_vpc.vpc.id
          assign_generated_ipv6_cidr_block = true
        }

        """)
    #expect(
      MappingProbe.block("aws_vpc_ipv4_cidr_block_association.second_block", in: conversion) == """
        # SecondBlock (AWS::EC2::VPCCidrBlock)
        resource "aws_vpc_ipv4_cidr_block_association" "second_block" {
          vpc_id     = aws_vpc.vpc.id
          cidr_block = "10.1.0.0/16"
        }

        """)
  }

  @Test("placement groups are named and get a strategy; interface attachments and permissions")
  func groupsAndInterfaces() {
    let conversion = Self.convert()
    #expect(
      MappingProbe.block("aws_placement_group.cluster", in: conversion) == """
        # Cluster (AWS::EC2::PlacementGroup)
        resource "aws_placement_group" "cluster" {
          # cfn2tf: 'GroupName' is not set: CloudFormation names it <stack>-Cluster-<suffix>;
          # var.physical_names keeps the live name when a stack is adopted
          name            = lookup(var.physical_names, "Cluster", "${var.stack_name}-Cluster")
          strategy        = "partition"
          partition_count = 3
        }

        """)
    #expect(
      MappingProbe.block("aws_placement_group.spread", in: conversion) == """
        # Spread (AWS::EC2::PlacementGroup)
        resource "aws_placement_group" "spread" {
          # cfn2tf: 'GroupName' is not set: CloudFormation names it <stack>-Spread-<suffix>;
          # var.physical_names keeps the live name when a stack is adopted
          name     = lookup(var.physical_names, "Spread", "${var.stack_name}-Spread")
          strategy = "cluster"
        }

        """)
    #expect(
      MappingProbe.block("aws_network_interface_attachment.eni_attachment", in: conversion) == """
        # EniAttachment (AWS::EC2::NetworkInterfaceAttachment)
        # cfn2tf: approximated: CloudFormation deletes this interface with the instance (DeleteOnTermination defaults to true); Terraform leaves it
        resource "aws_network_interface_attachment" "eni_attachment" {
          instance_id          = aws_instance.box.id
          network_interface_id = aws_network_interface.eni.id
          device_index         = 1
        }

        """)
    #expect(
      MappingProbe.block("aws_network_interface_permission.share", in: conversion) == """
        # Share (AWS::EC2::NetworkInterfacePermission)
        resource "aws_network_interface_permission" "share" {
          network_interface_id = aws_network_interface.eni.id
          aws_account_id       = "111122223333"
          permission           = "INSTANCE-ATTACH"
        }

        """)
    #expect(
      MappingProbe.mainFile(conversion).contains(
        "# cfn2tf: SubnetBlock (AWS::EC2::SubnetCidrBlock) is not converted: Terraform gives a subnet its IPv6 block with the ipv6_cidr_block argument of aws_subnet; set the subnet's Ipv6CidrBlock instead"
      ))
    let outputs = conversion.file("outputs.tf")?.contents ?? ""
    for value in [
      "aws_key_pair.made.key_name", "aws_key_pair.made.key_pair_id",
      "aws_key_pair.deploy.fingerprint", "aws_ec2_managed_prefix_list.offices.id",
      "aws_ec2_managed_prefix_list.offices.arn",
      "aws_vpc_ipv6_cidr_block_association.ipv6_block.id",
      "aws_placement_group.spread.name",
      "aws_network_interface_attachment.eni_attachment.attachment_id",
      "aws_network_interface_permission.share.network_interface_permission_id",
    ] {
      #expect(outputs.contains("value = \(value)"), "\(value)")
    }
  }

  @Test(
    "the smaller EC2 types convert to a module terraform validates",
    .enabled(if: Repository.canValidate, "needs terraform, its provider mirror and tf-validate"))
  func oracle() throws {
    let (status, output) = try MappingProbe.validate(Self.convert(), label: "ec2-small-types")
    #expect(status == 0, "\(output)")
  }

  static let importIds = [
    "Vpc": "vpc-0f1e", "Deploy": "deploy", "Made": "made", "Offices": "pl-0123456789abcdef0",
    "Partners": "pl-0fedcba9876543210", "Egress": "eigw-0123456789abcdef0",
    "Ipv6Block": "vpc-cidr-assoc-0123456789abcdef0|vpc-0f1e",
    "SecondBlock": "vpc-cidr-assoc-0fedcba9876543210|vpc-0f1e", "Cluster": "web-Cluster-1A2B",
    "Spread": "web-Spread-3C4D", "Box": "i-01c0", "Eni": "eni-0594",
    "EniAttachment": "eni-attach-0123456789abcdef0", "Share": "eni-perm-0123456789abcdef0",
  ]

  static func small(_ address: String, _ origin: String, _ expected: ImportCase.Expectation)
    -> ImportCase
  {
    ImportCase(
      address: address, origin: origin, resources: resources, physicalIds: importIds,
      expected: expected)
  }

  /// Key pairs and placement groups by name, CIDR blocks by association id, the rest by id.
  static var importCases: [ImportCase] {
    [
      small("aws_key_pair.made", "Made", .id("made")),
      small("aws_ec2_managed_prefix_list.offices", "Offices", .id("pl-0123456789abcdef0")),
      small(
        "aws_egress_only_internet_gateway.egress", "Egress", .id("eigw-0123456789abcdef0")),
      small(
        "aws_vpc_ipv6_cidr_block_association.ipv6_block", "Ipv6Block",
        .id("vpc-cidr-assoc-0123456789abcdef0")),
      small(
        "aws_vpc_ipv4_cidr_block_association.second_block", "SecondBlock",
        .id("vpc-cidr-assoc-0fedcba9876543210")),
      small("aws_placement_group.spread", "Spread", .id("web-Spread-3C4D")),
      small(
        "aws_network_interface_attachment.eni_attachment", "EniAttachment",
        .id("eni-attach-0123456789abcdef0")),
      small(
        "aws_network_interface_permission.share", "Share", .id("eni-perm-0123456789abcdef0")),
    ]
  }
}
