import Testing

@testable import TFEmitter

@Suite("CodeCommit mappings")
struct CodeCommitMappingTests {
  static let resources = """
    {"Repo": {"Type": "AWS::CodeCommit::Repository", "Properties": {"RepositoryName": "app",
       "RepositoryDescription": "the app", "KmsKeyId": "alias/app",
       "Code": {"BranchName": "main", "S3": {"Bucket": "seed", "Key": "app.zip"}},
       "Triggers": [
         {"Name": "all", "DestinationArn": "arn:aws:sns:us-east-1:123456789012:pushes",
          "Events": ["all"]},
         {"Name": "main", "DestinationArn": "arn:aws:lambda:us-east-1:123456789012:function:f",
          "Events": ["updateReference", "createReference"], "Branches": ["main"],
          "CustomData": "main only"}],
       "Tags": [{"Key": "app", "Value": "x"}]}},
     "Plain": {"Type": "AWS::CodeCommit::Repository", "Properties": {
       "RepositoryName": "plain", "KmsKeyId": {"Ref": "Key"}, "Triggers": []}},
     "Key": {"Type": "AWS::KMS::Key", "Properties": {}}}
    """

  static func convert() -> Conversion {
    Converter.convert(
      """
      {"Resources": \(resources),
       "Outputs": {"Id": {"Value": {"Ref": "Repo"}},
                   "Arn": {"Value": {"Fn::GetAtt": ["Repo", "Arn"]}},
                   "Http": {"Value": {"Fn::GetAtt": ["Repo", "CloneUrlHttp"]}},
                   "Ssh": {"Value": {"Fn::GetAtt": ["Repo", "CloneUrlSsh"]}},
                   "Name": {"Value": {"Fn::GetAtt": ["Repo", "Name"]}}}}
      """, fileName: "t.json")
  }

  @Test("a repository, its triggers as one aws_codecommit_trigger")
  func repository() {
    let conversion = Self.convert()
    #expect(
      MappingProbe.block("aws_codecommit_repository.repo", in: conversion) == """
        # Repo (AWS::CodeCommit::Repository)
        # cfn2tf: 'Code' is not converted: aws_codecommit_repository has no initial content: CloudFormation commits the files of the Code.S3 zip to Code.BranchName when it creates the repository, Terraform creates it empty; a repository that is adopted already holds them, a new one needs them pushed with git after apply
        resource "aws_codecommit_repository" "repo" {
          repository_name = "app"
          description     = "the app"
          kms_key_id      = "arn:${data.aws_partition.current.partition}:kms:${data.aws_region.current.name}:${data.aws_caller_identity.current.account_id}:alias/app"
          tags = {
            app = "x"
          }
        }

        """)
    #expect(
      MappingProbe.block("aws_codecommit_trigger.repo", in: conversion) == """
        # Repo.Triggers (AWS::CodeCommit::Repository)
        resource "aws_codecommit_trigger" "repo" {
          repository_name = aws_codecommit_repository.repo.repository_name

          trigger {
            name            = "all"
            destination_arn = "arn:aws:sns:us-east-1:123456789012:pushes"
            events          = ["all"]
          }
          trigger {
            name            = "main"
            destination_arn = "arn:aws:lambda:us-east-1:123456789012:function:f"
            events          = ["updateReference", "createReference"]
            branches        = ["main"]
            custom_data     = "main only"
          }
        }

        """)
    #expect(
      MappingProbe.messages(conversion) == [
        "property 'Code' of 'Repo' (AWS::CodeCommit::Repository) is not converted: aws_codecommit_repository has no initial content: CloudFormation commits the files of the Code.S3 zip to Code.BranchName when it creates the repository, Terraform creates it empty; a repository that is adopted already holds them, a new one needs them pushed with git after apply"
      ])
    #expect(MappingProbe.entry("Repo.Properties.Code", in: conversion)?.status == .unsupported)
    #expect(
      MappingProbe.entry("Repo.Properties.KmsKeyId", in: conversion)?.note.contains(
        "the key alias became its ARN") == true)
    #expect(
      MappingProbe.entry("Repo.Properties.Triggers[1]", in: conversion)?.targetText
        == "aws_codecommit_trigger.repo.trigger")
  }

  @Test("an empty trigger list writes no trigger resource")
  func noTriggers() {
    let conversion = Self.convert()
    #expect(MappingProbe.block("aws_codecommit_trigger.plain", in: conversion) == nil)
    #expect(MappingProbe.entry("Plain.Properties.Triggers", in: conversion)?.status == .exact)
    #expect(
      MappingProbe.block("aws_codecommit_repository.plain", in: conversion)?.contains(
        "kms_key_id      = aws_kms_key.key.arn\n") == true)
  }

  @Test("a computed trigger list is not converted, said in a warning")
  func computedTriggers() {
    let conversion = MappingProbe.convert(
      resources: """
        {"Repo": {"Type": "AWS::CodeCommit::Repository", "Properties": {
          "RepositoryName": "app", "Triggers": {"Ref": "Triggers"}}}}
        """, parameters: #"{"Triggers": {"Type": "CommaDelimitedList"}}"#)
    #expect(MappingProbe.entry("Repo.Properties.Triggers", in: conversion)?.status == .unsupported)
    #expect(MappingProbe.block("aws_codecommit_trigger.repo", in: conversion) == nil)
  }

  @Test("Ref is the repository id; GetAtt of the ARN, clone URLs and name")
  func references() {
    let outputs = Self.convert().file("outputs.tf")?.contents ?? ""
    for value in [
      "aws_codecommit_repository.repo.repository_id", "aws_codecommit_repository.repo.arn",
      "aws_codecommit_repository.repo.clone_url_http",
      "aws_codecommit_repository.repo.clone_url_ssh",
      "aws_codecommit_repository.repo.repository_name",
    ] {
      #expect(outputs.contains("value = \(value)\n"), "\(value)")
    }
  }

  @Test(
    "repositories and triggers convert to a module terraform validates",
    .enabled(if: Repository.canValidate, "needs terraform, its provider mirror and tf-validate"))
  func oracle() throws {
    let (status, output) = try MappingProbe.validate(Self.convert(), label: "codecommit")
    #expect(status == 0, "\(output)")
  }
}

extension CodeCommit: ImportCaseProvider {
  static func codeCommit(
    _ address: String, _ origin: String, _ expected: ImportCase.Expectation
  ) -> ImportCase {
    ImportCase(
      address: address, origin: origin, resources: CodeCommitMappingTests.resources,
      physicalIds: [
        "Repo": "2f8c1d3e-0a4b-4c5d-9e6f-7a8b9c0d1e2f",
        "Plain": "9a8b7c6d-5e4f-4a3b-2c1d-0e9f8a7b6c5d",
      ], expected: expected)
  }

  /// A repository by its name (the stack lists its id); triggers are written, not imported.
  static var importCases: [ImportCase] {
    [
      codeCommit("aws_codecommit_repository.repo", "Repo", .id("app")),
      codeCommit("aws_codecommit_trigger.repo", "Repo", .notImported(triggerImport)),
    ]
  }
}
