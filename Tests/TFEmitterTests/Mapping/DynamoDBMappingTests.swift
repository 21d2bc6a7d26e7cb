import Testing

@testable import TFEmitter

@Suite("DynamoDB mappings")
struct DynamoDBMappingTests {
  static let onDemand = #"{"OnDemand": {"Fn::Equals": [{"Ref": "Mode"}, "on-demand"]}}"#
  static let tables = """
    {"Orders": {"Type": "AWS::DynamoDB::Table", "Properties": {
       "TableName": "orders", "BillingMode": {"Fn::If": ["OnDemand", "PAY_PER_REQUEST", "PROVISIONED"]},
       "AttributeDefinitions": [{"AttributeName": "pk", "AttributeType": "S"},
         {"AttributeName": "sk", "AttributeType": "S"}, {"AttributeName": "gsi", "AttributeType": "N"}],
       "KeySchema": [{"AttributeName": "pk", "KeyType": "HASH"}, {"AttributeName": "sk", "KeyType": "RANGE"}],
       "ProvisionedThroughput": {"Fn::If": ["OnDemand", {"Ref": "AWS::NoValue"},
         {"ReadCapacityUnits": "5", "WriteCapacityUnits": "5"}]},
       "GlobalSecondaryIndexes": [{"IndexName": "by-gsi",
         "KeySchema": [{"AttributeName": "gsi", "KeyType": "HASH"}],
         "Projection": {"ProjectionType": "INCLUDE", "NonKeyAttributes": ["total"]},
         "ProvisionedThroughput": {"Fn::If": ["OnDemand", {"Ref": "AWS::NoValue"},
           {"ReadCapacityUnits": 1, "WriteCapacityUnits": 1}]}}],
       "LocalSecondaryIndexes": [{"IndexName": "by-pk-gsi",
         "KeySchema": [{"AttributeName": "pk", "KeyType": "HASH"}, {"AttributeName": "gsi", "KeyType": "RANGE"}],
         "Projection": {"ProjectionType": "KEYS_ONLY"}}],
       "TimeToLiveSpecification": {"AttributeName": "expires", "Enabled": true},
       "PointInTimeRecoverySpecification": {"PointInTimeRecoveryEnabled": true},
       "SSESpecification": {"SSEEnabled": true, "SSEType": "KMS", "KMSMasterKeyId": {"Ref": "Key"}},
       "StreamSpecification": {"StreamViewType": "NEW_AND_OLD_IMAGES"},
       "ContributorInsightsSpecification": {"Enabled": true},
       "TableClass": "STANDARD", "DeletionProtectionEnabled": true,
       "Tags": [{"Key": "app", "Value": "shop"}]}},
     "Key": {"Type": "AWS::KMS::Key", "Properties": {"Description": "orders"}},
     "Legacy": {"Type": "AWS::DynamoDB::Table", "Properties": {
       "KeySchema": {"HashKeyElement": {"AttributeName": "id", "AttributeType": "S"},
                     "RangeKeyElement": {"AttributeName": "at", "AttributeType": "N"}},
       "ProvisionedThroughput": {"ReadCapacityUnits": 1, "WriteCapacityUnits": 1}}}}
    """
  static let mode = #"{"Mode": {"Type": "String", "Default": "on-demand"}}"#

  static func convert() -> Conversion {
    MappingProbe.convert(resources: tables, parameters: mode, conditions: onDemand)
  }

  @Test("key schema, indexes, throughput that is null on demand, and the table's settings")
  func table() {
    let conversion = Self.convert()
    #expect(MappingProbe.messages(conversion) == [])
    #expect(
      MappingProbe.block("aws_dynamodb_table.orders", in: conversion) == """
        # Orders (AWS::DynamoDB::Table)
        resource "aws_dynamodb_table" "orders" {
          name                        = "orders"
          billing_mode                = local.on_demand ? "PAY_PER_REQUEST" : "PROVISIONED"
          hash_key                    = "pk"
          range_key                   = "sk"
          read_capacity               = local.on_demand ? null : 5
          write_capacity              = local.on_demand ? null : 5
          table_class                 = "STANDARD"
          deletion_protection_enabled = true
          stream_enabled              = true
          stream_view_type            = "NEW_AND_OLD_IMAGES"
          tags = {
            app = "shop"
          }

          attribute {
            name = "pk"
            type = "S"
          }
          attribute {
            name = "sk"
            type = "S"
          }
          attribute {
            name = "gsi"
            type = "N"
          }

          global_secondary_index {
            name               = "by-gsi"
            hash_key           = "gsi"
            projection_type    = "INCLUDE"
            non_key_attributes = ["total"]
            read_capacity      = local.on_demand ? null : 1
            write_capacity     = local.on_demand ? null : 1
          }

          local_secondary_index {
            name            = "by-pk-gsi"
            range_key       = "gsi"
            projection_type = "KEYS_ONLY"
          }

          ttl {
            attribute_name = "expires"
            enabled        = true
          }

          point_in_time_recovery {
            enabled = true
          }

          server_side_encryption {
            enabled     = true
            kms_key_arn = aws_kms_key.key.arn
          }
        }

        """)
    #expect(
      MappingProbe.block("aws_dynamodb_contributor_insights.orders", in: conversion) == """
        # Orders.ContributorInsightsSpecification (AWS::DynamoDB::Table)
        resource "aws_dynamodb_contributor_insights" "orders" {
          table_name = aws_dynamodb_table.orders.name
        }

        """)
    #expect(
      MappingProbe.entry("Orders.Properties.ProvisionedThroughput", in: conversion)?.note
        == "its fields became arguments, each null when the Fn::If says so")
    #expect(
      MappingProbe.entry("Orders.Properties.SSESpecification.KMSMasterKeyId", in: conversion)?.note
        == "Ref to the key (its id) became its arn")
  }

  @Test("the 2012 key schema form carries its attribute types; a table without a name gets one")
  func legacyKeySchema() {
    #expect(
      MappingProbe.block("aws_dynamodb_table.legacy", in: Self.convert()) == """
        # Legacy (AWS::DynamoDB::Table)
        resource "aws_dynamodb_table" "legacy" {
          # cfn2tf: 'TableName' is not set: CloudFormation names it <stack>-Legacy-<suffix>;
          # var.physical_names keeps the live name when a stack is adopted
          name           = lookup(var.physical_names, "Legacy", "${var.stack_name}-Legacy")
          hash_key       = "id"
          range_key      = "at"
          read_capacity  = 1
          write_capacity = 1

          attribute {
            name = "id"
            type = "S"
          }
          attribute {
            name = "at"
            type = "N"
          }
        }

        """)
  }

  @Test("Ref is the name; GetAtt Arn and StreamArn")
  func attributes() {
    let mapping = DynamoDB.table
    #expect(mapping.refAttribute == "name")
    #expect(mapping.attributes == ["Arn": "arn", "StreamArn": "stream_arn"])
    #expect(
      MappingProbe.importID("Orders", resources: Self.tables, physicalId: "orders") == "orders")
  }

  @Test(
    "every DynamoDB feature converts to a module terraform validates",
    .enabled(if: Repository.canValidate, "needs terraform, its provider mirror and tf-validate"))
  func oracle() throws {
    let (status, output) = try MappingProbe.validate(Self.convert(), label: "dynamodb")
    #expect(status == 0, "\(output)")
  }
}
