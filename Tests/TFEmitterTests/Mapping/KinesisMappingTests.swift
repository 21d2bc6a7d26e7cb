import Testing

@testable import TFEmitter

@Suite("Kinesis mappings")
struct KinesisMappingTests {
  static let parameters = """
    {"Mode": {"Type": "String", "AllowedValues": ["ON_DEMAND", "PROVISIONED"]}}
    """

  static let resources = """
    {"Events": {"Type": "AWS::Kinesis::Stream", "Properties": {"RetentionPeriodHours": 48,
       "StreamEncryption": {"EncryptionType": "KMS", "KeyId": "alias/aws/kinesis"},
       "DesiredShardLevelMetrics": ["IncomingBytes"], "Tags": [{"Key": "app", "Value": "x"}]}},
     "OnDemand": {"Type": "AWS::Kinesis::Stream", "Properties": {"Name": "clicks",
       "StreamModeDetails": {"StreamMode": "ON_DEMAND"}, "MaxRecordSizeInKiB": 1024,
       "WarmThroughputMiBps": 10}},
     "Chosen": {"Type": "AWS::Kinesis::Stream", "Properties": {"Name": "chosen",
       "StreamModeDetails": {"StreamMode": {"Ref": "Mode"}}}},
     "Sized": {"Type": "AWS::Kinesis::Stream", "Properties": {"Name": "sized", "ShardCount": 4,
       "StreamModeDetails": {"StreamMode": "PROVISIONED"}, "MaxRecordSizeInKiB": 2048}},
     "Consumer": {"Type": "AWS::Kinesis::StreamConsumer", "Properties": {
       "ConsumerName": "reader", "StreamARN": {"Fn::GetAtt": ["Events", "Arn"]},
       "Tags": [{"Key": "app", "Value": "x"}]}}}
    """

  static func convert() -> Conversion {
    Converter.convert(
      """
      {"Parameters": \(parameters), "Resources": \(resources),
       "Outputs": {"Arn": {"Value": {"Fn::GetAtt": ["Events", "Arn"]}},
         "Name": {"Value": {"Ref": "Events"}}, "Consumer": {"Value": {"Ref": "Consumer"}},
         "Created": {"Value": {"Fn::GetAtt": ["Consumer", "ConsumerCreationTimestamp"]}}}}
      """, fileName: "t.json")
  }

