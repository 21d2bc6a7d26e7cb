import CFNParser

extension DatomicProfile {
  /// The security group `ensure-cf` made, and who may reach port 4334.
  mutating func buildNetworkVariables() {
    let groupsExpr = transactor.launchConfiguration.property("SecurityGroups")?.value
    let groups = stringList(groupsExpr) ?? []
    if case .ref(let name)? = groupsExpr?.kind, template.parameter(name) != nil {
      let target =
        groups.contains { $0.hasPrefix("sg-") } ? "security_group_ids" : "security_group_name"
      parameterTargets[name] = parameterTargets[name] ?? "var.\(target)"
    }
    let ids = groups.filter { $0.hasPrefix("sg-") }
    let names = groups.filter { !$0.hasPrefix("sg-") && !$0.isEmpty }
    declare(
      "create_security_group", "bool",
      "Create the transactor's security group (what ensure-cf did); false reuses security_group_name.",
      default: .bool(true))
    declare(
      "security_group_name", "string",
      "Name of the transactor's security group (created, or looked up when create_security_group is false).",
      default: .string(propertyValue("aws-security-group")?.defaultText ?? names.first ?? "datomic")
    )
    declare(
      "security_group_ids", "list(string)", "Further security groups for the transactor, by id.",
      default: .strings(ids))
    declare(
      "manage_security_group_rules", "bool",
      "Manage the group's rules below; false leaves an adopted group's rules as they are.",
      default: .bool(true))
    declare(
      "allow_ingress_from_self", "bool",
      "Let members of the transactor's own group reach port 4334 (ensure-cf's default: peers join the group).",
      default: .bool(true))
    declare(
      "ingress_security_group_ids", "list(string)",
      "Security groups of peers allowed to reach the transactor's port.", default: .tuple([]))
    declare(
      "ingress_cidr_blocks", "list(string)",
      "CIDR blocks allowed to reach the transactor's port; never wider than you list here.",
      default: .strings(
        (propertyValue("aws-ingress-cidrs")?.defaultText ?? "").split(separator: ",").map(
          String.init)))
  }

  /// The storage: DynamoDB table or SQL database, and the log bucket.
  mutating func buildStorageVariables() {
    let protocolValue = propertyValue("protocol")
    declare(
      "protocol", "string", "Datomic storage protocol.", from: protocolValue,
      validations: [Self.oneOf("protocol", ["ddb", "ddb-local", "sql", "dev"])])
    declare(
      "create_dynamodb_table", "bool",
      "Create the DynamoDB table (what ensure-transactor did) when the protocol is ddb.",
      default: .bool(true))
    declare(
      "dynamodb_table_name", "string", "DynamoDB table of the ddb protocol.", default: .null,
      from: propertyValue("aws-dynamodb-table"))
    declare(
      "dynamodb_region", "string",
      "Region of the DynamoDB table; null means the provider's region.", default: .null,
      from: propertyValue("aws-dynamodb-region"))
    declare(
      "dynamodb_read_capacity", "number",
      "Provisioned read capacity of a created table (ensure-transactor used 100).",
      default: .int(100))
    declare(
      "dynamodb_write_capacity", "number",
      "Provisioned write capacity of a created table (ensure-transactor used 50).",
      default: .int(50))
    declare(
      "dynamodb_point_in_time_recovery", "bool",
      "Turn on point-in-time recovery (continuous backups) of the DynamoDB table; false leaves it as the table has it (off for a new table).",
      default: .bool(true),
      validations: [
        (
          .notEqual(.variable("dynamodb_point_in_time_recovery"), .null),
          "Set dynamodb_point_in_time_recovery to true or false."
        )
      ])
    let bucket = propertyValue("aws-s3-log-bucket-id")
    declare(
      "create_log_bucket", "bool",
      "Create the S3 bucket the transactor writes its logs to (what ensure-transactor did).",
      default: .bool(bucket != nil))
    declare(
      "log_bucket_name", "string", "S3 bucket for transactor logs; null means no log upload.",
      default: .null, from: bucket)
    declare(
      "log_bucket_force_destroy", "bool", "Let terraform destroy the log bucket with its logs.",
      default: .bool(false))
    declare(
      "harden_log_bucket", "bool",
      "Block public access, encrypt, enforce bucket ownership and abort incomplete multipart uploads after 7 days on the log bucket; false leaves an adopted bucket as it is.",
      default: .bool(true))
    declare(
      "log_retention_days", "number",
      "Days to keep transactor logs in the bucket; 0 keeps them. The lifecycle configuration this writes replaces any the bucket has.",
      default: .int(0))
    for (key, variable, description) in [
      ("sql-url", "sql_url", "JDBC URL of the sql protocol's database."),
      ("sql-user", "sql_user", "Database user of the sql protocol."),
      ("sql-driver-class", "sql_driver_class", "JDBC driver class of the sql protocol."),
    ] {
      declare(variable, "string", description, default: .null, from: propertyValue(key))
    }
    declare(
      "sql_password", "string", "Database password of the sql protocol.", default: .null,
      sensitive: true)
    declare(
      "sql_port", "number", "Database port the transactor connects to (egress) for sql.",
      default: .int(5432))
  }

