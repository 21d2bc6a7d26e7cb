import Foundation
import Testing

@testable import TFEmitter

@Suite("Lambda mappings")
struct LambdaMappingTests {
  static let resources = #"""
    {"Role": {"Type": "AWS::IAM::Role", "Properties": {"AssumeRolePolicyDocument": {
       "Version": "2012-10-17", "Statement": [{"Effect": "Allow",
       "Principal": {"Service": "lambda.amazonaws.com"}, "Action": "sts:AssumeRole"}]}}},
     "Handler": {"Type": "AWS::Lambda::Function", "Properties": {
       "Code": {"ZipFile": "import cfnresponse\ndef handler(event, context):\n    cfnresponse.send(event, context, cfnresponse.SUCCESS, {})\n"},
       "Handler": "index.handler", "Role": {"Fn::GetAtt": ["Role", "Arn"]},
       "Runtime": "python3.12", "Timeout": 30,
       "Environment": {"Variables": {"TABLE": "orders", "API_TOKEN": "abc123"}},
       "VpcConfig": {"SubnetIds": ["subnet-1"]},
       "TracingConfig": {},
       "LoggingConfig": {"LogGroup": "/app/handler"},
       "RuntimeManagementConfig": {"UpdateRuntimeOn": "FunctionUpdate"},
       "RecursiveLoop": "Allow",
       "Tags": [{"Key": "app", "Value": "orders"}]}},
     "Stored": {"Type": "AWS::Lambda::Function", "Properties": {"FunctionName": "stored",
       "Code": {"S3Bucket": "artifacts", "S3Key": "stored.zip", "S3ObjectVersion": "3"},
       "Handler": "main.handler", "Role": {"Fn::GetAtt": ["Role", "Arn"]}, "Runtime": "nodejs20.x",
       "MemorySize": 256, "ReservedConcurrentExecutions": 5, "Layers": [{"Ref": "Layer"}],
       "DeadLetterConfig": {"TargetArn": "arn:aws:sqs:us-east-1:123456789012:dlq"},
       "EphemeralStorage": {"Size": 1024}, "SnapStart": {"ApplyOn": "None"},
       "Architectures": ["arm64"]}},
     "Version": {"Type": "AWS::Lambda::Version", "Properties": {
       "FunctionName": {"Ref": "Stored"}, "Description": "first",
       "ProvisionedConcurrencyConfig": {"ProvisionedConcurrentExecutions": 2}}},
     "Live": {"Type": "AWS::Lambda::Alias", "Properties": {"FunctionName": {"Ref": "Stored"},
       "FunctionVersion": {"Fn::GetAtt": ["Version", "Version"]}, "Name": "live",
       "RoutingConfig": {"AdditionalVersionWeights": [{"FunctionVersion": "1",
         "FunctionWeight": 0.1}]}}},
     "Invoke": {"Type": "AWS::Lambda::Permission", "Properties": {
       "FunctionName": {"Fn::GetAtt": ["Handler", "Arn"]}, "Action": "lambda:InvokeFunction",
       "Principal": "s3.amazonaws.com", "SourceAccount": {"Ref": "AWS::AccountId"},
       "SourceArn": "arn:aws:s3:::uploads"}},
     "Url": {"Type": "AWS::Lambda::Url", "Properties": {
       "TargetFunctionArn": {"Fn::GetAtt": ["Stored", "Arn"]}, "AuthType": "AWS_IAM",
       "Cors": {"AllowOrigins": ["https://example.com"], "MaxAge": 60}}},
     "Async": {"Type": "AWS::Lambda::EventInvokeConfig", "Properties": {
       "FunctionName": {"Ref": "Stored"}, "Qualifier": "$LATEST", "MaximumRetryAttempts": 0,
       "DestinationConfig": {"OnFailure": {
         "Destination": "arn:aws:sqs:us-east-1:123456789012:failed"}}}},
     "Queue": {"Type": "AWS::Lambda::EventSourceMapping", "Properties": {
       "FunctionName": {"Ref": "Stored"},
       "EventSourceArn": "arn:aws:kinesis:us-east-1:123456789012:stream/orders",
       "StartingPosition": "AT_TIMESTAMP", "StartingPositionTimestamp": 1700000000,
       "BatchSize": 100, "MaximumRetryAttempts": 2,
       "FilterCriteria": {"Filters": [{"Pattern": "{\"data\": {\"kind\": [\"order\"]}}"}]},
       "DestinationConfig": {"OnFailure": {
         "Destination": "arn:aws:sqs:us-east-1:123456789012:failed"}}}},
     "Layer": {"Type": "AWS::Lambda::LayerVersion", "Properties": {
       "Content": {"S3Bucket": "artifacts", "S3Key": "layer.zip"},
       "CompatibleRuntimes": ["nodejs20.x"]}},
     "Share": {"Type": "AWS::Lambda::LayerVersionPermission", "Properties": {
       "LayerVersionArn": {"Ref": "Layer"}, "Action": "lambda:GetLayerVersion",
       "Principal": "123456789012"}}}
    """#

  static func convert() -> Conversion {
    Converter.convert(
      """
      {"Resources": \(resources),
       "Outputs": {"Name": {"Value": {"Ref": "Handler"}},
                   "Arn": {"Value": {"Fn::GetAtt": ["Handler", "Arn"]}},
                   "VersionArn": {"Value": {"Ref": "Version"}},
                   "VersionNumber": {"Value": {"Fn::GetAtt": ["Version", "Version"]}},
                   "Alias": {"Value": {"Ref": "Live"}},
                   "Url": {"Value": {"Fn::GetAtt": ["Url", "FunctionUrl"]}},
                   "Mapping": {"Value": {"Ref": "Queue"}},
                   "Layer": {"Value": {"Ref": "Layer"}},
                   "Statement": {"Value": {"Fn::GetAtt": ["Invoke", "Id"]}}}}
      """, fileName: "t.json")
  }

  /// The entries of a stored zip, read from its central directory: path, bytes, CRC-32 and
  /// Unix mode; nil when the archive is malformed.
  static func entries(_ zip: [UInt8]) -> [(
    path: String, bytes: [UInt8], crc: UInt32, mode: UInt32
  )]? {
    func u16(_ at: Int) -> Int { Int(zip[at]) | Int(zip[at + 1]) << 8 }
    func u32(_ at: Int) -> UInt32 {
      (0..<4).reduce(UInt32(0)) { $0 | UInt32(zip[at + $1]) << (8 * UInt32($1)) }
    }
    let end = zip.count - 22
    guard end >= 0, u32(end) == 0x0605_4B50 else { return nil }
    var at = Int(u32(end + 16))
    var result: [(String, [UInt8], UInt32, UInt32)] = []
    for _ in 0..<u16(end + 10) {
      guard u32(at) == 0x0201_4B50, u16(at + 10) == 0 else { return nil }
      let crc = u32(at + 16)
      let size = Int(u32(at + 24))
      let nameLength = u16(at + 28)
      let local = Int(u32(at + 42))
      let name = String(decoding: zip[(at + 46)..<(at + 46 + nameLength)], as: UTF8.self)
      guard u32(local) == 0x0403_4B50, u32(local + 14) == crc, u16(local + 26) == nameLength
      else { return nil }
      let start = local + 30 + nameLength + u16(local + 28)
      result.append((name, Array(zip[start..<(start + size)]), crc, u32(at + 38) >> 16))
      at += 46 + nameLength + u16(at + 30) + u16(at + 32)
    }
    return result
  }

  @Test("a function with inline code: the code written out and zipped, with cfnresponse")
  func inlineFunction() throws {
    let conversion = Self.convert()
    #expect(
      MappingProbe.messages(conversion) == [
        "the environment variable 'API_TOKEN' of 'Handler' holds a secret in plain text; it becomes the sensitive variable 'handler_api_token'"
      ])
    #expect(
      MappingProbe.block("aws_lambda_function.handler", in: conversion) == """
        # Handler (AWS::Lambda::Function)
        resource "aws_lambda_function" "handler" {
          # cfn2tf: 'FunctionName' is not set: CloudFormation names it <stack>-Handler-<suffix>;
          # var.physical_names keeps the live name when a stack is adopted
          function_name = lookup(var.physical_names, "Handler", "${var.stack_name}-Handler")
          role          = aws_iam_role.role.arn
          runtime       = "python3.12"
          handler       = "index.handler"
          # functions/handler/ holds the inline code; functions/handler.zip is its zip
          filename         = "${path.module}/functions/handler.zip"
          source_code_hash = filebase64sha256("${path.module}/functions/handler.zip")
          timeout          = 30
          tags = {
            app = "orders"
          }

          environment {
            variables = {
              TABLE     = "orders"
              API_TOKEN = var.handler_api_token
            }
          }

          vpc_config {
            subnet_ids = ["subnet-1"]
            # no security groups: CloudFormation's default
            security_group_ids = []
          }

          tracing_config {
            # CloudFormation's default
            mode = "PassThrough"
          }

          logging_config {
            log_group = "/app/handler"
            # CloudFormation's default
            log_format = "Text"
          }
        }

