import CFNParser

extension CodeBuild {
  /// `AWS::CodeBuild::ReportGroup`. `Ref` and `Id` are its ARN, Terraform's id, by which it is
  /// imported.
  static let reportGroup = ResourceMapping(
    "AWS::CodeBuild::ReportGroup", to: "aws_codebuild_report_group", ref: "arn",
    attributes: ["Arn": "arn", "Id": "arn"],
    properties: [
      .argument("Name", "name"),
      .argument("Type", "type"),
      .argument("DeleteReports", "delete_reports"),
      .custom("ExportConfig", exportConfig),
      .tags,
    ],
    finish: { ExtraResources.requireName("name", unless: "Name", &$0) })

  /// CodeBuild's key for exported reports when the template names none: the AWS managed key
  /// for S3.
  static let defaultReportKey = "alias/aws/s3"

  /// `ExportConfig`: the `export_config` block. Terraform requires the S3 destination's
  /// encryption key, which CloudFormation may leave out (CodeBuild then uses the AWS managed key
  /// for S3): that key's alias is written then.
  @Sendable static func exportConfig(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    guard case .object(let fields) = member.value.kind else {
      builder.report(member, .computedObject(block: "export_config"))
      return
    }
    let scope = builder.scope.block("export_config", reading: member.path)
    builder.record(
      member, target: scope.target, status: .exact, note: "")
    var inner = BodyParts()
    builder.apply(
      [
        .argument("ExportConfigType", "type"),
        .custom("S3Destination") { member, builder, parts in
          guard case .object(let fields) = member.value.kind else {
            builder.report(member, .computedObject(block: "s3_destination"))
            return
          }
          let destination = scope.block("s3_destination", reading: "S3Destination")
          builder.record(
            member, target: destination.target, status: .exact,
            note: "")
          var body = BodyParts()
          builder.apply(
            [
              .argument("Bucket", "bucket"),
              .argument("Path", "path"),
              .argument("Packaging", "packaging"),
              .argument("EncryptionDisabled", "encryption_disabled"),
              .custom("EncryptionKey", encryptionKeyArn(destination.target)),
              absent(
                "BucketOwner",
                "s3_destination (provider 5.100) has no bucket owner: the bucket must belong to the report group's account"
              ),
            ], to: fields, in: destination, into: &body)
          if !fields.contains(where: { $0.key == "EncryptionKey" }) {
            builder.translator.begin()
            let value = builder.translator.translate(
              keyArn(defaultReportKey, range: member.value.range), as: .string)
            body.argument(
              "encryption_key", value,
              comments: [
                "cfn2tf: 'EncryptionKey' is not set; Terraform requires it: CodeBuild's default,",
                "the AWS managed key for S3",
              ])
            builder.ledger.append(
              LedgerEntry(
                kind: .addition, path: builder.templatePath(member.path / "EncryptionKey"),
                resourceType: builder.resource.type.value, location: member.keyRange.start,
                target: destination.target / "encryption_key", status: .approximated,
                note:
                  "not set: Terraform requires a key; CodeBuild's default, the AWS managed key for S3 (\(defaultReportKey)), is written",
                targetValue: HCLPrinter.printExpression(value)))
          }
          parts.block(HCLBlock("s3_destination", body: body.body))
        },
      ], to: fields, in: scope, into: &inner)
    parts.block(HCLBlock("export_config", body: inner.body))
  }

  /// An export's `EncryptionKey`: Terraform takes the key's ARN where CloudFormation also takes
  /// its id or an alias. A `Ref` to a key or an alias of the template becomes its `arn`; a
  /// literal id or alias becomes the ARN it stands for in the stack's account and region.
  static func encryptionKeyArn(_ block: TerraformPath) -> PropertyCode {
    { member, builder, parts in
      let target = block / "encryption_key"
      var value = member.value
      var how: String?
      switch member.value.kind {
      case .ref(let name):
        let type = builder.translator.template.resource(name)?.type.value
        if type == "AWS::KMS::Key" || type == "AWS::KMS::Alias",
          let key = builder.translator.targets[name], !key.isMissing
        {
          let arn = key.expression(for: "arn")
          builder.record(
            member, target: target, status: .transformed,
            note: "Ref to the \(type == "AWS::KMS::Key" ? "key" : "alias") became its arn",
            source: member.value, value: arn)
          parts.argument("encryption_key", arn)
          return
        }
      case .string(let literal) where !literal.hasPrefix("arn:"):
        value = keyArn(literal, range: member.value.range)
        how = "the key \(literal.hasPrefix("alias/") ? "alias" : "id") became its ARN"
      default:
        break
      }
      builder.translator.begin()
      let arn = builder.translator.translate(value, as: .string)
      if let how { builder.translator.transformed(how) }
      builder.record(
        member, target: target, status: builder.translator.status,
        note: builder.translator.note, source: member.value, value: arn)
      parts.argument("encryption_key", arn)
    }
  }

