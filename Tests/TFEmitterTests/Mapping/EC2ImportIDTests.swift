import Testing

@testable import TFEmitter

/// Each import id rule against the Terraform AWS provider's "Import" documentation.
@Suite("EC2 and ELB import ids")
struct EC2ImportIDTests {
  static func rule(_ type: String, _ properties: String) -> String {
    #"{"R": {"Type": "\#(type)", "Properties": \#(properties)}}"#
  }

  @Test("resources imported by their physical id")
  func physicalIds() {
    for (type, properties, id) in [
      ("AWS::EC2::Instance", #"{"ImageId": "ami-1"}"#, "i-0123456789abcdef0"),
      ("AWS::EC2::VPC", #"{"CidrBlock": "10.0.0.0/16"}"#, "vpc-1"),
      ("AWS::EC2::Subnet", #"{"VpcId": "vpc-1"}"#, "subnet-1"),
      ("AWS::EC2::InternetGateway", "{}", "igw-1"),
      ("AWS::EC2::RouteTable", #"{"VpcId": "vpc-1"}"#, "rtb-1"),
      ("AWS::EC2::NetworkAcl", #"{"VpcId": "vpc-1"}"#, "acl-1"),
      (
        "AWS::EC2::SubnetNetworkAclAssociation", #"{"SubnetId": "s", "NetworkAclId": "a"}"#,
        "aclassoc-1"
      ),
      ("AWS::EC2::NatGateway", #"{"SubnetId": "s"}"#, "nat-1"),
      ("AWS::EC2::EIPAssociation", #"{"AllocationId": "eipalloc-1"}"#, "eipassoc-1"),
      ("AWS::EC2::Volume", #"{"AvailabilityZone": "us-east-1a"}"#, "vol-1"),
      ("AWS::EC2::NetworkInterface", #"{"SubnetId": "s"}"#, "eni-1"),
      ("AWS::ElasticLoadBalancing::LoadBalancer", #"{"Listeners": []}"#, "my-elb"),
    ] {
      #expect(
        MappingProbe.importID("R", resources: Self.rule(type, properties), physicalId: id) == id,
        "\(type)")
    }
  }

  @Test("a security group by its id; one listed by name (no VpcId) cannot be imported")
  func securityGroup() {
    let group = Self.rule("AWS::EC2::SecurityGroup", #"{"GroupDescription": "d"}"#)
    #expect(MappingProbe.importID("R", resources: group, physicalId: "sg-0123") == "sg-0123")
    #expect(MappingProbe.importID("R", resources: group, physicalId: "my-group") == nil)
  }

  @Test("security group rules: SGID_TYPE_PROTOCOL_FROMPORT_TOPORT_SOURCE")
  func securityGroupRules() {
    let refs = ["Web": "sg-6e616f6d69", "Admin": "sg-7472697374616e"]
    let cases: [(String, String, String?)] = [
      (
        "AWS::EC2::SecurityGroupIngress",
        #"{"GroupId": {"Ref": "Web"}, "IpProtocol": "tcp", "FromPort": 8000, "ToPort": "8000", "CidrIp": "10.0.3.0/24"}"#,
        "sg-6e616f6d69_ingress_tcp_8000_8000_10.0.3.0/24"
      ),
      (
        "AWS::EC2::SecurityGroupIngress",
        #"{"GroupId": {"Ref": "Web"}, "IpProtocol": "-1", "SourceSecurityGroupId": {"Ref": "Admin"}}"#,
        "sg-6e616f6d69_ingress_all_0_0_sg-7472697374616e"
      ),
      (
        "AWS::EC2::SecurityGroupIngress",
        #"{"GroupId": {"Ref": "Web"}, "IpProtocol": "icmp", "FromPort": 8, "ToPort": -1, "CidrIpv6": "2001:db8::/48"}"#,
        "sg-6e616f6d69_ingress_icmp_8_-1_2001:db8::/48"
      ),
      (
        "AWS::EC2::SecurityGroupIngress",
        #"{"GroupId": "sg-6e616f6d69", "IpProtocol": "tcp", "FromPort": 22, "ToPort": 22, "SourceSecurityGroupId": "sg-7472697374616e", "SourceSecurityGroupOwnerId": "123456789012"}"#,
        "sg-6e616f6d69_ingress_tcp_22_22_123456789012/sg-7472697374616e"
      ),
      (
        "AWS::EC2::SecurityGroupEgress",
        #"{"GroupId": {"Ref": "Web"}, "IpProtocol": "tcp", "FromPort": 8000, "ToPort": 8000, "DestinationPrefixListId": "pl-6469726b"}"#,
        "sg-6e616f6d69_egress_tcp_8000_8000_pl-6469726b"
      ),
      (
        "AWS::EC2::SecurityGroupEgress",
        #"{"GroupId": "sg-1", "IpProtocol": "92", "CidrIp": "10.0.3.0/24"}"#,
        "sg-1_egress_92_0_0_10.0.3.0/24"
      ),
      // A group or a source known only by name has no import id.
      (
        "AWS::EC2::SecurityGroupIngress",
        #"{"GroupName": "classic", "IpProtocol": "tcp", "FromPort": 22, "ToPort": 22, "CidrIp": "0.0.0.0/0"}"#,
        nil
      ),
      (
        "AWS::EC2::SecurityGroupIngress",
        #"{"GroupId": "sg-1", "IpProtocol": "tcp", "FromPort": 22, "ToPort": 22, "SourceSecurityGroupName": "admins"}"#,
        nil
      ),
    ]
    for (type, properties, expected) in cases {
      #expect(
        MappingProbe.importID("R", resources: Self.rule(type, properties), physicalIds: refs)
          == expected, "\(properties)")
    }
  }

  @Test("composite ids of attachments, routes, associations and ACL rules")
  func compositeIds() {
    let refs = [
      "Igw": "igw-c0a643a9", "Vpc": "vpc-123456", "Table": "rtb-656C65616E6F72",
      "Subnet": "subnet-6777656e646f6c796e", "Acl": "acl-7aaabd18", "Disk": "vol-049df61146c4d7901",
      "Box": "i-12345678",
    ]
    let cases: [(String, String, String?)] = [
      (
        "AWS::EC2::VPCGatewayAttachment",
        #"{"InternetGatewayId": {"Ref": "Igw"}, "VpcId": {"Ref": "Vpc"}}"#,
        "igw-c0a643a9:vpc-123456"
      ),
      // Terraform cannot import VPN gateway attachments.
      (
        "AWS::EC2::VPCGatewayAttachment", #"{"VpnGatewayId": "vgw-1", "VpcId": {"Ref": "Vpc"}}"#,
        nil
      ),
      (
        "AWS::EC2::Route",
        #"{"RouteTableId": {"Ref": "Table"}, "DestinationCidrBlock": "10.42.0.0/16", "GatewayId": "igw-1"}"#,
        "rtb-656C65616E6F72_10.42.0.0/16"
      ),
      (
        "AWS::EC2::Route",
        #"{"RouteTableId": {"Ref": "Table"}, "DestinationIpv6CidrBlock": "2620:0:2d0:200::8/125"}"#,
        "rtb-656C65616E6F72_2620:0:2d0:200::8/125"
      ),
      (
        "AWS::EC2::SubnetRouteTableAssociation",
        #"{"SubnetId": {"Ref": "Subnet"}, "RouteTableId": {"Ref": "Table"}}"#,
        "subnet-6777656e646f6c796e/rtb-656C65616E6F72"
      ),
      (
        "AWS::EC2::NetworkAclEntry",
        #"{"NetworkAclId": {"Ref": "Acl"}, "RuleNumber": 100, "Protocol": 6, "RuleAction": "allow", "Egress": "false"}"#,
        "acl-7aaabd18:100:6:false"
      ),
      (
        "AWS::EC2::NetworkAclEntry",
        #"{"NetworkAclId": {"Ref": "Acl"}, "RuleNumber": "200", "Protocol": -1, "RuleAction": "deny", "Egress": true}"#,
        "acl-7aaabd18:200:-1:true"
      ),
      (
        "AWS::EC2::VolumeAttachment",
        #"{"Device": "/dev/sdh", "VolumeId": {"Ref": "Disk"}, "InstanceId": {"Ref": "Box"}}"#,
        "/dev/sdh:vol-049df61146c4d7901:i-12345678"
      ),
    ]
    for (type, properties, expected) in cases {
      #expect(
        MappingProbe.importID("R", resources: Self.rule(type, properties), physicalIds: refs)
          == expected, "\(type) \(properties)")
    }
  }

  @Test("an Elastic IP is listed by address, imported by the allocation id data.aws_eip finds")
  func elasticIP() throws {
    #expect(
      MappingProbe.importID(
        "R", resources: #"{"R": {"Type": "AWS::EC2::EIP"}}"#, physicalId: "203.0.113.7")
        == "data.aws_eip public_ip=203.0.113.7")
  }
}
