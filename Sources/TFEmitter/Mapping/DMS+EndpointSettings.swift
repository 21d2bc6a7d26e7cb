import CFNParser

extension DMS {
  /// The settings of a Kafka target.
  static let kafkaRules: [PropertyRule] = [
    .argument("Broker", "broker"), .argument("Topic", "topic"),
    .argument("MessageFormat", "message_format"),
    .argument("MessageMaxBytes", "message_max_bytes"),
    .argument("IncludeControlDetails", "include_control_details"),
    .argument("IncludeNullAndEmpty", "include_null_and_empty"),
    .argument("IncludePartitionValue", "include_partition_value"),
    .argument("IncludeTableAlterOperations", "include_table_alter_operations"),
    .argument("IncludeTransactionDetails", "include_transaction_details"),
    .argument("NoHexPrefix", "no_hex_prefix"),
    .argument("PartitionIncludeSchemaTable", "partition_include_schema_table"),
    .argument("SecurityProtocol", "security_protocol"),
    .argument("SaslUserName", "sasl_username"),
    .custom(
      "SaslPassword",
      SecretArgument.rule(
        "sasl_password", .init("SASL password", variable: "sasl_password"), in: "kafka_settings")),
    .argument("SslCaCertificateArn", "ssl_ca_certificate_arn"),
    .argument("SslClientCertificateArn", "ssl_client_certificate_arn"),
    .argument("SslClientKeyArn", "ssl_client_key_arn"),
    .custom(
      "SslClientKeyPassword",
      SecretArgument.rule(
        "ssl_client_key_password",
        .init("client key password", variable: "ssl_client_key_password"), in: "kafka_settings")),
  ]

  /// The settings of a Kinesis target (`NoHexPrefix` has no counterpart).
  static let kinesisRules: [PropertyRule] = [
    .argument("StreamArn", "stream_arn"),
    .argument("ServiceAccessRoleArn", "service_access_role_arn"),
    .argument("MessageFormat", "message_format"),
    .argument("IncludeControlDetails", "include_control_details"),
    .argument("IncludeNullAndEmpty", "include_null_and_empty"),
    .argument("IncludePartitionValue", "include_partition_value"),
    .argument("IncludeTableAlterOperations", "include_table_alter_operations"),
    .argument("IncludeTransactionDetails", "include_transaction_details"),
    .argument("PartitionIncludeSchemaTable", "partition_include_schema_table"),
  ]

  /// The settings of a PostgreSQL endpoint.
  static let postgresRules: [PropertyRule] = [
    .argument("AfterConnectScript", "after_connect_script"),
    .argument("BabelfishDatabaseName", "babelfish_database_name"),
    .argument("CaptureDdls", "capture_ddls"),
    .argument("DatabaseMode", "database_mode"),
    .argument("DdlArtifactsSchema", "ddl_artifacts_schema"),
    .argument("ExecuteTimeout", "execute_timeout"),
    .argument("FailTasksOnLobTruncation", "fail_tasks_on_lob_truncation"),
    .argument("HeartbeatEnable", "heartbeat_enable"),
    .argument("HeartbeatFrequency", "heartbeat_frequency"),
    .argument("HeartbeatSchema", "heartbeat_schema"),
    .argument("MapBooleanAsBoolean", "map_boolean_as_boolean"),
    .argument("MaxFileSize", "max_file_size"),
    .argument("PluginName", "plugin_name"),
    .argument("SlotName", "slot_name"),
  ]

  /// The connection settings an engine's settings may hold, which are the endpoint's own
  /// arguments in Terraform.
  static let connectionArguments = [
    "ServerName": "server_name", "Port": "port", "Username": "username",
    "Password": "password", "DatabaseName": "database_name",
    "SecretsManagerAccessRoleArn": "secrets_manager_access_role_arn",
    "SecretsManagerSecretId": "secrets_manager_arn",
  ]

  /// An engine's settings: the fields `rules` name as the nested block `block`; the connection
  /// settings (when `connection`) and `ServiceAccessRoleArn` (when `service` names an
  /// argument) as the endpoint's own arguments; anything else not converted, passwords without
  /// their value.
  static func settings(
    _ block: String?, _ rules: [PropertyRule], service: String? = nil, connection: Bool = true
  ) -> PropertyCode {
    { member, builder, parts in
      guard !isS3(builder) else {
        builder.unsupported(member, reason: "an S3 endpoint takes S3Settings only")
        return
      }
      guard case .object(let fields) = member.value.kind else {
        builder.report(member, .computedObject(block: block ?? "settings"))
        return
      }
      let address = builder.primary.path
      builder.record(
        member, target: block.map { address / $0 } ?? address,
        status: .transformed,
        note: "its connection settings became the endpoint's arguments")
      var inner = BodyParts()
      for field in fields {
        let setting = member.field(field)
        if let block, let rule = rules.first(where: { $0.property == field.key }) {
          builder.apply(
            [rule], to: [field], in: builder.scope.block(block, reading: member.path), into: &inner)
        } else if connection, let argument = connectionArguments[field.key] {
          connectionSetting(setting, field.key, argument, &builder, &parts)
        } else if let service, field.key == "ServiceAccessRoleArn" {
          parts.argument(
            service, builder.translate(setting, as: .string, target: address / service))
        } else {
          let missing =
            "aws_dms_endpoint (provider 5.100) has no \(field.key) among its \(member.key)"
          if field.key.contains("Password") || field.key == "SecurityDbEncryption" {
            reportSecret(
              setting,
              "\(missing): set it with 'aws dms modify-endpoint' (in ExtraConnectionAttributes it would be plain text)",
              &builder)
          } else {
            builder.unsupported(
              setting, reason: "\(missing): give it in ExtraConnectionAttributes")
          }
        }
      }
      if let block { parts.block(HCLBlock(block, body: inner.body)) }
    }
  }

