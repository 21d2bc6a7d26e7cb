import Testing

@testable import TFEmitter

@Suite("Glue mappings")
struct GlueMappingTests {
  static let parameters = """
    {"DbPassword": {"Type": "String", "NoEcho": true}}
    """

  static let resources = """
    {"Role": {"Type": "AWS::IAM::Role", "Properties": {"AssumeRolePolicyDocument": {
       "Version": "2012-10-17", "Statement": [{"Effect": "Allow",
         "Principal": {"Service": "glue.amazonaws.com"}, "Action": "sts:AssumeRole"}]}}},
     "Database": {"Type": "AWS::Glue::Database", "Properties": {
       "CatalogId": {"Ref": "AWS::AccountId"},
       "DatabaseInput": {"Name": "Sales", "Description": "sales data",
         "LocationUri": "s3://lake/sales/", "Parameters": {"classification": "parquet"},
         "CreateTableDefaultPermissions": [{"Permissions": ["ALL"],
           "Principal": {"DataLakePrincipalIdentifier": "IAM_ALLOWED_PRINCIPALS"}}]}}},
     "Orders": {"Type": "AWS::Glue::Table", "Properties": {
       "CatalogId": {"Ref": "AWS::AccountId"}, "DatabaseName": {"Ref": "Database"},
       "TableInput": {"Name": "orders", "TableType": "EXTERNAL_TABLE",
         "Parameters": {"classification": "parquet"},
         "PartitionKeys": [{"Name": "day", "Type": "string"}],
         "StorageDescriptor": {"Location": "s3://lake/sales/orders/",
           "InputFormat": "org.apache.hadoop.hive.ql.io.parquet.MapredParquetInputFormat",
           "OutputFormat": "org.apache.hadoop.hive.ql.io.parquet.MapredParquetOutputFormat",
           "Columns": [{"Name": "id", "Type": "bigint", "Comment": "order id"},
             {"Name": "total", "Type": "double"}],
           "SerdeInfo": {"SerializationLibrary":
             "org.apache.hadoop.hive.ql.io.parquet.serde.ParquetHiveSerDe",
             "Parameters": {"serialization.format": "1"}}}}}},
     "Jdbc": {"Type": "AWS::Glue::Connection", "Properties": {
       "CatalogId": {"Ref": "AWS::AccountId"},
       "ConnectionInput": {"Name": "warehouse", "ConnectionType": "JDBC",
         "ConnectionProperties": {"JDBC_CONNECTION_URL": "jdbc:postgresql://db:5432/sales",
           "USERNAME": "etl", "PASSWORD": {"Ref": "DbPassword"}},
         "PhysicalConnectionRequirements": {"SubnetId": "subnet-1",
           "SecurityGroupIdList": ["sg-1"], "AvailabilityZone": "us-east-1a"}}}},
     "Kafka": {"Type": "AWS::Glue::Connection", "Properties": {"CatalogId": "123456789012",
       "ConnectionInput": {"ConnectionType": "KAFKA", "ValidateCredentials": false,
         "ConnectionProperties": {"KAFKA_BOOTSTRAP_SERVERS": "b-1:9096",
           "KAFKA_SASL_MECHANISM": "SCRAM-SHA-512", "KAFKA_SASL_SCRAM_USERNAME": "etl",
           "KAFKA_SASL_SCRAM_PASSWORD": "Plain-Scram-1"}}}},
     "Crawler": {"Type": "AWS::Glue::Crawler", "Properties": {"Name": "sales-crawler",
       "Role": {"Ref": "Role"}, "DatabaseName": {"Ref": "Database"},
       "Schedule": {"ScheduleExpression": "cron(0 2 * * ? *)"},
       "SchemaChangePolicy": {"UpdateBehavior": "LOG", "DeleteBehavior": "LOG"},
       "RecrawlPolicy": {"RecrawlBehavior": "CRAWL_NEW_FOLDERS_ONLY"},
       "Configuration": "{\\"Version\\":1.0}",
       "Targets": {"S3Targets": [{"Path": "s3://lake/sales/", "Exclusions": ["**.tmp"]}],
         "JdbcTargets": [{"ConnectionName": {"Ref": "Jdbc"}, "Path": "sales/%"}],
         "DeltaTargets": [{"DeltaTables": ["s3://lake/delta/"]}]},
       "Tags": {"team": "data"}}},
     "Etl": {"Type": "AWS::Glue::Job", "Properties": {"Role": {"Ref": "Role"},
       "Command": {"Name": "glueetl", "ScriptLocation": "s3://lake/scripts/etl.py",
         "PythonVersion": "3"},
       "GlueVersion": "4.0", "WorkerType": "G.1X", "NumberOfWorkers": 2,
       "DefaultArguments": {"--job-language": "python"},
       "Connections": {"Connections": [{"Ref": "Jdbc"}]},
       "ExecutionProperty": {"MaxConcurrentRuns": 2}, "MaxRetries": 1, "Timeout": 60,
       "SecurityConfiguration": {"Ref": "Security"}, "JobMode": "SCRIPT",
       "Tags": {"team": "data"}}},
     "Legacy": {"Type": "AWS::Glue::Job", "Properties": {"Name": "legacy",
       "Role": "arn:aws:iam::123456789012:role/glue", "AllocatedCapacity": 5,
       "Command": {"Name": "glueetl", "ScriptLocation": "s3://lake/scripts/legacy.py"},
       "LogUri": "s3://logs/"}},
     "Nightly": {"Type": "AWS::Glue::Trigger", "Properties": {"Name": "nightly",
       "Type": "SCHEDULED", "Schedule": "cron(0 3 * * ? *)",
       "WorkflowName": {"Ref": "Flow"},
       "Actions": [{"JobName": {"Ref": "Etl"}, "Arguments": {"--day": "today"},
         "NotificationProperty": {"NotifyDelayAfter": 10}}]}},
     "AfterCrawl": {"Type": "AWS::Glue::Trigger", "Properties": {"Type": "CONDITIONAL",
       "StartOnCreation": true, "WorkflowName": {"Ref": "Flow"},
       "Actions": [{"JobName": {"Ref": "Etl"}}],
       "Predicate": {"Logical": "ANY", "Conditions": [{"LogicalOperator": "EQUALS",
         "CrawlerName": {"Ref": "Crawler"}, "CrawlState": "SUCCEEDED"}]},
       "EventBatchingCondition": {"BatchSize": 5, "BatchWindow": 900}}},
     "Flow": {"Type": "AWS::Glue::Workflow", "Properties": {"Name": "sales",
       "Description": "nightly sales", "DefaultRunProperties": {"day": "today"},
       "MaxConcurrentRuns": 1, "Tags": {"team": "data"}}},
     "Security": {"Type": "AWS::Glue::SecurityConfiguration", "Properties": {"Name": "sse",
       "EncryptionConfiguration": {"S3Encryptions": [{"S3EncryptionMode": "SSE-S3"}],
         "CloudWatchEncryption": {"CloudWatchEncryptionMode": "SSE-KMS",
           "KmsKeyArn": "arn:aws:kms:us-east-1:123456789012:key/1"}}}}}
    """

