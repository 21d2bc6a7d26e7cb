import CFNParser

extension DatomicProfile {
  /// The transactor properties that are settings of their own.
  mutating func buildPropertyVariables() {
    declare(
      forProperty: "port", "port", "number", "Port the transactor listens on.", default: .int(4334),
      from: propertyValue("port"), convert: Self.number)
    for (key, variable, description) in [
      ("memory-index-threshold", "memory_index_threshold", "Datomic memory-index-threshold."),
      ("memory-index-max", "memory_index_max", "Datomic memory-index-max."),
      ("object-cache-max", "object_cache_max", "Datomic object-cache-max."),
      ("memcached", "memcached", "Memcached servers (host:port,…); null means none."),
    ] {
      declare(
        forProperty: key, variable, "string", description, default: .null, from: propertyValue(key))
    }
    let metrics =
      propertyValue("aws-cloudwatch-region") != nil
      || propertyValue("aws-cloudwatch-dimension-value") != nil
    declare(
      "enable_cloudwatch_metrics", "bool", "Send transactor metrics to CloudWatch.",
      default: .bool(metrics))
    declare(
      forProperty: "aws-cloudwatch-region", "cloudwatch_region", "string",
      "Region the metrics go to; null means the provider's region.", default: .null,
      from: propertyValue("aws-cloudwatch-region"))
    declare(
      forProperty: "aws-cloudwatch-dimension-value", "cloudwatch_dimension", "string",
      "CloudWatch dimension value of the metrics.",
      default: .null, from: propertyValue("aws-cloudwatch-dimension-value"))
    declare(
      "create_iam_role", "bool",
      "Create the transactor's IAM role and instance profile (what ensure-transactor did); false reuses transactor_role_name.",
      default: .bool(true))
    declare(
      forProperty: "aws-transactor-role", "transactor_role_name", "string",
      "Name of the transactor's IAM role and instance profile.",
      default: .string("datomic-aws-transactor"),
      from: propertyValue("aws-transactor-role")
        ?? resourceValue(transactor.launchConfiguration, "IamInstanceProfile"))
    if case .ref(let name)? = transactor.launchConfiguration.property("IamInstanceProfile")?.value
      .kind,
      template.parameter(name) != nil
    {
      parameterTargets[name] = parameterTargets[name] ?? .variable("transactor_role_name")
    }
    declare(
      "create_peer_role", "bool", "Create the peers' IAM role and instance profile.",
      default: .bool(propertyValue("aws-peer-role") != nil))
    declare(
      forProperty: "aws-peer-role", "peer_role_name", "string", "Name of the peers' IAM role.",
      default: .string("datomic-aws-peer"), from: propertyValue("aws-peer-role"))
    declare(
      forProperty: "license-key", "license_key", "string",
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
