import CFNParser

extension DMS {
  /// `AWS::DMS::Endpoint`. `Ref` and `Id` are its ARN. An endpoint whose `EngineName` is `s3`
  /// is an `aws_dms_s3_endpoint` (the `s3_settings` of `aws_dms_endpoint` are deprecated), its
  /// `S3Settings` and the S3 settings among its `ExtraConnectionAttributes` its arguments. The
  /// connection settings of an engine's settings (server, port, user, password, database,
  /// Secrets Manager secret) are the endpoint's own arguments in Terraform; every password is
  /// a sensitive variable.
  static let endpoint: ResourceMapping = {
    var mapping = ResourceMapping(
      "AWS::DMS::Endpoint", to: "aws_dms_endpoint", ref: "endpoint_arn",
      attributes: ["Id": "endpoint_arn"],
      properties: [
        .argument("EndpointIdentifier", "endpoint_id"),
        .argument("EndpointType", "endpoint_type"),
        .custom("EngineName", engineName),
        .argument("CertificateArn", "certificate_arn"),
        .argument("SslMode", "ssl_mode"),
        .custom("KmsKeyId", RDS.Clusters.kmsKeyArn("kms_key_arn")),
        .custom("ServerName", general("server_name")),
        .custom("Port", general("port")),
        .custom("DatabaseName", general("database_name")),
        .custom("Username", general("username")),
        .custom("Password", password("password")),
        .custom("ExtraConnectionAttributes", extraConnectionAttributes),
        .custom("S3Settings", s3Settings),
        .custom("DynamoDbSettings", settings(nil, [], service: "service_access_role")),
        .custom(
          "ElasticsearchSettings",
          settings(
            "elasticsearch_settings",
            [
              .argument("EndpointUri", "endpoint_uri"),
              .argument("ErrorRetryDuration", "error_retry_duration"),
              .argument("FullLoadErrorPercentage", "full_load_error_percentage"),
              .argument("ServiceAccessRoleArn", "service_access_role_arn"),
            ])),
        .custom("KafkaSettings", settings("kafka_settings", kafkaRules)),
        .custom("KinesisSettings", settings("kinesis_settings", kinesisRules)),
        .custom(
          "MongoDbSettings",
          settings(
            "mongodb_settings",
            [
              .custom("AuthMechanism", authMechanism),
              .argument("AuthSource", "auth_source"), .argument("AuthType", "auth_type"),
              .argument("DocsToInvestigate", "docs_to_investigate"),
              .argument("ExtractDocId", "extract_doc_id"),
              .argument("NestingLevel", "nesting_level"),
            ])),
        .custom("PostgreSqlSettings", settings("postgres_settings", postgresRules)),
        .custom(
          "RedisSettings",
          settings(
            "redis_settings",
            [
              .argument("ServerName", "server_name"), .argument("Port", "port"),
              .argument("AuthType", "auth_type"), .argument("AuthUserName", "auth_user_name"),
              .custom(
                "AuthPassword",
                SecretArgument.rule(
                  "auth_password", .init("Redis password", variable: "auth_password"),
                  in: "redis_settings")),
              .argument("SslCaCertificateArn", "ssl_ca_certificate_arn"),
              .argument("SslSecurityProtocol", "ssl_security_protocol"),
            ], connection: false)),
        .custom(
          "RedshiftSettings",
          settings(
            "redshift_settings",
            [
              .argument("BucketName", "bucket_name"), .argument("BucketFolder", "bucket_folder"),
              .argument("EncryptionMode", "encryption_mode"),
              .argument("ServerSideEncryptionKmsKeyId", "server_side_encryption_kms_key_id"),
              .argument("ServiceAccessRoleArn", "service_access_role_arn"),
            ])),
        .custom("DocDbSettings", settings(nil, [])),
        .custom("GcpMySQLSettings", settings(nil, [])),
        .custom("IbmDb2Settings", settings(nil, [])),
        .custom("MicrosoftSqlServerSettings", settings(nil, [])),
        .custom("MySqlSettings", settings(nil, [])),
        .custom("NeptuneSettings", settings(nil, [])),
        .custom("OracleSettings", settings(nil, [])),
        .custom("SybaseSettings", settings(nil, [])),
        .tags,
        OpenSearch.notInProvider(
          "ResourceIdentifier",
          "aws_dms_endpoint (provider 5.100) has no resource identifier: DMS makes one up, and the endpoint's ARN ends with it"
        ),
        .drop("Id", "read-only: Ref returns it"),
        .drop("ExternalId", "read-only: DMS sets it"),
      ],
      importID: byIdentifier("EndpointIdentifier", lowercase: false),
      finish: { requireIdentifier("endpoint_id", unless: "EndpointIdentifier", &$0) })
    mapping.terraformTypeChoice = { resource in
      isS3(resource) ? "aws_dms_s3_endpoint" : "aws_dms_endpoint"
    }
    return mapping
  }()

