import CFNParser

extension SecretsManager {
  /// `AWS::SecretsManager::RotationSchedule`. `Ref` and `Id` are the secret's ARN, as is the
  /// rotation's id. A hosted rotation function (`HostedRotationLambda`, which the
  /// `AWS::SecretsManager` transform deploys from the Serverless Application Repository) has no
  /// counterpart: its ARN becomes a variable.
  static let rotationSchedule = ResourceMapping(
    "AWS::SecretsManager::RotationSchedule", to: "aws_secretsmanager_secret_rotation", ref: "id",
    attributes: ["Id": "id"],
    properties: [
      .argument("SecretId", "secret_id"),
      .argument("RotationLambdaARN", "rotation_lambda_arn"),
      .custom("HostedRotationLambda", hostedRotationLambda),
      .argument("RotateImmediatelyOnUpdate", "rotate_immediately"),
      PropertyRule(
        "RotationRules",
        .block(
          "rotation_rules",
          [
            .argument("AutomaticallyAfterDays", "automatically_after_days"),
            .argument("Duration", "duration"),
            .argument("ScheduleExpression", "schedule_expression"),
          ])),
      .custom("ExternalSecretRotationMetadata") { member, builder, _ in
        builder.unsupported(member, reason: externalRotationReason)
      },
      .custom("ExternalSecretRotationRoleArn") { member, builder, _ in
        builder.unsupported(member, reason: externalRotationReason)
      },
      .drop("Id", "read-only: the secret's ARN, which Ref returns"),
    ])

  static let externalRotationReason =
    "aws_secretsmanager_secret_rotation (provider 5.100) cannot rotate a secret that a third-party partner manages: configure it with 'aws secretsmanager rotate-secret --external-secret-rotation-metadata'"

  /// `HostedRotationLambda`: reported, and `rotation_lambda_arn` becomes a variable for the ARN of
  /// the function deployed in its stead.
  @Sendable static func hostedRotationLambda(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    var rotationType = "the rotation type"
    if case .object(let fields) = member.value.kind,
      let text = fields.first(where: { $0.key == "RotationType" })?.value.stringValue
    {
      rotationType = text
    }
    let reason =
      "Terraform has no hosted rotation function: deploy the Serverless Application Repository application for \(rotationType) (aws_serverlessapplicationrepository_cloudformation_stack, e.g. SecretsManagerRDSMySQLRotationSingleUser) with these settings"
    guard builder.resource.property("RotationLambdaARN") == nil else {
      builder.unsupported(member, reason: reason)
      return
    }
    let name = builder.translator.namer.reserveVariable(
      builder.primary.name + "_rotation_lambda_arn")
    builder.unsupported(member, reason: reason + ", and set var.\(name) to its function's ARN")
    let value = builder.translator.addVariable(
      AddedVariable(
        name: name, type: "string",
        description:
          "The ARN of the function rotating the secret of \(builder.logicalId): CloudFormation deployed one for \(rotationType) (HostedRotationLambda), which Terraform cannot; deploy it and set its ARN."
      ))
    parts.argument("rotation_lambda_arn", value)
  }

  /// `AWS::SecretsManager::SecretTargetAttachment`. Terraform has no attachment: CloudFormation
  /// rewrites the secret's JSON with the host, port and engine of the database, and a further
  /// `aws_secretsmanager_secret_version` does the same, the secret's JSON merged with those of the
  /// target (`connectionFields`). `Ref` and `Id` are the secret's ARN, the version's `arn`.
  static let targetAttachment = ResourceMapping(
    "AWS::SecretsManager::SecretTargetAttachment", to: versionType, ref: "arn",
    attributes: ["Id": "arn"],
    properties: [
      .argument("SecretId", "secret_id"),
      .custom("TargetId", connectionFields),
      .custom("TargetType") { member, builder, _ in
        builder.record(
          member,
          target: builder.primary.path / "secret_string", status: .transformed,
          note:
            "the target's Terraform type, which follows it, chooses the fields written into the secret's JSON",
          source: member.value)
      },
      .drop("Id", "read-only: the secret's ARN, which Ref returns"),
    ],
    importID: .notImportable(
      "not imported: Terraform imports a secret version by '<secret ARN>|<version id>', and the stack lists only the secret; applying stores the same JSON as a new current version"
    ))

