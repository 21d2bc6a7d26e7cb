import Testing

@testable import TFEmitter

@Suite("EC2 instance mappings")
struct EC2InstanceMappingTests {
  static let sg =
    #""Sg": {"Type": "AWS::EC2::SecurityGroup", "Properties": {"GroupDescription": "sg"}}"#

  @Test("instance arguments, security groups by id and by name, plain-text user data, tags")
  func instance() {
    let conversion = MappingProbe.convert(
      resources: """
        {\(Self.sg),
         "Web": {"Type": "AWS::EC2::Instance", "Properties": {
           "ImageId": "ami-12345678", "InstanceType": "t3.micro", "KeyName": {"Ref": "Key"},
           "AvailabilityZone": "us-east-1a", "SecurityGroups": [{"Ref": "Sg"}, "default"],
           "IamInstanceProfile": "web-profile",
           "UserData": {"Fn::Base64": {"Fn::Join": ["", ["#!/bin/bash\\n", "echo ", {"Ref": "AWS::Region"}, "\\n"]]}},
           "Monitoring": "true", "EbsOptimized": true, "DisableApiTermination": false,
           "InstanceInitiatedShutdownBehavior": "stop", "Tenancy": "default",
           "SourceDestCheck": "false", "PrivateIpAddress": "10.0.0.10",
           "MetadataOptions": {"HttpTokens": "required"},
           "Tags": [{"Key": "Name", "Value": "web"}], "PropagateTagsToVolumeOnCreation": true,
           "KernelId": "aki-1"}}}
        """, parameters: #"{"Key": {"Type": "AWS::EC2::KeyPair::KeyName"}}"#)
    #expect(
      MappingProbe.block("aws_instance.web", in: conversion) == """
        # Web (AWS::EC2::Instance)
        # cfn2tf: 'KernelId' is dropped: aws_instance cannot set a kernel; the AMI's own kernel is used
        resource "aws_instance" "web" {
          ami                    = "ami-12345678"
          instance_type          = "t3.micro"
          key_name               = var.key
          availability_zone      = "us-east-1a"
          private_ip             = "10.0.0.10"
          vpc_security_group_ids = [aws_security_group.sg.id]
          # cfn2tf: approximated: security groups given by name: aws_instance accepts names in the default VPC only; prefer ids
          security_groups      = ["default"]
          iam_instance_profile = "web-profile"
          user_data = templatefile("${path.module}/templates/web-user-data.sh.tftpl", {
            region = data.aws_region.current.name
          })
          monitoring                           = true
          ebs_optimized                        = true
          source_dest_check                    = false
          tenancy                              = "default"
          disable_api_termination              = false
          instance_initiated_shutdown_behavior = "stop"
          tags = {
            Name = "web"
          }
          volume_tags = {
            Name = "web"
          }

          metadata_options {
            http_tokens = "required"
          }
        }

        """)
    #expect(
      conversion.file("templates/web-user-data.sh.tftpl")?.contents
        == "#!/bin/bash\necho ${region}\n")
    #expect(
      MappingProbe.entry("Web.Properties.SecurityGroups", in: conversion)?.status == .approximated)
    #expect(MappingProbe.entry("Web.Properties.KernelId", in: conversion)?.status == .dropped)
    #expect(
      MappingProbe.messages(conversion) == [],
      "a dropped property is recorded and commented, not warned about")
  }

  @Test("user data that may read as base64 (a port number) is encoded, as the provider expects")
  func base64LikeUserData() {
    let conversion = MappingProbe.convert(
      resources: """
        {"Box": {"Type": "AWS::EC2::Instance", "Properties": {"ImageId": "ami-1",
          "UserData": {"Fn::Base64": {"Ref": "Port"}}}}}
        """, parameters: #"{"Port": {"Type": "String", "Default": "8888"}}"#)
    let main = MappingProbe.mainFile(conversion)
    #expect(main.contains("  user_data = base64encode(trimsuffix("), "\(main)")
    let script = MappingProbe.convert(
      resources: """
        {"Box": {"Type": "AWS::EC2::Instance", "Properties": {"ImageId": "ami-1",
          "UserData": {"Fn::Base64": {"Fn::Sub": "#!/bin/sh\\necho ${Port}\\n"}}}}}
        """, parameters: #"{"Port": {"Type": "String", "Default": "8888"}}"#)
    #expect(!MappingProbe.mainFile(script).contains("base64encode"))
  }

  @Test("without InstanceType, CloudFormation's default m1.small is written out")
  func defaultInstanceType() {
    let conversion = MappingProbe.convert(
      resources: """
        {"Box": {"Type": "AWS::EC2::Instance", "Properties": {"ImageId": "ami-1"}}}
        """)
    #expect(
      MappingProbe.block("aws_instance.box", in: conversion) == """
        # Box (AWS::EC2::Instance)
        resource "aws_instance" "box" {
          ami           = "ami-1"
          instance_type = "m1.small"
        }

        """)
    #expect(MappingProbe.entry("Box.InstanceType", in: conversion)?.kind == .addition)
  }

  @Test("an empty SecurityGroups list writes nothing, and its entry names no target")
  func emptySecurityGroups() {
    let conversion = MappingProbe.convert(
      resources: """
        {"Box": {"Type": "AWS::EC2::Instance",
          "Properties": {"ImageId": "ami-1", "InstanceType": "t3.micro", "SecurityGroups": []}}}
        """)
    let entry = MappingProbe.entry("Box.Properties.SecurityGroups", in: conversion)
    #expect(entry != nil)
    #expect(entry?.target == nil && entry?.targetText == nil)
    #expect(MappingProbe.block("aws_instance.box", in: conversion)?.contains("security") == false)
  }

  @Test("block devices: root by name, EBS, instance store, suppressed; volumes as attachments")
  func devices() {
    let conversion = MappingProbe.convert(
      resources: """
        {"Data": {"Type": "AWS::EC2::Volume", "Properties": {
           "AvailabilityZone": "us-east-1a", "Size": "100"}},
         "Web": {"Type": "AWS::EC2::Instance", "Properties": {
           "ImageId": "ami-1", "InstanceType": "t3.micro",
           "BlockDeviceMappings": [
             {"DeviceName": "/dev/xvda", "Ebs": {"VolumeSize": "20", "VolumeType": "gp3",
               "DeleteOnTermination": "true", "SnapshotId": "snap-0"}},
             {"DeviceName": "/dev/sdf", "Ebs": {"SnapshotId": "snap-1", "Encrypted": true}},
             {"DeviceName": "/dev/sdb", "VirtualName": "ephemeral0"},
             {"DeviceName": "/dev/sdc", "NoDevice": {}}],
           "Volumes": [{"Device": "/dev/sdh", "VolumeId": {"Ref": "Data"}}]}}}
        """)
    #expect(
      MappingProbe.block("aws_instance.web", in: conversion) == """
        # Web (AWS::EC2::Instance)
        # cfn2tf: 'BlockDeviceMappings[0].Ebs.SnapshotId' is dropped: the root volume is made from the AMI's own snapshot
        resource "aws_instance" "web" {
          ami           = "ami-1"
          instance_type = "t3.micro"

          # cfn2tf: approximated: /dev/xvda is taken to be the AMI's root device
          root_block_device {
            delete_on_termination = true
            volume_size           = 20
            volume_type           = "gp3"
          }

          ebs_block_device {
            device_name = "/dev/sdf"
            encrypted   = true
            snapshot_id = "snap-1"
          }

          ephemeral_block_device {
            device_name  = "/dev/sdb"
            virtual_name = "ephemeral0"
          }
          ephemeral_block_device {
            device_name = "/dev/sdc"
            no_device   = true
          }
        }

        """)
    #expect(
      MappingProbe.block("aws_volume_attachment.web_volume", in: conversion) == """
        # Web.Volumes[0] (AWS::EC2::Instance)
        resource "aws_volume_attachment" "web_volume" {
          device_name = "/dev/sdh"
          volume_id   = aws_ebs_volume.data.id
          instance_id = aws_instance.web.id
        }

        """)
    #expect(
      MappingProbe.entry("Web.Properties.BlockDeviceMappings[0].DeviceName", in: conversion)?.status
        == .approximated)
    #expect(MappingProbe.messages(conversion) == [])
  }

  @Test("network interfaces: primary as arguments, others attached")
  func interfaces() {
    let conversion = MappingProbe.convert(
      resources: """
        {\(Self.sg),
         "Eni": {"Type": "AWS::EC2::NetworkInterface", "Properties": {"SubnetId": "subnet-1"}},
         "Nat": {"Type": "AWS::EC2::Instance", "Properties": {
           "ImageId": "ami-1", "InstanceType": "t3.micro",
           "NetworkInterfaces": [
             {"DeviceIndex": "0", "SubnetId": "subnet-1", "GroupSet": [{"Ref": "Sg"}],
              "AssociatePublicIpAddress": "true", "DeleteOnTermination": "true"},
             {"DeviceIndex": "1", "SubnetId": "subnet-2", "Description": "second"},
             {"DeviceIndex": "2", "NetworkInterfaceId": {"Ref": "Eni"}}]}}}
        """)
    #expect(MappingProbe.messages(conversion) == [])
    #expect(
      MappingProbe.block("aws_instance.nat", in: conversion) == """
        # Nat (AWS::EC2::Instance)
        resource "aws_instance" "nat" {
          ami                         = "ami-1"
          instance_type               = "t3.micro"
          subnet_id                   = "subnet-1"
          vpc_security_group_ids      = [aws_security_group.sg.id]
          associate_public_ip_address = true
        }

        """)
    #expect(
      MappingProbe.block("aws_network_interface.nat_interface_2", in: conversion) == """
        # Nat.NetworkInterfaces[1] (AWS::EC2::Instance)
        # cfn2tf: approximated: the interface is attached after launch, not at launch
        resource "aws_network_interface" "nat_interface_2" {
          subnet_id   = "subnet-2"
          description = "second"

          attachment {
            instance     = aws_instance.nat.id
            device_index = 1
          }
        }

        """)
    #expect(
      MappingProbe.block("aws_network_interface_attachment.nat_interface_3", in: conversion) == """
        # Nat.NetworkInterfaces[2] (AWS::EC2::Instance)
        # cfn2tf: approximated: the interface is attached after launch, not at launch
        resource "aws_network_interface_attachment" "nat_interface_3" {
          instance_id          = aws_instance.nat.id
          network_interface_id = aws_network_interface.eni.id
          device_index         = 2
        }

        """)
    #expect(
      MappingProbe.entry("Nat.Properties.NetworkInterfaces[1]", in: conversion)?.status
        == .approximated)
    #expect(
      MappingProbe.entry("Nat.Properties.NetworkInterfaces[0].DeviceIndex", in: conversion)?.status
        == .transformed)
  }

  @Test("GetAtt: addresses, DNS names and zone")
  func attributes() {
    let conversion = Converter.convert(
      """
      {"Resources": {"Web": {"Type": "AWS::EC2::Instance", "Properties": {
         "ImageId": "ami-1", "InstanceType": "t3.micro"}}},
       "Outputs": {
         "A": {"Value": {"Fn::GetAtt": ["Web", "PublicIp"]}},
         "B": {"Value": {"Fn::GetAtt": ["Web", "PrivateIp"]}},
         "C": {"Value": {"Fn::GetAtt": ["Web", "PublicDnsName"]}},
         "D": {"Value": {"Fn::GetAtt": ["Web", "PrivateDnsName"]}},
         "E": {"Value": {"Fn::GetAtt": ["Web", "AvailabilityZone"]}},
         "F": {"Value": {"Ref": "Web"}}}}
      """, fileName: "t.json")
    let outputs = conversion.file("outputs.tf")?.contents ?? ""
    for attribute in [
      "public_ip", "private_ip", "public_dns", "private_dns", "availability_zone", "id",
    ] {
      #expect(outputs.contains("value = aws_instance.web.\(attribute)\n"), "\(attribute)")
    }
    #expect(MappingProbe.messages(conversion) == [])
  }
}