  /// The ARN of the KMS key `key` (an id, or an alias `alias/…`) in the stack's partition,
  /// region and account.
  static func keyArn(_ key: String, range: SourceRange) -> Expr {
    func text(_ value: String) -> Expr { Expr(.string(value), range: range) }
    let resource = key.hasPrefix("alias/") ? key : "key/" + key
    return Expr(
      .join(
        separator: "",
        values: Expr(
          .list([
            text("arn:"), Expr(.pseudo(.partition), range: range), text(":kms:"),
            Expr(.pseudo(.region), range: range), text(":"),
            Expr(.pseudo(.accountId), range: range), text(":\(resource)"),
          ]), range: range)), range: range)
  }

  /// `AWS::CodeBuild::SourceCredential`. `Ref` and `Id` are its ARN, Terraform's id, by which it
  /// is imported. The token never reaches the module: one written in the template becomes a
  /// sensitive variable.
  static let sourceCredential = ResourceMapping(
    "AWS::CodeBuild::SourceCredential", to: "aws_codebuild_source_credential", ref: "arn",
    attributes: ["Id": "arn"],
    properties: [
      .argument("ServerType", "server_type"),
      .argument("AuthType", "auth_type"),
      .argument("Username", "user_name"),
      .custom("Token") { member, builder, parts in
        let value = secret(
          member, &builder, variable: builder.primary.name + "_token", what: "token",
          target: builder.primary.path / "token")
        parts.argument("token", value)
      },
    ])

  /// A secret value: a `Ref` to a NoEcho parameter stays (its variable is sensitive); a value
  /// written in the template (or a `{{resolve:…}}` dynamic reference, which Terraform does not
  /// resolve) becomes a new sensitive variable named after `variable`, its value not copied.
  static func secret(
    _ member: RuleMember, _ builder: inout ResourceBuilder, variable: String, what: String,
    target: TerraformPath
  ) -> HCLExpression {
    builder.translator.begin()
    let written = builder.translator.writesSecretText(member.value)
    var value = written ? .null : builder.translator.translate(member.value, as: .string)
    let subject = "the \(what) of '\(builder.logicalId)'"
    if written {
      let name = builder.translator.namer.reserveVariable(variable)
      let reference = member.value.stringValue.flatMap {
        $0.hasPrefix("{{resolve:") ? $0 : nil
      }
      let origin =
        reference.map { "the template reads it from the dynamic reference \($0)" }
        ?? "the template wrote it in plain text, and its value is not copied"
      value = builder.translator.addVariable(
        AddedVariable(
          name: name, type: "string",
          description:
            "The \(what) of \(builder.logicalId) (\(builder.resource.type.value)); \(origin).",
          sensitive: true))
      builder.translator.sensitiveVariables.insert(name)
      builder.translator.touchesSecret = true
      builder.translator.transformed("the \(what) became var.\(name)")
      builder.diagnostics.append(
        .warning(
          reference == nil
            ? "\(subject) is written in the template; it becomes the sensitive variable '\(name)'"
            : "\(subject) is a dynamic reference, which Terraform does not resolve; it becomes the sensitive variable '\(name)'",
          at: member.keyRange.start,
          notes: [
            .init(
              reference == nil
                ? "set it from a secret store; the template's value is not copied"
                : "set it from the secret \(reference ?? "") names")
          ]))
    } else if !builder.translator.touchesSecret {
      builder.diagnostics.append(
        .warning(
          "\(subject) does not come from a NoEcho parameter", at: member.keyRange.start,
          notes: [.init("mark the parameter NoEcho so that its variable is sensitive")]))
    }
    builder.record(
      member, target: target, status: builder.translator.status,
      note: builder.translator.note, source: member.value, value: value, secret: true)
    return value
  }
}
