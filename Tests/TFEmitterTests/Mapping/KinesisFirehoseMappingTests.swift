import Testing

@testable import TFEmitter

@Suite("Kinesis Firehose mappings")
struct KinesisFirehoseMappingTests {
  static let parameters = #"{"HecToken": {"Type": "String", "NoEcho": true}}"#

  static let resources = """
    {"Source": {"Type": "AWS::Kinesis::Stream", "Properties": {"Name": "events", "ShardCount": 1}},
     "ToS3": {"Type": "AWS::KinesisFirehose::DeliveryStream", "Properties": {
       "DeliveryStreamType": "KinesisStreamAsSource",
       "KinesisStreamSourceConfiguration": {"KinesisStreamARN": {"Fn::GetAtt": ["Source", "Arn"]},
         "RoleARN": "arn:aws:iam::123456789012:role/fh"},
       "ExtendedS3DestinationConfiguration": {"BucketARN": "arn:aws:s3:::lake",
         "RoleARN": "arn:aws:iam::123456789012:role/fh",
         "Prefix": "data/!{partitionKeyFromQuery:customer}/", "ErrorOutputPrefix": "errors/",
         "BufferingHints": {"IntervalInSeconds": 60, "SizeInMBs": 64},
         "CompressionFormat": "UNCOMPRESSED",
         "EncryptionConfiguration": {"KMSEncryptionConfig": {
           "AWSKMSKeyARN": "arn:aws:kms:us-east-1:123456789012:key/abc"}},
         "CloudWatchLoggingOptions": {"Enabled": true, "LogGroupName": "/aws/firehose/lake",
           "LogStreamName": "S3Delivery"},
         "DynamicPartitioningConfiguration": {"Enabled": true,
           "RetryOptions": {"DurationInSeconds": 300}},
         "ProcessingConfiguration": {"Enabled": true, "Processors": [{"Type": "MetadataExtraction",
           "Parameters": [
             {"ParameterName": "MetadataExtractionQuery", "ParameterValue": "{customer:.customer}"},
             {"ParameterName": "JsonParsingEngine", "ParameterValue": "JQ-1.6"}]}]},
         "DataFormatConversionConfiguration": {"Enabled": true,
           "InputFormatConfiguration": {"Deserializer": {"OpenXJsonSerDe": {"CaseInsensitive": true,
             "ColumnToJsonKeyMappings": {"ts": "timestamp"}}}},
           "OutputFormatConfiguration": {"Serializer": {"ParquetSerDe": {"Compression": "SNAPPY"}}},
           "SchemaConfiguration": {"DatabaseName": "lake", "TableName": "events",
             "RoleARN": "arn:aws:iam::123456789012:role/fh"}},
         "S3BackupMode": "Enabled",
         "S3BackupConfiguration": {"BucketARN": "arn:aws:s3:::raw",
           "RoleARN": "arn:aws:iam::123456789012:role/fh",
           "EncryptionConfiguration": {"NoEncryptionConfig": "NoEncryption"}}},
       "Tags": [{"Key": "app", "Value": "lake"}]}},
     "Plain": {"Type": "AWS::KinesisFirehose::DeliveryStream", "Properties": {
       "DeliveryStreamName": "plain",
       "DeliveryStreamEncryptionConfigurationInput": {"KeyType": "AWS_OWNED_CMK"},
       "S3DestinationConfiguration": {"BucketARN": "arn:aws:s3:::logs",
         "RoleARN": "arn:aws:iam::123456789012:role/fh", "CompressionFormat": "GZIP"}}},
     "Warehouse": {"Type": "AWS::KinesisFirehose::DeliveryStream", "Properties": {
       "DeliveryStreamName": "warehouse",
       "RedshiftDestinationConfiguration": {"ClusterJDBCURL": "jdbc:redshift://example:5439/dev",
         "Username": "firehose", "Password": "Secret-Password-1",
         "RoleARN": "arn:aws:iam::123456789012:role/fh",
         "CopyCommand": {"DataTableName": "events", "CopyOptions": "json 'auto'"},
         "RetryOptions": {"DurationInSeconds": 600},
         "S3Configuration": {"BucketARN": "arn:aws:s3:::staging",
           "RoleARN": "arn:aws:iam::123456789012:role/fh"}}}},
     "Search": {"Type": "AWS::KinesisFirehose::DeliveryStream", "Properties": {
       "DeliveryStreamName": "search",
       "AmazonopensearchserviceDestinationConfiguration": {
         "DomainARN": "arn:aws:es:us-east-1:123456789012:domain/logs", "IndexName": "logs",
         "IndexRotationPeriod": "OneDay", "RoleARN": "arn:aws:iam::123456789012:role/fh",
         "DocumentIdOptions": {"DefaultDocumentIdFormat": "NO_DOCUMENT_ID"},
         "BufferingHints": {"IntervalInSeconds": 60}, "S3BackupMode": "FailedDocumentsOnly",
         "S3Configuration": {"BucketARN": "arn:aws:s3:::failed",
           "RoleARN": "arn:aws:iam::123456789012:role/fh"},
         "VpcConfiguration": {"RoleARN": "arn:aws:iam::123456789012:role/fh",
           "SubnetIds": ["subnet-1"], "SecurityGroupIds": ["sg-1"]}}}},
     "Legacy": {"Type": "AWS::KinesisFirehose::DeliveryStream", "Properties": {
       "DeliveryStreamName": "legacy",
       "ElasticsearchDestinationConfiguration": {
         "DomainARN": "arn:aws:es:us-east-1:123456789012:domain/old", "IndexName": "old",
         "TypeName": "_doc", "RoleARN": "arn:aws:iam::123456789012:role/fh",
         "DocumentIdOptions": {"DefaultDocumentIdFormat": "FIREHOSE_DEFAULT"},
         "S3Configuration": {"BucketARN": "arn:aws:s3:::failed",
           "RoleARN": "arn:aws:iam::123456789012:role/fh"}}}},
     "Splunk": {"Type": "AWS::KinesisFirehose::DeliveryStream", "Properties": {
       "DeliveryStreamName": "splunk",
       "SplunkDestinationConfiguration": {"HECEndpoint": "https://splunk.example.com:8088",
         "HECEndpointType": "Event", "HECToken": {"Ref": "HecToken"},
         "HECAcknowledgmentTimeoutInSeconds": 300,
         "S3Configuration": {"BucketARN": "arn:aws:s3:::failed",
           "RoleARN": "arn:aws:iam::123456789012:role/fh"}}}},
     "Http": {"Type": "AWS::KinesisFirehose::DeliveryStream", "Properties": {
       "DeliveryStreamName": "http",
       "HttpEndpointDestinationConfiguration": {
         "EndpointConfiguration": {"Url": "https://collector.example.com", "Name": "collector",
           "AccessKey": "key-1234567890"},
         "RequestConfiguration": {"ContentEncoding": "GZIP",
           "CommonAttributes": [{"AttributeName": "env", "AttributeValue": "prod"}]},
         "RoleARN": "arn:aws:iam::123456789012:role/fh", "S3BackupMode": "FailedDataOnly",
         "S3Configuration": {"BucketARN": "arn:aws:s3:::failed",
           "RoleARN": "arn:aws:iam::123456789012:role/fh"}}}},
     "Msk": {"Type": "AWS::KinesisFirehose::DeliveryStream", "Properties": {
       "DeliveryStreamName": "msk", "DeliveryStreamType": "MSKAsSource",
       "MSKSourceConfiguration": {"MSKClusterARN": "arn:aws:kafka:us-east-1:123456789012:cluster/c/1",
         "TopicName": "events", "AuthenticationConfiguration": {"Connectivity": "PRIVATE",
           "RoleARN": "arn:aws:iam::123456789012:role/fh"}},
       "S3DestinationConfiguration": {"BucketARN": "arn:aws:s3:::logs",
         "RoleARN": "arn:aws:iam::123456789012:role/fh"}}},
     "Snow": {"Type": "AWS::KinesisFirehose::DeliveryStream", "Properties": {
       "DeliveryStreamName": "snow",
       "SnowflakeDestinationConfiguration": {"AccountUrl": "https://acme.snowflakecomputing.com",
         "Database": "db", "Schema": "public", "Table": "events", "User": "firehose",
         "PrivateKey": "MIIEvQIBADANBgkq", "RoleARN": "arn:aws:iam::123456789012:role/fh",
         "SnowflakeRoleConfiguration": {"Enabled": true, "SnowflakeRole": "loader"},
         "S3Configuration": {"BucketARN": "arn:aws:s3:::failed",
           "RoleARN": "arn:aws:iam::123456789012:role/fh"}}}},
     "Ice": {"Type": "AWS::KinesisFirehose::DeliveryStream", "Properties": {
       "DeliveryStreamName": "ice",
       "IcebergDestinationConfiguration": {
         "CatalogConfiguration": {"CatalogArn": "arn:aws:glue:us-east-1:123456789012:catalog"},
         "RoleARN": "arn:aws:iam::123456789012:role/fh",
         "DestinationTableConfigurationList": [{"DestinationDatabaseName": "db",
           "DestinationTableName": "events", "UniqueKeys": ["id"]}],
         "AppendOnly": false, "TableCreationConfiguration": {"Enabled": true},
         "S3Configuration": {"BucketARN": "arn:aws:s3:::failed",
           "RoleARN": "arn:aws:iam::123456789012:role/fh"}}}}}

    """

