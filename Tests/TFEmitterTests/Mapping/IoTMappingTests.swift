import Testing

@testable import TFEmitter

@Suite("IoT mappings")
struct IoTMappingTests {
  static let role = "arn:aws:iam::123456789012:role/iot"

  static let resources = #"""
    {"Sensor": {"Type": "AWS::IoT::Thing", "Properties": {"ThingName": "sensor-1",
       "AttributePayload": {"Attributes": {"floor": "2", "room": "kitchen"}}}},
     "Kind": {"Type": "AWS::IoT::ThingType", "Properties": {"ThingTypeName": "thermometer",
       "ThingTypeProperties": {"ThingTypeDescription": "a thermometer",
         "SearchableAttributes": ["floor"]},
       "Tags": [{"Key": "team", "Value": "iot"}]}},
     "Access": {"Type": "AWS::IoT::Policy", "Properties": {"PolicyName": "sensors",
       "PolicyDocument": {"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
         "Action": "iot:Connect", "Resource": "*"}]}}},
     "Cert": {"Type": "AWS::IoT::Certificate", "Properties": {"Status": "ACTIVE",
       "CertificateSigningRequest": {"Ref": "Csr"}}},
     "PolicyToCert": {"Type": "AWS::IoT::PolicyPrincipalAttachment", "Properties": {
       "PolicyName": {"Ref": "Access"}, "Principal": {"Fn::GetAtt": ["Cert", "Arn"]}}},
     "ThingToCert": {"Type": "AWS::IoT::ThingPrincipalAttachment", "Properties": {
       "ThingName": {"Ref": "Sensor"}, "Principal": {"Fn::GetAtt": ["Cert", "Arn"]},
       "ThingPrincipalType": "NON_EXCLUSIVE_THING"}},
     "Readings": {"Type": "AWS::IoT::TopicRule", "Properties": {"RuleName": "readings",
       "TopicRulePayload": {"Sql": "SELECT * FROM 'sensors/+'", "Description": "store readings",
         "Actions": [
           {"Lambda": {"FunctionArn": "arn:aws:lambda:us-east-1:123456789012:function:f"}},
           {"DynamoDBv2": {"RoleArn": "arn:aws:iam::123456789012:role/iot",
             "PutItem": {"TableName": "readings"}}},
           {"Sqs": {"QueueUrl": "https://sqs.us-east-1.amazonaws.com/123456789012/q",
             "RoleArn": "arn:aws:iam::123456789012:role/iot"}},
           {"Http": {"Url": "https://example.com/in", "Headers": [{"Key": "x-src", "Value": "iot"}]}},
           {"Timestream": {"DatabaseName": "db", "TableName": "t",
             "RoleArn": "arn:aws:iam::123456789012:role/iot",
             "Dimensions": [{"Name": "device", "Value": "${clientid()}"}]}}],
         "ErrorAction": {"CloudwatchLogs": {"LogGroupName": "rule-errors",
           "RoleArn": "arn:aws:iam::123456789012:role/iot"}}},
       "Tags": [{"Key": "team", "Value": "iot"}]}},
     "Quiet": {"Type": "AWS::IoT::TopicRule", "Properties": {"TopicRulePayload": {
       "Sql": "SELECT * FROM 'quiet'", "RuleDisabled": true, "AwsIotSqlVersion": "2016-03-23",
       "Actions": [{"Republish": {"Topic": "out", "Qos": 1,
         "RoleArn": "arn:aws:iam::123456789012:role/iot"}}]}}}}
    """#

  static let parameters = #"{"Csr": {"Type": "String"}}"#

  static func convert() -> Conversion {
    Converter.convert(
      """
      {"Parameters": \(parameters), "Resources": \(resources),
       "Outputs": {"Thing": {"Value": {"Ref": "Sensor"}},
         "ThingArn": {"Value": {"Fn::GetAtt": ["Sensor", "Arn"]}},
         "Type": {"Value": {"Ref": "Kind"}},
         "Policy": {"Value": {"Ref": "Access"}},
         "PolicyArn": {"Value": {"Fn::GetAtt": ["Access", "Arn"]}},
         "Certificate": {"Value": {"Ref": "Cert"}},
         "CertificateArn": {"Value": {"Fn::GetAtt": ["Cert", "Arn"]}},
         "Rule": {"Value": {"Ref": "Readings"}},
         "RuleArn": {"Value": {"Fn::GetAtt": ["Readings", "Arn"]}}}}
      """, fileName: "t.json")
  }

  @Test("things, thing types, policies, a certificate from a CSR and their attachments")
  func thingsAndPolicies() {
    let conversion = Self.convert()
    #expect(MappingProbe.messages(conversion) == [])
    #expect(
      MappingProbe.block("aws_iot_thing.sensor", in: conversion) == """
        # Sensor (AWS::IoT::Thing)
        resource "aws_iot_thing" "sensor" {
          name = "sensor-1"
          attributes = {
            floor = "2"
            room  = "kitchen"
          }
        }

        """)
    #expect(
      MappingProbe.block("aws_iot_thing_type.kind", in: conversion) == """
        # Kind (AWS::IoT::ThingType)
        resource "aws_iot_thing_type" "kind" {
          name = "thermometer"
          tags = {
            team = "iot"
          }

          properties {
            description           = "a thermometer"
            searchable_attributes = ["floor"]
          }
        }

        """)
    #expect(
      MappingProbe.block("aws_iot_policy.access", in: conversion) == """
        # Access (AWS::IoT::Policy)
        resource "aws_iot_policy" "access" {
          name = "sensors"
          policy = jsonencode({
            Version = "2012-10-17"
            Statement = [
              {
                Effect   = "Allow"
                Action   = "iot:Connect"
                Resource = "*"
              },
            ]
          })
        }

        """)
    #expect(
      MappingProbe.block("aws_iot_certificate.cert", in: conversion) == """
        # Cert (AWS::IoT::Certificate)
        resource "aws_iot_certificate" "cert" {
          csr    = var.csr
          active = true
        }

        """)
    #expect(
      MappingProbe.block("aws_iot_policy_attachment.policy_to_cert", in: conversion) == """
        # PolicyToCert (AWS::IoT::PolicyPrincipalAttachment)
        resource "aws_iot_policy_attachment" "policy_to_cert" {
          policy = aws_iot_policy.access.name
          target = aws_iot_certificate.cert.arn
        }

        """)
    #expect(
      MappingProbe.block("aws_iot_thing_principal_attachment.thing_to_cert", in: conversion)
        == """
        # ThingToCert (AWS::IoT::ThingPrincipalAttachment)
        # cfn2tf: 'ThingPrincipalType' is dropped: NON_EXCLUSIVE_THING is what IoT does without it
        resource "aws_iot_thing_principal_attachment" "thing_to_cert" {
          thing     = aws_iot_thing.sensor.name
          principal = aws_iot_certificate.cert.arn
        }

        """)
  }

  @Test("a topic rule: each action the block of its kind, the error action, defaults written")
  func topicRule() {
    let conversion = Self.convert()
    #expect(
      MappingProbe.block("aws_iot_topic_rule.readings", in: conversion) == #"""
        # Readings (AWS::IoT::TopicRule)
        resource "aws_iot_topic_rule" "readings" {
          name        = "readings"
          sql         = "SELECT * FROM 'sensors/+'"
          description = "store readings"
          tags = {
            team = "iot"
          }
          # CloudFormation's default
          enabled = true
          # CloudFormation's default
          sql_version = "2015-10-08"

          lambda {
            function_arn = "arn:aws:lambda:us-east-1:123456789012:function:f"
          }

          dynamodbv2 {
            role_arn = "arn:aws:iam::123456789012:role/iot"

            put_item {
              table_name = "readings"
            }
          }

          sqs {
            queue_url = "https://sqs.us-east-1.amazonaws.com/123456789012/q"
            role_arn  = "arn:aws:iam::123456789012:role/iot"
            # CloudFormation's default
            use_base64 = false
          }

          http {
            url = "https://example.com/in"

            http_header {
              key   = "x-src"
              value = "iot"
            }
          }

          timestream {
            database_name = "db"
            table_name    = "t"
            role_arn      = "arn:aws:iam::123456789012:role/iot"

            dimension {
              name  = "device"
              value = "$${clientid()}"
            }
          }

          error_action {
            cloudwatch_logs {
              log_group_name = "rule-errors"
              role_arn       = "arn:aws:iam::123456789012:role/iot"
            }
          }
        }

        """#)
    #expect(
      MappingProbe.entry("Readings.Properties.TopicRulePayload.Actions[2].Sqs", in: conversion)?
        .targetText == "aws_iot_topic_rule.readings.sqs")
    #expect(
      MappingProbe.entry(
        "Readings.Properties.TopicRulePayload.ErrorAction.CloudwatchLogs.LogGroupName",
        in: conversion)?.targetText
        == "aws_iot_topic_rule.readings.error_action.cloudwatch_logs.log_group_name")
  }

  @Test("a disabled rule without a name: enabled negated, a valid generated name")
  func disabledRule() {
    let conversion = Self.convert()
    #expect(
      MappingProbe.block("aws_iot_topic_rule.quiet", in: conversion) == #"""
        # Quiet (AWS::IoT::TopicRule)
        resource "aws_iot_topic_rule" "quiet" {
          # cfn2tf: 'RuleName' is not set: CloudFormation names it <stack>-Quiet-<suffix>;
          # var.physical_names keeps the live name when a stack is adopted
          name        = replace(lookup(var.physical_names, "Quiet", "${var.stack_name}-Quiet"), "-", "_")
          sql         = "SELECT * FROM 'quiet'"
          sql_version = "2016-03-23"
          enabled     = false

          republish {
            topic    = "out"
            qos      = 1
            role_arn = "arn:aws:iam::123456789012:role/iot"
          }
        }

        """#)
    #expect(
      MappingProbe.entry("Quiet.Properties.TopicRulePayload.RuleDisabled", in: conversion)?
        .targetText == "aws_iot_topic_rule.quiet.enabled")
  }

  @Test("every kind of action names arguments and blocks aws_iot_topic_rule has")
  func actionKinds() throws {
    let schema = try #require(ProviderSchema.resource("aws_iot_topic_rule"))
    let errorAction = try #require(schema.block("error_action")?.body)
    for (kind, action) in IoT.actionKinds.sorted(by: { $0.key < $1.key }) {
      for body in [schema, errorAction] {
        let block = try #require(body.block(action.block), "\(kind)")
        #expect(MappingSchemaTests.problems(action.rules, in: block.body, at: kind) == [])
        for (_, argument, _) in action.defaults {
          #expect(block.body.attribute(argument) != nil, "\(kind).\(argument)")
        }
      }
    }
  }

  @Test("what provider 5.100 lacks is reported; a PEM is never written in the module")
  func gapsAndPems() {
    let conversion = MappingProbe.convert(
      resources: """
        {"Rule": {"Type": "AWS::IoT::TopicRule", "Properties": {"RuleName": "r",
           "TopicRulePayload": {"Sql": "SELECT 1", "Actions": [
             {"OpenSearch": {"Endpoint": "https://e", "Id": "i", "Index": "x", "Type": "t",
               "RoleArn": "r"}},
             {"Http": {"Url": "https://e", "Auth": {"Sigv4": {"RoleArn": "r",
               "ServiceName": "s", "SigningRegion": "us-east-1"}}}}]}}},
         "Exclusive": {"Type": "AWS::IoT::ThingPrincipalAttachment", "Properties": {
           "ThingName": "t", "Principal": "p", "ThingPrincipalType": "EXCLUSIVE_THING"}},
         "Kind": {"Type": "AWS::IoT::ThingType", "Properties": {"ThingTypeName": "k",
           "ThingTypeProperties": {"Mqtt5Configuration": {"PropagatingAttributes": []}}}},
         "Registered": {"Type": "AWS::IoT::Certificate", "Properties": {"Status": "INACTIVE",
           "CertificateMode": "SNI_ONLY", "CertificatePem": "-----BEGIN CERTIFICATE-----MIIB"}}}
        """)
    for path in [
      "Rule.Properties.TopicRulePayload.Actions[0].OpenSearch",
      "Rule.Properties.TopicRulePayload.Actions[1].Http.Auth",
      "Exclusive.Properties.ThingPrincipalType",
      "Kind.Properties.ThingTypeProperties.Mqtt5Configuration",
    ] {
      #expect(MappingProbe.entry(path, in: conversion)?.status == .unsupported, "\(path)")
    }
    #expect(
      MappingProbe.block("aws_iot_certificate.registered", in: conversion) == """
        # Registered (AWS::IoT::Certificate)
        # cfn2tf: 'CertificateMode' is dropped: Terraform registers a certificate with its CA (DEFAULT) when ca_pem is set and without one (SNI_ONLY) otherwise, as the template's CACertificatePem says
        resource "aws_iot_certificate" "registered" {
          certificate_pem = var.registered_certificate_pem
          active          = false
        }

        """)
    let variables = conversion.file("variables.tf")?.contents ?? ""
    #expect(variables.contains("registered_certificate_pem"))
    #expect(!variables.contains("MIIB"))
    #expect(
      MappingProbe.entry("Registered.Properties.CertificatePem", in: conversion)?.sourceValue
        == "(sensitive)")
  }

  @Test("Ref and GetAtt: names, ARNs, the certificate id")
  func references() {
    let outputs = Self.convert().file("outputs.tf")?.contents ?? ""
    for value in [
      "aws_iot_thing.sensor.name", "aws_iot_thing.sensor.arn", "aws_iot_thing_type.kind.name",
      "aws_iot_policy.access.name", "aws_iot_policy.access.arn", "aws_iot_certificate.cert.id",
      "aws_iot_certificate.cert.arn", "aws_iot_topic_rule.readings.name",
      "aws_iot_topic_rule.readings.arn",
    ] {
      #expect(outputs.contains("value = \(value)\n"), "\(value)")
    }
  }

  @Test(
    "IoT resources convert to a module terraform validates",
    .enabled(if: Repository.canValidate, "needs terraform, its provider mirror and tf-validate"))
  func oracle() throws {
    let (status, output) = try MappingProbe.validate(Self.convert(), label: "iot")
    #expect(status == 0, "\(output)")
  }
}

extension IoT: ImportCaseProvider {
  static let importIds = [
    "Sensor": "sensor-1", "Kind": "thermometer", "Access": "sensors",
    "Cert": "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
    "PolicyToCert": "sensors|arn:aws:iot:us-east-1:123456789012:cert/0123",
    "ThingToCert": "sensor-1|arn:aws:iot:us-east-1:123456789012:cert/0123",
    "Readings": "readings", "Quiet": "web_Quiet_1A2B3C",
  ]

  static func iot(_ address: String, _ origin: String, _ expected: ImportCase.Expectation)
    -> ImportCase
  {
    ImportCase(
      address: address, origin: origin, resources: IoTMappingTests.resources,
      parameters: IoTMappingTests.parameters, physicalIds: importIds, values: ["Csr": "csr"],
      expected: expected)
  }

  /// Things, types, policies and rules by name; certificates and attachments not imported:
  /// provider 5.100 cannot.
  static var importCases: [ImportCase] {
    [
      iot("aws_iot_thing.sensor", "Sensor", .id("sensor-1")),
      iot("aws_iot_thing_type.kind", "Kind", .id("thermometer")),
      iot("aws_iot_policy.access", "Access", .id("sensors")),
      iot("aws_iot_topic_rule.readings", "Readings", .id("readings")),
      iot("aws_iot_topic_rule.quiet", "Quiet", .id("web_Quiet_1A2B3C")),
      iot("aws_iot_certificate.cert", "Cert", .notImported(certificateImport)),
      iot(
        "aws_iot_policy_attachment.policy_to_cert", "PolicyToCert",
        .notImported(IoT.attachmentImport)),
      iot(
        "aws_iot_thing_principal_attachment.thing_to_cert", "ThingToCert",
        .notImported(IoT.attachmentImport)),
    ]
  }

  /// What imports.tf says about a certificate.
  static var certificateImport: String {
    guard case .notImportable(let reason) = IoT.certificate.importID else { return "" }
    return reason
  }
}