  /// A connection setting of an engine's settings as the endpoint's argument `argument`, unless
  /// the endpoint gives its own.
  static func connectionSetting(
    _ member: RuleMember, _ name: String, _ argument: String, _ builder: inout ResourceBuilder,
    _ parts: inout BodyParts
  ) {
    if builder.resource.property(name) != nil {
      if name == "Password" {
        reportSecret(member, "the endpoint's own Password is written", &builder)
      } else {
        builder.dropped(member, reason: "the endpoint's own \(name) is written")
      }
      return
    }
    if name == "Password" {
      SecretArgument.rule(argument, .init("password", variable: "password"))(
        member, &builder, &parts)
      return
    }
    let type = ResourceBuilder.valueType(of: builder.scope.attribute(argument)?.type)
    parts.argument(
      argument,
      builder.translate(member, as: type, target: builder.primary.path / argument))
  }

  /// The fields of `S3Settings`, each an argument of `aws_dms_s3_endpoint` named in snake case.
  static let s3Fields = [
    "BucketName", "BucketFolder", "ServiceAccessRoleArn", "ExpectedBucketOwner",
    "CannedAclForObjects", "AddColumnName", "AddTrailingPaddingCharacter", "CdcInsertsAndUpdates",
    "CdcInsertsOnly", "CdcMaxBatchInterval", "CdcMinFileSize", "CdcPath", "CompressionType",
    "CsvDelimiter", "CsvNoSupValue", "CsvNullValue", "CsvRowDelimiter", "UseCsvNoSupValue",
    "DataFormat", "DataPageSize", "DictPageSizeLimit", "EnableStatistics", "EncodingType",
    "ParquetTimestampInMillisecond", "ParquetVersion", "RowGroupLength", "DatePartitionDelimiter",
    "DatePartitionEnabled", "DatePartitionSequence", "DatePartitionTimezone", "EncryptionMode",
    "ServerSideEncryptionKmsKeyId", "ExternalTableDefinition", "GlueCatalogGeneration",
    "IgnoreHeaderRows", "IncludeOpForFullLoad", "MaxFileSize", "PreserveTransactions", "Rfc4180",
    "TimestampColumnName", "UseTaskStartTimeForFullLoadTimestamp",
  ]

  /// The argument of S3 setting `field`.
  static func s3Argument(_ field: String) -> String {
    field == "Rfc4180" ? "rfc_4180" : Namer.snakeCase(field)
  }

  /// `S3Settings`: the arguments of an `aws_dms_s3_endpoint`.
  @Sendable static func s3Settings(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    guard isS3(builder) else {
      builder.unsupported(
        member,
        reason:
          "cfn2tf writes S3 settings for an endpoint whose EngineName is written out as s3 (aws_dms_s3_endpoint)"
      )
      return
    }
    ExtraResources.flattened(s3Fields.map { .argument($0, s3Argument($0)) })(
      member, &builder, &parts)
  }

  /// `ExtraConnectionAttributes`: as it is, except for an S3 endpoint, which has no such
  /// argument: each `name=value` that names an S3 setting becomes that setting's argument
  /// (unless `S3Settings` gives it).
  @Sendable static func extraConnectionAttributes(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    let address = builder.primary.path
    guard isS3(builder) else {
      parts.argument(
        "extra_connection_attributes",
        builder.translate(
          member, as: .string, target: address / "extra_connection_attributes"))
      return
    }
    guard let text = member.value.stringValue else {
      builder.unsupported(
        member,
        reason:
          "aws_dms_s3_endpoint has no extra connection attributes: write them out, or give them in S3Settings"
      )
      return
    }
    var given: Set<String> = []
    if case .object(let fields) = builder.resource.property("S3Settings")?.value.kind {
      given = Set(fields.map(\.key))
    }
    builder.record(
      member, target: address, status: .transformed,
      note: "each S3 setting became the endpoint's argument", source: member.value)
    for pair in text.split(separator: ";") {
      let pieces = pair.split(separator: "=", maxSplits: 1).map {
        String($0).trimmingCharacters(in: " ")
      }
      guard let key = pieces.first, !key.isEmpty else { continue }
      let setting = RuleMember(
        ExprMember(
          key: key, keyRange: member.keyRange,
          value: Expr(.string(String(pair)), range: member.value.range)),
        in: member.path)
      guard pieces.count == 2,
        let field = s3Fields.first(where: { $0.lowercased() == key.lowercased() })
      else {
        builder.unsupported(
          setting,
          reason:
            "not an S3 setting cfn2tf knows: give it in S3Settings, as CloudFormation names it")
        continue
      }
      guard !given.contains(field) else {
        builder.dropped(setting, reason: "S3Settings.\(field) is written instead")
        continue
      }
      let argument = s3Argument(field)
      let value = setting.with(value: Expr(.string(pieces[1]), range: member.value.range))
      let type = ResourceBuilder.valueType(of: builder.scope.attribute(argument)?.type)
      parts.argument(argument, builder.translate(value, as: type, target: address / argument))
    }
  }
}
