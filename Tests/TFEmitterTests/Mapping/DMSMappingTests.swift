import Testing

@testable import TFEmitter

@Suite("DMS mappings")
struct DMSMappingTests {
  static let parameters = """
    {"SourcePassword": {"Type": "String", "NoEcho": true}}
    """

  static let resources = """
    {"Key": {"Type": "AWS::KMS::Key", "Properties": {"KeyPolicy": {"Version": "2012-10-17",
       "Statement": [{"Effect": "Allow", "Principal": {"AWS": "*"}, "Action": "kms:*",
         "Resource": "*"}]}}},
     "Subnets": {"Type": "AWS::DMS::ReplicationSubnetGroup", "Properties": {
       "ReplicationSubnetGroupIdentifier": "Replication-Subnets",
       "ReplicationSubnetGroupDescription": "replication", "SubnetIds": ["subnet-1", "subnet-2"],
       "Tags": [{"Key": "team", "Value": "data"}]}},
     "Instance": {"Type": "AWS::DMS::ReplicationInstance", "Properties": {
       "ReplicationInstanceIdentifier": "Replicator", "ReplicationInstanceClass": "dms.r5.large",
       "AllocatedStorage": 100, "MultiAZ": true, "PubliclyAccessible": false,
       "ReplicationSubnetGroupIdentifier": {"Ref": "Subnets"},
       "VpcSecurityGroupIds": ["sg-1"], "KmsKeyId": {"Ref": "Key"},
       "EngineVersion": "3.5.3", "DnsNameServers": "10.0.0.2"}},
     "Source": {"Type": "AWS::DMS::Endpoint", "Properties": {"EndpointIdentifier": "orders-db",
       "EndpointType": "source", "EngineName": "POSTGRES", "ServerName": "db.example.com",
       "Port": 5432, "DatabaseName": "orders", "Username": "dms",
       "Password": {"Ref": "SourcePassword"}, "SslMode": "require",
       "PostgreSqlSettings": {"SlotName": "dms_slot", "HeartbeatEnable": true}}},
     "Ledger": {"Type": "AWS::DMS::Endpoint", "Properties": {"EndpointIdentifier": "ledger",
       "EndpointType": "source", "EngineName": "oracle",
       "OracleSettings": {"SecretsManagerAccessRoleArn":
         "arn:aws:iam::123456789012:role/dms-secrets",
         "SecretsManagerSecretId": "arn:aws:secretsmanager:us-east-1:123456789012:secret:ledger",
         "AsmPassword": "Plain-Asm-1", "UseLogminerReader": false}}},
     "Stream": {"Type": "AWS::DMS::Endpoint", "Properties": {"EndpointIdentifier": "events",
       "EndpointType": "target", "EngineName": "kafka",
       "KafkaSettings": {"Broker": "b-1:9096", "Topic": "orders",
         "SecurityProtocol": "sasl-ssl", "SaslUserName": "dms",
         "SaslPassword": "Plain-Sasl-1"}}},
     "Mongo": {"Type": "AWS::DMS::Endpoint", "Properties": {"EndpointIdentifier": "catalog",
       "EndpointType": "source", "EngineName": "mongodb",
       "MongoDbSettings": {"ServerName": "mongo.example.com", "Port": 27017,
         "Username": "dms", "Password": "Plain-Mongo-1", "DatabaseName": "catalog",
         "AuthType": "password", "AuthMechanism": "scram_sha_1", "NestingLevel": "one"}}},
     "Lake": {"Type": "AWS::DMS::Endpoint", "Properties": {"EndpointIdentifier": "lake",
       "EndpointType": "target", "EngineName": "S3",
       "ExtraConnectionAttributes": "addColumnName=true;timestampColumnName=ts;dataFormat=csv",
       "S3Settings": {"BucketName": "lake", "BucketFolder": "orders",
         "ServiceAccessRoleArn": "arn:aws:iam::123456789012:role/dms-s3",
         "DataFormat": "parquet", "Rfc4180": false, "CdcMaxBatchInterval": 60}}},
     "Task": {"Type": "AWS::DMS::ReplicationTask", "Properties": {
       "ReplicationTaskIdentifier": "orders-to-lake", "MigrationType": "full-load-and-cdc",
       "ReplicationInstanceArn": {"Ref": "Instance"},
       "SourceEndpointArn": {"Ref": "Source"}, "TargetEndpointArn": {"Ref": "Lake"},
       "TableMappings": {"rules": [{"rule-type": "selection", "rule-id": "1",
         "rule-name": "1", "object-locator": {"schema-name": "public", "table-name": "%"},
         "rule-action": "include"}]},
       "ReplicationTaskSettings": "{\\"Logging\\": {\\"EnableLogging\\": true}}"}},
     "Alerts": {"Type": "AWS::DMS::EventSubscription", "Properties": {
       "SubscriptionName": "dms-alerts", "SnsTopicArn": "arn:aws:sns:us-east-1:123456789012:ops",
       "SourceType": "replication-task", "SourceIds": [{"Ref": "Task"}], "Enabled": true}}}
    """