  /// True for an endpoint whose engine is written as `s3`.
  static func isS3(_ resource: Resource) -> Bool {
    resource.property("EngineName")?.value.stringValue?.lowercased() == "s3"
  }

  /// True when the endpoint being built is an `aws_dms_s3_endpoint`.
  static func isS3(_ builder: ResourceBuilder) -> Bool {
    builder.primary.type == "aws_dms_s3_endpoint"
  }

  /// `EngineName`, in lower case as DMS reports it; an S3 endpoint's type says it.
  @Sendable static func engineName(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    guard !isS3(builder) else {
      builder.dropped(member, reason: "aws_dms_s3_endpoint is the S3 engine's endpoint")
      return
    }
    lowercased("engine_name")(member, &builder, &parts)
  }

  /// An argument of `aws_dms_endpoint` that an S3 endpoint does not have.
  static func general(_ argument: String) -> PropertyCode {
    { member, builder, parts in
      guard !isS3(builder) else {
        builder.unsupported(member, reason: "an S3 endpoint has no \(argument)")
        return
      }
      parts.argument(
        argument,
        builder.translate(
          member, as: ResourceBuilder.valueType(of: builder.scope.attribute(argument)?.type),
          target: builder.primary.path / argument))
    }
  }

  /// A password of the endpoint: a sensitive variable (see `SecretArgument`).
  static func password(_ argument: String) -> PropertyCode {
    { member, builder, parts in
      guard !isS3(builder) else {
        reportSecret(member, "an S3 endpoint has no password", &builder)
        return
      }
      SecretArgument.rule(argument, .init("password", variable: "password"))(
        member, &builder, &parts)
    }
  }

  /// Says that secret `member` is not converted, for `reason`, without its value.
  static func reportSecret(
    _ member: RuleMember, _ reason: String, _ builder: inout ResourceBuilder
  ) {
    let error = MappingError.notConverted(reason)
    builder.primary.comments.append(error.comment(property: member.key))
    if let warning = error.warning(
      property: member.key, logicalId: builder.logicalId, type: builder.resource.type.value)
    {
      builder.diagnostics.append(.warning(warning, at: member.keyRange.start))
    }
    builder.record(
      member, target: nil, status: error.status,
      note: error.reason, source: member.value, secret: true)
  }

  /// `MongoDbSettings.AuthMechanism`: DMS spells the mechanisms `mongodb_cr` and `scram_sha_1`,
  /// Terraform `mongodb-cr` and `scram-sha-1`.
  @Sendable static func authMechanism(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    let target = builder.primary.path / "mongodb_settings" / "auth_mechanism"
    guard let text = member.value.stringValue, text.contains("_") else {
      parts.argument("auth_mechanism", builder.translate(member, as: .string, target: target))
      return
    }
    let value = HCLExpression.string(text.lowercased().replacing("_", with: "-"))
    builder.record(
      member, target: target, status: .transformed,
      note: "Terraform spells the mechanism with hyphens", source: member.value, value: value)
    parts.argument("auth_mechanism", value)
  }
}