  /// The transactor properties that are settings of their own.
  mutating func buildPropertyVariables() {
    declare(
      "port", "number", "Port the transactor listens on.", default: .int(4334),
      from: propertyValue("port"), convert: Self.number)
    for (key, variable, description) in [
      ("memory-index-threshold", "memory_index_threshold", "Datomic memory-index-threshold."),
      ("memory-index-max", "memory_index_max", "Datomic memory-index-max."),
      ("object-cache-max", "object_cache_max", "Datomic object-cache-max."),
      ("memcached", "memcached", "Memcached servers (host:port,…); null means none."),
    ] {
      declare(variable, "string", description, default: .null, from: propertyValue(key))
    }
    let metrics =
      propertyValue("aws-cloudwatch-region") != nil
      || propertyValue("aws-cloudwatch-dimension-value") != nil
    declare(
      "enable_cloudwatch_metrics", "bool", "Send transactor metrics to CloudWatch.",
      default: .bool(metrics))
    declare(
      "cloudwatch_region", "string",
      "Region the metrics go to; null means the provider's region.", default: .null,
      from: propertyValue("aws-cloudwatch-region"))
    declare(
      "cloudwatch_dimension", "string", "CloudWatch dimension value of the metrics.",
      default: .null, from: propertyValue("aws-cloudwatch-dimension-value"))
    declare(
      "create_iam_role", "bool",
      "Create the transactor's IAM role and instance profile (what ensure-transactor did); false reuses transactor_role_name.",
      default: .bool(true))
    declare(
      "transactor_role_name", "string",
      "Name of the transactor's IAM role and instance profile.",
      default: .string("datomic-aws-transactor"),
      from: propertyValue("aws-transactor-role")
        ?? resourceValue(transactor.launchConfiguration, "IamInstanceProfile"))
    if case .ref(let name)? = transactor.launchConfiguration.property("IamInstanceProfile")?.value
      .kind,
      template.parameter(name) != nil
    {
      parameterTargets[name] = parameterTargets[name] ?? "var.transactor_role_name"
    }
    declare(
      "create_peer_role", "bool", "Create the peers' IAM role and instance profile.",
      default: .bool(propertyValue("aws-peer-role") != nil))
    declare(
      "peer_role_name", "string", "Name of the peers' IAM role.",
      default: .string("datomic-aws-peer"), from: propertyValue("aws-peer-role"))
    declare(
      "license_key", "string",
      "Datomic Pro licence key; none is needed since 1.0.6726 (Apache-2.0). The template's key is not copied.",
      default: .null, sensitive: true)
    declare(
      "license_key_ssm_parameter", "string",
      "SSM SecureString parameter holding the licence key, read at boot; null means none.",
      default: .null)
    declare(
      "extra_transactor_properties", "map(string)",
      "Further transactor properties, written as key=value.", default: extraProperties)
  }

  /// Properties the module has no setting for, kept as they were (secrets excepted).
  static let knownProperties: Set<String> = [
    "protocol", "host", "alt-host", "port", "license-key", "aws-dynamodb-table",
    "aws-dynamodb-region", "aws-transactor-role", "aws-peer-role", "aws-s3-log-bucket-id",
    "aws-cloudwatch-region", "aws-cloudwatch-dimension-value", "memory-index-threshold",
    "memory-index-max", "object-cache-max", "memcached", "sql-url", "sql-user", "sql-password",
    "sql-driver-class", "aws-security-group", "aws-ingress-cidrs", "aws-ingress-groups",
  ]

  var extraProperties: HCLExpression {
    var items: [HCLObjectItem] = []
    for property in transactor.properties where !Self.knownProperties.contains(property.key) {
      guard !isSecret(property), let text = value(of: property.value).defaultText
      else { continue }
      items.append(HCLObjectItem(property.key, .string(text)))
    }
    return .object(items)
  }
}
