import Testing

@testable import TFEmitter

@Suite("Cloud9 mappings")
struct Cloud9MappingTests {
  static let resources = """
    {"Ide": {"Type": "AWS::Cloud9::EnvironmentEC2", "Properties": {"Name": "team-ide",
       "Description": "shared IDE", "InstanceType": "t3.small",
       "ImageId": "amazonlinux-2023-x86_64", "SubnetId": "subnet-1",
       "ConnectionType": "CONNECT_SSM", "AutomaticStopTimeMinutes": 30,
       "OwnerArn": "arn:aws:iam::123456789012:user/dev",
       "Tags": [{"Key": "team", "Value": "dev"}]}},
     "Unnamed": {"Type": "AWS::Cloud9::EnvironmentEC2", "Properties": {
       "InstanceType": "t3.micro", "ImageId": "ubuntu-22.04-x86_64",
       "Repositories": [{"PathComponent": "/app",
         "RepositoryUrl": "https://git-codecommit.us-east-1.amazonaws.com/v1/repos/app"}]}}}
    """

  static func convert() -> Conversion {
    Converter.convert(
      """
      {"Resources": \(resources),
       "Outputs": {"Ide": {"Value": {"Ref": "Ide"}},
         "Arn": {"Value": {"Fn::GetAtt": ["Ide", "Arn"]}},
         "Name": {"Value": {"Fn::GetAtt": ["Ide", "Name"]}}}}
      """, fileName: "t.json")
  }

  @Test("an environment; Ref and GetAtt")
  func environment() {
    let conversion = Self.convert()
    #expect(
      MappingProbe.block("aws_cloud9_environment_ec2.ide", in: conversion) == """
        # Ide (AWS::Cloud9::EnvironmentEC2)
        resource "aws_cloud9_environment_ec2" "ide" {
          name                        = "team-ide"
          description                 = "shared IDE"
          instance_type               = "t3.small"
          image_id                    = "amazonlinux-2023-x86_64"
          subnet_id                   = "subnet-1"
          connection_type             = "CONNECT_SSM"
          automatic_stop_time_minutes = 30
          owner_arn                   = "arn:aws:iam::123456789012:user/dev"
          tags = {
            team = "dev"
          }
        }

        """)
    let outputs = conversion.file("outputs.tf")?.contents ?? ""
    for value in [
      "aws_cloud9_environment_ec2.ide.id", "aws_cloud9_environment_ec2.ide.arn",
      "aws_cloud9_environment_ec2.ide.name",
    ] {
      #expect(outputs.contains("value = \(value)\n"), "\(value)")
    }
  }

  @Test("a name written where Terraform requires one; repositories reported")
  func unnamed() {
    let conversion = Self.convert()
    #expect(
      MappingProbe.block("aws_cloud9_environment_ec2.unnamed", in: conversion) == """
        # Unnamed (AWS::Cloud9::EnvironmentEC2)
        # cfn2tf: 'Repositories' is not converted: aws_cloud9_environment_ec2 (provider 5.100) clones no repositories: clone them in the environment
        resource "aws_cloud9_environment_ec2" "unnamed" {
          # cfn2tf: 'Name' is not set: CloudFormation names the environment itself; write the
          # live name into the template before adopting it, or Terraform renames it
          name          = "${var.stack_name}-Unnamed"
          instance_type = "t3.micro"
          image_id      = "ubuntu-22.04-x86_64"
        }

        """)
    #expect(MappingProbe.entry("Unnamed.Properties.Name", in: conversion)?.status == .approximated)
    #expect(
      MappingProbe.entry("Unnamed.Properties.Repositories", in: conversion)?.status == .unsupported)
  }

  @Test(
    "environments convert to a module terraform validates",
    .enabled(if: Repository.canValidate, "needs terraform, its provider mirror and tf-validate"))
  func oracle() throws {
    let (status, output) = try MappingProbe.validate(Self.convert(), label: "cloud9")
    #expect(status == 0, "\(output)")
  }
}

extension Cloud9: ImportCaseProvider {
  /// Environments by their id.
  static var importCases: [ImportCase] {
    [
      ImportCase(
        address: "aws_cloud9_environment_ec2.ide", origin: "Ide",
        resources: Cloud9MappingTests.resources,
        physicalIds: [
          "Ide": "0123456789abcdef0123456789abcdef", "Unnamed": "fedcba9876543210fedcba9876543210",
        ], expected: .id("0123456789abcdef0123456789abcdef"))
    ]
  }
}