        """)
    #expect(
      MappingProbe.block("aws_lambda_runtime_management_config.handler", in: conversion) == """
        # Handler.RuntimeManagementConfig (AWS::Lambda::Function)
        resource "aws_lambda_runtime_management_config" "handler" {
          function_name     = aws_lambda_function.handler.function_name
          qualifier         = "$LATEST"
          update_runtime_on = "FunctionUpdate"
        }

        """)
    #expect(
      MappingProbe.block("aws_lambda_function_recursion_config.handler", in: conversion) == """
        # Handler.RecursiveLoop (AWS::Lambda::Function)
        resource "aws_lambda_function_recursion_config" "handler" {
          function_name  = aws_lambda_function.handler.function_name
          recursive_loop = "Allow"
        }

        """)
    let code =
      "import cfnresponse\ndef handler(event, context):\n"
      + "    cfnresponse.send(event, context, cfnresponse.SUCCESS, {})\n"
    #expect(conversion.file("functions/handler/index.py")?.contents == code)
    #expect(
      conversion.file("functions/handler/cfnresponse.py")?.contents
        == Lambda.ResponseModule.python)
    let zip = try #require(conversion.file("functions/handler.zip")?.binary)
    let entries = try #require(Self.entries(zip))
    #expect(entries.map(\.path) == ["index.py", "cfnresponse.py"])
    #expect(
      entries.map { String(decoding: $0.bytes, as: UTF8.self) } == [
        code, Lambda.ResponseModule.python,
      ])
    #expect(entries.allSatisfy { $0.crc == Lambda.Archive.crc32($0.bytes) && $0.mode == 0o100644 })
    let variables = conversion.file("variables.tf")?.contents ?? ""
    #expect(variables.contains("variable \"handler_api_token\""))
    #expect(variables.contains("sensitive   = true"))
    #expect(!conversion.files.contains { $0.contents.contains("abc123") })
    let secret = MappingProbe.entry("Handler.Properties.Environment.Variables", in: conversion)
    #expect(secret?.sourceValue == Redaction.placeholder)
  }

  @Test("the zip is the same bytes on every run, and its CRC-32 is the standard one")
  func archive() {
    #expect(Lambda.Archive.crc32(Array("123456789".utf8)) == 0xCBF4_3926)
    #expect(Lambda.Archive.crc32([]) == 0)
    let entries = [Lambda.Archive.Entry(path: "index.js", bytes: Array("exports.h = 1;\n".utf8))]
    let zip = Lambda.Archive.zip(entries)
    #expect(zip == Lambda.Archive.zip(entries))
    #expect(zip.count == 30 + 8 + 15 + 46 + 8 + 22)
    #expect(Self.entries(zip)?.first?.bytes == entries[0].bytes)
    #expect(
      Self.convert().file("functions/handler.zip") == Self.convert().file("functions/handler.zip"))
  }

  static func nodeFunction(_ code: String, runtime: String = "nodejs20.x") -> Conversion {
    let escaped = code.replacing("\\", with: "\\\\").replacing("\"", with: "\\\"")
      .replacing("\n", with: "\\n")
    return MappingProbe.convert(
      resources: """
        {"Fn": {"Type": "AWS::Lambda::Function", "Properties": {"Code": {"ZipFile": "\(escaped)"},
          "Handler": "index.handler", "Role": "arn:aws:iam::123456789012:role/r",
          "Runtime": "\(runtime)"}}}
        """)
  }

  @Test("Node.js code: index.js, with cfn-response in node_modules only when it is required")
  func nodeCode() throws {
    let required = Self.nodeFunction(
      "const response = require('cfn-response');\nexports.handler = (e, c) => response.send(e, c, response.SUCCESS, {});\n"
    )
    let zip = try #require(required.file("functions/fn.zip")?.binary)
    #expect(Self.entries(zip)?.map(\.path) == ["index.js", "node_modules/cfn-response/index.js"])
    let plain = Self.nodeFunction("exports.handler = async () => 'ok';\n")
    #expect(Self.entries(plain.file("functions/fn.zip")?.binary ?? [])?.map(\.path) == ["index.js"])
    let module = Self.nodeFunction(
      "import response from 'cfn-response';\nexport const handler = async () => 'ok';\n")
    #expect(
      Self.entries(module.file("functions/fn.zip")?.binary ?? [])?.map(\.path) == [
        "index.mjs", "node_modules/cfn-response/index.js",
      ])
    #expect(!Lambda.ResponseModule.importsPython("# cfnresponse is not used\nimport json\n"))
    #expect(Lambda.ResponseModule.importsPython("import sys, cfnresponse\n"))
  }

  @Test("inline code that cannot be zipped here is not converted, with the reason")
  func unzippableCode() {
    let computed = MappingProbe.convert(
      resources: """
        {"Fn": {"Type": "AWS::Lambda::Function", "Properties": {
          "Code": {"ZipFile": {"Fn::Sub": "print('${AWS::Region}')"}},
          "Handler": "index.handler", "Role": "r", "Runtime": "python3.12"}}}
        """)
    #expect(MappingProbe.entry("Fn.Properties.Code.ZipFile", in: computed)?.status == .unsupported)
    #expect(computed.files.allSatisfy { !$0.path.hasPrefix("functions/") })
    let ruby = Self.nodeFunction("puts 1\n", runtime: "ruby3.3")
    #expect(MappingProbe.entry("Fn.Properties.Code.ZipFile", in: ruby)?.status == .unsupported)
  }

  @Test("a function from S3 with its version (a data source, publish = true) and alias")
  func versionAndAlias() {
    let conversion = Self.convert()
    #expect(
      MappingProbe.block("aws_lambda_function.stored", in: conversion) == """
        # Stored (AWS::Lambda::Function)
        resource "aws_lambda_function" "stored" {
          function_name                  = "stored"
          role                           = aws_iam_role.role.arn
          runtime                        = "nodejs20.x"
          handler                        = "main.handler"
          s3_bucket                      = "artifacts"
          s3_key                         = "stored.zip"
          s3_object_version              = "3"
          architectures                  = ["arm64"]
          memory_size                    = 256
          reserved_concurrent_executions = 5
          layers                         = [aws_lambda_layer_version.layer.arn]
          # Version (AWS::Lambda::Version): Terraform publishes a version on every change of
          # the code or configuration, where CloudFormation publishes one per Version resource
          publish = true

          dead_letter_config {
            target_arn = "arn:aws:sqs:us-east-1:123456789012:dlq"
          }

          ephemeral_storage {
            size = 1024
          }

          snap_start {
            apply_on = "None"
          }
        }

