import Testing

@testable import TFEmitter

@Suite("CodeStar Connections mappings")
struct CodeStarConnectionsMappingTests {
  static let resources = """
    {"GitHub": {"Type": "AWS::CodeStarConnections::Connection", "Properties": {
       "ConnectionName": "github", "ProviderType": "GitHub",
       "Tags": [{"Key": "app", "Value": "x"}]}},
     "Server": {"Type": "AWS::CodeStarConnections::Connection", "Properties": {
       "ConnectionName": "gitlab",
       "HostArn": "arn:aws:codestar-connections:us-east-1:123456789012:host/gitlab-1a2b3c"}}}
    """

  static func convert() -> Conversion {
    Converter.convert(
      """
      {"Resources": \(resources),
       "Outputs": {"Arn": {"Value": {"Ref": "GitHub"}},
                   "Same": {"Value": {"Fn::GetAtt": ["GitHub", "ConnectionArn"]}},
                   "Status": {"Value": {"Fn::GetAtt": ["GitHub", "ConnectionStatus"]}},
                   "Owner": {"Value": {"Fn::GetAtt": ["GitHub", "OwnerAccountId"]}}}}
      """, fileName: "t.json")
  }

  @Test("connections to a provider or to a host")
  func connections() {
    let conversion = Self.convert()
    #expect(
      MappingProbe.block("aws_codestarconnections_connection.git_hub", in: conversion) == """
        # GitHub (AWS::CodeStarConnections::Connection)
        resource "aws_codestarconnections_connection" "git_hub" {
          name          = "github"
          provider_type = "GitHub"
          tags = {
            app = "x"
          }
        }

        """)
    #expect(
      MappingProbe.block("aws_codestarconnections_connection.server", in: conversion) == """
        # Server (AWS::CodeStarConnections::Connection)
        resource "aws_codestarconnections_connection" "server" {
          name     = "gitlab"
          host_arn = "arn:aws:codestar-connections:us-east-1:123456789012:host/gitlab-1a2b3c"
        }

        """)
  }

  @Test("Ref and ConnectionArn are the ARN; OwnerAccountId has no counterpart, said in a warning")
  func references() {
    let conversion = Self.convert()
    let outputs = conversion.file("outputs.tf")?.contents ?? ""
    #expect(
      outputs.components(separatedBy: "value = aws_codestarconnections_connection.git_hub.arn\n")
        .count == 3)
    #expect(
      outputs.contains("value = aws_codestarconnections_connection.git_hub.connection_status\n"))
    #expect(
      MappingProbe.messages(conversion) == [
        "attribute 'OwnerAccountId' of 'GitHub' (AWS::CodeStarConnections::Connection) has no Terraform counterpart; var.git_hub_owner_account_id stands for it"
      ])
  }

  @Test(
    "connections convert to a module terraform validates",
    .enabled(if: Repository.canValidate, "needs terraform, its provider mirror and tf-validate"))
  func oracle() throws {
    let (status, output) = try MappingProbe.validate(Self.convert(), label: "codestarconnections")
    #expect(status == 0, "\(output)")
  }
}

extension CodeStarConnections: ImportCaseProvider {
  /// A connection by its ARN, the physical id.
  static var importCases: [ImportCase] {
    [
      ImportCase(
        address: "aws_codestarconnections_connection.git_hub", origin: "GitHub",
        resources: CodeStarConnectionsMappingTests.resources,
        physicalIds: [
          "GitHub": "arn:aws:codestar-connections:us-east-1:123456789012:connection/0a1b2c3d"
        ],
        expected: .id("arn:aws:codestar-connections:us-east-1:123456789012:connection/0a1b2c3d"))
    ]
  }
}
