import CFNParser
import Foundation
import TestSupport
import Testing

@testable import TFEmitter

/// `--harden`: the safer form of what a template left to a default, where that keeps what it
/// meant; without it, the ledger says that IMDSv1 stays allowed.
@Suite("--harden")
struct HardeningTests {
  static func convert(
    _ resources: String, harden: Bool = true, launchConfiguration: Bool = false
  ) -> Conversion {
    var options = ConversionOptions()
    options.harden = harden
    if launchConfiguration { options.launchConfigurationTarget = .launchConfiguration }
    return Converter.convert(#"{"Resources": \#(resources)}"#, fileName: "t.json", options: options)
  }

  static let instance =
    #"{"Web": {"Type": "AWS::EC2::Instance", "Properties": {"ImageId": "ami-1", "InstanceType": "t3.micro"}}}"#

  static let hardenedBlock = """
      # cfn2tf: --harden: IMDSv2 only; the template left the metadata options unset (IMDSv1 allowed)
      metadata_options {
        http_endpoint = "enabled"
        http_tokens   = "required"
      }
    """

  @Test("without --harden an instance keeps IMDSv1 as the template had it, and the report says so")
  func metadataNotHardened() throws {
    let conversion = Self.convert(Self.instance, harden: false)
    #expect(!conversion.diagnostics.containsErrors, "\(conversion.diagnostics)")
    let block = try #require(MappingProbe.block("aws_instance.web", in: conversion))
    #expect(!block.contains("metadata_options"), "\(block)")
    let entry = try #require(MappingProbe.entry("Web.Properties.MetadataOptions", in: conversion))
    #expect(entry.kind == .addition)
    #expect(entry.status == .exact)
    #expect(
      entry.note
        == "not set: IMDSv1 stays allowed, as in the template (CloudFormation's default); --harden requires IMDSv2 (http_tokens = \"required\")"
    )
    let report = try #require(conversion.file("REPORT.md")?.contents)
    #expect(report.contains("| `Web.Properties.MetadataOptions` |  | exact | not set: IMDSv1"))
  }

  @Test(
    "--harden requires IMDSv2 where the template left the metadata options unset",
    arguments: [
      (Self.instance, false, "aws_instance.web", "Web.Properties.MetadataOptions"),
      (
        #"{"Web": {"Type": "AWS::EC2::LaunchTemplate", "Properties": {"LaunchTemplateData": {"ImageId": "ami-1"}}}}"#,
        false, "aws_launch_template.web", "Web.Properties.LaunchTemplateData.MetadataOptions"
      ),
      (
        #"{"Web": {"Type": "AWS::AutoScaling::LaunchConfiguration", "Properties": {"ImageId": "ami-1", "InstanceType": "t3.micro"}}}"#,
        false, "aws_launch_template.web", "Web.Properties.MetadataOptions"
      ),
      (
        #"{"Web": {"Type": "AWS::AutoScaling::LaunchConfiguration", "Properties": {"ImageId": "ami-1", "InstanceType": "t3.micro"}}}"#,
        true, "aws_launch_configuration.web", "Web.Properties.MetadataOptions"
      ),
    ])
  func metadataHardened(
    resources: String, launchConfiguration: Bool, address: String, path: String
  ) throws {
    let conversion = Self.convert(resources, launchConfiguration: launchConfiguration)
    #expect(!conversion.diagnostics.containsErrors, "\(conversion.diagnostics)")
    let block = try #require(MappingProbe.block(address, in: conversion))
    #expect(block.contains(Self.hardenedBlock), "\(block)")
    let entry = try #require(MappingProbe.entry(path, in: conversion))
    #expect(entry.status == .transformed)
    #expect(entry.note.hasPrefix("--harden: "), "\(entry.note)")
    #expect(entry.targetText == "\(address).metadata_options")
    #expect(entry.targetValue == #"{ http_endpoint = "enabled", http_tokens = "required" }"#)
  }

