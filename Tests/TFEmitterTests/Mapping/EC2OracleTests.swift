import CFNParser
import Foundation
import Testing

@testable import TFEmitter

/// Every EC2 and load balancer type in one template, converted and checked by
/// `terraform validate` through `../shared/tools/tf-validate`.
@Suite("EC2 and load balancer mappings: terraform validate")
struct EC2OracleTests {
  static let template = """
    {"Parameters": {"Key": {"Type": "AWS::EC2::KeyPair::KeyName"}, "Cert": {"Type": "String"}},
     "Resources": {
      "Vpc": {"Type": "AWS::EC2::VPC", "Properties": {"CidrBlock": "10.0.0.0/16",
        "EnableDnsHostnames": true}},
      "Public": {"Type": "AWS::EC2::Subnet", "Properties": {"VpcId": {"Ref": "Vpc"},
        "CidrBlock": "10.0.1.0/24", "MapPublicIpOnLaunch": true,
        "AvailabilityZone": {"Fn::Select": [0, {"Fn::GetAZs": ""}]}}},
      "Igw": {"Type": "AWS::EC2::InternetGateway", "Properties": {
        "Tags": [{"Key": "Name", "Value": "igw"}]}},
      "IgwAttachment": {"Type": "AWS::EC2::VPCGatewayAttachment", "Properties": {
        "VpcId": {"Ref": "Vpc"}, "InternetGatewayId": {"Ref": "Igw"}}},
      "VpnAttachment": {"Type": "AWS::EC2::VPCGatewayAttachment", "Properties": {
        "VpcId": {"Ref": "Vpc"}, "VpnGatewayId": "vgw-1"}},
      "Table": {"Type": "AWS::EC2::RouteTable", "Properties": {"VpcId": {"Ref": "Vpc"}}},
      "Default": {"Type": "AWS::EC2::Route", "DependsOn": "IgwAttachment", "Properties": {
        "RouteTableId": {"Ref": "Table"}, "DestinationCidrBlock": "0.0.0.0/0",
        "GatewayId": {"Ref": "Igw"}}},
      "ViaBox": {"Type": "AWS::EC2::Route", "Properties": {"RouteTableId": {"Ref": "Table"},
        "DestinationCidrBlock": "10.1.0.0/16", "InstanceId": {"Ref": "Box"}}},
      "Assoc": {"Type": "AWS::EC2::SubnetRouteTableAssociation", "Properties": {
        "SubnetId": {"Ref": "Public"}, "RouteTableId": {"Ref": "Table"}}},
      "Acl": {"Type": "AWS::EC2::NetworkAcl", "Properties": {"VpcId": {"Ref": "Vpc"}}},
      "AclIn": {"Type": "AWS::EC2::NetworkAclEntry", "Properties": {"NetworkAclId": {"Ref": "Acl"},
        "RuleNumber": "100", "Protocol": "6", "RuleAction": "allow", "Egress": "false",
        "CidrBlock": "0.0.0.0/0", "PortRange": {"From": "80", "To": "80"}}},
      "AclAssoc": {"Type": "AWS::EC2::SubnetNetworkAclAssociation", "Properties": {
        "SubnetId": {"Ref": "Public"}, "NetworkAclId": {"Ref": "Acl"}}},
      "NatIp": {"Type": "AWS::EC2::EIP", "DependsOn": "IgwAttachment", "Properties": {
        "Domain": "vpc"}},
      "Nat": {"Type": "AWS::EC2::NatGateway", "Properties": {
        "AllocationId": {"Fn::GetAtt": ["NatIp", "AllocationId"]}, "SubnetId": {"Ref": "Public"}}},
      "Web": {"Type": "AWS::EC2::SecurityGroup", "Properties": {"GroupDescription": "web",
        "VpcId": {"Ref": "Vpc"}, "SecurityGroupIngress": [
          {"IpProtocol": "tcp", "FromPort": 80, "ToPort": 80, "CidrIp": "0.0.0.0/0"},
          {"IpProtocol": "icmp", "FromPort": 8, "ToPort": -1, "CidrIp": "10.0.0.0/8"}]}},
      "Admin": {"Type": "AWS::EC2::SecurityGroup", "Properties": {"GroupDescription": "admin",
        "VpcId": {"Ref": "Vpc"}, "SecurityGroupIngress": [
          {"IpProtocol": "tcp", "FromPort": 22, "ToPort": 22, "SourceSecurityGroupName": "ops"},
          {"IpProtocol": "tcp", "FromPort": 80, "ToPort": 80,
           "SourceSecurityGroupName": {"Fn::GetAtt": ["Lb", "SourceSecurityGroup.GroupName"]}}],
        "SecurityGroupEgress": [{"IpProtocol": "-1", "CidrIp": "0.0.0.0/0"}]}},
      "AdminToWeb": {"Type": "AWS::EC2::SecurityGroupIngress", "Properties": {
        "GroupId": {"Ref": "Web"}, "IpProtocol": "tcp", "FromPort": 22, "ToPort": 22,
        "SourceSecurityGroupId": {"Ref": "Admin"}}},
      "WebToAdmin": {"Type": "AWS::EC2::SecurityGroupEgress", "Properties": {
        "GroupId": {"Ref": "Web"}, "IpProtocol": "-1",
        "DestinationSecurityGroupId": {"Ref": "Admin"}}},
      "Box": {"Type": "AWS::EC2::Instance", "Properties": {"ImageId": "ami-1",
        "KeyName": {"Ref": "Key"}, "SubnetId": {"Ref": "Public"},
        "SecurityGroupIds": [{"Ref": "Web"}], "SourceDestCheck": false,
        "UserData": {"Fn::Base64": {"Fn::Join": ["", ["#!/bin/bash\\n", "echo ",
          {"Ref": "AWS::Region"}, "\\n"]]}},
        "BlockDeviceMappings": [
          {"DeviceName": "/dev/xvda", "Ebs": {"VolumeSize": 20, "VolumeType": "gp3"}},
          {"DeviceName": "/dev/sdf", "Ebs": {"VolumeSize": 50}},
          {"DeviceName": "/dev/sdb", "VirtualName": "ephemeral0"}],
        "Volumes": [{"Device": "/dev/sdh", "VolumeId": {"Ref": "Disk"}}],
        "Tags": [{"Key": "Name", "Value": "box"}]}},
      "Multi": {"Type": "AWS::EC2::Instance", "Properties": {"ImageId": "ami-1",
        "InstanceType": "t3.micro", "NetworkInterfaces": [
          {"DeviceIndex": "0", "SubnetId": {"Ref": "Public"}, "GroupSet": [{"Ref": "Web"}],
           "AssociatePublicIpAddress": true},
          {"DeviceIndex": "1", "SubnetId": {"Ref": "Public"}},
          {"DeviceIndex": "2", "NetworkInterfaceId": {"Ref": "Eni"}}]}},
      "BoxIp": {"Type": "AWS::EC2::EIP", "Properties": {"Domain": "vpc"}},
      "BoxIpAssoc": {"Type": "AWS::EC2::EIPAssociation", "Properties": {
        "EIP": {"Ref": "BoxIp"}, "InstanceId": {"Ref": "Box"}}},
      "Disk": {"Type": "AWS::EC2::Volume", "DeletionPolicy": "Snapshot", "Properties": {
        "AvailabilityZone": "us-east-1a", "Size": 10}},
      "DiskAttach": {"Type": "AWS::EC2::VolumeAttachment", "Properties": {"Device": "/dev/sdg",
        "VolumeId": {"Ref": "Disk"}, "InstanceId": {"Ref": "Multi"}}},
      "Eni": {"Type": "AWS::EC2::NetworkInterface", "Properties": {"SubnetId": {"Ref": "Public"},
        "GroupSet": [{"Ref": "Web"}], "PrivateIpAddresses": [
          {"PrivateIpAddress": "10.0.1.10", "Primary": true}]}},
      "Lb": {"Type": "AWS::ElasticLoadBalancing::LoadBalancer", "Properties": {
        "Subnets": [{"Ref": "Public"}], "SecurityGroups": [{"Ref": "Web"}],
        "Instances": [{"Ref": "Box"}],
        "Listeners": [
          {"LoadBalancerPort": "443", "InstancePort": "80", "Protocol": "HTTPS",
           "SSLCertificateId": {"Ref": "Cert"}, "PolicyNames": ["Sticky", "Tls"]}],
        "HealthCheck": {"Target": "HTTP:80/", "HealthyThreshold": "3",
          "UnhealthyThreshold": "5", "Interval": "30", "Timeout": "5"},
        "LBCookieStickinessPolicy": [{"PolicyName": "Sticky", "CookieExpirationPeriod": "60"}],
        "Policies": [{"PolicyName": "Tls", "PolicyType": "SSLNegotiationPolicyType",
          "Attributes": [{"Name": "Reference-Security-Policy",
            "Value": "ELBSecurityPolicy-TLS-1-2-2017-01"}]}]}},
      "Alb": {"Type": "AWS::ElasticLoadBalancingV2::LoadBalancer", "Properties": {
        "Subnets": [{"Ref": "Public"}, "subnet-2"], "SecurityGroups": [{"Ref": "Web"}],
        "LoadBalancerAttributes": [{"Key": "idle_timeout.timeout_seconds", "Value": "120"}]}},
      "Group": {"Type": "AWS::ElasticLoadBalancingV2::TargetGroup", "Properties": {
        "Port": 80, "Protocol": "HTTP", "VpcId": {"Ref": "Vpc"}, "HealthCheckPath": "/",
        "TargetGroupAttributes": [{"Key": "stickiness.enabled", "Value": "true"}],
        "Targets": [{"Id": {"Ref": "Box"}}]}},
      "Listener": {"Type": "AWS::ElasticLoadBalancingV2::Listener", "Properties": {
        "LoadBalancerArn": {"Ref": "Alb"}, "Port": 80, "Protocol": "HTTP",
        "DefaultActions": [{"Type": "forward", "TargetGroupArn": {"Ref": "Group"}}]}}},
     "Outputs": {
      "Dns": {"Value": {"Fn::GetAtt": ["Lb", "DNSName"]}},
      "Ip": {"Value": {"Ref": "BoxIp"}},
      "Private": {"Value": {"Fn::GetAtt": ["Box", "PrivateIp"]}}}}
    """