  static func convert() -> Conversion {
    Converter.convert(
      """
      {"Parameters": \(parameters), "Resources": \(resources),
       "Outputs": {"Database": {"Value": {"Ref": "Database"}},
         "Table": {"Value": {"Ref": "Orders"}},
         "TableId": {"Value": {"Fn::GetAtt": ["Orders", "Id"]}},
         "Connection": {"Value": {"Ref": "Jdbc"}},
         "Crawler": {"Value": {"Ref": "Crawler"}}, "Job": {"Value": {"Ref": "Etl"}},
         "Trigger": {"Value": {"Ref": "Nightly"}}, "Workflow": {"Value": {"Ref": "Flow"}},
         "Security": {"Value": {"Ref": "Security"}}}}
      """, fileName: "t.json")
  }

  @Test("databases and tables: their inputs spread over arguments, names in lower case")
  func catalog() {
    let conversion = Self.convert()
    #expect(
      MappingProbe.block("aws_glue_catalog_database.database", in: conversion) == """
        # Database (AWS::Glue::Database)
        resource "aws_glue_catalog_database" "database" {
          catalog_id   = data.aws_caller_identity.current.account_id
          name         = "sales"
          description  = "sales data"
          location_uri = "s3://lake/sales/"
          parameters = {
            classification = "parquet"
          }

          create_table_default_permission {
            permissions = ["ALL"]

            principal {
              data_lake_principal_identifier = "IAM_ALLOWED_PRINCIPALS"
            }
          }
        }

        """)
    #expect(
      MappingProbe.block("aws_glue_catalog_table.orders", in: conversion) == """
        # Orders (AWS::Glue::Table)
        resource "aws_glue_catalog_table" "orders" {
          catalog_id    = data.aws_caller_identity.current.account_id
          database_name = aws_glue_catalog_database.database.name
          name          = "orders"
          table_type    = "EXTERNAL_TABLE"
          parameters = {
            classification = "parquet"
          }

          partition_keys {
            name = "day"
            type = "string"
          }

          storage_descriptor {
            location      = "s3://lake/sales/orders/"
            input_format  = "org.apache.hadoop.hive.ql.io.parquet.MapredParquetInputFormat"
            output_format = "org.apache.hadoop.hive.ql.io.parquet.MapredParquetOutputFormat"

            columns {
              name    = "id"
              type    = "bigint"
              comment = "order id"
            }
            columns {
              name = "total"
              type = "double"
            }

            ser_de_info {
              serialization_library = "org.apache.hadoop.hive.ql.io.parquet.serde.ParquetHiveSerDe"
              parameters = {
                "serialization.format" = "1"
              }
            }
          }
        }

        """)
    #expect(
      MappingProbe.entry("Database.Properties.DatabaseInput.Name", in: conversion)?.note
        == "Glue stores it in lower case, as Hive does")
    #expect(
      MappingProbe.entry(
        "Orders.Properties.TableInput.StorageDescriptor.Columns[1].Type", in: conversion)?
        .targetText == "aws_glue_catalog_table.orders.storage_descriptor.columns.type")
    let named = MappingProbe.convert(
      resources: """
        {"Db": {"Type": "AWS::Glue::Database", "Properties": {"CatalogId": "123456789012",
          "DatabaseName": "Top", "DatabaseInput": {"Description": "x"}}},
         "Generated": {"Type": "AWS::Glue::Database", "Properties": {"CatalogId": "123456789012",
          "DatabaseInput": {}}}}
        """)
    #expect(MappingProbe.mainFile(named).contains("  name        = \"top\"\n"))
    #expect(
      MappingProbe.mainFile(named).contains(
        "name       = lower(lookup(var.physical_names, \"Generated\", \"${var.stack_name}-Generated\"))"
      ))
  }

  @Test("connections: passwords among the properties become sensitive variables")
  func connections() {
    let conversion = Self.convert()
    #expect(
      MappingProbe.block("aws_glue_connection.jdbc", in: conversion) == """
        # Jdbc (AWS::Glue::Connection)
        resource "aws_glue_connection" "jdbc" {
          catalog_id      = data.aws_caller_identity.current.account_id
          name            = "warehouse"
          connection_type = "JDBC"
          connection_properties = {
            JDBC_CONNECTION_URL = "jdbc:postgresql://db:5432/sales"
            USERNAME            = "etl"
            PASSWORD            = var.db_password
          }

          physical_connection_requirements {
            availability_zone      = "us-east-1a"
            security_group_id_list = ["sg-1"]
            subnet_id              = "subnet-1"
          }
        }

        """)
    #expect(
      MappingProbe.block("aws_glue_connection.kafka", in: conversion) == """
        # Kafka (AWS::Glue::Connection)
        # cfn2tf: 'ConnectionInput.ValidateCredentials' is dropped: a check CloudFormation asks Glue for when it creates the connection: Terraform creates it without one
        resource "aws_glue_connection" "kafka" {
          # cfn2tf: 'Name' is not set: CloudFormation names it <stack>-Kafka-<suffix>;
          # var.physical_names keeps the live name when a stack is adopted
          name            = lookup(var.physical_names, "Kafka", "${var.stack_name}-Kafka")
          catalog_id      = "123456789012"
          connection_type = "KAFKA"
          connection_properties = {
            KAFKA_BOOTSTRAP_SERVERS   = "b-1:9096"
            KAFKA_SASL_MECHANISM      = "SCRAM-SHA-512"
            KAFKA_SASL_SCRAM_USERNAME = "etl"
            KAFKA_SASL_SCRAM_PASSWORD = var.kafka_kafka_sasl_scram_password
          }
        }

        """)
    #expect(
      MappingProbe.messages(conversion).contains(
        "the connection property KAFKA_SASL_SCRAM_PASSWORD of 'Kafka' is written in the template; it becomes the sensitive variable 'kafka_kafka_sasl_scram_password'"
      ))
    let variables = conversion.file("variables.tf")?.contents ?? ""
    #expect(!variables.contains("Plain-Scram-1"))
    let entry = MappingProbe.entry(
      "Kafka.Properties.ConnectionInput.ConnectionProperties", in: conversion)
    #expect(entry?.sourceValue == "(sensitive)")
    #expect(
      MappingProbe.entry(
        "Jdbc.Properties.ConnectionInput.ConnectionProperties.PASSWORD", in: conversion)?
        .targetText == "aws_glue_connection.jdbc.connection_properties")
  }

  @Test("crawlers (targets by kind) and jobs (the role by ARN, AllocatedCapacity as max_capacity)")
  func crawlersAndJobs() {
    let conversion = Self.convert()
    #expect(
      MappingProbe.block("aws_glue_crawler.crawler", in: conversion) == """
        # Crawler (AWS::Glue::Crawler)
        resource "aws_glue_crawler" "crawler" {
          name          = "sales-crawler"
          role          = aws_iam_role.role.name
          database_name = aws_glue_catalog_database.database.name
          configuration = "{\\"Version\\":1.0}"
          schedule      = "cron(0 2 * * ? *)"
          tags = {
            team = "data"
          }

          schema_change_policy {
            update_behavior = "LOG"
            delete_behavior = "LOG"
          }

          recrawl_policy {
            recrawl_behavior = "CRAWL_NEW_FOLDERS_ONLY"
          }

          s3_target {
            path       = "s3://lake/sales/"
            exclusions = ["**.tmp"]
          }

          jdbc_target {
            connection_name = aws_glue_connection.jdbc.name
            path            = "sales/%"
          }

          delta_target {
            delta_tables = ["s3://lake/delta/"]
            # Glue's default
            write_manifest = false
          }
        }

        """)
    #expect(
      MappingProbe.block("aws_glue_job.etl", in: conversion) == """
        # Etl (AWS::Glue::Job)
        # cfn2tf: 'JobMode' is dropped: "SCRIPT" is the default, which needs no argument
        resource "aws_glue_job" "etl" {
          # cfn2tf: 'Name' is not set: CloudFormation names it <stack>-Etl-<suffix>;
          # var.physical_names keeps the live name when a stack is adopted
          name              = lookup(var.physical_names, "Etl", "${var.stack_name}-Etl")
          role_arn          = aws_iam_role.role.arn
          glue_version      = "4.0"
          worker_type       = "G.1X"
          number_of_workers = 2
          max_retries       = 1
          timeout           = 60
          default_arguments = {
            "--job-language" = "python"
          }
          connections            = [aws_glue_connection.jdbc.name]
          security_configuration = aws_glue_security_configuration.security.name
          tags = {
            team = "data"
          }

          command {
            name            = "glueetl"
            script_location = "s3://lake/scripts/etl.py"
            python_version  = "3"
          }

          execution_property {
            max_concurrent_runs = 2
          }
        }

        """)
    #expect(
      MappingProbe.block("aws_glue_job.legacy", in: conversion) == """
        # Legacy (AWS::Glue::Job)
        # cfn2tf: 'LogUri' is dropped: Glue reserves LogUri for future use: it has no effect
        resource "aws_glue_job" "legacy" {
          name         = "legacy"
          role_arn     = "arn:aws:iam::123456789012:role/glue"
          max_capacity = 5

          command {
            name            = "glueetl"
            script_location = "s3://lake/scripts/legacy.py"
          }
        }

        """)
    #expect(
      MappingProbe.entry(
        "Crawler.Properties.Targets.DeltaTargets[0].WriteManifest", in: conversion)?
        .kind == .addition)
    #expect(MappingProbe.entry("Etl.Properties.JobMode", in: conversion)?.status == .dropped)
    #expect(
      MappingProbe.entry("Legacy.Properties.AllocatedCapacity", in: conversion)?.targetText
        == "aws_glue_job.legacy.max_capacity")
    let visual = MappingProbe.convert(
      resources: """
        {"Job": {"Type": "AWS::Glue::Job", "Properties": {"Name": "j", "Role": "r",
          "JobMode": "VISUAL", "Command": {"ScriptLocation": "s3://b/k.py"}}}}
        """)
    #expect(MappingProbe.entry("Job.Properties.JobMode", in: visual)?.status == .unsupported)
  }

  @Test("triggers (stopped unless StartOnCreation), workflows and security configurations")
  func triggersAndWorkflows() {
    let conversion = Self.convert()
    #expect(
      MappingProbe.block("aws_glue_trigger.nightly", in: conversion) == """
        # Nightly (AWS::Glue::Trigger)
        resource "aws_glue_trigger" "nightly" {
          name          = "nightly"
          type          = "SCHEDULED"
          workflow_name = aws_glue_workflow.flow.name
          schedule      = "cron(0 3 * * ? *)"
          # CloudFormation's default
          enabled = false

          actions {
            job_name = aws_glue_job.etl.name
            arguments = {
              "--day" = "today"
            }

            notification_property {
              notify_delay_after = 10
            }
          }
        }

        """)
    #expect(
      MappingProbe.block("aws_glue_trigger.after_crawl", in: conversion) == """
        # AfterCrawl (AWS::Glue::Trigger)
        resource "aws_glue_trigger" "after_crawl" {
          # cfn2tf: 'Name' is not set: CloudFormation names it <stack>-AfterCrawl-<suffix>;
          # var.physical_names keeps the live name when a stack is adopted
          name              = lookup(var.physical_names, "AfterCrawl", "${var.stack_name}-AfterCrawl")
          type              = "CONDITIONAL"
          workflow_name     = aws_glue_workflow.flow.name
          start_on_creation = true

          actions {
            job_name = aws_glue_job.etl.name
          }

          predicate {
            logical = "ANY"

            conditions {
              logical_operator = "EQUALS"
              crawler_name     = aws_glue_crawler.crawler.name
              crawl_state      = "SUCCEEDED"
            }
          }

          event_batching_condition {
            batch_size   = 5
            batch_window = 900
          }
        }

        """)
    #expect(
      MappingProbe.block("aws_glue_workflow.flow", in: conversion) == """
        # Flow (AWS::Glue::Workflow)
        resource "aws_glue_workflow" "flow" {
          name        = "sales"
          description = "nightly sales"
          default_run_properties = {
            day = "today"
          }
          max_concurrent_runs = 1
          tags = {
            team = "data"
          }
        }

        """)
    #expect(
      MappingProbe.block("aws_glue_security_configuration.security", in: conversion) == """
        # Security (AWS::Glue::SecurityConfiguration)
        resource "aws_glue_security_configuration" "security" {
          name = "sse"

          encryption_configuration {
            cloudwatch_encryption {
              cloudwatch_encryption_mode = "SSE-KMS"
              kms_key_arn                = "arn:aws:kms:us-east-1:123456789012:key/1"
            }

            # Glue's default: Terraform requires the block
            job_bookmarks_encryption {
              job_bookmarks_encryption_mode = "DISABLED"
            }

            s3_encryption {
              s3_encryption_mode = "SSE-S3"
            }
          }
        }

        """)
    let enabled = MappingProbe.entry("Nightly.Properties.StartOnCreation", in: conversion)
    #expect(enabled?.kind == .addition)
    #expect(enabled?.targetText == "aws_glue_trigger.nightly.enabled")
    #expect(
      MappingProbe.entry("AfterCrawl.Properties.StartOnCreation", in: conversion)?.kind == .property
    )
    #expect(
      MappingProbe.entry(
        "Security.Properties.EncryptionConfiguration.JobBookmarksEncryption", in: conversion)?
        .kind == .addition)
  }

  @Test("Ref and GetAtt: names")
  func attributes() {
    let outputs = Self.convert().file("outputs.tf")?.contents ?? ""
    for line in [
      "value = aws_glue_catalog_database.database.name",
      "value = aws_glue_catalog_table.orders.name",
      "value = aws_glue_connection.jdbc.name",
      "value = aws_glue_crawler.crawler.name",
      "value = aws_glue_job.etl.name",
      "value = aws_glue_trigger.nightly.name",
      "value = aws_glue_workflow.flow.name",
      "value = aws_glue_security_configuration.security.name",
    ] {
      #expect(outputs.contains(line), "\(line)")
    }
  }

  @Test(
    "Glue types convert to a module terraform validates",
    .enabled(if: Repository.canValidate, "needs terraform, its provider mirror and tf-validate"))
  func oracle() throws {
    let (status, output) = try MappingProbe.validate(Self.convert(), label: "glue")
    #expect(status == 0, "\(output)")
  }
}

