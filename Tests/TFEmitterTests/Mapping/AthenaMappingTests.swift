import Testing

@testable import TFEmitter

@Suite("Athena mappings")
struct AthenaMappingTests {
  static let resources = """
    {"Analysts": {"Type": "AWS::Athena::WorkGroup", "Properties": {"Name": "analysts",
       "Description": "ad hoc queries", "State": "ENABLED", "RecursiveDeleteOption": true,
       "WorkGroupConfiguration": {"EnforceWorkGroupConfiguration": true,
         "PublishCloudWatchMetricsEnabled": false, "BytesScannedCutoffPerQuery": 10485760,
         "EngineVersion": {"SelectedEngineVersion": "Athena engine version 3"},
         "ResultConfiguration": {"OutputLocation": "s3://query-results/analysts/",
           "EncryptionConfiguration": {"EncryptionOption": "SSE_KMS",
             "KmsKey": "arn:aws:kms:us-east-1:123456789012:key/1"},
           "AclConfiguration": {"S3AclOption": "BUCKET_OWNER_FULL_CONTROL"}},
         "MonitoringConfiguration": {"S3LoggingConfiguration": {"Enabled": true}}},
       "Tags": [{"Key": "team", "Value": "data"}]}},
     "TopOrders": {"Type": "AWS::Athena::NamedQuery", "Properties": {"Database": "sales",
       "QueryString": "SELECT * FROM orders ORDER BY total DESC LIMIT 10",
       "WorkGroup": {"Ref": "Analysts"}, "Description": "the largest orders"}},
     "Lake": {"Type": "AWS::Athena::DataCatalog", "Properties": {"Name": "lake",
       "Type": "GLUE", "Parameters": {"catalog-id": "123456789012"}}},
     "Hive": {"Type": "AWS::Athena::DataCatalog", "Properties": {"Name": "hive",
       "Type": "HIVE", "Description": "on-premises metastore",
       "Parameters": {"metadata-function":
         "arn:aws:lambda:us-east-1:123456789012:function:hive"},
       "Tags": [{"Key": "team", "Value": "data"}]}}}
    """

  static func convert() -> Conversion {
    Converter.convert(
      """
      {"Resources": \(resources),
       "Outputs": {"WorkGroup": {"Value": {"Ref": "Analysts"}},
         "Engine": {"Value": {"Fn::GetAtt":
           ["Analysts", "WorkGroupConfiguration.EngineVersion.EffectiveEngineVersion"]}},
         "Query": {"Value": {"Ref": "TopOrders"}},
         "QueryId": {"Value": {"Fn::GetAtt": ["TopOrders", "NamedQueryId"]}},
         "Catalog": {"Value": {"Ref": "Lake"}}}}
      """, fileName: "t.json")
  }

