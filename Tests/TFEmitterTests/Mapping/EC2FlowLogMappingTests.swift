import Testing

@testable import TFEmitter

@Suite("EC2 flow log and DHCP options mappings")
struct EC2FlowLogMappingTests {
  static let parameters = #"""
    {"Servers": {"Type": "CommaDelimitedList"}, "Traffic": {"Type": "String", "Default": "ALL"}}
    """#

  static let resources = #"""
    {"Vpc": {"Type": "AWS::EC2::VPC", "Properties": {"CidrBlock": "10.0.0.0/16"}},
     "Logs": {"Type": "AWS::Logs::LogGroup", "Properties": {"RetentionInDays": 14}},
     "Bucket": {"Type": "AWS::S3::Bucket"},
     "Role": {"Type": "AWS::IAM::Role", "Properties": {"AssumeRolePolicyDocument": {
       "Version": "2012-10-17", "Statement": [{"Effect": "Allow",
         "Principal": {"Service": "vpc-flow-logs.amazonaws.com"}, "Action": "sts:AssumeRole"}]}}},
     "ToLogs": {"Type": "AWS::EC2::FlowLog", "Properties": {"ResourceId": {"Ref": "Vpc"},
       "ResourceType": "VPC", "TrafficType": {"Ref": "Traffic"},
       "LogDestinationType": "cloud-watch-logs", "LogGroupName": {"Ref": "Logs"},
       "DeliverLogsPermissionArn": {"Fn::GetAtt": ["Role", "Arn"]}, "MaxAggregationInterval": 60,
       "Tags": [{"Key": "Name", "Value": "flow"}]}},
     "ToBucket": {"Type": "AWS::EC2::FlowLog", "Properties": {"ResourceId": "subnet-0a1b2c3d",
       "ResourceType": "Subnet", "TrafficType": "REJECT", "LogDestinationType": "s3",
       "LogDestination": {"Fn::GetAtt": ["Bucket", "Arn"]},
       "LogFormat": "${version} ${srcaddr} ${dstaddr}",
       "DestinationOptions": {"FileFormat": "parquet", "HiveCompatiblePartitions": true,
         "PerHourPartition": false}}},
     "Options": {"Type": "AWS::EC2::DHCPOptions", "Properties": {"DomainName": "corp.example.com",
       "DomainNameServers": {"Ref": "Servers"}, "NtpServers": ["169.254.169.123"],
       "NetbiosNodeType": 2, "Ipv6AddressPreferredLeaseTime": 3600,
       "Tags": [{"Key": "Name", "Value": "corp"}]}},
     "Association": {"Type": "AWS::EC2::VPCDHCPOptionsAssociation", "Properties": {
       "VpcId": {"Ref": "Vpc"}, "DhcpOptionsId": {"Ref": "Options"}}}}
    """#

  static func convert() -> Conversion {
    Converter.convert(
      """
      {"Parameters": \(parameters), "Resources": \(resources),
       "Outputs": {"Flow": {"Value": {"Ref": "ToLogs"}},
         "FlowId": {"Value": {"Fn::GetAtt": ["ToBucket", "Id"]}},
         "Options": {"Value": {"Fn::GetAtt": ["Options", "DhcpOptionsId"]}}}}
      """, fileName: "t.json")
  }

  @Test("flow logs: ResourceType picks the argument ResourceId becomes")
  func flowLogs() {
    let conversion = Self.convert()
    #expect(MappingProbe.messages(conversion) == [])
    #expect(
      MappingProbe.block("aws_flow_log.to_logs", in: conversion) == """
        # ToLogs (AWS::EC2::FlowLog)
        resource "aws_flow_log" "to_logs" {
          vpc_id                   = aws_vpc.vpc.id
          traffic_type             = var.traffic
          log_destination_type     = "cloud-watch-logs"
          log_group_name           = aws_cloudwatch_log_group.logs.name
          iam_role_arn             = aws_iam_role.role.arn
          max_aggregation_interval = 60
          tags = {
            Name = "flow"
          }
        }