        """)
    #expect(
      MappingProbe.block("data.aws_lambda_function.version", in: conversion) == """
        # Version (AWS::Lambda::Version)
        # cfn2tf: 'Description' is dropped: Terraform publishes versions without a description of their own; set one with 'aws lambda publish-version' if it matters
        data "aws_lambda_function" "version" {
          function_name = aws_lambda_function.stored.function_name
          # the version Terraform publishes (publish = true on the function)
          qualifier = aws_lambda_function.stored.version
        }

        """)
    #expect(
      MappingProbe.block("aws_lambda_provisioned_concurrency_config.version", in: conversion) == """
        # Version.ProvisionedConcurrencyConfig (AWS::Lambda::Version)
        resource "aws_lambda_provisioned_concurrency_config" "version" {
          function_name                     = data.aws_lambda_function.version.function_name
          qualifier                         = data.aws_lambda_function.version.version
          provisioned_concurrent_executions = 2
        }

        """)
    #expect(
      MappingProbe.block("aws_lambda_alias.live", in: conversion) == """
        # Live (AWS::Lambda::Alias)
        resource "aws_lambda_alias" "live" {
          name             = "live"
          function_name    = aws_lambda_function.stored.function_name
          function_version = data.aws_lambda_function.version.version

          routing_config {
            additional_version_weights = {
              "1" = 0.1
            }
          }
        }

