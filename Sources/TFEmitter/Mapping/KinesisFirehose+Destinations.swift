import CFNParser

extension KinesisFirehose {
  /// `CloudWatchLoggingOptions`: a `cloudwatch_logging_options` block.
  static let logging = PropertyRule(
    "CloudWatchLoggingOptions",
    .block(
      "cloudwatch_logging_options",
      [
        .argument("Enabled", "enabled"), .argument("LogGroupName", "log_group_name"),
        .argument("LogStreamName", "log_stream_name"),
      ]))

  /// `ProcessingConfiguration`: its processors (Lambda, de-aggregation, …), each with its
  /// parameters.
  static let processing = PropertyRule(
    "ProcessingConfiguration",
    .block(
      "processing_configuration",
      [
        .argument("Enabled", "enabled"),
        PropertyRule(
          "Processors",
          .blocks(
            "processors",
            [
              .argument("Type", "type"),
              PropertyRule(
                "Parameters",
                .blocks(
                  "parameters",
                  [
                    .argument("ParameterName", "parameter_name"),
                    .argument("ParameterValue", "parameter_value"),
                  ])),
            ])),
      ]))

  /// `VpcConfiguration`: a `vpc_config` block.
  static let vpc = PropertyRule(
    "VpcConfiguration",
    .block(
      "vpc_config",
      [
        .argument("RoleARN", "role_arn"), .argument("SecurityGroupIds", "security_group_ids"),
        .argument("SubnetIds", "subnet_ids"),
      ]))

  /// `SecretsManagerConfiguration`: a `secrets_manager_configuration` block.
  static let secretsManager = PropertyRule(
    "SecretsManagerConfiguration",
    .block(
      "secrets_manager_configuration",
      [
        .argument("Enabled", "enabled"), .argument("RoleARN", "role_arn"),
        .argument("SecretARN", "secret_arn"),
      ]))

  /// `BufferingHints`, whose fields are arguments of the block at `path`.
  static func buffering(_ path: [String]) -> PropertyRule {
    .custom(
      "BufferingHints",
      ExtraResources.flattened(
        [
          .argument("IntervalInSeconds", "buffering_interval"),
          .argument("SizeInMBs", "buffering_size"),
        ], in: path))
  }

  /// `RetryOptions`, whose duration is `retry_duration` of the block at `path`.
  static func retry(_ path: [String]) -> PropertyRule {
    .custom(
      "RetryOptions",
      ExtraResources.flattened([.argument("DurationInSeconds", "retry_duration")], in: path))
  }

  /// `EncryptionConfiguration` of an S3 destination: the KMS key as `kms_key_arn` of the block at
  /// `path`.
  static func encryption(_ path: [String]) -> PropertyRule {
    .custom(
      "EncryptionConfiguration",
      ExtraResources.flattened(
        [
          .custom(
            "KMSEncryptionConfig",
            ExtraResources.flattened([.argument("AWSKMSKeyARN", "kms_key_arn")], in: path)),
          .drop(
            "NoEncryptionConfig",
            "NoEncryption is what no kms_key_arn means: objects are not encrypted with a KMS key"),
        ], in: path))
  }

  /// The fields of an S3 destination (`S3DestinationConfiguration`, a destination's
  /// `S3Configuration` or `S3BackupConfiguration`), written in the block at `path`.
  static func s3(_ path: [String]) -> [PropertyRule] {
    [
      .argument("BucketARN", "bucket_arn"),
      .argument("RoleARN", "role_arn"),
      .argument("Prefix", "prefix"),
      .argument("ErrorOutputPrefix", "error_output_prefix"),
      buffering(path),
      .argument("CompressionFormat", "compression_format"),
      encryption(path),
      logging,
    ]
  }

  /// A destination's `S3Configuration`, the bucket it backs up to.
  static func s3Configuration(_ block: String) -> PropertyRule {
    PropertyRule("S3Configuration", .block("s3_configuration", s3([block, "s3_configuration"])))
  }

  /// `ExtendedS3DestinationConfiguration`, written in the block at `path`.
  static func extendedS3(_ path: [String]) -> [PropertyRule] {
    s3(path) + [
      .argument("CustomTimeZone", "custom_time_zone"),
      .argument("FileExtension", "file_extension"),
      processing,
      PropertyRule(
        "DynamicPartitioningConfiguration",
        .block(
          "dynamic_partitioning_configuration",
          [
            .argument("Enabled", "enabled"),
            retry(path + ["dynamic_partitioning_configuration"]),
          ])),
      PropertyRule(
        "DataFormatConversionConfiguration",
        .block(
          "data_format_conversion_configuration", dataFormatConversion)),
      .argument("S3BackupMode", "s3_backup_mode"),
      PropertyRule(
        "S3BackupConfiguration",
        .block("s3_backup_configuration", s3(path + ["s3_backup_configuration"]))),
    ]
  }

