import Testing

@testable import TFEmitter

@Suite("EventSchemas mappings")
struct EventSchemasMappingTests {
  static let resources = #"""
    {"Registry": {"Type": "AWS::EventSchemas::Registry", "Properties": {"RegistryName": "orders",
       "Description": "order events", "Tags": [{"Key": "team", "Value": "orders"}]}},
     "Unnamed": {"Type": "AWS::EventSchemas::Registry"},
     "Placed": {"Type": "AWS::EventSchemas::Schema", "Properties": {
       "RegistryName": {"Fn::GetAtt": ["Registry", "RegistryName"]}, "SchemaName": "OrderPlaced",
       "Type": "OpenApi3", "Description": "an order was placed",
       "Content": "{\"openapi\": \"3.0.0\", \"info\": {\"version\": \"1.0.0\", \"title\": \"OrderPlaced\"}, \"paths\": {}}"}},
     "Generated": {"Type": "AWS::EventSchemas::Schema", "Properties": {"RegistryName": "orders",
       "Type": "JSONSchemaDraft4", "Content": "{}"}},
     "Discover": {"Type": "AWS::EventSchemas::Discoverer", "Properties": {
       "SourceArn": "arn:aws:events:us-east-1:123456789012:event-bus/default",
       "Description": "default bus", "CrossAccount": true,
       "Tags": [{"Key": "team", "Value": "orders"}]}},
     "Policy": {"Type": "AWS::EventSchemas::RegistryPolicy", "Properties": {
       "RegistryName": {"Fn::GetAtt": ["Registry", "RegistryName"]},
       "Policy": {"Version": "2012-10-17", "Statement": [{"Sid": "Read", "Effect": "Allow",
         "Principal": {"AWS": "arn:aws:iam::111122223333:root"},
         "Action": "schemas:DescribeSchema",
         "Resource": {"Fn::GetAtt": ["Registry", "RegistryArn"]}}]}}}}
    """#

  static func convert() -> Conversion {
    Converter.convert(
      """
      {"Resources": \(resources),
       "Outputs": {"Registry": {"Value": {"Ref": "Registry"}},
         "RegistryName": {"Value": {"Fn::GetAtt": ["Registry", "RegistryName"]}},
         "Schema": {"Value": {"Ref": "Placed"}},
         "Version": {"Value": {"Fn::GetAtt": ["Placed", "SchemaVersion"]}},
         "Discoverer": {"Value": {"Ref": "Discover"}},
         "DiscovererId": {"Value": {"Fn::GetAtt": ["Discover", "DiscovererId"]}}}}
      """, fileName: "t.json")
  }

  @Test("registries and schemas, generated names read from the ARN CloudFormation lists")
  func registriesAndSchemas() {
    let conversion = Self.convert()
    #expect(MappingProbe.messages(conversion) == [])
    #expect(
      MappingProbe.block("aws_schemas_registry.registry", in: conversion) == """
        # Registry (AWS::EventSchemas::Registry)
        resource "aws_schemas_registry" "registry" {
          name        = "orders"
          description = "order events"
          tags = {
            team = "orders"
          }
        }

        """)
    #expect(
      MappingProbe.block("aws_schemas_registry.unnamed", in: conversion) == #"""
        # Unnamed (AWS::EventSchemas::Registry)
        resource "aws_schemas_registry" "unnamed" {
          # cfn2tf: 'RegistryName' is not set: CloudFormation names it <stack>-Unnamed-<suffix>;
          # var.physical_names keeps the live name when a stack is adopted (its physical id, less what is not the name)
          name = replace(lookup(var.physical_names, "Unnamed", "${var.stack_name}-Unnamed"), "/^arn:.*:registry//", "")
        }

        """#)
    #expect(
      MappingProbe.block("aws_schemas_schema.placed", in: conversion) == #"""
        # Placed (AWS::EventSchemas::Schema)
        resource "aws_schemas_schema" "placed" {
          name          = "OrderPlaced"
          registry_name = aws_schemas_registry.registry.name
          type          = "OpenApi3"
          description   = "an order was placed"
          content       = "{\"openapi\": \"3.0.0\", \"info\": {\"version\": \"1.0.0\", \"title\": \"OrderPlaced\"}, \"paths\": {}}"
        }

