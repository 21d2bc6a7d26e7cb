import CFNParser
import Foundation
import Testing

@testable import TFEmitter

/// The fallback: what cannot become Terraform stays in CloudFormation as one
/// `aws_cloudformation_stack` the module deploys, reading what Terraform manages through
/// parameters and giving back, through outputs, what converted resources and outputs read.
@Suite("Kept in CloudFormation")
struct KeptStackTests {
  static let partial = """
    {"Parameters": {"Env": {"Type": "String", "Default": "dev"},
                    "Subnets": {"Type": "List<AWS::EC2::Subnet::Id>"},
                    "Secret": {"Type": "String", "NoEcho": true, "Default": "hunter2"}},
     "Mappings": {"Sizes": {"dev": {"Size": "1"}}},
     "Conditions": {"IsProd": {"Fn::Equals": [{"Ref": "Env"}, "prod"]},
                    "Unused": {"Fn::Equals": ["a", "b"]}},
     "Resources": {
       "Provider": {"Type": "AWS::SNS::Topic"},
       "Bucket": {"Type": "AWS::S3::Bucket"},
       "Widget": {"Type": "Custom::Widget", "DependsOn": ["Bucket", "Helper"],
         "Properties": {"ServiceToken": {"Ref": "Provider"},
           "Arn": {"Fn::GetAtt": ["Bucket", "Arn"]},
           "Name": {"Fn::Sub": "${Bucket}/${Bucket.Arn}/${!Literal}"},
           "Size": {"Fn::FindInMap": ["Sizes", {"Ref": "Env"}, "Size"]},
           "Subnets": {"Ref": "Subnets"}, "Password": {"Ref": "Secret"}}},
       "Helper": {"Type": "AWS::CloudFormation::CustomResource",
         "Properties": {"ServiceToken": {"Ref": "Provider"}}},
       "Thing": {"Type": "AWS::CloudFormation::Macro", "Condition": "IsProd",
         "Properties": {"Name": {"Ref": "Env"}, "FunctionName": {"Fn::GetAtt": ["Provider", "TopicName"]}}},
       "Queue": {"Type": "AWS::SQS::Queue",
         "Properties": {"QueueName": {"Fn::GetAtt": ["Widget", "QueueName"]},
           "Tags": [{"Key": "widget", "Value": {"Ref": "Widget"}}]}}},
     "Outputs": {"Thing": {"Condition": "IsProd", "Value": {"Ref": "Thing"}},
                 "Widget": {"Value": {"Fn::GetAtt": ["Widget", "Url"]}}}}
    """

  static func convert(_ text: String, options: ConversionOptions = ConversionOptions())
    -> Conversion
  {
    Converter.convert(text, fileName: "t.json", options: options)
  }

  /// The kept template's section `name`, parsed.
  static func keptSection(_ name: String, in conversion: Conversion) -> JSONValue? {
    guard let text = conversion.file(ModuleBuilder.keptTemplatePath)?.contents else { return nil }
    return JSONReader.read(text, fileName: "kept.json").value?[name]
  }

