import CFNParser

extension KinesisFirehose {
  /// `SplunkDestinationConfiguration`; the HEC token a sensitive variable.
  static let splunk: [PropertyRule] = [
    .argument("HECEndpoint", "hec_endpoint"),
    .argument("HECEndpointType", "hec_endpoint_type"),
    .custom(
      "HECToken",
      SecretArgument.rule(
        "hec_token", .init("Splunk HEC token", variable: "hec_token"), in: "splunk_configuration")
    ),
    .argument("HECAcknowledgmentTimeoutInSeconds", "hec_acknowledgment_timeout"),
    buffering(["splunk_configuration"]),
    retry(["splunk_configuration"]),
    .argument("S3BackupMode", "s3_backup_mode"),
    s3Configuration("splunk_configuration"),
    secretsManager,
    processing,
    logging,
  ]

  /// `HttpEndpointDestinationConfiguration`; the access key a sensitive variable.
  static let httpEndpoint: [PropertyRule] = [
    .custom(
      "EndpointConfiguration",
      ExtraResources.flattened(
        [
          .argument("Url", "url"),
          .argument("Name", "name"),
          .custom(
            "AccessKey",
            SecretArgument.rule(
              "access_key", .init("HTTP endpoint access key", variable: "access_key"),
              in: "http_endpoint_configuration")),
        ], in: ["http_endpoint_configuration"])),
    .argument("RoleARN", "role_arn"),
    PropertyRule(
      "RequestConfiguration",
      .block(
        "request_configuration",
        [
          .argument("ContentEncoding", "content_encoding"),
          PropertyRule(
            "CommonAttributes",
            .blocks(
              "common_attributes",
              [.argument("AttributeName", "name"), .argument("AttributeValue", "value")])),
        ])),
    buffering(["http_endpoint_configuration"]),
    retry(["http_endpoint_configuration"]),
    .argument("S3BackupMode", "s3_backup_mode"),
    s3Configuration("http_endpoint_configuration"),
    secretsManager,
    processing,
    logging,
  ]

  /// `SnowflakeDestinationConfiguration`; the private key and its passphrase sensitive variables.
  static let snowflake: [PropertyRule] = [
    .argument("AccountUrl", "account_url"),
    .argument("Database", "database"),
    .argument("Schema", "schema"),
    .argument("Table", "table"),
    .argument("User", "user"),
    .custom(
      "PrivateKey",
      SecretArgument.rule(
        "private_key", .init("Snowflake private key", variable: "private_key"),
        in: "snowflake_configuration")),
    .custom(
      "KeyPassphrase",
      SecretArgument.rule(
        "key_passphrase", .init("Snowflake key passphrase", variable: "key_passphrase"),
        in: "snowflake_configuration")),
    .argument("RoleARN", "role_arn"),
    .argument("DataLoadingOption", "data_loading_option"),
    .argument("ContentColumnName", "content_column_name"),
    .argument("MetaDataColumnName", "metadata_column_name"),
    PropertyRule(
      "SnowflakeRoleConfiguration",
      .block(
        "snowflake_role_configuration",
        [.argument("Enabled", "enabled"), .argument("SnowflakeRole", "snowflake_role")])),
    PropertyRule(
      "SnowflakeVpcConfiguration",
      .block(
        "snowflake_vpc_configuration", [.argument("PrivateLinkVpceId", "private_link_vpce_id")])),
    buffering(["snowflake_configuration"]),
    retry(["snowflake_configuration"]),
    .argument("S3BackupMode", "s3_backup_mode"),
    s3Configuration("snowflake_configuration"),
    secretsManager,
    processing,
    logging,
  ]

  /// `IcebergDestinationConfiguration`. Provider 5.100 has no append-only mode, warehouse
  /// location, partition specs, schema evolution nor table creation.
  static let iceberg: [PropertyRule] = [
    .custom(
      "CatalogConfiguration",
      ExtraResources.flattened(
        [
          .argument("CatalogArn", "catalog_arn"),
          absent(
            "WarehouseLocation",
            "iceberg_configuration (provider 5.100) has no warehouse location: Firehose uses the Glue catalog's"
          ),
        ], in: ["iceberg_configuration"])),
    .argument("RoleARN", "role_arn"),
    PropertyRule(
      "DestinationTableConfigurationList",
      .blocks(
        "destination_table_configuration",
        [
          .argument("DestinationDatabaseName", "database_name"),
          .argument("DestinationTableName", "table_name"),
          .argument("UniqueKeys", "unique_keys"),
          .argument("S3ErrorOutputPrefix", "s3_error_output_prefix"),
          absent(
            "PartitionSpec",
            "destination_table_configuration (provider 5.100) has no partition spec: Firehose writes to the table's own partitioning"
          ),
        ])),
    absent(
      "AppendOnly", unless: "false",
      "iceberg_configuration (provider 5.100) has no append-only mode: Firehose may update and delete rows"
    ),
    unlessDisabled(
      "SchemaEvolutionConfiguration",
      "iceberg_configuration (provider 5.100) cannot evolve the table's schema: turn it on with 'aws firehose update-destination'"
    ),
    unlessDisabled(
      "TableCreationConfiguration",
      "iceberg_configuration (provider 5.100) cannot create tables: create them in Glue first"),
    buffering(["iceberg_configuration"]),
    retry(["iceberg_configuration"]),
    .argument("s3BackupMode", "s3_backup_mode"),
    s3Configuration("iceberg_configuration"),
    processing,
    logging,
  ]
}