  /// `DataFormatConversionConfiguration`: the JSON deserializer, the ORC or Parquet serializer
  /// and the Glue table's schema.
  static let dataFormatConversion: [PropertyRule] = [
    .argument("Enabled", "enabled"),
    PropertyRule(
      "InputFormatConfiguration",
      .block(
        "input_format_configuration",
        [
          PropertyRule(
            "Deserializer",
            .block(
              "deserializer",
              [
                PropertyRule(
                  "HiveJsonSerDe",
                  .block(
                    "hive_json_ser_de", [.argument("TimestampFormats", "timestamp_formats")])),
                PropertyRule(
                  "OpenXJsonSerDe",
                  .block(
                    "open_x_json_ser_de",
                    [
                      .argument("CaseInsensitive", "case_insensitive"),
                      .argument("ColumnToJsonKeyMappings", "column_to_json_key_mappings"),
                      .argument(
                        "ConvertDotsInJsonKeysToUnderscores",
                        "convert_dots_in_json_keys_to_underscores"),
                    ])),
              ]))
        ])),
    PropertyRule(
      "OutputFormatConfiguration",
      .block(
        "output_format_configuration",
        [
          PropertyRule(
            "Serializer",
            .block(
              "serializer",
              [
                PropertyRule(
                  "OrcSerDe",
                  .block(
                    "orc_ser_de",
                    [
                      .argument("BlockSizeBytes", "block_size_bytes"),
                      .argument("BloomFilterColumns", "bloom_filter_columns"),
                      .argument(
                        "BloomFilterFalsePositiveProbability",
                        "bloom_filter_false_positive_probability"),
                      .argument("Compression", "compression"),
                      .argument("DictionaryKeyThreshold", "dictionary_key_threshold"),
                      .argument("EnablePadding", "enable_padding"),
                      .argument("FormatVersion", "format_version"),
                      .argument("PaddingTolerance", "padding_tolerance"),
                      .argument("RowIndexStride", "row_index_stride"),
                      .argument("StripeSizeBytes", "stripe_size_bytes"),
                    ])),
                PropertyRule(
                  "ParquetSerDe",
                  .block(
                    "parquet_ser_de",
                    [
                      .argument("BlockSizeBytes", "block_size_bytes"),
                      .argument("Compression", "compression"),
                      .argument("EnableDictionaryCompression", "enable_dictionary_compression"),
                      .argument("MaxPaddingBytes", "max_padding_bytes"),
                      .argument("PageSizeBytes", "page_size_bytes"),
                      .argument("WriterVersion", "writer_version"),
                    ])),
              ]))
        ])),
    PropertyRule(
      "SchemaConfiguration",
      .block(
        "schema_configuration",
        [
          .argument("CatalogId", "catalog_id"), .argument("DatabaseName", "database_name"),
          .argument("Region", "region"), .argument("RoleARN", "role_arn"),
          .argument("TableName", "table_name"), .argument("VersionId", "version_id"),
        ])),
  ]

  /// `RedshiftDestinationConfiguration`; the password a sensitive variable.
  static let redshift: [PropertyRule] = [
    .argument("ClusterJDBCURL", "cluster_jdbcurl"),
    .argument("RoleARN", "role_arn"),
    .argument("Username", "username"),
    .custom(
      "Password",
      SecretArgument.rule(
        "password", .init("Redshift password", variable: "redshift_password"),
        in: "redshift_configuration")),
    .custom(
      "CopyCommand",
      ExtraResources.flattened(
        [
          .argument("DataTableName", "data_table_name"),
          .argument("DataTableColumns", "data_table_columns"),
          .argument("CopyOptions", "copy_options"),
        ], in: ["redshift_configuration"])),
    retry(["redshift_configuration"]),
    s3Configuration("redshift_configuration"),
    .argument("S3BackupMode", "s3_backup_mode"),
    PropertyRule(
      "S3BackupConfiguration",
      .block(
        "s3_backup_configuration", s3(["redshift_configuration", "s3_backup_configuration"]))),
    processing,
    secretsManager,
    logging,
  ]

  /// `ElasticsearchDestinationConfiguration` or `AmazonopensearchserviceDestinationConfiguration`,
  /// written in `block`. Only OpenSearch has document id options in provider 5.100.
  static func search(_ block: String) -> [PropertyRule] {
    let documentIds =
      block == "opensearch_configuration"
      ? PropertyRule(
        "DocumentIdOptions",
        .block(
          "document_id_options",
          [.argument("DefaultDocumentIdFormat", "default_document_id_format")]))
      : .custom("DocumentIdOptions") { member, builder, _ in
        guard case .object(let fields) = member.value.kind,
          fields.count == 1, fields[0].value.stringValue == "FIREHOSE_DEFAULT"
        else {
          builder.unsupported(
            member,
            reason:
              "elasticsearch_configuration (provider 5.100) has no document id options: Firehose makes a document id for each record"
          )
          return
        }
        builder.dropped(
          member, reason: "FIREHOSE_DEFAULT is what Firehose does without document id options")
      }
    return [
      .argument("DomainARN", "domain_arn"),
      .argument("ClusterEndpoint", "cluster_endpoint"),
      .argument("IndexName", "index_name"),
      .argument("TypeName", "type_name"),
      .argument("IndexRotationPeriod", "index_rotation_period"),
      .argument("RoleARN", "role_arn"),
      documentIds,
      buffering([block]),
      retry([block]),
      .argument("S3BackupMode", "s3_backup_mode"),
      s3Configuration(block),
      vpc,
      processing,
      logging,
    ]
  }

  /// `AmazonOpenSearchServerlessDestinationConfiguration`.
  static let searchServerless: [PropertyRule] = [
    .argument("CollectionEndpoint", "collection_endpoint"),
    .argument("IndexName", "index_name"),
    .argument("RoleARN", "role_arn"),
    buffering(["opensearchserverless_configuration"]),
    retry(["opensearchserverless_configuration"]),
    .argument("S3BackupMode", "s3_backup_mode"),
    s3Configuration("opensearchserverless_configuration"),
    vpc,
    processing,
    logging,
  ]
}