  static func convert() -> Conversion {
    Converter.convert(
      """
      {"Parameters": \(parameters), "Resources": \(resources),
       "Outputs": {"Arn": {"Value": {"Fn::GetAtt": ["ToS3", "Arn"]}},
         "Name": {"Value": {"Ref": "ToS3"}}}}
      """, fileName: "t.json")
  }

  @Test(
    "an extended S3 destination fed by a Kinesis stream: processing, partitioning, conversion, backup"
  )
  func extendedS3() {
    let conversion = Self.convert()
    #expect(
      MappingProbe.block("aws_kinesis_firehose_delivery_stream.to_s3", in: conversion) == """
        # ToS3 (AWS::KinesisFirehose::DeliveryStream)
        # cfn2tf: 'ExtendedS3DestinationConfiguration.S3BackupConfiguration.EncryptionConfiguration.NoEncryptionConfig' is dropped: NoEncryption is what no kms_key_arn means: objects are not encrypted with a KMS key
        resource "aws_kinesis_firehose_delivery_stream" "to_s3" {
          # cfn2tf: 'DeliveryStreamName' is not set: CloudFormation names it <stack>-ToS3-<suffix>;
          # var.physical_names keeps the live name when a stack is adopted
          name        = lookup(var.physical_names, "ToS3", "${var.stack_name}-ToS3")
          destination = "extended_s3"
          tags = {
            app = "lake"
          }

          kinesis_source_configuration {
            kinesis_stream_arn = aws_kinesis_stream.source.arn
            role_arn           = "arn:aws:iam::123456789012:role/fh"
          }

          extended_s3_configuration {
            bucket_arn          = "arn:aws:s3:::lake"
            role_arn            = "arn:aws:iam::123456789012:role/fh"
            prefix              = "data/!{partitionKeyFromQuery:customer}/"
            error_output_prefix = "errors/"
            buffering_interval  = 60
            buffering_size      = 64
            compression_format  = "UNCOMPRESSED"
            kms_key_arn         = "arn:aws:kms:us-east-1:123456789012:key/abc"
            s3_backup_mode      = "Enabled"

            cloudwatch_logging_options {
              enabled         = true
              log_group_name  = "/aws/firehose/lake"
              log_stream_name = "S3Delivery"
            }

            processing_configuration {
              enabled = true

              processors {
                type = "MetadataExtraction"

                parameters {
                  parameter_name  = "MetadataExtractionQuery"
                  parameter_value = "{customer:.customer}"
                }
                parameters {
                  parameter_name  = "JsonParsingEngine"
                  parameter_value = "JQ-1.6"
                }
              }
            }

            dynamic_partitioning_configuration {
              enabled        = true
              retry_duration = 300
            }

            data_format_conversion_configuration {
              enabled = true

              input_format_configuration {
                deserializer {
                  open_x_json_ser_de {
                    case_insensitive = true
                    column_to_json_key_mappings = {
                      ts = "timestamp"
                    }
                  }
                }
              }

              output_format_configuration {
                serializer {
                  parquet_ser_de {
                    compression = "SNAPPY"
                  }
                }
              }

              schema_configuration {
                database_name = "lake"
                role_arn      = "arn:aws:iam::123456789012:role/fh"
                table_name    = "events"
              }
            }

            s3_backup_configuration {
              bucket_arn = "arn:aws:s3:::raw"
              role_arn   = "arn:aws:iam::123456789012:role/fh"
            }
          }
        }

        """)
  }

  @Test("a plain S3 destination becomes an extended one; encryption enabled; an MSK source")
  func plainS3() {
    let conversion = Self.convert()
    #expect(
      MappingProbe.block("aws_kinesis_firehose_delivery_stream.plain", in: conversion) == """
        # Plain (AWS::KinesisFirehose::DeliveryStream)
        resource "aws_kinesis_firehose_delivery_stream" "plain" {
          name        = "plain"
          destination = "extended_s3"

          server_side_encryption {
            enabled  = true
            key_type = "AWS_OWNED_CMK"
          }

          extended_s3_configuration {
            bucket_arn         = "arn:aws:s3:::logs"
            role_arn           = "arn:aws:iam::123456789012:role/fh"
            compression_format = "GZIP"
          }
        }

        """)
    #expect(
      MappingProbe.block("aws_kinesis_firehose_delivery_stream.msk", in: conversion) == """
        # Msk (AWS::KinesisFirehose::DeliveryStream)
        resource "aws_kinesis_firehose_delivery_stream" "msk" {
          name        = "msk"
          destination = "extended_s3"

          msk_source_configuration {
            msk_cluster_arn = "arn:aws:kafka:us-east-1:123456789012:cluster/c/1"
            topic_name      = "events"

            authentication_configuration {
              connectivity = "PRIVATE"
              role_arn     = "arn:aws:iam::123456789012:role/fh"
            }
          }

          extended_s3_configuration {
            bucket_arn = "arn:aws:s3:::logs"
            role_arn   = "arn:aws:iam::123456789012:role/fh"
          }
        }

        """)
  }

  @Test(
    "Redshift: the COPY command, retries, the staging bucket; the password a sensitive variable")
  func redshift() {
    let conversion = Self.convert()
    #expect(
      MappingProbe.block("aws_kinesis_firehose_delivery_stream.warehouse", in: conversion) == """
        # Warehouse (AWS::KinesisFirehose::DeliveryStream)
        resource "aws_kinesis_firehose_delivery_stream" "warehouse" {
          name        = "warehouse"
          destination = "redshift"

          redshift_configuration {
            cluster_jdbcurl = "jdbc:redshift://example:5439/dev"
            role_arn        = "arn:aws:iam::123456789012:role/fh"
            username        = "firehose"
            password        = var.warehouse_redshift_password
            data_table_name = "events"
            copy_options    = "json 'auto'"
            retry_duration  = 600

            s3_configuration {
              bucket_arn = "arn:aws:s3:::staging"
              role_arn   = "arn:aws:iam::123456789012:role/fh"
            }
          }
        }

        """)
  }

  @Test("OpenSearch with document ids and a VPC; Elasticsearch without them")
  func search() {
    let conversion = Self.convert()
    #expect(
      MappingProbe.block("aws_kinesis_firehose_delivery_stream.search", in: conversion) == """
        # Search (AWS::KinesisFirehose::DeliveryStream)
        resource "aws_kinesis_firehose_delivery_stream" "search" {
          name        = "search"
          destination = "opensearch"

          opensearch_configuration {
            domain_arn            = "arn:aws:es:us-east-1:123456789012:domain/logs"
            index_name            = "logs"
            index_rotation_period = "OneDay"
            role_arn              = "arn:aws:iam::123456789012:role/fh"
            buffering_interval    = 60
            s3_backup_mode        = "FailedDocumentsOnly"

            document_id_options {
              default_document_id_format = "NO_DOCUMENT_ID"
            }

            s3_configuration {
              bucket_arn = "arn:aws:s3:::failed"
              role_arn   = "arn:aws:iam::123456789012:role/fh"
            }

            vpc_config {
              role_arn           = "arn:aws:iam::123456789012:role/fh"
              security_group_ids = ["sg-1"]
              subnet_ids         = ["subnet-1"]
            }
          }
        }

        """)
    #expect(
      MappingProbe.block("aws_kinesis_firehose_delivery_stream.legacy", in: conversion) == """
        # Legacy (AWS::KinesisFirehose::DeliveryStream)
        # cfn2tf: 'ElasticsearchDestinationConfiguration.DocumentIdOptions' is dropped: FIREHOSE_DEFAULT is what Firehose does without document id options
        resource "aws_kinesis_firehose_delivery_stream" "legacy" {
          name        = "legacy"
          destination = "elasticsearch"

          elasticsearch_configuration {
            domain_arn = "arn:aws:es:us-east-1:123456789012:domain/old"
            index_name = "old"
            type_name  = "_doc"
            role_arn   = "arn:aws:iam::123456789012:role/fh"

            s3_configuration {
              bucket_arn = "arn:aws:s3:::failed"
              role_arn   = "arn:aws:iam::123456789012:role/fh"
            }
          }
        }

        """)
  }

  @Test("Splunk, HTTP endpoints, Snowflake and Iceberg; their secrets sensitive variables")
  func endpoints() {
    let conversion = Self.convert()
    #expect(
      MappingProbe.block("aws_kinesis_firehose_delivery_stream.splunk", in: conversion) == """
        # Splunk (AWS::KinesisFirehose::DeliveryStream)
        resource "aws_kinesis_firehose_delivery_stream" "splunk" {
          name        = "splunk"
          destination = "splunk"

          splunk_configuration {
            hec_endpoint               = "https://splunk.example.com:8088"
            hec_endpoint_type          = "Event"
            hec_token                  = var.hec_token
            hec_acknowledgment_timeout = 300

            s3_configuration {
              bucket_arn = "arn:aws:s3:::failed"
              role_arn   = "arn:aws:iam::123456789012:role/fh"
            }
          }
        }

        """)
    #expect(
      MappingProbe.block("aws_kinesis_firehose_delivery_stream.http", in: conversion) == """
        # Http (AWS::KinesisFirehose::DeliveryStream)
        resource "aws_kinesis_firehose_delivery_stream" "http" {
          name        = "http"
          destination = "http_endpoint"

          http_endpoint_configuration {
            url            = "https://collector.example.com"
            name           = "collector"
            access_key     = var.http_access_key
            role_arn       = "arn:aws:iam::123456789012:role/fh"
            s3_backup_mode = "FailedDataOnly"

            request_configuration {
              content_encoding = "GZIP"

              common_attributes {
                name  = "env"
                value = "prod"
              }
            }

            s3_configuration {
              bucket_arn = "arn:aws:s3:::failed"
              role_arn   = "arn:aws:iam::123456789012:role/fh"
            }
          }
        }

        """)
    #expect(
      MappingProbe.block("aws_kinesis_firehose_delivery_stream.snow", in: conversion) == """
        # Snow (AWS::KinesisFirehose::DeliveryStream)
        resource "aws_kinesis_firehose_delivery_stream" "snow" {
          name        = "snow"
          destination = "snowflake"

          snowflake_configuration {
            account_url = "https://acme.snowflakecomputing.com"
            database    = "db"
            schema      = "public"
            table       = "events"
            user        = "firehose"
            private_key = var.snow_private_key
            role_arn    = "arn:aws:iam::123456789012:role/fh"

            snowflake_role_configuration {
              enabled        = true
              snowflake_role = "loader"
            }

            s3_configuration {
              bucket_arn = "arn:aws:s3:::failed"
              role_arn   = "arn:aws:iam::123456789012:role/fh"
            }
          }
        }

        """)
    #expect(
      MappingProbe.block("aws_kinesis_firehose_delivery_stream.ice", in: conversion) == """
        # Ice (AWS::KinesisFirehose::DeliveryStream)
        # cfn2tf: 'IcebergDestinationConfiguration.AppendOnly' is dropped: false is what Firehose does without it
        # cfn2tf: 'IcebergDestinationConfiguration.TableCreationConfiguration' is not converted: iceberg_configuration (provider 5.100) cannot create tables: create them in Glue first
        resource "aws_kinesis_firehose_delivery_stream" "ice" {
          name        = "ice"
          destination = "iceberg"

          iceberg_configuration {
            catalog_arn = "arn:aws:glue:us-east-1:123456789012:catalog"
            role_arn    = "arn:aws:iam::123456789012:role/fh"

            destination_table_configuration {
              database_name = "db"
              table_name    = "events"
              unique_keys   = ["id"]
            }

            s3_configuration {
              bucket_arn = "arn:aws:s3:::failed"
              role_arn   = "arn:aws:iam::123456789012:role/fh"
            }
          }
        }

        """)
  }

  @Test("the destination, secrets and what has no counterpart, in the ledger")
  func ledger() {
    let conversion = Self.convert()
    let destination = MappingProbe.entry("Warehouse.Destination", in: conversion)
    #expect(destination?.kind == .addition)
    #expect(destination?.targetValue == #""redshift""#)
    let messages = MappingProbe.messages(conversion)
    #expect(
      messages.contains(
        "the Redshift password of 'Warehouse' is written in the template; it becomes the sensitive variable 'warehouse_redshift_password'"
      ))
    #expect(!messages.contains { $0.contains("Splunk HEC token") })
    let variables = conversion.file("variables.tf")?.contents ?? ""
    for secret in ["Secret-Password-1", "key-1234567890", "MIIEvQIBADANBgkq"] {
      #expect(!variables.contains(secret))
      #expect(!MappingProbe.mainFile(conversion).contains(secret))
    }
    #expect(
      MappingProbe.entry(
        "Http.Properties.HttpEndpointDestinationConfiguration.EndpointConfiguration.AccessKey",
        in: conversion)?.sourceValue == "(sensitive)")
    #expect(
      MappingProbe.entry(
        "Ice.Properties.IcebergDestinationConfiguration.TableCreationConfiguration",
        in: conversion)?.status == .unsupported)
    #expect(
      MappingProbe.entry(
        "Ice.Properties.IcebergDestinationConfiguration.AppendOnly", in: conversion)?
        .status == .dropped)
    #expect(
      MappingProbe.entry("ToS3.Properties.DeliveryStreamType", in: conversion)?.status
        == .transformed)
    #expect(
      MappingProbe.entry(
        "ToS3.Properties.ExtendedS3DestinationConfiguration.BufferingHints.SizeInMBs",
        in: conversion)?.targetText
        == "aws_kinesis_firehose_delivery_stream.to_s3.extended_s3_configuration.buffering_size")
  }

  @Test("a database source and a computed stream type are not converted")
  func sources() {
    let conversion = MappingProbe.convert(
      resources: """
        {"Db": {"Type": "AWS::KinesisFirehose::DeliveryStream", "Properties": {
           "DeliveryStreamName": "db", "DeliveryStreamType": "DatabaseAsSource",
           "DatabaseSourceConfiguration": {"Type": "MySQL"},
           "S3DestinationConfiguration": {"BucketARN": "arn:aws:s3:::logs",
             "RoleARN": "arn:aws:iam::123456789012:role/fh"}}}}
        """)
    #expect(
      MappingProbe.entry("Db.Properties.DeliveryStreamType", in: conversion)?.status
        == .unsupported)
    #expect(
      MappingProbe.entry("Db.Properties.DatabaseSourceConfiguration", in: conversion)?.status
        == .unsupported)
  }

  @Test("Ref is the stream's name; GetAtt Arn its ARN")
  func attributes() {
    let outputs = Self.convert().file("outputs.tf")?.contents ?? ""
    #expect(outputs.contains("value = aws_kinesis_firehose_delivery_stream.to_s3.arn"))
    #expect(outputs.contains("value = aws_kinesis_firehose_delivery_stream.to_s3.name"))
  }

  @Test(
    "delivery streams convert to a module terraform validates",
    .enabled(if: Repository.canValidate, "needs terraform, its provider mirror and tf-validate"))
  func oracle() throws {
    let (status, output) = try MappingProbe.validate(Self.convert(), label: "firehose")
    #expect(status == 0, "\(output)")
  }
}

extension KinesisFirehose: ImportCaseProvider {
  /// A delivery stream is imported by its ARN, made from its name (the physical id).
  static var importCases: [ImportCase] {
    [
      ImportCase(
        address: "aws_kinesis_firehose_delivery_stream.plain", origin: "Plain",
        resources: KinesisFirehoseMappingTests.resources,
        parameters: KinesisFirehoseMappingTests.parameters,
        physicalIds: ["Plain": "plain", "Source": "events"],
        expected: .id("arn:aws:firehose:us-east-1:123456789012:deliverystream/plain"))
    ]
  }
}