  @Test("metadata options without HttpTokens get it; what the template set stays as it is")
  func metadataPartlySet() throws {
    let conversion = Self.convert(
      """
      {"Hop": {"Type": "AWS::EC2::Instance", "Properties": {"ImageId": "ami-1",
         "MetadataOptions": {"HttpPutResponseHopLimit": 2}}},
       "Optional": {"Type": "AWS::EC2::Instance", "Properties": {"ImageId": "ami-1",
         "MetadataOptions": {"HttpTokens": "optional"}}},
       "Off": {"Type": "AWS::EC2::Instance", "Properties": {"ImageId": "ami-1",
         "MetadataOptions": {"HttpEndpoint": "disabled"}}},
       "FromTemplate": {"Type": "AWS::EC2::Instance", "Properties": {
         "LaunchTemplate": {"LaunchTemplateName": "web", "Version": "1"}}}}
      """)
    let hop = try #require(MappingProbe.block("aws_instance.hop", in: conversion))
    #expect(
      hop.contains(
        """
          # cfn2tf: --harden: IMDSv2 only; the template left the metadata options unset (IMDSv1 allowed)
          metadata_options {
            http_put_response_hop_limit = 2
            http_tokens                 = "required"
          }
        """), "\(hop)")
    #expect(
      MappingProbe.entry("Hop.Properties.MetadataOptions.HttpTokens", in: conversion)?.status
        == .transformed)
    let optional = try #require(MappingProbe.block("aws_instance.optional", in: conversion))
    #expect(optional.contains(#"http_tokens = "optional""#) && !optional.contains("--harden"))
    let off = try #require(MappingProbe.block("aws_instance.off", in: conversion))
    #expect(!off.contains("http_tokens") && !off.contains("--harden"), "\(off)")
    // An instance launched from a launch template takes its metadata options from there.
    let launched = try #require(MappingProbe.block("aws_instance.from_template", in: conversion))
    #expect(!launched.contains("metadata_options"), "\(launched)")
    let entries = conversion.ledger.entries.filter {
      $0.kind == .addition && $0.subject.contains("MetadataOptions")
    }
    #expect(entries.map(\.subject) == ["Hop.Properties.MetadataOptions.HttpTokens"])
  }

  static let imdsv1 = MarkedText(
    """
    {"Resources": {
      "Script": {"Type": "AWS::EC2::Instance", "Properties": {"ImageId": "ami-1",
        "UserData": {"Fn::Base64": {"Fn::Join": ["", ["#!/bin/bash\\n",
          1️⃣"host=$(curl -s http://169.254.169.254/latest/meta-data/local-ipv4)\\n"]]}}}},
      "Init": {"Type": "AWS::AutoScaling::LaunchConfiguration",
        "Metadata": {"AWS::CloudFormation::Init": {"config": {"commands": {"id": {
          "command": 2️⃣"curl http://instance-data/latest/meta-data/instance-id"}}}}},
        "Properties": {"ImageId": "ami-1", "InstanceType": "t3.micro"}},
      "Token": {"Type": "AWS::EC2::Instance", "Properties": {"ImageId": "ami-1",
        "UserData": {"Fn::Base64": {"Fn::Sub": "t=$(curl -X PUT http://169.254.169.254/latest/api/token -H 'X-aws-ec2-metadata-token-ttl-seconds: 60')\\ncurl -H \\"X-aws-ec2-metadata-token: $t\\" http://169.254.169.254/latest/meta-data/instance-id\\n"}}}}}}
    """)

  @Test("scripts that read instance metadata without a token keep IMDSv1, with a warning there")
  func metadataReadWithoutToken() throws {
    var options = ConversionOptions()
    options.harden = true
    let conversion = Converter.convert(Self.imdsv1.text, fileName: "t.json", options: options)
    #expect(!conversion.diagnostics.containsErrors, "\(conversion.diagnostics)")
    let warnings = conversion.diagnostics.filter { $0.message.contains("--harden") }
    #expect(
      warnings.map(\.message) == [
        "the scripts of 'Script' read instance metadata without a session token (IMDSv1), so '--harden' leaves IMDSv1 allowed there",
        "the scripts of 'Init' read instance metadata without a session token (IMDSv1), so '--harden' leaves IMDSv1 allowed there",
      ])
    #expect(
      warnings.map(\.location) == [
        Self.imdsv1.location("1️⃣", file: "t.json"), Self.imdsv1.location("2️⃣", file: "t.json"),
      ])
    #expect(warnings.allSatisfy { $0.notes.first?.message.contains("api/token") == true })
    for address in ["aws_instance.script", "aws_launch_template.init"] {
      let block = try #require(MappingProbe.block(address, in: conversion))
      #expect(!block.contains("metadata_options"), "\(block)")
    }
    let entry = try #require(
      MappingProbe.entry("Script.Properties.MetadataOptions", in: conversion))
    #expect(entry.status == .exact)
    #expect(entry.note.hasPrefix("--harden: not applied: "), "\(entry.note)")
    // Scripts that send the token header are IMDSv2 clients already.
    let token = try #require(MappingProbe.block("aws_instance.token", in: conversion))
    #expect(token.contains(Self.hardenedBlock), "\(token)")
  }

  static let services = """
    {"Queue": {"Type": "AWS::SQS::Queue"},
     "KeyedQueue": {"Type": "AWS::SQS::Queue", "Properties": {"KmsMasterKeyId": "alias/aws/sqs"}},
     "Table": {"Type": "AWS::DynamoDB::Table", "Properties": {"TableName": "t",
       "AttributeDefinitions": [{"AttributeName": "id", "AttributeType": "S"}],
       "KeySchema": [{"AttributeName": "id", "KeyType": "HASH"}], "BillingMode": "PAY_PER_REQUEST"}},
     "Backed": {"Type": "AWS::DynamoDB::Table", "Properties": {"TableName": "b",
       "AttributeDefinitions": [{"AttributeName": "id", "AttributeType": "S"}],
       "KeySchema": [{"AttributeName": "id", "KeyType": "HASH"}], "BillingMode": "PAY_PER_REQUEST",
       "PointInTimeRecoverySpecification": {"PointInTimeRecoveryEnabled": false}}},
     "Key": {"Type": "AWS::KMS::Key", "Properties": {"KeyPolicy": {"Version": "2012-10-17",
       "Statement": [{"Effect": "Allow", "Principal": {"AWS": "*"}, "Action": "kms:*", "Resource": "*"}]}}},
     "Signing": {"Type": "AWS::KMS::Key", "Properties": {"KeySpec": "RSA_2048", "KeyUsage": "SIGN_VERIFY",
       "KeyPolicy": {"Version": "2012-10-17",
       "Statement": [{"Effect": "Allow", "Principal": {"AWS": "*"}, "Action": "kms:*", "Resource": "*"}]}}},
     "Bucket": {"Type": "AWS::S3::Bucket", "Properties": {"LifecycleConfiguration": {"Rules": [
       {"Id": "abort-incomplete-multipart-uploads", "Status": "Enabled", "ExpirationInDays": 30}]}}},
     "Aborting": {"Type": "AWS::S3::Bucket", "Properties": {"LifecycleConfiguration": {"Rules": [
       {"Status": "Enabled", "AbortIncompleteMultipartUpload": {"DaysAfterInitiation": 3}}]}}}}
    """

  @Test("queues, tables, keys and lifecycle rules that the template left unset are hardened")
  func servicesHardened() throws {
    let conversion = Self.convert(Self.services)
    #expect(!conversion.diagnostics.containsErrors, "\(conversion.diagnostics)")
    let expected: [(address: String, text: String, path: String)] = [
      (
        "aws_sqs_queue.queue",
        """
          # cfn2tf: --harden: SQS-managed encryption, what SQS gives a new queue anyway
          sqs_managed_sse_enabled = true
        """, "Queue.Properties.SqsManagedSseEnabled"
      ),
      (
        "aws_dynamodb_table.table",
        """
          # cfn2tf: --harden: continuous backups; reads and writes are unchanged
          point_in_time_recovery {
            enabled = true
          }
        """, "Table.Properties.PointInTimeRecoverySpecification"
      ),
      (
        "aws_kms_key.key",
        """
          # cfn2tf: --harden: yearly rotation; what the key encrypted still decrypts
          enable_key_rotation = true
        """, "Key.Properties.EnableKeyRotation"
      ),
      (
        "aws_s3_bucket_lifecycle_configuration.bucket",
        """
          # cfn2tf: --harden: parts of uploads never completed go after 7 days; objects stay
          rule {
            id     = "abort-incomplete-multipart-uploads-2"
            status = "Enabled"

            filter {}
            abort_incomplete_multipart_upload {
              days_after_initiation = 7
            }
          }
        """, "Bucket.Properties.LifecycleConfiguration.Rules"
      ),
    ]
    for (address, text, path) in expected {
      let block = try #require(MappingProbe.block(address, in: conversion), "\(address)")
      #expect(block.contains(text), "\(block)")
      let entry = try #require(MappingProbe.entry(path, in: conversion), "\(path)")
      #expect(entry.status == .transformed)
      #expect(entry.note.hasPrefix("--harden: "), "\(entry.note)")
    }
    // What the template set, and keys that cannot rotate, stay as they are.
    for address in [
      "aws_sqs_queue.keyed_queue", "aws_dynamodb_table.backed", "aws_kms_key.signing",
      "aws_s3_bucket_lifecycle_configuration.aborting",
    ] {
      let block = try #require(MappingProbe.block(address, in: conversion), "\(address)")
      #expect(!block.contains("--harden"), "\(block)")
    }
    #expect(
      MappingProbe.block("aws_dynamodb_table.backed", in: conversion)?.contains(
        "enabled = false") == true)
  }

  @Test("without --harden nothing is added to queues, tables, keys or lifecycle rules")
  func servicesNotHardened() {
    let conversion = Self.convert(Self.services, harden: false)
    #expect(!MappingProbe.mainFile(conversion).contains("--harden"))
    #expect(!conversion.ledger.entries.contains { $0.note.contains("--harden") })
  }

  @Test(
    "hardened modules pass terraform validate",
    .enabled(if: Repository.canValidate, "terraform, its provider mirror or tf-validate is absent"))
  func validates() throws {
    let resources = Self.services.dropLast() + ", " + Self.instance.dropFirst()
    let conversion = Self.convert(String(resources))
    #expect(!conversion.diagnostics.containsErrors, "\(conversion.diagnostics)")
    let (status, output) = try MappingProbe.validate(conversion, label: "harden")
    #expect(status == 0, "\(output)")
  }

  @Test("adopting a live stack hardens nothing: its first plan must change nothing")
  func adoptionHardensNothing() {
    var options = ConversionOptions()
    options.harden = true
    let stack = LiveStack(name: "web")
    let conversion = Converter.convert(
      bytes: Array(#"{"Resources": \#(Self.services)}"#.utf8), fileName: "t.json",
      options: options, liveStack: stack)
    #expect(!conversion.diagnostics.containsErrors, "\(conversion.diagnostics)")
    #expect(!MappingProbe.mainFile(conversion).contains("--harden"))
  }

  @Test("the README lists every setting --harden writes, with its checkov check")
  func readmeTable() throws {
    let readme = try String(
      contentsOf: Repository.root.appendingPathComponent("README.md"), encoding: .utf8)
    let section = try #require(readme.components(separatedBy: "\n### `--harden`\n").last)
    let table = section.components(separatedBy: "\n#").first ?? ""
    for setting in Hardening.settings {
      #expect(
        table.contains("`\(setting.argument)") && table.contains("`\(setting.checkovID)`"),
        "README's --harden table lacks \(setting.argument) (\(setting.checkovID))")
    }
  }
}
