import CFNParser

/// `AWS::SecretsManager::*`: secrets (their value an `aws_secretsmanager_secret_version` of its
/// own: a value written in the template a sensitive variable, a generated one read once from
/// `data "aws_secretsmanager_random_password"`), rotation schedules, target attachments (a further
/// version whose JSON has the target's connection fields) and resource policies.
package enum SecretsManager: MappingFamily {
  /// The mappings of this family.
  static let mappings = [secret, rotationSchedule, targetAttachment, resourcePolicy]

  /// `AWS::SecretsManager::Secret`. `Ref` and `Id` are the secret's ARN. Its value becomes an
  /// `aws_secretsmanager_secret_version` (see `secretString`, `generatedSecretString`); a secret
  /// with neither value gets a generated one with the default settings, as CloudFormation does.
  static let secret = ResourceMapping(
    "AWS::SecretsManager::Secret", to: "aws_secretsmanager_secret", ref: "arn",
    attributes: ["Id": "arn"],
    properties: [
      .argument("Name", "name"),
      .argument("Description", "description"),
      .argument("KmsKeyId", "kms_key_id"),
      .tags,
      PropertyRule(
        "ReplicaRegions",
        .blocks("replica", [.argument("Region", "region"), .argument("KmsKeyId", "kms_key_id")])),
      .custom("SecretString", secretString),
      .custom("GenerateSecretString", generatedSecretString),
      .custom("Type") { member, builder, _ in
        builder.unsupported(
          member,
          reason:
            "aws_secretsmanager_secret (provider 5.100) cannot make a secret that a third-party partner manages: create it with 'aws secretsmanager create-secret --type', then import it"
        )
      },
      .drop("Id", "read-only: the secret's ARN, which Ref returns"),
    ],
    finish: { builder in
      if builder.resource.property("SecretString") == nil,
        builder.resource.property("GenerateSecretString") == nil
      {
        defaultGeneratedValue(&builder)
      }
      recoveryWindow(&builder)
    })

  /// The name of the `aws_secretsmanager_secret_version` that holds the value of secret
  /// `logicalId` of the template: the secret's own name, numbered past the target attachments,
  /// whose primaries are versions too. Target attachments read the value through it.
  static func versionTarget(ofSecret logicalId: String, _ translator: ExpressionTranslator)
    -> ResourceTarget?
  {
    guard let secret = translator.targets[logicalId], !secret.isMissing,
      secret.type == "aws_secretsmanager_secret"
    else { return nil }
    let taken = translator.targets.values.filter { $0.type == versionType }.map(\.name)
    return ResourceTarget(
      type: versionType, name: Namer.numbered(secret.name, avoiding: taken), refAttribute: "arn",
      attributes: [:], isConditional: secret.isConditional)
  }

  static let versionType = "aws_secretsmanager_secret_version"

  /// A new `aws_secretsmanager_secret_version` of the secret being built, holding `value`.
  static func addVersion(
    _ value: HCLExpression, from property: String, _ builder: inout ResourceBuilder,
    generated: Bool
  ) {
    let name =
      versionTarget(ofSecret: builder.logicalId, builder.translator)?.name ?? builder.primary.name
    var version = ExtraResources.make(versionType, name: name, from: property, builder)
    version.content.argument("secret_id", ExtraResources.primary("id", builder))
    version.content.argument("secret_string", value)
    if generated {
      version.comments.append(
        "cfn2tf: approximated: the password is generated when Terraform first creates the version; ignore_changes keeps it"
      )
      version.lifecycle.attribute("ignore_changes", .tuple([.reference("secret_string")]))
    }
    version.importID = .notImportable(
      generated
        ? "not imported: Terraform imports a secret version by '<secret ARN>|<version id>', and the stack lists only the secret; import it by hand with the AWSCURRENT version id ('aws secretsmanager describe-secret --secret-id ARN' lists VersionIdsToStages), or Terraform stores a new generated password that the resources using the secret do not have"
        : "not imported: Terraform imports a secret version by '<secret ARN>|<version id>', and the stack lists only the secret; applying stores the value as a new current version (import it by hand with the AWSCURRENT version id to avoid that)"
    )
    builder.extras.append(version)
  }

  /// `SecretString`: the value of the secret's version. A `Ref` to a NoEcho parameter stays (its
  /// variable is sensitive); a value written in the template becomes a new sensitive variable, its
  /// value not copied.
  @Sendable static func secretString(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    builder.translator.begin()
    let written = builder.translator.writesSecretText(member.value)
    var value = written ? .null : builder.translator.translate(member.value, as: .string)
    if written {
      let name = builder.translator.namer.reserveVariable(builder.primary.name + "_secret_string")
      value = builder.translator.addVariable(
        AddedVariable(
          name: name, type: "string",
          description:
            "The value of the secret \(builder.logicalId); the template wrote it in plain text, and its value is not copied.",
          sensitive: true))
      builder.translator.sensitiveVariables.insert(name)
      builder.translator.touchesSecret = true
      builder.translator.transformed("the value written in the template became var.\(name)")
      builder.diagnostics.append(
        .warning(
          "the value of the secret '\(builder.logicalId)' is written in the template; it becomes the sensitive variable '\(name)'",
          at: member.keyRange.start,
          notes: [.init("set it from a secret store; the template's value is not copied")]))
    }
    builder.translator.transformed("became \(versionType)")
    let name =
      versionTarget(ofSecret: builder.logicalId, builder.translator)?.name ?? builder.primary.name
    builder.record(
      member, target: .resource(versionType, name) / "secret_string",
      status: builder.translator.status, note: builder.translator.note, source: member.value,
      value: value, secret: true)
    addVersion(value, from: member.key, &builder, generated: false)
  }

  /// The approximation every generated value shares.
  static let generationNote =
    "Terraform reads a password from data aws_secretsmanager_random_password (the same GetRandomPassword API) and stores it when it first creates the version, ignore_changes keeping it; the data source reads a new one at every plan, unused, and Terraform's state holds the password in plain text"

  /// `GenerateSecretString`: the password comes from a `data "aws_secretsmanager_random_password"`
  /// with the same settings, the version stores it once (`ignore_changes`); with
  /// `SecretStringTemplate` and `GenerateStringKey`, the template's JSON with the password under
  /// that key.
  @Sendable static func generatedSecretString(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    guard builder.resource.property("SecretString") == nil else {
      builder.unsupported(
        member, reason: "CloudFormation refuses SecretString and GenerateSecretString together")
      return
    }
    guard case .object(let fields) = member.value.kind else {
      builder.report(member, .computedObject(block: "data.aws_secretsmanager_random_password"))
      return
    }
    let password = randomPassword(fields, at: member.path, &builder)
    var value = password
    let template = fields.first { $0.key == "SecretStringTemplate" }
    let key = fields.first { $0.key == "GenerateStringKey" }
    let versionName =
      versionTarget(ofSecret: builder.logicalId, builder.translator)?.name ?? builder.primary.name
    let target = TerraformPath.resource(versionType, versionName) / "secret_string"
    switch (template, key) {
    case (let template?, let key?):
      builder.translator.begin()
      value = merged(template.value, key: key.value, password: password, &builder.translator)
      for part in [template, key] {
        builder.record(
          member.field(part), target: target, status: .transformed,
          note: "the template's JSON with the generated password under GenerateStringKey",
          source: part.value)
      }
    case (let lone?, nil), (nil, let lone?):
      builder.unsupported(
        member.field(lone),
        reason:
          "CloudFormation needs SecretStringTemplate and GenerateStringKey together; the secret holds the bare password"
      )
    case (nil, nil):
      break
    }
    builder.record(
      member, target: target, status: .approximated,
      note: generationNote, source: member.value)
    addVersion(value, from: member.key, &builder, generated: true)
  }

  /// A secret without a value: CloudFormation stores a password generated with the default
  /// settings (32 characters of every type).
  static func defaultGeneratedValue(_ builder: inout ResourceBuilder) {
    let password = randomPassword([], at: .here / "GenerateSecretString", &builder)
    addVersion(password, from: "GenerateSecretString", &builder, generated: true)
    let versionName =
      versionTarget(ofSecret: builder.logicalId, builder.translator)?.name ?? builder.primary.name
    builder.ledger.append(
      LedgerEntry(
        kind: .addition, path: builder.templatePath(.here / "GenerateSecretString"),
        resourceType: builder.resource.type.value, location: builder.resource.range.start,
        target: .resource(versionType, versionName) / "secret_string", status: .approximated,
        note:
          "not set, nor SecretString: CloudFormation stores a generated password (default settings); "
          + generationNote))
  }

  /// The `data "aws_secretsmanager_random_password"` for the settings `fields`, and the
  /// expression of its password.
  static func randomPassword(
    _ fields: [ExprMember], at property: RelativeTemplatePath, _ builder: inout ResourceBuilder
  ) -> HCLExpression {
    let type = "aws_secretsmanager_random_password"
    let taken = builder.extras.filter { $0.kind == "data" && $0.type == type }.map(\.name)
    var data = ExtraResources.make(
      type, name: Namer.numbered(builder.primary.name, avoiding: taken), from: "\(property)",
      builder)
    data.kind = "data"
    var inner = BodyParts()
    builder.apply(
      [
        .argument("PasswordLength", "password_length"),
        .argument("ExcludeCharacters", "exclude_characters"),
        .argument("ExcludeLowercase", "exclude_lowercase"),
        .argument("ExcludeUppercase", "exclude_uppercase"),
        .argument("ExcludeNumbers", "exclude_numbers"),
        .argument("ExcludePunctuation", "exclude_punctuation"),
        .argument("IncludeSpace", "include_space"),
        .argument("RequireEachIncludedType", "require_each_included_type"),
        // Written into the version by generatedSecretString.
        .custom("SecretStringTemplate") { _, _, _ in },
        .custom("GenerateStringKey") { _, _, _ in },
      ], to: fields,
      in: .resource(type: "data.\(type)", name: data.name, at: property),
      into: &inner)
    data.content = inner
    builder.extras.append(data)
    return builder.resource.condition == nil
      ? .traversal(data.path / "random_password")
      : .call("one", [.traversal(data.path.appending([.splat, .attribute("random_password")]))])
  }

  /// `jsonencode` of template `template` with `password` under `key`: a template written as a
  /// JSON object becomes an object in HCL, its members in order; another a `merge` of its
  /// `jsondecode`.
  static func merged(
    _ template: Expr, key: Expr, password: HCLExpression,
    _ translator: inout ExpressionTranslator
  ) -> HCLExpression {
    if let text = template.stringValue, let keyText = key.stringValue,
      let object = JSONReader.read(text, fileName: "").value, let members = object.members
    {
      var items = members.map { HCLObjectItem($0.key, hcl($0.value)) }
      if let index = items.firstIndex(where: { $0.key == .name(keyText) }) {
        items[index].value = password
      } else {
        items.append(HCLObjectItem(keyText, password))
      }
      return .call("jsonencode", [.object(items)])
    }
    let decoded = HCLExpression.call("jsondecode", [translator.translate(template, as: .string)])
    let name: HCLObjectKey =
      key.stringValue.map { .name($0) } ?? .expression(translator.translate(key, as: .string))
    return .call(
      "jsonencode",
      [.call("merge", [decoded, .object([HCLObjectItem(key: name, value: password)])])]
    )
  }

  /// A JSON value as the HCL value `jsonencode` turns back into it.
  static func hcl(_ value: JSONValue) -> HCLExpression {
    switch value.kind {
    case .null: .null
    case .bool(let flag): .bool(flag)
    case .number(let text): .number(text)
    case .string(let text): .string(text)
    case .array(let items): .tuple(items.map(hcl))
    case .object(let members): .object(members.map { HCLObjectItem($0.key, hcl($0.value)) })
    }
  }

  /// CloudFormation deletes a secret without a recovery window; Terraform's default keeps it
  /// recoverable for 30 days, during which its name cannot be used again.
  static func recoveryWindow(_ builder: inout ResourceBuilder) {
    builder.primary.content.argument(
      "recovery_window_in_days", .number("0"),
      comments: ["CloudFormation deletes the secret at once, without a recovery window"])
    builder.ledger.append(
      LedgerEntry(
        kind: .addition, path: .resource(builder.logicalId) / "RecoveryWindowInDays",
        resourceType: builder.resource.type.value, location: builder.resource.range.start,
        target: builder.primary.path / "recovery_window_in_days", status: .transformed,
        note:
          "CloudFormation deletes a secret without a recovery window; Terraform's default is 30 days",
        targetValue: "0"))
  }
}
