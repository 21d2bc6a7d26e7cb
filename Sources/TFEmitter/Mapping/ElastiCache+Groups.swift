import CFNParser

extension ElastiCache {
  /// `AWS::ElastiCache::SubnetGroup`. `Ref` is its name.
  static let subnetGroup = ResourceMapping(
    "AWS::ElastiCache::SubnetGroup", to: "aws_elasticache_subnet_group", ref: "name",
    properties: [
      .custom("CacheSubnetGroupName", lowercased("name")),
      .argument("Description", "description"),
      .argument("SubnetIds", "subnet_ids"),
      .tags,
    ],
    finish: { requireLowercaseName("name", unless: "CacheSubnetGroupName", &$0) })

  /// `AWS::ElastiCache::ParameterGroup`. `Ref` is its name. Each entry of `Properties` is a
  /// `parameter` block.
  static let parameterGroup = ResourceMapping(
    "AWS::ElastiCache::ParameterGroup", to: "aws_elasticache_parameter_group", ref: "name",
    properties: [
      .custom("CacheParameterGroupName", lowercased("name")),
      .argument("CacheParameterGroupFamily", "family"),
      .argument("Description", "description"),
      .custom("Properties", parameters),
      .tags,
    ],
    finish: { requireLowercaseName("name", unless: "CacheParameterGroupName", &$0) })

  /// `Properties`, a map of parameter names to values: a `parameter` block each, in the template's
  /// order.
  @Sendable static func parameters(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    guard case .object(let fields) = member.value.kind else {
      builder.report(member, .computedObject(block: "parameter"))
      return
    }
    let target = builder.primary.path / "parameter"
    builder.record(
      member, target: target, status: .transformed,
      note: "each entry became a parameter block")
    for field in fields {
      let path = member.field(field)
      var body = HCLBody()
      body.attribute("name", .string(field.key))
      body.attribute("value", builder.translate(path, as: .string, target: target / "value"))
      parts.block(HCLBlock("parameter", body: body))
    }
  }

  static let securityGroup = ResourceMapping.omitted(
    "AWS::ElastiCache::SecurityGroup",
    reason:
      "cache security groups belong to EC2-Classic, which AWS retired, and provider 5.0 removed aws_elasticache_security_group: give the cache a VPC security group (VpcSecurityGroupIds or SecurityGroupIds) allowing the same sources"
  )

  static let securityGroupIngress = ResourceMapping.omitted(
    "AWS::ElastiCache::SecurityGroupIngress",
    reason:
      "cache security groups belong to EC2-Classic, which AWS retired, and provider 5.0 removed them: allow the source in the cache's VPC security group (AWS::EC2::SecurityGroupIngress)"
  )

  /// `AWS::ElastiCache::User`. `Ref` is the user id. Passwords never reach the module: one written
  /// in the template becomes a sensitive variable. `Status` has no counterpart.
  static let user = ResourceMapping(
    "AWS::ElastiCache::User", to: "aws_elasticache_user", ref: "user_id",
    attributes: ["Arn": "arn"],
    properties: [
      .argument("UserId", "user_id"),
      .argument("UserName", "user_name"),
      .argument("Engine", "engine"),
      .argument("AccessString", "access_string"),
      .argument("NoPasswordRequired", "no_password_required"),
      .custom("Passwords", SecretArgument.list("passwords", password)),
      PropertyRule(
        "AuthenticationMode",
        .block(
          "authentication_mode",
          [
            .argument("Type", "type"),
            .custom(
              "Passwords",
              SecretArgument.list("passwords", password, in: "authentication_mode")),
          ])),
      .tags,
    ])

  /// A user's password.
  static let password = SecretArgument.Secret("password", variable: "password")

  /// `AWS::ElastiCache::UserGroup`. `Ref` is the user group id. `Status` has no counterpart.
  static let userGroup = ResourceMapping(
    "AWS::ElastiCache::UserGroup", to: "aws_elasticache_user_group", ref: "user_group_id",
    attributes: ["Arn": "arn"],
    properties: [
      .argument("UserGroupId", "user_group_id"),
      .argument("Engine", "engine"),
      .argument("UserIds", "user_ids"),
      .tags,
    ])

  /// `AWS::ElastiCache::ServerlessCache`. `Ref` is its name.
  static let serverlessCache = ResourceMapping(
    "AWS::ElastiCache::ServerlessCache", to: "aws_elasticache_serverless_cache", ref: "name",
    attributes: [
      "ARN": "arn", "CreateTime": "create_time", "FullEngineVersion": "full_engine_version",
      "Status": "status", "Endpoint.Address": "endpoint[0].address",
      "Endpoint.Port": "endpoint[0].port", "ReaderEndpoint.Address": "reader_endpoint[0].address",
      "ReaderEndpoint.Port": "reader_endpoint[0].port",
    ],
    properties: [
      .argument("ServerlessCacheName", "name"),
      .argument("Description", "description"),
      .argument("Engine", "engine"),
      .argument("MajorEngineVersion", "major_engine_version"),
      PropertyRule(
        "CacheUsageLimits",
        .block(
          "cache_usage_limits",
          [
            PropertyRule(
              "DataStorage",
              .block(
                "data_storage",
                [
                  .argument("Maximum", "maximum"), .argument("Minimum", "minimum"),
                  .argument("Unit", "unit"),
                ])),
            PropertyRule(
              "ECPUPerSecond",
              .block(
                "ecpu_per_second",
                [.argument("Maximum", "maximum"), .argument("Minimum", "minimum")])),
          ])),
      .custom("KmsKeyId", kmsKeyArn("kms_key_id")),
      .argument("SecurityGroupIds", "security_group_ids"),
      .argument("SubnetIds", "subnet_ids"),
      .argument("UserGroupId", "user_group_id"),
      .argument("DailySnapshotTime", "daily_snapshot_time"),
      .argument("SnapshotRetentionLimit", "snapshot_retention_limit"),
      .argument("SnapshotArnsToRestore", "snapshot_arns_to_restore"),
      .custom("FinalSnapshotName") { member, builder, _ in
        builder.unsupported(
          member,
          reason:
            "aws_elasticache_serverless_cache (provider 5.100) takes no final snapshot: take one with 'aws elasticache create-serverless-cache-snapshot' before destroying the cache"
        )
      },
      .tags,
      .drop("Endpoint", "read-only: ElastiCache sets it"),
      .drop("ReaderEndpoint", "read-only: ElastiCache sets it"),
    ])
}