  /// The connection fields of each Terraform type a target can be: the attribute (or a fixed
  /// value, quoted) each field reads.
  static let connectionAttributes: [String: [(field: String, attribute: String)]] = [
    "aws_db_instance": [("engine", "engine"), ("host", "address"), ("port", "port")],
    "aws_rds_cluster": [("engine", "engine"), ("host", "endpoint"), ("port", "port")],
    "aws_docdb_cluster": [("engine", "engine"), ("host", "endpoint"), ("port", "port")],
    "aws_docdb_cluster_instance": [("engine", "engine"), ("host", "endpoint"), ("port", "port")],
    "aws_redshift_cluster": [("engine", "\"redshift\""), ("host", "dns_name"), ("port", "port")],
  ]

  /// `TargetId`: the version's `secret_string`, the secret's JSON (the version of a secret of the
  /// template, else the current version read with a data source) merged with the target's
  /// `engine`, `host` and `port`. A target that is not a database of the template gives them
  /// through a variable.
  @Sendable static func connectionFields(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    let base = HCLExpression.call("jsondecode", [currentSecretString(&builder)])
    var fields: HCLExpression
    var note = "the secret's JSON merged with the target's engine, host and port"
    if case .ref(let id) = member.value.kind, let target = builder.translator.targets[id],
      !target.isMissing, let attributes = connectionAttributes[target.type]
    {
      fields = .object(
        attributes.map { field, attribute in
          if attribute.hasPrefix("\"") {
            return HCLObjectItem(field, .string(String(attribute.dropFirst().dropLast())))
          }
          let value = target.expression(for: attribute)
          // RDS returns engine names in lower case, as CloudFormation writes them.
          return HCLObjectItem(field, field == "engine" ? .call("lower", [value]) : value)
        })
    } else {
      let name = builder.translator.namer.reserveVariable(builder.primary.name + "_connection")
      fields = builder.translator.addVariable(
        AddedVariable(
          name: name, type: "object({ engine = string, host = string, port = number })",
          description:
            "The engine, host and port of the database \(builder.logicalId) attaches its secret to, which CloudFormation read from the target and cfn2tf cannot: it is not a database of the template."
        ))
      note += ", given by var.\(name): the target is not a database of the template"
      builder.diagnostics.append(
        .warning(
          "the target of '\(builder.logicalId)' is not a database of the template; its engine, host and port become the variable '\(name)'",
          at: member.keyRange.start))
    }
    let value = HCLExpression.call("jsonencode", [.call("merge", [base, fields])])
    builder.record(
      member, target: builder.primary.path / "secret_string",
      status: .transformed, note: note, source: member.value, value: value, secret: true)
    parts.argument("secret_string", value)
  }

  /// The secret's current JSON text: the version of a secret of the template, or a `data
  /// "aws_secretsmanager_secret_version"` reading the current one.
  static func currentSecretString(_ builder: inout ResourceBuilder) -> HCLExpression {
    let secret = builder.resource.property("SecretId")?.value
    if let secret, case .ref(let id) = secret.kind,
      builder.translator.template.resource(id)?.type.value == "AWS::SecretsManager::Secret",
      let version = versionTarget(ofSecret: id, builder.translator)
    {
      return version.expression(for: "secret_string")
    }
    let type = "aws_secretsmanager_secret_version"
    var data = ExtraResources.make(
      type, name: builder.primary.name + "_current", from: "SecretId", builder)
    data.kind = "data"
    builder.translator.begin()
    data.content.argument(
      "secret_id",
      secret.map { builder.translator.translate($0, as: .string) } ?? .null)
    builder.extras.append(data)
    return builder.resource.condition == nil
      ? .traversal(data.path / "secret_string")
      : .call("one", [.traversal(data.path.appending([.splat, .attribute("secret_string")]))])
  }

  /// `AWS::SecretsManager::ResourcePolicy`. `Ref` and `Id` are the secret's ARN, as is the
  /// policy's id.
  static let resourcePolicy = ResourceMapping(
    "AWS::SecretsManager::ResourcePolicy", to: "aws_secretsmanager_secret_policy", ref: "id",
    attributes: ["Id": "id"],
    properties: [
      .argument("SecretId", "secret_arn"),
      .custom("ResourcePolicy") { member, builder, parts in
        PolicyDocument.argument(member, "policy", &builder, &parts)
      },
      .argument("BlockPublicPolicy", "block_public_policy"),
      .drop("Id", "read-only: the secret's ARN, which Ref returns"),
    ])
}