  static func convert() -> Conversion {
    Converter.convert(
      """
      {"Parameters": \(parameters), "Resources": \(resources),
       "Outputs": {"Instance": {"Value": {"Ref": "Instance"}},
         "Ips": {"Value": {"Fn::Join": [",",
           {"Fn::GetAtt": ["Instance", "ReplicationInstancePrivateIpAddresses"]}]}},
         "SubnetGroup": {"Value": {"Ref": "Subnets"}},
         "Source": {"Value": {"Ref": "Source"}}, "Lake": {"Value": {"Ref": "Lake"}},
         "Task": {"Value": {"Ref": "Task"}}, "Alerts": {"Value": {"Ref": "Alerts"}}}}
      """, fileName: "t.json")
  }

  @Test("replication instances (changes at once) and subnet groups, identifiers in lower case")
  func instance() {
    let conversion = Self.convert()
    #expect(
      MappingProbe.block("aws_dms_replication_subnet_group.subnets", in: conversion) == """
        # Subnets (AWS::DMS::ReplicationSubnetGroup)
        resource "aws_dms_replication_subnet_group" "subnets" {
          replication_subnet_group_id          = "replication-subnets"
          replication_subnet_group_description = "replication"
          subnet_ids                           = ["subnet-1", "subnet-2"]
          tags = {
            team = "data"
          }
        }

        """)
    #expect(
      MappingProbe.block("aws_dms_replication_instance.instance", in: conversion) == """
        # Instance (AWS::DMS::ReplicationInstance)
        # cfn2tf: 'DnsNameServers' is not converted: aws_dms_replication_instance (provider 5.100) has no DNS name servers: the instance uses the VPC's resolver
        resource "aws_dms_replication_instance" "instance" {
          replication_instance_id     = "replicator"
          replication_instance_class  = "dms.r5.large"
          allocated_storage           = 100
          engine_version              = "3.5.3"
          multi_az                    = true
          publicly_accessible         = false
          replication_subnet_group_id = aws_dms_replication_subnet_group.subnets.replication_subnet_group_id
          vpc_security_group_ids      = ["sg-1"]
          kms_key_arn                 = aws_kms_key.key.arn
          # CloudFormation applies changes at once, not in the maintenance window
          apply_immediately = true
        }

        """)
    #expect(
      MappingProbe.entry("Instance.Properties.ReplicationInstanceIdentifier", in: conversion)?.note
        == "DMS stores it in lower case")
    #expect(MappingProbe.entry("Instance.ApplyImmediately", in: conversion)?.kind == .addition)
    #expect(
      MappingProbe.entry("Instance.Properties.DnsNameServers", in: conversion)?.status
        == .unsupported)
  }

  @Test("endpoints: connection settings as the endpoint's arguments, passwords as variables")
  func endpoints() {
    let conversion = Self.convert()
    #expect(
      MappingProbe.block("aws_dms_endpoint.source", in: conversion) == """
        # Source (AWS::DMS::Endpoint)
        resource "aws_dms_endpoint" "source" {
          endpoint_id   = "orders-db"
          endpoint_type = "source"
          engine_name   = "postgres"
          ssl_mode      = "require"
          server_name   = "db.example.com"
          port          = 5432
          database_name = "orders"
          username      = "dms"
          password      = var.source_password

          postgres_settings {
            slot_name        = "dms_slot"
            heartbeat_enable = true
          }
        }

        """)
    #expect(
      MappingProbe.block("aws_dms_endpoint.stream", in: conversion) == """
        # Stream (AWS::DMS::Endpoint)
        resource "aws_dms_endpoint" "stream" {
          endpoint_id   = "events"
          endpoint_type = "target"
          engine_name   = "kafka"

          kafka_settings {
            broker            = "b-1:9096"
            topic             = "orders"
            security_protocol = "sasl-ssl"
            sasl_username     = "dms"
            sasl_password     = var.stream_sasl_password
          }
        }

        """)
    #expect(
      MappingProbe.block("aws_dms_endpoint.mongo", in: conversion) == """
        # Mongo (AWS::DMS::Endpoint)
        resource "aws_dms_endpoint" "mongo" {
          endpoint_id   = "catalog"
          endpoint_type = "source"
          engine_name   = "mongodb"
          server_name   = "mongo.example.com"
          port          = 27017
          username      = "dms"
          password      = var.mongo_password
          database_name = "catalog"

          mongodb_settings {
            auth_type      = "password"
            auth_mechanism = "scram-sha-1"
            nesting_level  = "one"
          }
        }

        """)
    #expect(
      MappingProbe.block("aws_dms_endpoint.ledger", in: conversion) == """
        # Ledger (AWS::DMS::Endpoint)
        # cfn2tf: 'OracleSettings.AsmPassword' is not converted: aws_dms_endpoint (provider 5.100) has no AsmPassword among its OracleSettings: set it with 'aws dms modify-endpoint' (in ExtraConnectionAttributes it would be plain text)
        # cfn2tf: 'OracleSettings.UseLogminerReader' is not converted: aws_dms_endpoint (provider 5.100) has no UseLogminerReader among its OracleSettings: give it in ExtraConnectionAttributes
        resource "aws_dms_endpoint" "ledger" {
          endpoint_id                     = "ledger"
          endpoint_type                   = "source"
          engine_name                     = "oracle"
          secrets_manager_access_role_arn = "arn:aws:iam::123456789012:role/dms-secrets"
          secrets_manager_arn             = "arn:aws:secretsmanager:us-east-1:123456789012:secret:ledger"
        }

        """)
    let messages = MappingProbe.messages(conversion)
    #expect(
      messages.contains(
        "the SASL password of 'Stream' is written in the template; it becomes the sensitive variable 'stream_sasl_password'"
      ))
    #expect(
      messages.contains(
        "the password of 'Mongo' is written in the template; it becomes the sensitive variable 'mongo_password'"
      ))
    for path in [
      "Stream.Properties.KafkaSettings.SaslPassword", "Mongo.Properties.MongoDbSettings.Password",
      "Ledger.Properties.OracleSettings.AsmPassword",
    ] {
      #expect(MappingProbe.entry(path, in: conversion)?.sourceValue == "(sensitive)", "\(path)")
    }
    let files = conversion.files.map(\.contents).joined()
    for secret in ["Plain-Sasl-1", "Plain-Mongo-1", "Plain-Asm-1"] {
      #expect(!files.contains(secret), "\(secret)")
    }
    #expect(
      MappingProbe.entry("Ledger.Properties.OracleSettings.AsmPassword", in: conversion)?.status
        == .unsupported)
  }

  @Test(
    "S3 endpoints: aws_dms_s3_endpoint, the S3 settings among the extra attributes as arguments")
  func s3() {
    let conversion = Self.convert()
    #expect(
      MappingProbe.block("aws_dms_s3_endpoint.lake", in: conversion) == """
        # Lake (AWS::DMS::Endpoint)
        # cfn2tf: 'EngineName' is dropped: aws_dms_s3_endpoint is the S3 engine's endpoint
        # cfn2tf: 'ExtraConnectionAttributes.dataFormat' is dropped: S3Settings.DataFormat is written instead
        resource "aws_dms_s3_endpoint" "lake" {
          endpoint_id             = "lake"
          endpoint_type           = "target"
          add_column_name         = true
          timestamp_column_name   = "ts"
          bucket_name             = "lake"
          bucket_folder           = "orders"
          service_access_role_arn = "arn:aws:iam::123456789012:role/dms-s3"
          cdc_max_batch_interval  = 60
          data_format             = "parquet"
          rfc_4180                = false
        }

        """)
    #expect(
      MappingProbe.entry(
        "Lake.Properties.ExtraConnectionAttributes.timestampColumnName", in: conversion)?
        .targetText == "aws_dms_s3_endpoint.lake.timestamp_column_name")
    #expect(
      MappingProbe.entry("Lake.Properties.ExtraConnectionAttributes.dataFormat", in: conversion)?
        .status == .dropped)
    let unknown = MappingProbe.convert(
      resources: """
        {"Lake": {"Type": "AWS::DMS::Endpoint", "Properties": {"EndpointType": "target",
          "EngineName": "s3", "ExtraConnectionAttributes": "fancyMode=on",
          "S3Settings": {"BucketName": "lake", "ServiceAccessRoleArn": "arn:aws:iam::1:role/r"}}}}
        """)
    #expect(
      MappingProbe.entry("Lake.Properties.ExtraConnectionAttributes.fancyMode", in: unknown)?
        .status == .unsupported)
    #expect(
      MappingProbe.block("aws_dms_s3_endpoint.lake", in: unknown)?.contains(
        "endpoint_id             = lower(\"${var.stack_name}-Lake\")") == true)
    #expect(
      MappingProbe.entry("Lake.Properties.EndpointIdentifier", in: unknown)?.kind == .addition)
  }

  @Test("tasks (JSON documents as text) and event subscriptions (every category of the type)")
  func tasksAndSubscriptions() {
    let conversion = Self.convert()
    #expect(
      MappingProbe.block("aws_dms_replication_task.task", in: conversion) == """
        # Task (AWS::DMS::ReplicationTask)
        resource "aws_dms_replication_task" "task" {
          replication_task_id      = "orders-to-lake"
          migration_type           = "full-load-and-cdc"
          replication_instance_arn = aws_dms_replication_instance.instance.replication_instance_arn
          source_endpoint_arn      = aws_dms_endpoint.source.endpoint_arn
          target_endpoint_arn      = aws_dms_s3_endpoint.lake.endpoint_arn
          table_mappings = jsonencode({
            rules = [
              {
                rule-type = "selection"
                rule-id   = "1"
                rule-name = "1"
                object-locator = {
                  schema-name = "public"
                  table-name  = "%"
                }
                rule-action = "include"
              },
            ]
          })
          replication_task_settings = "{\\"Logging\\": {\\"EnableLogging\\": true}}"
        }

        """)
    #expect(
      MappingProbe.block("aws_dms_event_subscription.alerts", in: conversion) == """
        # Alerts (AWS::DMS::EventSubscription)
        resource "aws_dms_event_subscription" "alerts" {
          name          = "dms-alerts"
          sns_topic_arn = "arn:aws:sns:us-east-1:123456789012:ops"
          source_type   = "replication-task"
          source_ids    = [aws_dms_replication_task.task.replication_task_arn]
          enabled       = true
          # CloudFormation subscribes to every category of the source type
          event_categories = ["configuration change", "creation", "deletion", "failure", "state change"]
        }

        """)
    #expect(
      MappingProbe.entry("Alerts.Properties.EventCategories", in: conversion)?.kind == .addition)
    let outputs = conversion.file("outputs.tf")?.contents ?? ""
    for line in [
      "value = aws_dms_replication_instance.instance.replication_instance_arn",
      "value = join(\",\", aws_dms_replication_instance.instance.replication_instance_private_ips)",
      "value = aws_dms_replication_subnet_group.subnets.replication_subnet_group_id",
      "value = aws_dms_endpoint.source.endpoint_arn",
      "value = aws_dms_s3_endpoint.lake.endpoint_arn",
      "value = aws_dms_replication_task.task.replication_task_arn",
      "value = aws_dms_event_subscription.alerts.name",
    ] {
      #expect(outputs.contains(line), "\(line)")
    }
  }

  @Test(
    "DMS types convert to a module terraform validates",
    .enabled(if: Repository.canValidate, "needs terraform, its provider mirror and tf-validate"))
  func oracle() throws {
    let (status, output) = try MappingProbe.validate(Self.convert(), label: "dms")
    #expect(status == 0, "\(output)")
  }
}

