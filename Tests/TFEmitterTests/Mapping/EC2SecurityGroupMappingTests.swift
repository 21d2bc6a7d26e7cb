import Testing

@testable import TFEmitter

@Suite("EC2 security group mappings")
struct EC2SecurityGroupMappingTests {
  @Test("inline rules become ingress/egress blocks; ports follow the protocol")
  func inlineRules() throws {
    let conversion = MappingProbe.convert(
      resources: """
        {"Web": {"Type": "AWS::EC2::SecurityGroup", "Properties": {
          "GroupName": "web", "GroupDescription": "web servers", "VpcId": "vpc-1",
          "SecurityGroupIngress": [
            {"IpProtocol": "tcp", "FromPort": "80", "ToPort": "80", "CidrIp": "0.0.0.0/0",
             "Description": "http"},
            {"IpProtocol": "icmp", "FromPort": "8", "ToPort": "-1", "CidrIp": "10.0.0.0/8"},
            {"IpProtocol": "-1", "FromPort": -1, "ToPort": -1, "CidrIpv6": "::/0"},
            {"IpProtocol": "50", "SourcePrefixListId": "pl-12345678"}],
          "SecurityGroupEgress": [
            {"IpProtocol": "tcp", "FromPort": 443, "ToPort": 443,
             "DestinationSecurityGroupId": "sg-0123456789"}],
          "Tags": [{"Key": "Name", "Value": "web"}]}}}
        """)
    #expect(MappingProbe.messages(conversion) == [])
    #expect(
      MappingProbe.block("aws_security_group.web", in: conversion) == """
        # Web (AWS::EC2::SecurityGroup)
        resource "aws_security_group" "web" {
          name        = "web"
          description = "web servers"
          vpc_id      = "vpc-1"
          tags = {
            Name = "web"
          }

          ingress {
            from_port   = 80
            to_port     = 80
            protocol    = "tcp"
            cidr_blocks = ["0.0.0.0/0"]
            description = "http"
          }
          ingress {
            from_port   = 8
            to_port     = -1
            protocol    = "icmp"
            cidr_blocks = ["10.0.0.0/8"]
          }
          ingress {
            from_port        = 0
            to_port          = 0
            protocol         = "-1"
            ipv6_cidr_blocks = ["::/0"]
          }
          ingress {
            from_port       = 0
            to_port         = 0
            protocol        = "50"
            prefix_list_ids = ["pl-12345678"]
          }

          egress {
            from_port       = 443
            to_port         = 443
            protocol        = "tcp"
            security_groups = ["sg-0123456789"]
          }
        }

        """)
    let allPorts = MappingProbe.entry(
      "Web.Properties.SecurityGroupIngress[2].FromPort", in: conversion)
    #expect(allPorts?.status == .transformed)
    #expect(allPorts?.targetText == "aws_security_group.web.ingress.from_port")
    #expect(
      MappingProbe.entry("Web.Properties.SecurityGroupIngress[0]", in: conversion)?.status == .exact
    )
    #expect(MappingProbe.entry("Web.DefaultEgress", in: conversion) == nil)
  }

  @Test("a group without SecurityGroupEgress keeps AWS's allow-all egress, declared")
  func defaultEgress() {
    let conversion = MappingProbe.convert(
      resources: """
        {"Db": {"Type": "AWS::EC2::SecurityGroup", "Properties": {
          "GroupDescription": "db", "VpcId": "vpc-1"}}}
        """)
    #expect(
      MappingProbe.block("aws_security_group.db", in: conversion) == """
        # Db (AWS::EC2::SecurityGroup)
        resource "aws_security_group" "db" {
          description = "db"
          vpc_id      = "vpc-1"

          # cfn2tf: AWS's default egress (allow all), which Terraform removes unless it is declared
          egress {
            from_port   = 0
            to_port     = 0
            protocol    = "-1"
            cidr_blocks = ["0.0.0.0/0"]
          }
        }

        """)
    let entry = MappingProbe.entry("Db.DefaultEgress", in: conversion)
    #expect(entry?.kind == .addition)
    #expect(entry?.status == .transformed)
    #expect(entry?.targetText == "aws_security_group.db.egress")
  }

  @Test("an empty SecurityGroupEgress list also keeps the default egress")
  func emptyEgressList() {
    let conversion = MappingProbe.convert(
      resources: """
        {"Db": {"Type": "AWS::EC2::SecurityGroup", "Properties": {
          "GroupDescription": "db", "SecurityGroupEgress": []}}}
        """)
    #expect(MappingProbe.entry("Db.DefaultEgress", in: conversion)?.status == .transformed)
  }

  @Test("source groups: by id, by the load balancer's source group, by name through a lookup")
  func sourceGroups() {
    let conversion = MappingProbe.convert(
      resources: """
        {"Lb": {"Type": "AWS::ElasticLoadBalancing::LoadBalancer", "Properties": {
           "AvailabilityZones": ["us-east-1a"],
           "Listeners": [{"LoadBalancerPort": "80", "InstancePort": "80", "Protocol": "HTTP"}]}},
         "Admin": {"Type": "AWS::EC2::SecurityGroup", "Properties": {"GroupDescription": "admin"}},
         "App": {"Type": "AWS::EC2::SecurityGroup", "Properties": {
           "GroupDescription": "app",
           "SecurityGroupIngress": [
             {"IpProtocol": "tcp", "FromPort": "80", "ToPort": "80",
              "SourceSecurityGroupOwnerId": {"Fn::GetAtt": ["Lb", "SourceSecurityGroup.OwnerAlias"]},
              "SourceSecurityGroupName": {"Fn::GetAtt": ["Lb", "SourceSecurityGroup.GroupName"]}},
             {"IpProtocol": "tcp", "FromPort": "22", "ToPort": "22",
              "SourceSecurityGroupName": {"Ref": "Admin"}},
             {"IpProtocol": "tcp", "FromPort": "5432", "ToPort": "5432",
              "SourceSecurityGroupName": "legacy", "SourceSecurityGroupOwnerId": "123456789012"}],
           "SecurityGroupEgress": [{"IpProtocol": "-1", "CidrIp": "0.0.0.0/0"}]}}}
        """)
    #expect(MappingProbe.messages(conversion) == [])
    #expect(
      MappingProbe.block("aws_security_group.app", in: conversion) == """
        # App (AWS::EC2::SecurityGroup)
        resource "aws_security_group" "app" {
          description = "app"

          ingress {
            from_port       = 80
            to_port         = 80
            protocol        = "tcp"
            security_groups = [aws_elb.lb.source_security_group_id]
          }
          ingress {
            from_port       = 22
            to_port         = 22
            protocol        = "tcp"
            security_groups = [aws_security_group.admin.id]
          }

          # cfn2tf: approximated: security group given by name: looked up with data.aws_security_group, which needs the name to be unique in the region
          ingress {
            from_port = 5432
            to_port   = 5432
            protocol  = "tcp"
            security_groups = [
              "123456789012/${data.aws_security_group.app_security_group_ingress_2_source.id}",
            ]
          }

          egress {
            from_port   = 0
            to_port     = 0
            protocol    = "-1"
            cidr_blocks = ["0.0.0.0/0"]
          }
        }

        """)
    #expect(
      MappingProbe.block(
        "data.aws_security_group.app_security_group_ingress_2_source", in: conversion)
          == """
          # App (AWS::EC2::SecurityGroup): a security group it names, looked up by name
          data "aws_security_group" "app_security_group_ingress_2_source" {
            name = "legacy"
          }

          """)
    let owner = MappingProbe.entry(
      "App.Properties.SecurityGroupIngress[0].SourceSecurityGroupOwnerId", in: conversion)
    #expect(owner?.status == .dropped)
    let byName = MappingProbe.entry(
      "App.Properties.SecurityGroupIngress[2].SourceSecurityGroupName", in: conversion)
    #expect(byName?.status == .approximated)
    #expect(byName?.targetText == "aws_security_group.app.ingress.security_groups")
  }

  @Test("Ref and GetAtt: the id, GroupId and VpcId")
  func references() {
    let conversion = Converter.convert(
      """
      {"Resources": {"Sg": {"Type": "AWS::EC2::SecurityGroup", "Properties": {
         "GroupDescription": "sg", "VpcId": "vpc-1"}}},
       "Outputs": {"Ref": {"Value": {"Ref": "Sg"}},
                   "Id": {"Value": {"Fn::GetAtt": ["Sg", "GroupId"]}},
                   "Vpc": {"Value": {"Fn::GetAtt": ["Sg", "VpcId"]}}}}
      """, fileName: "t.json")
    let outputs = conversion.file("outputs.tf")?.contents ?? ""
    #expect(outputs.contains("value = aws_security_group.sg.id\n"))
    #expect(outputs.contains("value = aws_security_group.sg.vpc_id\n"))
    #expect(MappingProbe.messages(conversion) == [])
  }

  @Test("an unknown rule field is reported, not dropped silently")
  func unknownRuleField() {
    let conversion = MappingProbe.convert(
      resources: """
        {"Sg": {"Type": "AWS::EC2::SecurityGroup", "Properties": {
           "GroupDescription": "sg", "SecurityGroupEgress": [
             {"IpProtocol": "tcp", "FromPort": 80, "ToPort": 80, "CidrIp": "0.0.0.0/0",
              "SourceSecurityGroupName": "x"}]}}}
        """)
    #expect(
      MappingProbe.messages(conversion) == [
        "property 'SecurityGroupEgress[0].SourceSecurityGroupName' of 'Sg' (AWS::EC2::SecurityGroup) is not converted: cfn2tf has no rule for this field of a rule"
      ])
  }
}
