import Testing

@testable import TFEmitter

@Suite("Synthetics mappings")
struct SyntheticsMappingTests {
  static let script =
    "const synthetics = require('Synthetics');\nexports.handler = async () => {};\n"

  static let resources = """
    {"Canary": {"Type": "AWS::Synthetics::Canary", "Properties": {"Name": "home-page",
       "RuntimeVersion": "syn-nodejs-puppeteer-9.1",
       "ExecutionRoleArn": "arn:aws:iam::123456789012:role/canary",
       "ArtifactS3Location": "s3://canary-artifacts/home", "StartCanaryAfterCreation": true,
       "Code": {"Handler": "pageLoadBlueprint.handler",
         "Script": "const synthetics = require('Synthetics');\\nexports.handler = async () => {};\\n"},
       "Schedule": {"Expression": "rate(5 minutes)", "DurationInSeconds": "0"},
       "RunConfig": {"TimeoutInSeconds": 60, "MemoryInMB": 960, "ActiveTracing": true,
         "EnvironmentVariables": {"URL": "https://example.com"}},
       "SuccessRetentionPeriod": 7, "FailureRetentionPeriod": 14,
       "ProvisionedResourceCleanup": "AUTOMATIC",
       "ArtifactConfig": {"S3Encryption": {"EncryptionMode": "SSE_S3"}},
       "VPCConfig": {"SubnetIds": ["subnet-1"], "SecurityGroupIds": ["sg-1"], "VpcId": "vpc-1"},
       "Tags": [{"Key": "team", "Value": "web"}]}},
     "Stored": {"Type": "AWS::Synthetics::Canary", "Properties": {"Name": "api",
       "RuntimeVersion": "syn-python-selenium-4.1",
       "ExecutionRoleArn": "arn:aws:iam::123456789012:role/canary",
       "ArtifactS3Location": "s3://canary-artifacts/api",
       "Code": {"Handler": "api.handler", "S3Bucket": "canary-code", "S3Key": "api.zip",
         "S3ObjectVersion": "3"},
       "Schedule": {"Expression": "rate(1 hour)"},
       "DeleteLambdaResourcesOnCanaryDeletion": true, "DryRunAndUpdate": true}}}
    """

  static func convert() -> Conversion {
    Converter.convert(
      """
      {"Resources": \(resources),
       "Outputs": {"Canary": {"Value": {"Ref": "Canary"}},
         "State": {"Value": {"Fn::GetAtt": ["Canary", "State"]}},
         "Source": {"Value": {"Fn::GetAtt": ["Stored", "Code.SourceLocationArn"]}}}}
      """, fileName: "t.json")
  }