        """)
  }

  @Test("permissions, URLs, event invoke configurations, event source mappings and layers")
  func otherTypes() {
    let conversion = Self.convert()
    #expect(
      MappingProbe.block("aws_lambda_permission.invoke", in: conversion) == """
        # Invoke (AWS::Lambda::Permission)
        resource "aws_lambda_permission" "invoke" {
          function_name  = aws_lambda_function.handler.arn
          action         = "lambda:InvokeFunction"
          principal      = "s3.amazonaws.com"
          source_account = data.aws_caller_identity.current.account_id
          source_arn     = "arn:aws:s3:::uploads"
        }

        """)
    #expect(
      MappingProbe.block("aws_lambda_function_url.url", in: conversion) == """
        # Url (AWS::Lambda::Url)
        resource "aws_lambda_function_url" "url" {
          function_name      = aws_lambda_function.stored.arn
          authorization_type = "AWS_IAM"

          cors {
            allow_origins = ["https://example.com"]
            max_age       = 60
          }
        }

        """)
    #expect(
      MappingProbe.block("aws_lambda_function_event_invoke_config.async", in: conversion) == """
        # Async (AWS::Lambda::EventInvokeConfig)
        resource "aws_lambda_function_event_invoke_config" "async" {
          function_name          = aws_lambda_function.stored.function_name
          qualifier              = "$LATEST"
          maximum_retry_attempts = 0

          destination_config {
            on_failure {
              destination = "arn:aws:sqs:us-east-1:123456789012:failed"
            }
          }
        }

