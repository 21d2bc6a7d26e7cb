import Testing

@testable import TFEmitter

@Suite("EC2 security group rule resources")
struct EC2SecurityGroupRuleMappingTests {
  @Test("a group targeted by a standalone rule has all its rules as aws_security_group_rule")
  func rulesNeverMix() {
    let conversion = MappingProbe.convert(
      resources: """
        {"Web": {"Type": "AWS::EC2::SecurityGroup", "Properties": {
           "GroupDescription": "web", "VpcId": "vpc-1",
           "SecurityGroupIngress": [
             {"IpProtocol": "tcp", "FromPort": 80, "ToPort": 80, "CidrIp": "0.0.0.0/0"},
             {"IpProtocol": "tcp", "FromPort": 443, "ToPort": 443, "CidrIp": "0.0.0.0/0"}]}},
         "Admin": {"Type": "AWS::EC2::SecurityGroup", "Properties": {
           "GroupDescription": "admin", "VpcId": "vpc-1"}},
         "AdminToWeb": {"Type": "AWS::EC2::SecurityGroupIngress", "Properties": {
           "GroupId": {"Fn::GetAtt": ["Web", "GroupId"]}, "IpProtocol": "tcp",
           "FromPort": 22, "ToPort": 22, "SourceSecurityGroupId": {"Ref": "Admin"}}}}
        """)
    #expect(MappingProbe.messages(conversion) == [])
    let main = MappingProbe.mainFile(conversion)
    // Neither group keeps an inline rule: Admin is a source only, so it stays inline.
    #expect(
      MappingProbe.block("aws_security_group.web", in: conversion) == """
        # Web (AWS::EC2::SecurityGroup)
        resource "aws_security_group" "web" {
          description = "web"
          vpc_id      = "vpc-1"
        }

        """)
    #expect(
      MappingProbe.block("aws_security_group_rule.web_ingress_2", in: conversion) == """
        # Web.SecurityGroupIngress[1] (AWS::EC2::SecurityGroup)
        resource "aws_security_group_rule" "web_ingress_2" {
          type              = "ingress"
          security_group_id = aws_security_group.web.id
          from_port         = 443
          to_port           = 443
          protocol          = "tcp"
          cidr_blocks       = ["0.0.0.0/0"]
        }

        """)
    #expect(
      MappingProbe.block("aws_security_group_rule.web_egress", in: conversion) == """
        # Web (AWS::EC2::SecurityGroup)
        # cfn2tf: AWS's default egress (allow all), which Terraform removes unless it is declared
        resource "aws_security_group_rule" "web_egress" {
          type              = "egress"
          security_group_id = aws_security_group.web.id
          from_port         = 0
          to_port           = 0
          protocol          = "-1"
          cidr_blocks       = ["0.0.0.0/0"]
        }

        """)
    #expect(
      MappingProbe.block("aws_security_group_rule.admin_to_web", in: conversion) == """
        # AdminToWeb (AWS::EC2::SecurityGroupIngress)
        resource "aws_security_group_rule" "admin_to_web" {
          type                     = "ingress"
          security_group_id        = aws_security_group.web.id
          from_port                = 22
          to_port                  = 22
          protocol                 = "tcp"
          source_security_group_id = aws_security_group.admin.id
        }

        """)
    #expect(main.contains("resource \"aws_security_group_rule\" \"web_ingress_1\" {"))
    #expect(
      MappingProbe.block("aws_security_group.admin", in: conversion)?.contains("egress {") == true)
    let moved = MappingProbe.entry("Web.Properties.SecurityGroupIngress[0]", in: conversion)
    #expect(moved?.status == .transformed)
    #expect(moved?.targetText == "aws_security_group_rule.web_ingress_1")
    #expect(
      MappingProbe.entry("Web.DefaultEgress", in: conversion)?.targetText
        == "aws_security_group_rule.web_egress")
  }

  @Test("extra rule names never take a name a logical id already has")
  func extraNamesAvoidLogicalIds() {
    let conversion = MappingProbe.convert(
      resources: """
        {"Web": {"Type": "AWS::EC2::SecurityGroup", "Properties": {
           "GroupDescription": "web", "VpcId": "vpc-1", "SecurityGroupEgress": [
             {"IpProtocol": "tcp", "FromPort": 80, "ToPort": 80, "CidrIp": "0.0.0.0/0"}]}},
         "WebEgress": {"Type": "AWS::EC2::SecurityGroupEgress", "Properties": {
           "GroupId": {"Ref": "Web"}, "IpProtocol": "tcp", "FromPort": 443, "ToPort": 443,
           "CidrIp": "0.0.0.0/0"}}}
        """)
    #expect(MappingProbe.block("aws_security_group_rule.web_egress_2", in: conversion) != nil)
    #expect(
      MappingProbe.block("aws_security_group_rule.web_egress", in: conversion)?.hasPrefix(
        "# WebEgress (AWS::EC2::SecurityGroupEgress)") == true)
  }

  @Test("standalone rules by group name, for EC2-Classic templates")
  func standaloneByName() {
    let conversion = MappingProbe.convert(
      resources: """
        {"Peers": {"Type": "AWS::EC2::SecurityGroup", "Properties": {"GroupDescription": "peers"}},
         "Ssh": {"Type": "AWS::EC2::SecurityGroupIngress", "Properties": {
           "GroupName": {"Ref": "Peers"}, "IpProtocol": "tcp", "FromPort": "22", "ToPort": "22",
           "CidrIp": "0.0.0.0/0"}},
         "Other": {"Type": "AWS::EC2::SecurityGroupIngress", "Properties": {
           "GroupName": "elsewhere", "IpProtocol": "udp", "FromPort": "53", "ToPort": "53",
           "SourceSecurityGroupName": {"Ref": "Peers"}}}}
        """)
    #expect(MappingProbe.messages(conversion) == [])
    #expect(
      MappingProbe.block("aws_security_group.peers", in: conversion) == """
        # Peers (AWS::EC2::SecurityGroup)
        # cfn2tf: 'Ref' to this group gives its id; CloudFormation gave its name, as it has no VpcId
        resource "aws_security_group" "peers" {
          description = "peers"
        }

        """)
    #expect(
      MappingProbe.block("aws_security_group_rule.other", in: conversion) == """
        # Other (AWS::EC2::SecurityGroupIngress)
        # cfn2tf: approximated: security group given by name: looked up with data.aws_security_group, which needs the name to be unique in the region
        resource "aws_security_group_rule" "other" {
          type                     = "ingress"
          security_group_id        = data.aws_security_group.other_group.id
          from_port                = 53
          to_port                  = 53
          protocol                 = "udp"
          source_security_group_id = aws_security_group.peers.id
        }

        """)
    let group = MappingProbe.entry("Ssh.Properties.GroupName", in: conversion)
    #expect(group?.status == .transformed)
    #expect(group?.targetText == "aws_security_group_rule.ssh.security_group_id")
    #expect(
      MappingProbe.entry("Other.Properties.GroupName", in: conversion)?.status == .approximated)
  }

  @Test("a rule under Fn::If with AWS::NoValue: a dynamic block, or a rule resource with count")
  func conditionalRules() {
    let conversion = MappingProbe.convert(
      resources: """
        {"Web": {"Type": "AWS::EC2::SecurityGroup", "Properties": {
           "GroupDescription": "web", "VpcId": "vpc-1", "SecurityGroupEgress": [
             {"Fn::If": ["HasSsh", {"IpProtocol": "tcp", "FromPort": 22, "ToPort": 22,
               "CidrIp": {"Ref": "Ssh"}}, {"Ref": "AWS::NoValue"}]}]}},
         "Db": {"Type": "AWS::EC2::SecurityGroup", "Condition": "HasSsh", "Properties": {
           "GroupDescription": "db", "VpcId": "vpc-1", "SecurityGroupIngress": [
             {"Fn::If": ["HasSsh", {"Ref": "AWS::NoValue"}, {"IpProtocol": "tcp",
               "FromPort": 5432, "ToPort": 5432, "CidrIp": "10.0.0.0/8"}]}]}},
         "DbExtra": {"Type": "AWS::EC2::SecurityGroupIngress", "Condition": "HasSsh",
           "Properties": {"GroupId": {"Ref": "Db"}, "IpProtocol": "tcp", "FromPort": 22,
             "ToPort": 22, "CidrIp": "10.0.0.0/8"}}}
        """,
      parameters: #"{"Ssh": {"Type": "String", "Default": ""}}"#,
      conditions: #"{"HasSsh": {"Fn::Not": [{"Fn::Equals": [{"Ref": "Ssh"}, ""]}]}}"#)
    #expect(MappingProbe.messages(conversion) == [])
    #expect(
      MappingProbe.block("aws_security_group.web", in: conversion) == """
        # Web (AWS::EC2::SecurityGroup)
        resource "aws_security_group" "web" {
          description = "web"
          vpc_id      = "vpc-1"

          dynamic "egress" {
            for_each = local.has_ssh ? [1] : []

            content {
              from_port   = 22
              to_port     = 22
              protocol    = "tcp"
              cidr_blocks = [var.ssh]
            }
          }

          # cfn2tf: AWS's default egress (allow all), which Terraform removes unless it is declared
          dynamic "egress" {
            for_each = local.has_ssh == false ? [1] : []

            content {
              from_port   = 0
              to_port     = 0
              protocol    = "-1"
              cidr_blocks = ["0.0.0.0/0"]
            }
          }
        }

        """)
    #expect(
      MappingProbe.block("aws_security_group_rule.db_ingress", in: conversion) == """
        # Db.SecurityGroupIngress[0] (AWS::EC2::SecurityGroup)
        resource "aws_security_group_rule" "db_ingress" {
          count = local.has_ssh && (local.has_ssh == false) ? 1 : 0

          type              = "ingress"
          security_group_id = one(aws_security_group.db[*].id)
          from_port         = 5432
          to_port           = 5432
          protocol          = "tcp"
          cidr_blocks       = ["10.0.0.0/8"]
        }

        """)
    let entry = MappingProbe.entry("Web.Properties.SecurityGroupEgress[0]", in: conversion)
    #expect(entry?.status == .transformed)
    #expect(entry?.note == "Fn::If with AWS::NoValue became a condition")
  }
}