  @Test("custom and unmapped resources stay: the stack reads Terraform's values, gives its own")
  func partialTemplate() throws {
    let conversion = Self.convert(Self.partial)
    #expect(
      MappingProbe.block("aws_cloudformation_stack.kept", in: conversion) == """
        # Kept in CloudFormation (cloudformation/kept.json):
        #   Widget (Custom::Widget): a custom resource runs its provider in CloudFormation
        #   Helper (AWS::CloudFormation::CustomResource): a custom resource runs its provider in CloudFormation
        #   Thing (AWS::CloudFormation::Macro): cfn2tf has no mapping for its type
        resource "aws_cloudformation_stack" "kept" {
          depends_on = [aws_s3_bucket.bucket]

          name          = var.stack_name
          template_body = file("${path.module}/cloudformation/kept.json")
          parameters = {
            Env               = var.env
            Subnets           = join(",", var.subnets)
            Secret            = var.secret
            Provider          = aws_sns_topic.provider.arn
            BucketArn         = aws_s3_bucket.bucket.arn
            Bucket            = aws_s3_bucket.bucket.id
            ProviderTopicName = aws_sns_topic.provider.name
          }
        }

        """)
    #expect(
      MappingProbe.block("aws_sqs_queue.queue", in: conversion) == """
        # Queue (AWS::SQS::Queue)
        resource "aws_sqs_queue" "queue" {
          name = aws_cloudformation_stack.kept.outputs["WidgetQueueName"]
          tags = {
            widget = aws_cloudformation_stack.kept.outputs["Widget"]
          }
        }

        """)
    let outputs = conversion.file("outputs.tf")?.contents ?? ""
    #expect(
      outputs.contains(
        #"value = local.is_prod ? aws_cloudformation_stack.kept.outputs["Thing"] : null"#))
    #expect(outputs.contains(#"value = aws_cloudformation_stack.kept.outputs["WidgetUrl"]"#))
  }

  @Test("the kept template: what the kept resources read, as written but for converted values")
  func keptTemplate() throws {
    let conversion = Self.convert(Self.partial)
    let parameters = try #require(Self.keptSection("Parameters", in: conversion))
    #expect(
      parameters.members?.map(\.key)
        == ["Env", "Subnets", "Secret", "Provider", "BucketArn", "Bucket", "ProviderTopicName"])
    #expect(parameters["Secret"]?.compactText == #"{"Type":"String","NoEcho":true}"#)
    #expect(Self.keptSection("Mappings", in: conversion)?.members?.map(\.key) == ["Sizes"])
    #expect(Self.keptSection("Conditions", in: conversion)?.members?.map(\.key) == ["IsProd"])
    let resources = try #require(Self.keptSection("Resources", in: conversion))
    #expect(resources.members?.map(\.key) == ["Widget", "Helper", "Thing"])
    #expect(resources["Widget"]?["DependsOn"]?.compactText == #"["Helper"]"#)
    #expect(resources["Widget"]?["Properties"]?["Arn"]?.compactText == #"{"Ref":"BucketArn"}"#)
    #expect(
      resources["Widget"]?["Properties"]?["Name"]?.compactText
        == #"{"Fn::Sub":"${Bucket}/${BucketArn}/${!Literal}"}"#)
    let outputs = try #require(Self.keptSection("Outputs", in: conversion))
    #expect(outputs.members?.map(\.key) == ["WidgetQueueName", "Widget", "Thing", "WidgetUrl"])
    #expect(
      outputs["Thing"]?.compactText == #"{"Condition":"IsProd","Value":{"Ref":"Thing"}}"#)
    for file in conversion.files {
      #expect(!file.contents.contains("hunter2"), "\(file.path) holds the NoEcho default")
    }
  }

  @Test("the ledger: each kept resource, property and attribute; one warning per type")
  func ledgerAndWarnings() {
    let conversion = Self.convert(Self.partial)
    let widget = MappingProbe.entry("Widget", in: conversion)
    #expect(widget?.status == .kept)
    #expect(widget?.targetText == "aws_cloudformation_stack.kept")
    #expect(
      widget?.note
        == "kept in CloudFormation: a custom resource runs its provider in CloudFormation; aws_cloudformation_stack.kept deploys it"
    )
    #expect(MappingProbe.entry("Widget.Properties.Password", in: conversion)?.status == .kept)
    #expect(MappingProbe.entry("Widget.DependsOn", in: conversion)?.status == .kept)
    #expect(MappingProbe.entry("Thing.Condition", in: conversion)?.status == .kept)
    let warnings = conversion.diagnostics.filter { $0.severity == .warning }.map(\.message)
    #expect(
      warnings == [
        "the default of NoEcho parameter 'Secret' is not copied: var.secret has no default",
        "resource of type 'Custom::Widget' stays in CloudFormation (a custom resource runs its provider in CloudFormation): 'Widget'",
        "resource of type 'AWS::CloudFormation::CustomResource' stays in CloudFormation (a custom resource runs its provider in CloudFormation): 'Helper'",
        "resource of type 'AWS::CloudFormation::Macro' stays in CloudFormation (cfn2tf has no mapping for its type): 'Thing'",
      ])
    let report = ReportModel(conversion, templateName: "t.json")
    #expect(report.kept.map(\.subject) == ["Widget", "Helper", "Thing"])
    #expect(!report.review.contains { $0.kind == .property && $0.status == .kept })
    let markdown = MarkdownReport.render(report)
    let kept = markdown.range(of: "## Kept in CloudFormation")
    let summary = markdown.range(of: "## Summary")
    #expect(kept != nil && summary != nil && kept!.lowerBound < summary!.lowerBound)
  }

  @Test("SAM: its resources and Globals stay with the transform; names it makes are outputs")
  func serverless() throws {
    let conversion = Self.convert(
      """
      {"Transform": "AWS::Serverless-2016-10-31",
       "Globals": {"Function": {"Timeout": 10}},
       "Resources": {
         "Api": {"Type": "AWS::Serverless::Function", "Properties": {"Runtime": "python3.12",
           "Handler": "index.handler", "InlineCode": "def handler(e, c): return 1",
           "Events": {"Get": {"Type": "Api", "Properties": {"Path": "/", "Method": "get"}}}}},
         "Logs": {"Type": "AWS::Logs::LogGroup", "Properties": {
           "LogGroupName": {"Fn::Sub": "/aws/lambda/${Api}"}}}},
       "Outputs": {"Role": {"Value": {"Fn::GetAtt": ["ApiRole", "Arn"]}},
                   "Url": {"Value": {"Fn::Sub": "https://${ServerlessRestApi}.execute-api.x/"}}}}
      """)
    #expect(!conversion.diagnostics.containsErrors, "\(conversion.diagnostics)")
    #expect(
      MappingProbe.block("aws_cloudformation_stack.kept", in: conversion) == """
        # Kept in CloudFormation (cloudformation/kept.json):
        #   Api (AWS::Serverless::Function): the serverless transform (SAM) expands it in CloudFormation
        resource "aws_cloudformation_stack" "kept" {
          name          = var.stack_name
          template_body = file("${path.module}/cloudformation/kept.json")
          capabilities  = ["CAPABILITY_IAM", "CAPABILITY_NAMED_IAM", "CAPABILITY_AUTO_EXPAND"]
        }

        """)
    #expect(
      Self.keptSection("Transform", in: conversion)?.stringValue == "AWS::Serverless-2016-10-31")
    #expect(Self.keptSection("Globals", in: conversion) != nil)
    #expect(
      Self.keptSection("Outputs", in: conversion)?.members?.map(\.key)
        == ["Api", "ApiRoleArn", "ServerlessRestApi"])
    let outputs = conversion.file("outputs.tf")?.contents ?? ""
    #expect(outputs.contains(#"aws_cloudformation_stack.kept.outputs["ApiRoleArn"]"#))
    #expect(MappingProbe.entry("Globals", in: conversion)?.status == .kept)
  }

  @Test("a macro that may rewrite anything keeps the whole template; its outputs are read back")
  func wholeTemplate() throws {
    let conversion = Self.convert(
      """
      {"Transform": "Count",
       "Parameters": {"N": {"Type": "Number", "Default": 2},
                      "Names": {"Type": "CommaDelimitedList", "Default": "a,b"},
                      "Key": {"Type": "String", "NoEcho": "true", "Default": "s3cr3t"}},
       "Resources": {"Bucket": {"Type": "AWS::S3::Bucket", "Count": 3}},
       "Outputs": {"Name": {"Value": {"Ref": "Bucket1"}}}}
      """)
    #expect(!conversion.diagnostics.containsErrors, "\(conversion.diagnostics)")
    #expect(
      MappingProbe.block("aws_cloudformation_stack.kept", in: conversion) == """
        # Kept in CloudFormation (cloudformation/kept.json):
        # the macro 'Count' may rewrite the whole template, so all of it stays
        resource "aws_cloudformation_stack" "kept" {
          name          = var.stack_name
          template_body = file("${path.module}/cloudformation/kept.json")
          parameters = {
            N     = var.n
            Names = join(",", var.names)
            Key   = var.key
          }
          capabilities = ["CAPABILITY_IAM", "CAPABILITY_NAMED_IAM", "CAPABILITY_AUTO_EXPAND"]
        }

        """)
    #expect(Self.keptSection("Resources", in: conversion)?["Bucket"]?["Count"] != nil)
    #expect(Self.keptSection("Parameters", in: conversion)?["Key"]?["Default"] == nil)
    #expect(
      conversion.file("outputs.tf")?.contents.contains(
        #"value = aws_cloudformation_stack.kept.outputs["Name"]"#) == true)
    #expect(
      conversion.diagnostics.map(\.message) == [
        "the macro 'Count' may rewrite any part of the template: all of it stays in CloudFormation",
        "the default of NoEcho parameter 'Key' is not copied: var.key has no default",
      ])
  }

  @Test("a converted resource between two kept ones stays with them: Terraform could not order it")
  func cycle() {
    let conversion = Self.convert(
      """
      {"Resources": {
         "Thing": {"Type": "AWS::CloudFormation::Macro",
           "Properties": {"Name": "g", "FunctionName": "arn:aws:lambda:us-east-1:123456789012:function:f"}},
         "Fn": {"Type": "AWS::SNS::Topic", "Properties": {"DisplayName": {"Ref": "Thing"}}},
         "Widget": {"Type": "Custom::Widget", "Properties": {"ServiceToken": {"Ref": "Fn"}}},
         "Topic": {"Type": "AWS::SNS::Topic",
           "Properties": {"DisplayName": {"Fn::GetAtt": ["Widget", "Name"]}}}}}
      """)
    #expect(
      MappingProbe.entry("Fn", in: conversion)?.note
        == "kept in CloudFormation: it is in a dependency cycle with resources that stay in CloudFormation; aws_cloudformation_stack.kept deploys it"
    )
    #expect(MappingProbe.entry("Topic", in: conversion)?.status == .transformed)
    #expect(
      Self.keptSection("Resources", in: conversion)?.members?.map(\.key)
        == ["Thing", "Fn", "Widget"])
  }

  @Test("Fn::Transform in a resource keeps it; in an output, the output is computed there")
  func snippetTransforms() {
    let conversion = Self.convert(
      """
      {"Resources": {
         "Bucket": {"Type": "AWS::S3::Bucket", "Properties": {"Tags": [{"Key": "k",
           "Value": {"Fn::Transform": {"Name": "Upper", "Parameters": {"S": "x"}}}}]}},
         "Topic": {"Type": "AWS::SNS::Topic"}},
       "Outputs": {"Day": {"Value": {"Fn::Transform": {"Name": "Date"}}}}}
      """)
    #expect(
      MappingProbe.entry("Bucket", in: conversion)?.note
        == "kept in CloudFormation: the macro 'Upper' rewrites it in CloudFormation; aws_cloudformation_stack.kept deploys it"
    )
    #expect(MappingProbe.entry("Topic", in: conversion)?.status == .transformed)
    #expect(Self.keptSection("Outputs", in: conversion)?["Day"] != nil)
    #expect(
      conversion.file("outputs.tf")?.contents.contains(
        #"value = aws_cloudformation_stack.kept.outputs["Day"]"#) == true)
  }

  @Test("with --no-fallback, what has no mapping and every macro is an error")
  func noFallback() {
    var options = ConversionOptions()
    options.fallback = false
    let conversion = Self.convert(
      """
      {"Transform": "AWS::Serverless-2016-10-31",
       "Resources": {"Widget": {"Type": "Custom::Widget", "Properties": {"ServiceToken": "x"}}}}
      """, options: options)
    #expect(conversion.files.isEmpty)
    #expect(
      conversion.diagnostics.filter(\.isError).map(\.message) == [
        "the macro 'AWS::Serverless-2016-10-31' rewrites the template in CloudFormation; Terraform cannot run it",
        "unsupported resource type 'Custom::Widget'",
      ])
  }

  @Test(
    "each module above validates, and each kept template without a user macro passes cfn-lint",
    .enabled(if: Repository.canValidate, "needs terraform, its provider mirror and tf-validate"))
  func oracles() throws {
    let templates = [
      Self.partial,
      #"{"Transform": "Count", "Resources": {"B": {"Type": "AWS::S3::Bucket", "Count": 2}}}"#,
      """
      {"Transform": "AWS::Serverless-2016-10-31", "Resources": {
         "Api": {"Type": "AWS::Serverless::Function", "Properties": {"Runtime": "python3.12",
           "Handler": "index.handler", "InlineCode": "x"}},
         "Logs": {"Type": "AWS::Logs::LogGroup",
           "Properties": {"LogGroupName": {"Fn::Sub": "/aws/lambda/${Api}"}}}}}
      """,
    ]
    var directories: [URL] = []
    defer { for directory in directories { try? FileManager.default.removeItem(at: directory) } }
    for (index, text) in templates.enumerated() {
      let directory = try Repository.temporaryDirectory("kept\(index)")
      directories.append(directory)
      try Repository.write(Self.convert(text).files, to: directory)
    }
    let (status, output) = try Repository.validate(directories)
    #expect(status == 0, "\(output)")
    guard CFNLint.path != nil else { return }
    // cfn-lint cannot run a user's macro (Count): it lints the others.
    for directory in [directories[0], directories[2]] {
      let findings = try CFNLint.findings([ModuleBuilder.keptTemplatePath], in: directory)
      #expect(findings.total == 0, "\(directory.lastPathComponent): \(findings)")
    }
  }
}