  @Test("a canary whose inline script is zipped into the module where CloudFormation puts it")
  func inlineScript() {
    let conversion = Self.convert()
    #expect(MappingProbe.messages(conversion) == [])
    #expect(
      MappingProbe.block("aws_synthetics_canary.canary", in: conversion) == """
        # Canary (AWS::Synthetics::Canary)
        # cfn2tf: 'VPCConfig.VpcId' is dropped: Terraform reads the VPC from the subnets (vpc_id is read-only)
        resource "aws_synthetics_canary" "canary" {
          name                 = "home-page"
          runtime_version      = "syn-nodejs-puppeteer-9.1"
          execution_role_arn   = "arn:aws:iam::123456789012:role/canary"
          artifact_s3_location = "s3://canary-artifacts/home"
          handler              = "pageLoadBlueprint.handler"
          # canaries/canary/ holds the inline script; canaries/canary.zip is its zip, read at apply
          zip_file                 = "${path.module}/canaries/canary.zip"
          start_canary             = true
          success_retention_period = 7
          failure_retention_period = 14
          delete_lambda            = true
          tags = {
            team = "web"
          }

          schedule {
            expression          = "rate(5 minutes)"
            duration_in_seconds = 0
          }

          run_config {
            timeout_in_seconds = 60
            memory_in_mb       = 960
            active_tracing     = true
            environment_variables = {
              URL = "https://example.com"
            }
          }

          artifact_config {
            s3_encryption {
              encryption_mode = "SSE_S3"
            }
          }

          vpc_config {
            subnet_ids         = ["subnet-1"]
            security_group_ids = ["sg-1"]
          }
        }

        """)
    #expect(
      conversion.file("canaries/canary/nodejs/node_modules/pageLoadBlueprint.js")?.contents
        == Self.script)
    let zip = conversion.file("canaries/canary.zip")?.binary ?? []
    #expect(
      zip
        == Lambda.Archive.zip([
          .init(path: "nodejs/node_modules/pageLoadBlueprint.js", bytes: Array(Self.script.utf8))
        ]))
    #expect(
      MappingProbe.entry("Canary.Properties.ProvisionedResourceCleanup", in: conversion)?.targetText
        == "aws_synthetics_canary.canary.delete_lambda")
  }

  @Test("a canary whose code is in S3; Ref and GetAtt")
  func storedCode() {
    let conversion = Self.convert()
    #expect(
      MappingProbe.block("aws_synthetics_canary.stored", in: conversion) == """
        # Stored (AWS::Synthetics::Canary)
        # cfn2tf: 'DryRunAndUpdate' is dropped: Terraform updates the canary directly; the dry run is CloudFormation's check before its update
        resource "aws_synthetics_canary" "stored" {
          name                 = "api"
          runtime_version      = "syn-python-selenium-4.1"
          execution_role_arn   = "arn:aws:iam::123456789012:role/canary"
          artifact_s3_location = "s3://canary-artifacts/api"
          handler              = "api.handler"
          s3_bucket            = "canary-code"
          s3_key               = "api.zip"
          s3_version           = "3"
          delete_lambda        = true

          schedule {
            expression = "rate(1 hour)"
          }
        }

        """)
    let outputs = conversion.file("outputs.tf")?.contents ?? ""
    #expect(outputs.contains("value = aws_synthetics_canary.canary.name\n"))
    #expect(outputs.contains("value = aws_synthetics_canary.canary.status\n"))
    #expect(outputs.contains("value = aws_synthetics_canary.stored.source_location_arn\n"))
  }

  @Test("what provider 5.100 lacks is reported; a Python script goes under python/")
  func gaps() {
    let conversion = MappingProbe.convert(
      resources: """
        {"C": {"Type": "AWS::Synthetics::Canary", "Properties": {"Name": "c",
           "RuntimeVersion": "syn-python-selenium-4.1", "ExecutionRoleArn": "r",
           "ArtifactS3Location": "s3://b/c",
           "Code": {"Handler": "check.handler", "Script": "def handler(e, c): pass\\n",
             "Dependencies": [{"Reference": "arn:aws:lambda:us-east-1:1:layer:l:1"}]},
           "Schedule": {"Expression": "rate(1 hour)", "RetryConfig": {"MaxRetries": 2}},
           "RunConfig": {"EphemeralStorage": 2048},
           "BrowserConfigs": [{"BrowserType": "FIREFOX"}],
           "VisualReferences": [{"BaseCanaryRunId": "lastrun"}],
           "ResourcesToReplicateTags": ["lambda-function"]}}}
        """)
    for path in [
      "C.Properties.Code.Dependencies", "C.Properties.Schedule.RetryConfig",
      "C.Properties.RunConfig.EphemeralStorage", "C.Properties.BrowserConfigs",
      "C.Properties.VisualReferences", "C.Properties.ResourcesToReplicateTags",
    ] {
      #expect(MappingProbe.entry(path, in: conversion)?.status == .unsupported, "\(path)")
    }
    #expect(conversion.file("canaries/c/python/check.py")?.contents == "def handler(e, c): pass\n")
  }

  @Test(
    "canaries convert to a module terraform validates",
    .enabled(if: Repository.canValidate, "needs terraform, its provider mirror and tf-validate"))
  func oracle() throws {
    let (status, output) = try MappingProbe.validate(Self.convert(), label: "synthetics")
    #expect(status == 0, "\(output)")
  }
}

extension Synthetics: ImportCaseProvider {
  /// Canaries by their name.
  static var importCases: [ImportCase] {
    [
      ImportCase(
        address: "aws_synthetics_canary.canary", origin: "Canary",
        resources: SyntheticsMappingTests.resources,
        physicalIds: ["Canary": "home-page", "Stored": "api"], expected: .id("home-page"))
    ]
  }
}
