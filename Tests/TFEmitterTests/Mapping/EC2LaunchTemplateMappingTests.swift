import Testing

@testable import TFEmitter

@Suite("EC2 launch template mappings")
struct EC2LaunchTemplateMappingTests {
  static let parameters = #"{"Ami": {"Type": "AWS::EC2::Image::Id"}}"#

  static let resources = #"""
    {"Profile": {"Type": "AWS::IAM::InstanceProfile", "Properties": {"Roles": ["app-role"]}},
     "Web": {"Type": "AWS::EC2::SecurityGroup", "Properties": {"GroupDescription": "web",
       "VpcId": "vpc-0f1e"}},
     "Template": {"Type": "AWS::EC2::LaunchTemplate", "Properties": {
       "LaunchTemplateName": "app", "VersionDescription": "first",
       "TagSpecifications": [{"ResourceType": "launch-template",
         "Tags": [{"Key": "team", "Value": "web"}]}],
       "LaunchTemplateData": {"ImageId": {"Ref": "Ami"}, "InstanceType": "t3.micro",
         "IamInstanceProfile": {"Arn": {"Fn::GetAtt": ["Profile", "Arn"]}},
         "EbsOptimized": true,
         "UserData": {"Fn::Base64": "#!/bin/bash\nyum -y install httpd\n"},
         "BlockDeviceMappings": [{"DeviceName": "/dev/xvda", "Ebs": {"VolumeSize": 20,
             "VolumeType": "gp3", "Encrypted": true, "DeleteOnTermination": true}},
           {"DeviceName": "/dev/sdb", "NoDevice": ""}],
         "NetworkInterfaces": [{"DeviceIndex": 0, "AssociatePublicIpAddress": true,
           "SubnetId": "subnet-0d2c", "Groups": [{"Ref": "Web"}],
           "Ipv6Addresses": [{"Ipv6Address": "2001:db8::10"}],
           "PrivateIpAddresses": [{"PrivateIpAddress": "10.0.1.10", "Primary": true},
             {"PrivateIpAddress": "10.0.1.11", "Primary": false}]}],
         "MetadataOptions": {"HttpTokens": "required", "HttpPutResponseHopLimit": 2},
         "Monitoring": {"Enabled": true},
         "CreditSpecification": {"CpuCredits": "unlimited"},
         "InstanceMarketOptions": {"MarketType": "spot",
           "SpotOptions": {"MaxPrice": "0.05", "SpotInstanceType": "one-time"}},
         "Placement": {"Tenancy": "default", "GroupId": "pg-0123456789abcdef0"},
         "TagSpecifications": [
           {"ResourceType": "instance", "Tags": [{"Key": "Name", "Value": "app"}]},
           {"ResourceType": "volume", "Tags": [{"Key": "Name", "Value": "app-disk"}]}]}}},
     "Fleet": {"Type": "AWS::EC2::LaunchTemplate", "Properties": {"LaunchTemplateData": {
       "InstanceRequirements": {"VCpuCount": {"Min": 2, "Max": 8}, "MemoryMiB": {"Min": 4096},
         "InstanceGenerations": ["current"], "BurstablePerformance": "excluded"},
       "SecurityGroupIds": ["sg-0a1b2c3d"]}}},
     "Group": {"Type": "AWS::AutoScaling::AutoScalingGroup", "Properties": {"MinSize": "1",
       "MaxSize": "2", "VPCZoneIdentifier": ["subnet-0d2c"],
       "LaunchTemplate": {"LaunchTemplateId": {"Ref": "Template"},
         "Version": {"Fn::GetAtt": ["Template", "LatestVersionNumber"]}}}}}
    """#

  static func convert() -> Conversion {
    Converter.convert(
      """
      {"Parameters": \(parameters), "Resources": \(resources),
       "Outputs": {"Id": {"Value": {"Fn::GetAtt": ["Template", "LaunchTemplateId"]}},
         "Default": {"Value": {"Fn::GetAtt": ["Template", "DefaultVersionNumber"]}},
         "Fleet": {"Value": {"Ref": "Fleet"}}}}
      """, fileName: "t.json")
  }

  @Test("the launch template data become the template's arguments and blocks")
  func launchTemplate() {
    let conversion = Self.convert()
    #expect(MappingProbe.messages(conversion) == [])
    #expect(
      MappingProbe.block("aws_launch_template.template", in: conversion) == """
        # Template (AWS::EC2::LaunchTemplate)
        # cfn2tf: 'LaunchTemplateData.Placement.GroupId' is dropped: aws_launch_template (provider 5.100) names the placement group by name only; give GroupName
        resource "aws_launch_template" "template" {
          name          = "app"
          description   = "first"
          image_id      = var.ami
          instance_type = "t3.micro"
          ebs_optimized = "true"
          user_data     = base64encode(file("${path.module}/templates/template-user-data.sh"))
          tags = {
            team = "web"
          }

          block_device_mappings {
            device_name = "/dev/xvda"

            ebs {
              delete_on_termination = "true"
              encrypted             = "true"
              volume_size           = 20
              volume_type           = "gp3"
            }
          }
          block_device_mappings {
            device_name = "/dev/sdb"
            no_device   = ""
          }

          iam_instance_profile {
            arn = aws_iam_instance_profile.profile.arn
          }

          monitoring {
            enabled = true
          }

          metadata_options {
            http_put_response_hop_limit = 2
            http_tokens                 = "required"
          }

          credit_specification {
            cpu_credits = "unlimited"
          }

          instance_market_options {
            market_type = "spot"

            spot_options {
              max_price          = "0.05"
              spot_instance_type = "one-time"
            }
          }

          network_interfaces {
            device_index                = 0
            subnet_id                   = "subnet-0d2c"
            security_groups             = [aws_security_group.web.id]
            associate_public_ip_address = "true"
            private_ip_address          = "10.0.1.10"
            ipv4_addresses              = ["10.0.1.11"]
            ipv6_addresses              = ["2001:db8::10"]
          }

          placement {
            tenancy = "default"
          }

          tag_specifications {
            resource_type = "instance"
            tags = {
              Name = "app"
            }
          }
          tag_specifications {
            resource_type = "volume"
            tags = {
              Name = "app-disk"
            }
          }
        }