  @Test("workgroups: the configuration as a block, RecursiveDeleteOption as force_destroy")
  func workGroup() {
    let conversion = Self.convert()
    #expect(
      MappingProbe.block("aws_athena_workgroup.analysts", in: conversion) == """
        # Analysts (AWS::Athena::WorkGroup)
        # cfn2tf: 'WorkGroupConfiguration.MonitoringConfiguration' is not converted: aws_athena_workgroup (provider 5.100) has no monitoring configuration: set it with 'aws athena update-work-group --configuration-updates'
        resource "aws_athena_workgroup" "analysts" {
          name          = "analysts"
          description   = "ad hoc queries"
          state         = "ENABLED"
          force_destroy = true
          tags = {
            team = "data"
          }

          configuration {
            enforce_workgroup_configuration    = true
            publish_cloudwatch_metrics_enabled = false
            bytes_scanned_cutoff_per_query     = 10485760

            engine_version {
              selected_engine_version = "Athena engine version 3"
            }

            result_configuration {
              output_location = "s3://query-results/analysts/"

              encryption_configuration {
                encryption_option = "SSE_KMS"
                kms_key_arn       = "arn:aws:kms:us-east-1:123456789012:key/1"
              }

              acl_configuration {
                s3_acl_option = "BUCKET_OWNER_FULL_CONTROL"
              }
            }
          }
        }

        """)
    #expect(
      MappingProbe.entry(
        "Analysts.Properties.WorkGroupConfiguration.MonitoringConfiguration", in: conversion)?
        .status == .unsupported)
    #expect(
      MappingProbe.entry("Analysts.Properties.RecursiveDeleteOption", in: conversion)?.targetText
        == "aws_athena_workgroup.analysts.force_destroy")
  }

  @Test("named queries and data catalogs; a description Terraform requires")
  func queriesAndCatalogs() {
    let conversion = Self.convert()
    #expect(
      MappingProbe.block("aws_athena_named_query.top_orders", in: conversion) == """
        # TopOrders (AWS::Athena::NamedQuery)
        resource "aws_athena_named_query" "top_orders" {
          # cfn2tf: 'Name' is not set: CloudFormation names it <stack>-TopOrders-<suffix>;
          # var.physical_names keeps the live name when a stack is adopted
          name        = lookup(var.physical_names, "TopOrders", "${var.stack_name}-TopOrders")
          database    = "sales"
          query       = "SELECT * FROM orders ORDER BY total DESC LIMIT 10"
          description = "the largest orders"
          workgroup   = aws_athena_workgroup.analysts.name
        }

        """)
    #expect(
      MappingProbe.block("aws_athena_data_catalog.lake", in: conversion) == """
        # Lake (AWS::Athena::DataCatalog)
        resource "aws_athena_data_catalog" "lake" {
          name = "lake"
          type = "GLUE"
          parameters = {
            catalog-id = "123456789012"
          }
          # Terraform requires a description: the catalog's name
          description = "lake"
        }

        """)
    #expect(
      MappingProbe.block("aws_athena_data_catalog.hive", in: conversion) == """
        # Hive (AWS::Athena::DataCatalog)
        resource "aws_athena_data_catalog" "hive" {
          name        = "hive"
          type        = "HIVE"
          description = "on-premises metastore"
          parameters = {
            metadata-function = "arn:aws:lambda:us-east-1:123456789012:function:hive"
          }
          tags = {
            team = "data"
          }
        }

        """)
    let description = MappingProbe.entry("Lake.Properties.Description", in: conversion)
    #expect(description?.kind == .addition)
    #expect(description?.status == .approximated)
    let outputs = conversion.file("outputs.tf")?.contents ?? ""
    for line in [
      "value = aws_athena_workgroup.analysts.name",
      "value = aws_athena_workgroup.analysts.configuration[0].engine_version[0].effective_engine_version",
      "value = aws_athena_named_query.top_orders.id",
      "value = aws_athena_data_catalog.lake.name",
    ] {
      #expect(outputs.contains(line), "\(line)")
    }
  }

  @Test(
    "Athena types convert to a module terraform validates",
    .enabled(if: Repository.canValidate, "needs terraform, its provider mirror and tf-validate"))
  func oracle() throws {
    let (status, output) = try MappingProbe.validate(Self.convert(), label: "athena")
    #expect(status == 0, "\(output)")
  }
}

extension Athena: ImportCaseProvider {
  static let importIds = [
    "Analysts": "analysts", "TopOrders": "a1b2c3d4-5678-90ab-cdef-EXAMPLE11111",
    "Lake": "lake", "Hive": "hive",
  ]

  static func athena(_ address: String, _ origin: String, _ expected: ImportCase.Expectation)
    -> ImportCase
  {
    ImportCase(
      address: address, origin: origin, resources: AthenaMappingTests.resources,
      physicalIds: importIds, expected: expected)
  }

  /// Workgroups and data catalogs are imported by name, named queries by id: each the
  /// physical id.
  static var importCases: [ImportCase] {
    [
      athena("aws_athena_workgroup.analysts", "Analysts", .id("analysts")),
      athena(
        "aws_athena_named_query.top_orders", "TopOrders",
        .id("a1b2c3d4-5678-90ab-cdef-EXAMPLE11111")),
      athena("aws_athena_data_catalog.lake", "Lake", .id("lake")),
    ]
  }
}