        """)
    #expect(
      MappingProbe.block("aws_flow_log.to_bucket", in: conversion) == """
        # ToBucket (AWS::EC2::FlowLog)
        resource "aws_flow_log" "to_bucket" {
          subnet_id            = "subnet-0a1b2c3d"
          traffic_type         = "REJECT"
          log_destination_type = "s3"
          log_destination      = aws_s3_bucket.bucket.arn
          log_format           = "$${version} $${srcaddr} $${dstaddr}"

          destination_options {
            file_format                = "parquet"
            hive_compatible_partitions = true
            per_hour_partition         = false
          }
        }

        """)
    let type = MappingProbe.entry("ToLogs.Properties.ResourceType", in: conversion)
    #expect(type?.targetText == "aws_flow_log.to_logs.vpc_id")
  }

  @Test("a resource type given by a parameter cannot pick an argument")
  func computedResourceType() {
    let conversion = MappingProbe.convert(
      resources: """
        {"Flow": {"Type": "AWS::EC2::FlowLog", "Properties": {"ResourceId": "eni-0a1b",
          "ResourceType": {"Ref": "Kind"}, "TrafficType": "ALL",
          "LogDestinationType": "s3", "LogDestination": "arn:aws:s3:::logs"}}}
        """, parameters: #"{"Kind": {"Type": "String"}}"#)
    #expect(
      MappingProbe.entry("Flow.Properties.ResourceId", in: conversion)?.status == .unsupported)
    #expect(
      MappingProbe.messages(conversion).contains {
        $0.hasPrefix("property 'ResourceId' of 'Flow' (AWS::EC2::FlowLog) is not converted")
      })
  }

  @Test("DHCP options (numbers as the strings Terraform takes) and their association")
  func dhcpOptions() {
    let conversion = Self.convert()
    #expect(
      MappingProbe.block("aws_vpc_dhcp_options.options", in: conversion) == """
        # Options (AWS::EC2::DHCPOptions)
        resource "aws_vpc_dhcp_options" "options" {
          domain_name                       = "corp.example.com"
          domain_name_servers               = var.servers
          ntp_servers                       = ["169.254.169.123"]
          netbios_node_type                 = "2"
          ipv6_address_preferred_lease_time = "3600"
          tags = {
            Name = "corp"
          }
        }

        """)
    #expect(
      MappingProbe.block("aws_vpc_dhcp_options_association.association", in: conversion) == """
        # Association (AWS::EC2::VPCDHCPOptionsAssociation)
        resource "aws_vpc_dhcp_options_association" "association" {
          vpc_id          = aws_vpc.vpc.id
          dhcp_options_id = aws_vpc_dhcp_options.options.id
        }

        """)
    let outputs = conversion.file("outputs.tf")?.contents ?? ""
    #expect(outputs.contains("value = aws_flow_log.to_logs.id"))
    #expect(outputs.contains("value = aws_flow_log.to_bucket.id"))
    #expect(outputs.contains("value = aws_vpc_dhcp_options.options.id"))
  }

  @Test(
    "flow logs and DHCP options convert to a module terraform validates",
    .enabled(if: Repository.canValidate, "needs terraform, its provider mirror and tf-validate"))
  func oracle() throws {
    let (status, output) = try MappingProbe.validate(Self.convert(), label: "ec2-flow-logs")
    #expect(status == 0, "\(output)")
  }

  static let importIds = [
    "Vpc": "vpc-0f1e", "ToLogs": "fl-0a1b2c3d4e5f60718", "ToBucket": "fl-0f1e2d3c4b5a69788",
    "Options": "dopt-0123456789abcdef0", "Association": "dopt-0123456789abcdef0|vpc-0f1e",
  ]

  static func flow(_ address: String, _ origin: String, _ expected: ImportCase.Expectation)
    -> ImportCase
  {
    ImportCase(
      address: address, origin: origin, resources: resources, parameters: parameters,
      physicalIds: importIds, values: ["Servers": "10.0.0.2", "Traffic": "ALL"],
      expected: expected)
  }

  /// Flow logs and options sets by their ids; the association by its VPC's.
  static var importCases: [ImportCase] {
    [
      flow("aws_flow_log.to_logs", "ToLogs", .id("fl-0a1b2c3d4e5f60718")),
      flow("aws_vpc_dhcp_options.options", "Options", .id("dopt-0123456789abcdef0")),
      flow("aws_vpc_dhcp_options_association.association", "Association", .id("vpc-0f1e")),
    ]
  }
}
