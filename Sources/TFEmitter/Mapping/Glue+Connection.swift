import CFNParser

extension Glue {
  /// `AWS::Glue::Connection`. `Ref` and `Id` are the connection name. Every connection property
  /// whose key names a password (`PASSWORD`, `KAFKA_SASL_SCRAM_PASSWORD`, …) becomes a sensitive
  /// variable.
  static let connection = ResourceMapping(
    "AWS::Glue::Connection", to: "aws_glue_connection", ref: "name",
    attributes: ["Id": "name"],
    properties: [
      .argument("CatalogId", "catalog_id"),
      .custom(
        "ConnectionInput",
        ExtraResources.flattened([
          .argument("Name", "name"),
          .argument("ConnectionType", "connection_type"),
          .argument("Description", "description"),
          .argument("MatchCriteria", "match_criteria"),
          .custom("ConnectionProperties", connectionProperties),
          .argument("AthenaProperties", "athena_properties"),
          PropertyRule(
            "PhysicalConnectionRequirements",
            .block(
              "physical_connection_requirements",
              [
                .argument("AvailabilityZone", "availability_zone"),
                .argument("SecurityGroupIdList", "security_group_id_list"),
                .argument("SubnetId", "subnet_id"),
              ])),
          OpenSearch.notInProvider(
            "AuthenticationConfiguration",
            "aws_glue_connection (provider 5.100) has no authentication configuration: give the credentials as ConnectionProperties (USERNAME, PASSWORD, SECRET_ID) or set it with 'aws glue update-connection'"
          ),
          OpenSearch.notInProvider(
            "SparkProperties",
            "aws_glue_connection (provider 5.100) has no Spark properties: set them with 'aws glue update-connection'"
          ),
          OpenSearch.notInProvider(
            "PythonProperties",
            "aws_glue_connection (provider 5.100) has no Python properties: set them with 'aws glue update-connection'"
          ),
          .drop(
            "ValidateCredentials",
            "a check CloudFormation asks Glue for when it creates the connection: Terraform creates it without one"
          ),
          .drop(
            "ValidateForComputeEnvironments",
            "a check CloudFormation asks Glue for when it creates the connection: Terraform creates it without one"
          ),
        ])),
      .drop("Id", "read-only: the connection name, which Ref returns"),
    ],
    importID: underCatalog,
    finish: { builder in
      let input = builder.resource.property("ConnectionInput")?.value
      guard case .object(let fields) = input?.kind, !fields.contains(where: { $0.key == "Name" })
      else { return }
      ExtraResources.requireName("name", unless: "Name", &builder)
    })

  /// A resource of the Data Catalog, imported as `<catalog id>:<name>`.
  static let underCatalog = ImportID.custom { context in
    guard let catalog = context.property("CatalogId"), let name = context.physicalId else {
      return nil
    }
    return "\(catalog):\(name)"
  }

  /// `ConnectionProperties`, a map of strings: a value whose key names a password is a secret,
  /// a sensitive variable (see `SecretArgument`); the others are kept as written.
  @Sendable static func connectionProperties(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    let target = builder.primary.path / "connection_properties"
    guard case .object(let fields) = member.value.kind,
      fields.contains(where: { isPassword($0.key) })
    else {
      parts.argument(
        "connection_properties", builder.translate(member, as: .map(.string), target: target))
      return
    }
    var items: [HCLObjectItem] = []
    for field in fields where !isPassword(field.key) {
      builder.translator.begin()
      items.append(HCLObjectItem(field.key, builder.translator.translate(field.value, as: .string)))
    }
    builder.record(
      member, target: target, status: .transformed,
      note: "each password became a sensitive variable", source: member.value, secret: true)
    for field in fields where isPassword(field.key) {
      let element = member.field(field)
      let secret = SecretArgument.Secret(
        "connection property \(field.key)", variable: field.key.lowercased())
      let value = SecretArgument.translate(element, secret, &builder, target: target)
      items.append(HCLObjectItem(field.key, value))
    }
    parts.argument("connection_properties", .object(items))
  }

  /// True for a connection property that holds a password.
  static func isPassword(_ key: String) -> Bool { key.uppercased().contains("PASSWORD") }

  /// A name Glue stores in lower case (databases and tables): a written name is lowered.
  static func lowercased(_ argument: String) -> PropertyCode {
    { member, builder, parts in
      let target = builder.primary.path / argument
      guard let text = member.value.stringValue, text != text.lowercased() else {
        parts.argument(argument, builder.translate(member, as: .string, target: target))
        return
      }
      let value = HCLExpression.string(text.lowercased())
      builder.record(
        member, target: target, status: .transformed,
        note: "Glue stores it in lower case, as Hive does", source: member.value, value: value)
      parts.argument(argument, value)
    }
  }

  /// The newer top-level name of a database or table: the name, unless the `input` object has
  /// one, which is written instead.
  static func topLevelName(input: String) -> PropertyCode {
    { member, builder, parts in
      let given = builder.resource.property(input)?.value
      if case .object(let fields) = given?.kind, fields.contains(where: { $0.key == "Name" }) {
        builder.dropped(member, reason: "the name is \(input).Name, which is written")
        return
      }
      lowercased("name")(member, &builder, &parts)
    }
  }

  /// The name Terraform requires, when neither the `input` object nor the top-level `top`
  /// property gives one (see `ExtraResources.requireName`), in lower case.
  static func requireInputName(input: String, top: String, _ builder: inout ResourceBuilder) {
    let given = builder.resource.property(input)?.value
    if case .object(let fields) = given?.kind, fields.contains(where: { $0.key == "Name" }) {
      return
    }
    RDS.Clusters.requireLowercaseName("name", unless: top, &builder)
  }
}