  @Test("a provisioned stream without a count gets CloudFormation's one shard")
  func provisioned() {
    let conversion = Self.convert()
    #expect(
      MappingProbe.block("aws_kinesis_stream.events", in: conversion) == """
        # Events (AWS::Kinesis::Stream)
        resource "aws_kinesis_stream" "events" {
          # cfn2tf: 'Name' is not set: CloudFormation names it <stack>-Events-<suffix>;
          # var.physical_names keeps the live name when a stack is adopted
          name                = lookup(var.physical_names, "Events", "${var.stack_name}-Events")
          retention_period    = 48
          encryption_type     = "KMS"
          kms_key_id          = "alias/aws/kinesis"
          shard_level_metrics = ["IncomingBytes"]
          tags = {
            app = "x"
          }
          # CloudFormation's default for a provisioned stream
          shard_count = 1
        }

        """)
    let count = MappingProbe.entry("Events.Properties.ShardCount", in: conversion)
    #expect(count?.kind == .addition)
    #expect(count?.targetValue == "1")
    #expect(
      MappingProbe.block("aws_kinesis_stream.sized", in: conversion) == """
        # Sized (AWS::Kinesis::Stream)
        # cfn2tf: 'MaxRecordSizeInKiB' is not converted: aws_kinesis_stream (provider 5.100) keeps Kinesis's 1 MiB record limit: change it with 'aws kinesis update-max-record-size'
        resource "aws_kinesis_stream" "sized" {
          name        = "sized"
          shard_count = 4

          stream_mode_details {
            stream_mode = "PROVISIONED"
          }
        }

        """)
  }

  @Test("an on-demand stream has no count; a computed mode decides it")
  func onDemand() {
    let conversion = Self.convert()
    #expect(
      MappingProbe.block("aws_kinesis_stream.on_demand", in: conversion) == """
        # OnDemand (AWS::Kinesis::Stream)
        # cfn2tf: 'MaxRecordSizeInKiB' is dropped: 1024 KiB (1 MiB) is Kinesis's default, which needs no argument
        # cfn2tf: 'WarmThroughputMiBps' is not converted: aws_kinesis_stream (provider 5.100) has no warm throughput: set it with 'aws kinesis update-stream-warm-throughput'
        resource "aws_kinesis_stream" "on_demand" {
          name = "clicks"

          stream_mode_details {
            stream_mode = "ON_DEMAND"
          }
        }

        """)
    #expect(
      MappingProbe.block("aws_kinesis_stream.chosen", in: conversion) == """
        # Chosen (AWS::Kinesis::Stream)
        resource "aws_kinesis_stream" "chosen" {
          name = "chosen"
          # CloudFormation's default for a provisioned stream
          shard_count = var.mode == "ON_DEMAND" ? null : 1

          stream_mode_details {
            stream_mode = var.mode
          }
        }

        """)
    #expect(MappingProbe.entry("OnDemand.Properties.ShardCount", in: conversion) == nil)
  }

  @Test("consumers: Ref is the ARN; tags are not converted")
  func consumer() {
    let conversion = Self.convert()
    #expect(
      MappingProbe.block("aws_kinesis_stream_consumer.consumer", in: conversion) == """
        # Consumer (AWS::Kinesis::StreamConsumer)
        # cfn2tf: 'Tags' is not converted: aws_kinesis_stream_consumer (provider 5.100) has no tags: tag the consumer with 'aws kinesis tag-resource'
        resource "aws_kinesis_stream_consumer" "consumer" {
          name       = "reader"
          stream_arn = aws_kinesis_stream.events.arn
        }

        """)
    #expect(
      MappingProbe.entry("Consumer.Properties.Tags", in: conversion)?.status == .unsupported)
    let outputs = conversion.file("outputs.tf")?.contents ?? ""
    #expect(outputs.contains("value = aws_kinesis_stream.events.arn"))
    #expect(outputs.contains("value = aws_kinesis_stream.events.name"))
    #expect(outputs.contains("value = aws_kinesis_stream_consumer.consumer.arn"))
    #expect(outputs.contains("value = aws_kinesis_stream_consumer.consumer.creation_timestamp"))
  }

  @Test(
    "Kinesis types convert to a module terraform validates",
    .enabled(if: Repository.canValidate, "needs terraform, its provider mirror and tf-validate"))
  func oracle() throws {
    let (status, output) = try MappingProbe.validate(Self.convert(), label: "kinesis")
    #expect(status == 0, "\(output)")
  }
}

extension Kinesis: ImportCaseProvider {
  static let importIds = [
    "Events": "web-Events-1ABCDEFGHIJK", "OnDemand": "clicks", "Chosen": "chosen",
    "Sized": "sized",
    "Consumer":
      "arn:aws:kinesis:us-east-1:123456789012:stream/web-Events-1ABCDEFGHIJK/consumer/reader:1700000000",
  ]

  /// A stream is imported by its name, a consumer by its ARN: both the physical id.
  static var importCases: [ImportCase] {
    [
      ImportCase(
        address: "aws_kinesis_stream.events", origin: "Events",
        resources: KinesisMappingTests.resources, parameters: KinesisMappingTests.parameters,
        physicalIds: importIds, values: ["Mode": "ON_DEMAND"],
        expected: .id("web-Events-1ABCDEFGHIJK")),
      ImportCase(
        address: "aws_kinesis_stream_consumer.consumer", origin: "Consumer",
        resources: KinesisMappingTests.resources, parameters: KinesisMappingTests.parameters,
        physicalIds: importIds, values: ["Mode": "ON_DEMAND"],
        expected: .id(importIds["Consumer"] ?? "")),
    ]
  }
}