        """)
    #expect(
      conversion.file("templates/template-user-data.sh")?.contents
        == "#!/bin/bash\nyum -y install httpd\n")
    let tags = MappingProbe.entry("Template.Properties.TagSpecifications[0].Tags", in: conversion)
    #expect(tags?.targetText == "aws_launch_template.template.tags")
  }

  @Test("instance requirements; an Auto Scaling group follows the template's latest version")
  func requirementsAndGroup() {
    let conversion = Self.convert()
    #expect(
      MappingProbe.block("aws_launch_template.fleet", in: conversion) == """
        # Fleet (AWS::EC2::LaunchTemplate)
        resource "aws_launch_template" "fleet" {
          vpc_security_group_ids = ["sg-0a1b2c3d"]

          instance_requirements {
            burstable_performance = "excluded"
            instance_generations  = ["current"]

            vcpu_count {
              min = 2
              max = 8
            }

            memory_mib {
              min = 4096
            }
          }
        }

        """)
    #expect(
      MappingProbe.block("aws_autoscaling_group.group", in: conversion)?.contains(
        """
          launch_template {
            id      = aws_launch_template.template.id
            version = aws_launch_template.template.latest_version
          }
        """) == true)
    let outputs = conversion.file("outputs.tf")?.contents ?? ""
    #expect(outputs.contains("value = aws_launch_template.template.id"))
    #expect(outputs.contains("value = aws_launch_template.template.default_version"))
    #expect(outputs.contains("value = aws_launch_template.fleet.id"))
  }

  @Test("security groups at the top move into the network interface, which must name them")
  func securityGroupsMove() {
    let conversion = MappingProbe.convert(
      resources: """
        {"Template": {"Type": "AWS::EC2::LaunchTemplate", "Properties": {"LaunchTemplateData": {
          "SecurityGroupIds": ["sg-0a1b2c3d"],
          "NetworkInterfaces": [{"DeviceIndex": 0, "AssociatePublicIpAddress": true}]}}}}
        """)
    #expect(
      MappingProbe.block("aws_launch_template.template", in: conversion) == """
        # Template (AWS::EC2::LaunchTemplate)
        resource "aws_launch_template" "template" {
          network_interfaces {
            device_index                = 0
            associate_public_ip_address = "true"
            security_groups             = ["sg-0a1b2c3d"]
          }
        }

        """)
  }

  @Test(
    "launch templates convert to a module terraform validates",
    .enabled(if: Repository.canValidate, "needs terraform, its provider mirror and tf-validate"))
  func oracle() throws {
    let (status, output) = try MappingProbe.validate(Self.convert(), label: "ec2-launch-templates")
    #expect(status == 0, "\(output)")
  }

  /// Launch templates by their ids.
  static var importCases: [ImportCase] {
    [
      ImportCase(
        address: "aws_launch_template.template", origin: "Template", resources: resources,
        parameters: parameters,
        physicalIds: ["Template": "lt-0123456789abcdef0", "Web": "sg-0392"],
        values: ["Ami": "ami-0abcdef1234567890"], expected: .id("lt-0123456789abcdef0"))
    ]
  }
}
