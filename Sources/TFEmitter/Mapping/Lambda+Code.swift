import CFNParser

extension Lambda {
  /// `Code`: an S3 object (`s3_bucket`, `s3_key`, `s3_object_version`), an image (`image_uri`),
  /// or inline code (`ZipFile`, see `inlineCode`).
  static let code = ExtraResources.flattened([
    .argument("S3Bucket", "s3_bucket"),
    .argument("S3Key", "s3_key"),
    .argument("S3ObjectVersion", "s3_object_version"),
    .argument("ImageUri", "image_uri"),
    .custom("ZipFile", inlineCode),
    .custom("S3ObjectStorageMode") { member, builder, _ in
      if member.value.stringValue == "COPY" {
        builder.dropped(member, reason: "Lambda copies the S3 object, as Terraform always has it")
      } else {
        builder.unsupported(
          member,
          reason:
            "aws_lambda_function (provider 5.100) has no storage mode: Lambda copies the S3 object"
        )
      }
    },
    .custom("SourceKMSKeyArn") { member, builder, _ in
      builder.unsupported(
        member,
        reason:
          "aws_lambda_function (provider 5.100) has no source KMS key: Lambda encrypts the code with its own key; set it with 'aws lambda update-function-code --source-kms-key-arn' after apply"
      )
    },
  ])

  /// The file CloudFormation puts inline code in: `index.py` for Python, `index.js` for Node.js
  /// (`index.mjs` when the code is an ES module, which Lambda loads only from `.mjs`); nil for
  /// another or an unknown runtime.
  static func inlineFileName(runtime: String?, code: String) -> String? {
    guard let runtime else { return nil }
    if runtime.hasPrefix("python") { return "index.py" }
    guard runtime.hasPrefix("nodejs") else { return nil }
    let isModule = code.split(whereSeparator: \.isNewline).contains { line in
      line.hasPrefix("export ") || (line.hasPrefix("import ") && line.contains(" from "))
    }
    return isModule ? "index.mjs" : "index.js"
  }

  /// `Code.ZipFile`: the source becomes a readable file, `functions/<name>/index.<ext>`, and the
  /// deterministic zip of it (with cfn2tf's `cfn-response` module when the code imports it)
  /// `functions/<name>.zip`, given to the function as `filename` with its `source_code_hash`:
  /// Terraform has no archive function, and the archive provider is not used.
  @Sendable static func inlineCode(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    builder.translator.begin()
    let translated = builder.translator.translate(member.value, as: .string)
    guard case .string(let code) = translated else {
      builder.unsupported(
        member,
        reason:
          "the inline code is computed from template values, and Terraform cannot zip code without the archive provider: write the code out, or upload a zip and set S3Bucket and S3Key"
      )
      return
    }
    let runtime = builder.resource.property("Runtime")?.value.stringValue
    guard let fileName = inlineFileName(runtime: runtime, code: code) else {
      builder.unsupported(
        member,
        reason:
          "CloudFormation accepts inline code for Python and Node.js runtimes only, written out in Runtime"
      )
      return
    }
    let stem = builder.primary.name.replacing("_", with: "-")
    var entries = [Archive.Entry(path: fileName, bytes: Array(code.utf8))]
    if let module = ResponseModule.entry(for: code, fileName: fileName) {
      entries.append(Archive.Entry(path: module.path, bytes: Array(module.text.utf8)))
    }
    for entry in entries {
      builder.files.append(
        GeneratedFile(
          path: "functions/\(stem)/\(entry.path)",
          contents: String(decoding: entry.bytes, as: UTF8.self)))
    }
    builder.files.append(GeneratedFile(path: "functions/\(stem).zip", bytes: Archive.zip(entries)))
    let path = HCLExpression.template([
      .interpolation(.reference("path.module")), .literal("/functions/\(stem).zip"),
    ])
    let names = entries.map(\.path).joined(separator: " and ")
    builder.record(
      member, target: builder.primary.path / "filename",
      status: .transformed,
      note:
        "the code became functions/\(stem)/\(fileName), zipped with \(names) in functions/\(stem).zip",
      source: member.value, value: path)
    parts.argument(
      "filename", path,
      comments: ["functions/\(stem)/ holds the inline code; functions/\(stem).zip is its zip"])
    parts.argument("source_code_hash", .call("filebase64sha256", [path]))
  }

  /// `Environment.Variables`: a map; a value written in the template under a name that says it
  /// is a secret (`DB_PASSWORD`, `API_TOKEN`) becomes a sensitive variable, its value not copied.
  @Sendable static func environmentVariables(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    let target = builder.primary.path / "environment" / "variables"
    guard case .object(let members) = member.value.kind else {
      parts.argument("variables", builder.translate(member, as: .map(.string), target: target))
      return
    }
    builder.translator.begin()
    var items: [HCLObjectItem] = []
    for variable in members {
      guard isSecret(variable), builder.translator.writesSecretText(variable.value) else {
        items.append(
          HCLObjectItem(variable.key, builder.translator.translate(variable.value, as: .string)))
        continue
      }
      let name = builder.translator.namer.reserveVariable(
        builder.primary.name + "_" + variable.key)
      let value = builder.translator.addVariable(
        AddedVariable(
          name: name, type: "string",
          description:
            "Environment variable \(variable.key) of the Lambda function \(builder.logicalId); the template wrote it in plain text, and its value is not copied.",
          sensitive: true))
      builder.translator.sensitiveVariables.insert(name)
      builder.translator.touchesSecret = true
      builder.translator.transformed("the secret \(variable.key) became var.\(name)")
      builder.diagnostics.append(
        .warning(
          "the environment variable '\(variable.key)' of '\(builder.logicalId)' holds a secret in plain text; it becomes the sensitive variable '\(name)'",
          at: variable.keyRange.start,
          notes: [.init("set it from a secret store; the template's value is not copied")]))
      items.append(HCLObjectItem(variable.key, value))
    }
    let value = HCLExpression.object(items)
    builder.record(
      member, target: target, status: builder.translator.status,
      note: builder.translator.note, source: member.value, value: value,
      secret: builder.translator.touchesSecret)
    parts.argument("variables", value, comments: builder.approximationComment)
  }

  /// True for a value written in the template (a literal, or built from one with `Fn::Sub`,
  /// `Fn::Join` and the like) under a name with a secret word in it; an ARN or a reference is
  /// not a secret.
  static func isSecret(_ variable: ExprMember) -> Bool {
    if let text = variable.value.scalarText {
      guard !text.isEmpty, !text.hasPrefix("arn:") else { return false }
    } else if variable.value.isLiteral || !ExpressionTranslator.holdsWrittenText(variable.value) {
      return false
    }
    let name = variable.key.lowercased()
    return SecretScanner.secretWords.contains { name.contains($0) }
  }
}