  /// Resources with a `Condition` whose extra resources refer to them and to each other.
  static let conditional = """
    {"Parameters": {"On": {"Type": "String", "Default": "yes"}},
     "Conditions": {"Enabled": {"Fn::Equals": [{"Ref": "On"}, "yes"]}},
     "Resources": {
      "Web": {"Type": "AWS::EC2::SecurityGroup", "Condition": "Enabled", "Properties": {
        "GroupDescription": "web", "VpcId": "vpc-1", "SecurityGroupIngress": [
          {"IpProtocol": "tcp", "FromPort": 80, "ToPort": 80, "SourceSecurityGroupName": "ops"}]}},
      "Extra": {"Type": "AWS::EC2::SecurityGroupIngress", "Condition": "Enabled", "Properties": {
        "GroupId": {"Ref": "Web"}, "IpProtocol": "tcp", "FromPort": 22, "ToPort": 22,
        "CidrIp": "10.0.0.0/8"}},
      "Disk": {"Type": "AWS::EC2::Volume", "Properties": {"AvailabilityZone": "us-east-1a",
        "Size": 10}},
      "Box": {"Type": "AWS::EC2::Instance", "Condition": "Enabled", "Properties": {
        "ImageId": "ami-1", "InstanceType": "t3.micro",
        "Volumes": [{"Device": "/dev/sdh", "VolumeId": {"Ref": "Disk"}}],
        "NetworkInterfaces": [{"DeviceIndex": "0", "SubnetId": "subnet-1"},
          {"DeviceIndex": "1", "SubnetId": "subnet-1"}]}},
      "Lb": {"Type": "AWS::ElasticLoadBalancing::LoadBalancer", "Condition": "Enabled",
        "Properties": {"Subnets": ["subnet-1"],
        "Listeners": [{"LoadBalancerPort": "443", "InstancePort": "80", "Protocol": "HTTPS",
          "SSLCertificateId": "arn:aws:acm:us-east-1:123456789012:certificate/a",
          "PolicyNames": ["Sticky", "Tls"]}],
        "LBCookieStickinessPolicy": [{"PolicyName": "Sticky"}],
        "Policies": [{"PolicyName": "Tls", "PolicyType": "SSLNegotiationPolicyType",
          "Attributes": [{"Name": "Reference-Security-Policy",
            "Value": "ELBSecurityPolicy-TLS-1-2-2017-01"}]}]}},
      "Group": {"Type": "AWS::ElasticLoadBalancingV2::TargetGroup", "Condition": "Enabled",
        "Properties": {"Port": 80, "Protocol": "HTTP", "VpcId": "vpc-1",
        "Targets": [{"Id": "i-0123456789abcdef0"}]}}}}
    """