        """)
    #expect(
      MappingProbe.block("aws_lambda_event_source_mapping.queue", in: conversion) == #"""
        # Queue (AWS::Lambda::EventSourceMapping)
        resource "aws_lambda_event_source_mapping" "queue" {
          function_name               = aws_lambda_function.stored.function_name
          event_source_arn            = "arn:aws:kinesis:us-east-1:123456789012:stream/orders"
          batch_size                  = 100
          starting_position           = "AT_TIMESTAMP"
          starting_position_timestamp = "2023-11-14T22:13:20Z"
          maximum_retry_attempts      = 2

          destination_config {
            on_failure {
              destination_arn = "arn:aws:sqs:us-east-1:123456789012:failed"
            }
          }

          filter_criteria {
            filter {
              pattern = "{\"data\": {\"kind\": [\"order\"]}}"
            }
          }
        }

        """#)
    #expect(
      MappingProbe.block("aws_lambda_layer_version.layer", in: conversion) == """
        # Layer (AWS::Lambda::LayerVersion)
        resource "aws_lambda_layer_version" "layer" {
          # cfn2tf: 'LayerName' is not set: CloudFormation names it <stack>-Layer-<suffix>;
          # var.physical_names keeps the live name when a stack is adopted
          layer_name          = lookup(var.physical_names, "Layer", "${var.stack_name}-Layer")
          s3_bucket           = "artifacts"
          s3_key              = "layer.zip"
          compatible_runtimes = ["nodejs20.x"]
        }

        """)
    #expect(
      MappingProbe.block("aws_lambda_layer_version_permission.share", in: conversion) == """
        # Share (AWS::Lambda::LayerVersionPermission)
        resource "aws_lambda_layer_version_permission" "share" {
          layer_name     = aws_lambda_layer_version.layer.layer_arn
          version_number = aws_lambda_layer_version.layer.version
          action         = "lambda:GetLayerVersion"
          principal      = "123456789012"
          # CloudFormation generates the statement id; the logical id stands in
          statement_id = "Share"
        }