        """#)
    #expect(
      MappingProbe.mainFile(conversion).contains(
        #"name          = replace(lookup(var.physical_names, "Generated", "${var.stack_name}-Generated"), "/^arn:.*:schema/[^/]*//", "")"#
      ))
  }

  @Test("discoverers and registry policies")
  func discoverersAndPolicies() {
    let conversion = Self.convert()
    #expect(
      MappingProbe.block("aws_schemas_discoverer.discover", in: conversion) == """
        # Discover (AWS::EventSchemas::Discoverer)
        # cfn2tf: 'CrossAccount' is dropped: true is what EventBridge does without it
        resource "aws_schemas_discoverer" "discover" {
          source_arn  = "arn:aws:events:us-east-1:123456789012:event-bus/default"
          description = "default bus"
          tags = {
            team = "orders"
          }
        }

        """)
    #expect(
      MappingProbe.block("aws_schemas_registry_policy.policy", in: conversion) == """
        # Policy (AWS::EventSchemas::RegistryPolicy)
        resource "aws_schemas_registry_policy" "policy" {
          registry_name = aws_schemas_registry.registry.name
          policy = jsonencode({
            Version = "2012-10-17"
            Statement = [
              {
                Sid    = "Read"
                Effect = "Allow"
                Principal = {
                  AWS = "arn:aws:iam::111122223333:root"
                }
                Action   = "schemas:DescribeSchema"
                Resource = aws_schemas_registry.registry.arn
              },
            ]
          })
        }

        """)
    let off = MappingProbe.convert(
      resources: """
        {"D": {"Type": "AWS::EventSchemas::Discoverer", "Properties": {"SourceArn": "a",
          "CrossAccount": false}}}
        """)
    #expect(MappingProbe.entry("D.Properties.CrossAccount", in: off)?.status == .unsupported)
  }

  @Test("Ref is the ARN; GetAtt names, the schema version, the discoverer id")
  func references() {
    let outputs = Self.convert().file("outputs.tf")?.contents ?? ""
    for value in [
      "aws_schemas_registry.registry.arn", "aws_schemas_registry.registry.name",
      "aws_schemas_schema.placed.arn", "aws_schemas_schema.placed.version",
      "aws_schemas_discoverer.discover.arn", "aws_schemas_discoverer.discover.id",
    ] {
      #expect(outputs.contains("value = \(value)\n"), "\(value)")
    }
  }

  @Test(
    "EventBridge schema resources convert to a module terraform validates",
    .enabled(if: Repository.canValidate, "needs terraform, its provider mirror and tf-validate"))
  func oracle() throws {
    let (status, output) = try MappingProbe.validate(Self.convert(), label: "eventschemas")
    #expect(status == 0, "\(output)")
  }
}

extension EventSchemas: ImportCaseProvider {
  static let arn = "arn:aws:schemas:us-east-1:123456789012"

  static let importIds = [
    "Registry": "\(arn):registry/orders", "Unnamed": "\(arn):registry/web-Unnamed-1A2B3C",
    "Placed": "\(arn):schema/orders/OrderPlaced",
    "Generated": "\(arn):schema/orders/web-Generated-1A2B3C",
    "Discover": "\(arn):discoverer/events-event-bus-default", "Policy": "policy-1a2b3c",
  ]

  static func schemas(_ address: String, _ origin: String, _ expected: ImportCase.Expectation)
    -> ImportCase
  {
    ImportCase(
      address: address, origin: origin, resources: EventSchemasMappingTests.resources,
      physicalIds: importIds, expected: expected)
  }

  /// Registries by name, schemas as `<name>/<registry>`, discoverers by id, all read from ARNs;
  /// a registry policy by its registry's name.
  static var importCases: [ImportCase] {
    [
      schemas("aws_schemas_registry.registry", "Registry", .id("orders")),
      schemas("aws_schemas_registry.unnamed", "Unnamed", .id("web-Unnamed-1A2B3C")),
      schemas("aws_schemas_schema.placed", "Placed", .id("OrderPlaced/orders")),
      schemas("aws_schemas_schema.generated", "Generated", .id("web-Generated-1A2B3C/orders")),
      schemas("aws_schemas_discoverer.discover", "Discover", .id("events-event-bus-default")),
      schemas("aws_schemas_registry_policy.policy", "Policy", .id("orders")),
    ]
  }
}