extension Glue: ImportCaseProvider {
  static let importIds = [
    "Role": "web-Role-1ABCDEFGHIJK", "Database": "sales", "Orders": "orders",
    "Jdbc": "warehouse", "Kafka": "Kafka-AbCdEfGhIjKl", "Crawler": "sales-crawler",
    "Etl": "Etl-AbCdEfGhIjKl", "Legacy": "legacy", "Nightly": "nightly",
    "AfterCrawl": "AfterCrawl-AbCdEfGhIjKl", "Flow": "sales", "Security": "sse",
  ]

  static func glue(_ address: String, _ origin: String, _ expected: ImportCase.Expectation)
    -> ImportCase
  {
    ImportCase(
      address: address, origin: origin, resources: GlueMappingTests.resources,
      parameters: GlueMappingTests.parameters, physicalIds: importIds, expected: expected)
  }

  /// Catalog databases and connections are imported as `<catalog id>:<name>`, tables as
  /// `<catalog id>:<database>:<table>`; the others by name, which is the physical id.
  static var importCases: [ImportCase] {
    [
      glue("aws_glue_catalog_database.database", "Database", .id("123456789012:sales")),
      glue("aws_glue_catalog_table.orders", "Orders", .id("123456789012:sales:orders")),
      glue("aws_glue_connection.jdbc", "Jdbc", .id("123456789012:warehouse")),
      glue("aws_glue_connection.kafka", "Kafka", .id("123456789012:Kafka-AbCdEfGhIjKl")),
      glue("aws_glue_crawler.crawler", "Crawler", .id("sales-crawler")),
      glue("aws_glue_job.etl", "Etl", .id("Etl-AbCdEfGhIjKl")),
      glue("aws_glue_trigger.nightly", "Nightly", .id("nightly")),
      glue("aws_glue_workflow.flow", "Flow", .id("sales")),
      glue("aws_glue_security_configuration.security", "Security", .id("sse")),
    ]
  }
}