extension DMS: ImportCaseProvider {
  static let importIds = [
    "Key": "1234abcd-12ab-34cd-56ef-1234567890ab", "Subnets": "replication-subnets",
    "Instance": "arn:aws:dms:us-east-1:123456789012:rep:ABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "Source": "arn:aws:dms:us-east-1:123456789012:endpoint:SOURCEABCDEFGHIJKLMNOPQRST",
    "Stream": "arn:aws:dms:us-east-1:123456789012:endpoint:STREAMABCDEFGHIJKLMNOPQRST",
    "Mongo": "arn:aws:dms:us-east-1:123456789012:endpoint:MONGOABCDEFGHIJKLMNOPQRSTU",
    "Ledger": "arn:aws:dms:us-east-1:123456789012:endpoint:LEDGERABCDEFGHIJKLMNOPQRST",
    "Lake": "arn:aws:dms:us-east-1:123456789012:endpoint:LAKEABCDEFGHIJKLMNOPQRSTUV",
    "Task": "arn:aws:dms:us-east-1:123456789012:task:TASKABCDEFGHIJKLMNOPQRSTUV",
    "Alerts": "dms-alerts",
  ]

  static func dms(_ address: String, _ origin: String, _ expected: ImportCase.Expectation)
    -> ImportCase
  {
    ImportCase(
      address: address, origin: origin, resources: DMSMappingTests.resources,
      parameters: DMSMappingTests.parameters, physicalIds: importIds, expected: expected)
  }

  /// Instances, endpoints and tasks are imported by the identifier the template gives (their
  /// physical id is the ARN); subnet groups and event subscriptions by the physical id.
  static var importCases: [ImportCase] {
    [
      dms("aws_dms_replication_subnet_group.subnets", "Subnets", .id("replication-subnets")),
      dms("aws_dms_replication_instance.instance", "Instance", .id("replicator")),
      dms("aws_dms_endpoint.source", "Source", .id("orders-db")),
      dms("aws_dms_s3_endpoint.lake", "Lake", .id("lake")),
      dms("aws_dms_replication_task.task", "Task", .id("orders-to-lake")),
      dms("aws_dms_event_subscription.alerts", "Alerts", .id("dms-alerts")),
    ]
  }
}