        """)
    #expect(Lambda.rfc3339(seconds: 0) == "1970-01-01T00:00:00Z")
    #expect(Lambda.rfc3339(seconds: 951_782_400) == "2000-02-29T00:00:00Z")
  }

  @Test("Ref and GetAtt of functions, versions, aliases, URLs, mappings, layers, permissions")
  func references() {
    let outputs = Self.convert().file("outputs.tf")?.contents ?? ""
    for value in [
      "aws_lambda_function.handler.function_name", "aws_lambda_function.handler.arn",
      "data.aws_lambda_function.version.qualified_arn", "data.aws_lambda_function.version.version",
      "aws_lambda_alias.live.arn", "aws_lambda_function_url.url.function_url",
      "aws_lambda_event_source_mapping.queue.uuid", "aws_lambda_layer_version.layer.arn",
      "aws_lambda_permission.invoke.statement_id",
    ] {
      #expect(outputs.contains("value = \(value)\n"), "\(value)")
    }
  }

  @Test("a version kept by DeletionPolicy Retain gets no lifecycle: it is a data source")
  func retainedVersion() {
    let conversion = MappingProbe.convert(
      resources: """
        {"Fn": {"Type": "AWS::Lambda::Function", "Properties": {"FunctionName": "f",
          "Code": {"S3Bucket": "b", "S3Key": "k"}, "Handler": "index.h", "Role": "r",
          "Runtime": "python3.12"}},
         "V": {"Type": "AWS::Lambda::Version", "DeletionPolicy": "Retain",
          "Properties": {"FunctionName": {"Fn::GetAtt": ["Fn", "Arn"]}}}}
        """)
    let block = MappingProbe.block("data.aws_lambda_function.v", in: conversion) ?? ""
    #expect(block.contains("qualifier = aws_lambda_function.fn.version"))
    #expect(!block.contains("lifecycle"))
    let entry = conversion.ledger.entries.first { $0.subject == "V.DeletionPolicy" }
    #expect(entry?.status == .approximated)
  }

  @Test(
    "every Lambda type converts to a module terraform validates",
    .enabled(if: Repository.canValidate, "needs terraform, its provider mirror and tf-validate"))
  func oracle() throws {
    let (status, output) = try MappingProbe.validate(Self.convert(), label: "lambda")
    #expect(status == 0, "\(output)")
  }
}

extension Lambda: ImportCaseProvider {
  static let importIds = [
    "Role": "app-Role-1", "Handler": "app-Handler-1", "Stored": "stored",
    "Version": "arn:aws:lambda:us-east-1:123456789012:function:stored:1",
    "Live": "arn:aws:lambda:us-east-1:123456789012:function:stored:live",
    "Invoke": "app-Invoke-1", "Url": "arn:aws:lambda:us-east-1:123456789012:function:stored",
    "Async": "stored|$LATEST", "Queue": "a1b2c3d4-5678-90ab-cdef-11111EXAMPLE",
    "Layer": "arn:aws:lambda:us-east-1:123456789012:layer:app-Layer-1:1",
    "Share": "arn:aws:lambda:us-east-1:123456789012:layer:app-Layer-1:1#Share",
  ]

  static func lambda(_ address: String, _ origin: String, _ expected: ImportCase.Expectation)
    -> ImportCase
  {
    ImportCase(
      address: address, origin: origin, resources: LambdaMappingTests.resources,
      physicalIds: importIds, expected: expected)
  }

  /// Functions and layers by name or ARN; permissions, aliases, URLs, configurations by the
  /// function as the module names it (an ARN stays an ARN) and their own part.
  static var importCases: [ImportCase] {
    let function = "arn:aws:lambda:us-east-1:123456789012:function:"
    return [
      lambda("aws_lambda_function.handler", "Handler", .id("app-Handler-1")),
      lambda("aws_lambda_function.stored", "Stored", .id("stored")),
      lambda(
        "aws_lambda_runtime_management_config.handler", "Handler", .id("app-Handler-1,$LATEST")),
      lambda("aws_lambda_function_recursion_config.handler", "Handler", .id("app-Handler-1")),
      lambda("aws_lambda_provisioned_concurrency_config.version", "Version", .id("stored,1")),
      lambda("aws_lambda_alias.live", "Live", .id("stored/live")),
      lambda(
        "aws_lambda_permission.invoke", "Invoke", .id("\(function)app-Handler-1/app-Invoke-1")),
      lambda("aws_lambda_function_url.url", "Url", .id("\(function)stored")),
      lambda("aws_lambda_function_event_invoke_config.async", "Async", .id("stored:$LATEST")),
      lambda(
        "aws_lambda_event_source_mapping.queue", "Queue",
        .id("a1b2c3d4-5678-90ab-cdef-11111EXAMPLE")),
      lambda(
        "aws_lambda_layer_version.layer", "Layer",
        .id("arn:aws:lambda:us-east-1:123456789012:layer:app-Layer-1:1")),
      lambda(
        "aws_lambda_layer_version_permission.share", "Share",
        .id("arn:aws:lambda:us-east-1:123456789012:layer:app-Layer-1,1")),
    ]
  }
}