  @Test("every mapped type converts without warnings")
  func convertsCleanly() {
    let conversion = Converter.convert(Self.template, fileName: "ec2.json")
    #expect(MappingProbe.messages(conversion) == [])
    #expect(!conversion.files.isEmpty)
  }

  // Skipped, by name, where terraform, the provider mirror or tf-validate is missing.
  @Test(
    "the module of every mapped type passes terraform validate",
    .enabled(if: Repository.canValidate, "needs terraform, the provider mirror and tf-validate"))
  func validates() throws {
    let conversion = Converter.convert(Self.template, fileName: "ec2.json")
    let (status, output) = try MappingProbe.validate(conversion, label: "ec2")
    #expect(status == 0, "\(output)")
  }

  // Skipped, by name, where terraform, the provider mirror or tf-validate is missing.
  @Test(
    "extras of conditional resources refer to them through one(…[*]) and pass terraform validate",
    .enabled(if: Repository.canValidate, "needs terraform, the provider mirror and tf-validate"))
  func conditionalValidates() throws {
    let conversion = Converter.convert(Self.conditional, fileName: "conditional.json")
    #expect(MappingProbe.messages(conversion).filter { !$0.contains("looked up") } == [])
    #expect(
      MappingProbe.block("aws_security_group_rule.web_egress", in: conversion)?.contains(
        "security_group_id = one(aws_security_group.web[*].id)") == true)
    let (status, output) = try MappingProbe.validate(conversion, label: "ec2-conditional")
    #expect(status == 0, "\(output)")
  }
}
