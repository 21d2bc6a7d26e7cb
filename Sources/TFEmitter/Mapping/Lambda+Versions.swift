import CFNParser

extension Lambda {
  /// `AWS::Lambda::Version`. Terraform has no version resource: the function it names gets
  /// `publish = true` (see `publishVersions`), and the version becomes a `data
  /// "aws_lambda_function"` that reads the version Terraform published (`qualifier` is the
  /// function's `version`), so `Ref` (the version ARN), `FunctionArn` (the same) and `Version`
  /// are the published version's. The approximation: Terraform publishes a new version whenever
  /// the code or configuration changes, CloudFormation once per Version resource; earlier
  /// versions stay in both.
  static let version = ResourceMapping(
    "AWS::Lambda::Version", to: "data.aws_lambda_function", ref: "qualified_arn",
    attributes: ["FunctionArn": "qualified_arn", "Version": "version"],
    properties: [
      .argument("FunctionName", "function_name"),
      .drop(
        "CodeSha256",
        "Terraform publishes the code it deploys; CloudFormation's check that the code has this hash is not made"
      ),
      .drop(
        "Description",
        "Terraform publishes versions without a description of their own; set one with 'aws lambda publish-version' if it matters"
      ),
      .custom(
        "ProvisionedConcurrencyConfig",
        provisionedConcurrency(qualifier: "version", importID: versionImport(",")),
      ),
      .custom(
        "RuntimePolicy",
        runtimeManagement(
          link: .init(argument: "function_name", attribute: "function_name"),
          qualifier: { ExtraResources.primary("version", $0) }, importID: versionImport(","))),
      absent(
        "FunctionScalingConfig",
        "provider 5.100 has no scaling limits for a version on managed instances"),
    ],
    importID: .notImportable("a data source: it reads the version Terraform publishes"),
    finish: publishedVersion)

  /// Makes the version's primary a data source reading the version its function publishes.
  static func publishedVersion(_ builder: inout ResourceBuilder) {
    builder.primary.kind = "data"
    builder.primary.type = "aws_lambda_function"
    let function = functionId(of: builder.resource.property("FunctionName")?.value)
    guard let function, let target = builder.translator.targets[function],
      builder.translator.template.resource(function)?.type.value == "AWS::Lambda::Function"
    else {
      builder.primary.comments.append(
        "cfn2tf: the function is not of this template: this reads its latest published version")
      return
    }
    builder.primary.content.argument(
      "qualifier", target.expression(for: "version"),
      comments: ["the version Terraform publishes (publish = true on the function)"])
  }

  /// The import id `<function><separator><version>` of a version's extras: the function as the
  /// template names it, the version from the version's ARN (its physical id).
  static func versionImport(_ separator: String) -> ImportID {
    .custom { context in
      guard let arn = context.physicalId, let parts = qualifiedArn(arn),
        let function = functionReference(context.resource.property("FunctionName")?.value, context)
      else { return nil }
      return function + separator + parts.qualifier
    }
  }

  /// `ProvisionedConcurrencyConfig`: an `aws_lambda_provisioned_concurrency_config` for the
  /// primary's function and its `qualifier` attribute (the version or the alias name).
  static func provisionedConcurrency(qualifier: String, importID: ImportID) -> PropertyCode {
    let type = "aws_lambda_provisioned_concurrency_config"
    let separate = ExtraResources.separate(
      type, link: .init(argument: "function_name", attribute: "function_name"),
      importID: importID, format: "<function name>,<qualifier>",
      [.argument("ProvisionedConcurrentExecutions", "provisioned_concurrent_executions")])
    return { member, builder, parts in
      let count = builder.extras.count
      separate(member, &builder, &parts)
      guard builder.extras.count > count else { return }
      builder.extras[count].content.arguments.items.insert(
        .attribute(HCLAttribute("qualifier", ExtraResources.primary(qualifier, builder))), at: 1)
    }
  }

  /// `AWS::Lambda::Alias`. `Ref` is the alias ARN.
  static let alias = ResourceMapping(
    "AWS::Lambda::Alias", to: "aws_lambda_alias", ref: "arn",
    attributes: ["AliasArn": "arn"],
    properties: [
      .argument("Name", "name"),
      .argument("Description", "description"),
      .argument("FunctionName", "function_name"),
      .argument("FunctionVersion", "function_version"),
      .custom("RoutingConfig", routingConfig),
      .custom(
        "ProvisionedConcurrencyConfig",
        provisionedConcurrency(
          qualifier: "name",
          importID: .custom { context in
            guard
              let function = functionReference(
                context.resource.property("FunctionName")?.value, context),
              let name = context.property("Name")
            else { return nil }
            return function + "," + name
          })),
    ],
    importID: .custom { context in
      guard
        let function = functionReference(context.resource.property("FunctionName")?.value, context),
        let name = context.property("Name")
      else { return nil }
      return function + "/" + name
    })

  /// `RoutingConfig`: the `routing_config` block, its `AdditionalVersionWeights` list a map of
  /// version to weight.
  @Sendable static func routingConfig(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    let target = builder.primary.path / "routing_config" / "additional_version_weights"
    guard case .object(let fields) = member.value.kind else {
      builder.report(member, .computedObject(block: "routing_config"))
      return
    }
    var inner = BodyParts()
    for field in fields {
      guard field.key == "AdditionalVersionWeights" else {
        builder.report(
          member.field(field), .noRule(builder.resource.type.value))
        continue
      }
      guard case .list(let items) = field.value.kind else {
        builder.unsupported(
          member.field(field),
          reason: "a computed list of weights cannot become a map; write the list out")
        continue
      }
      builder.translator.begin()
      var weights: [HCLObjectItem] = []
      for item in items {
        guard case .object(let pair) = item.kind,
          let version = pair.first(where: { $0.key == "FunctionVersion" })?.value,
          let weight = pair.first(where: { $0.key == "FunctionWeight" })?.value
        else { continue }
        let key: HCLObjectKey =
          if let text = version.scalarText { .name(text) } else {
            .expression(builder.translator.translate(version, as: .string))
          }
        weights.append(
          HCLObjectItem(key: key, value: builder.translator.translate(weight, as: .number)))
      }
      builder.translator.transformed("the list of weights became a map of version to weight")
      let value = HCLExpression.object(weights)
      builder.record(
        member.field(field), target: target,
        status: builder.translator.status, note: builder.translator.note, source: field.value,
        value: value)
      inner.argument("additional_version_weights", value)
    }
    parts.block(HCLBlock("routing_config", body: inner.body))
  }

  /// `AWS::Lambda::Permission`. `GetAtt Id` is the statement id. `Ref` is left out: what it
  /// returns is not one Terraform attribute (the function and the statement id, as the
  /// resource's primary identifier joins them).
  static let permission = ResourceMapping(
    "AWS::Lambda::Permission", to: "aws_lambda_permission", ref: nil,
    attributes: ["Id": "statement_id"],
    properties: [
      .argument("FunctionName", "function_name"),
      .argument("Action", "action"),
      .argument("Principal", "principal"),
      .argument("PrincipalOrgID", "principal_org_id"),
      .argument("SourceAccount", "source_account"),
      .argument("SourceArn", "source_arn"),
      .argument("EventSourceToken", "event_source_token"),
      .argument("FunctionUrlAuthType", "function_url_auth_type"),
      absent(
        "InvokedViaFunctionUrl",
        "aws_lambda_permission (provider 5.100) cannot limit the permission to calls through the function URL"
      ),
    ],
    importID: .custom { context in
      guard let id = context.physicalId,
        let function = functionReference(context.resource.property("FunctionName")?.value, context)
      else { return nil }
      // The physical id is the statement id, or the function and the statement id joined by '|'.
      let statement = id.split(separator: "|").last.map(String.init) ?? id
      return function + "/" + statement
    })

  /// `AWS::Lambda::Url`. `Ref` is the function ARN.
  static let url = ResourceMapping(
    "AWS::Lambda::Url", to: "aws_lambda_function_url", ref: "function_arn",
    attributes: ["FunctionArn": "function_arn", "FunctionUrl": "function_url"],
    properties: [
      .argument("TargetFunctionArn", "function_name"),
      .argument("Qualifier", "qualifier"),
      .argument("AuthType", "authorization_type"),
      .argument("InvokeMode", "invoke_mode"),
      PropertyRule(
        "Cors",
        .block(
          "cors",
          [
            .argument("AllowCredentials", "allow_credentials"),
            .argument("AllowHeaders", "allow_headers"),
            .argument("AllowMethods", "allow_methods"),
            .argument("AllowOrigins", "allow_origins"),
            .argument("ExposeHeaders", "expose_headers"),
            .argument("MaxAge", "max_age"),
          ])),
    ],
    importID: .custom { context in
      guard
        let function = functionReference(
          context.resource.property("TargetFunctionArn")?.value, context)
      else { return nil }
      guard let qualifier = context.resource.property("Qualifier") else { return function }
      return context.resolve(qualifier.value).map { function + "/" + $0 }
    })

  /// `AWS::Lambda::EventInvokeConfig`. It has no `Ref` value of its own in Terraform (the
  /// resource id is the function and qualifier), so `Ref` is left out.
  static let eventInvokeConfig = ResourceMapping(
    "AWS::Lambda::EventInvokeConfig", to: "aws_lambda_function_event_invoke_config", ref: nil,
    properties: [
      .argument("FunctionName", "function_name"),
      .argument("Qualifier", "qualifier"),
      .argument("MaximumEventAgeInSeconds", "maximum_event_age_in_seconds"),
      .argument("MaximumRetryAttempts", "maximum_retry_attempts"),
      PropertyRule(
        "DestinationConfig",
        .block(
          "destination_config",
          [
            PropertyRule(
              "OnFailure", .block("on_failure", [.argument("Destination", "destination")])),
            PropertyRule(
              "OnSuccess", .block("on_success", [.argument("Destination", "destination")])),
          ])),
    ],
    importID: .custom { context in
      guard
        let function = functionReference(context.resource.property("FunctionName")?.value, context),
        let qualifier = context.property("Qualifier")
      else { return nil }
      return function + ":" + qualifier
    })

  /// The function `expr` names, as the converted module names it (so that an import leaves
  /// nothing to change): a function's `Arn` is built from the stack's partition, region and
  /// account and the function's name; anything else is resolved against the stack.
  static func functionReference(_ expr: Expr?, _ context: ImportContext) -> String? {
    guard let expr else { return nil }
    guard case .getAtt(let name, "Arn") = expr.kind else { return context.resolve(expr) }
    let pieces: [Expr.Kind] = [.pseudo(.partition), .pseudo(.region), .pseudo(.accountId)]
    let values = pieces.map { context.resolve(Expr($0, range: expr.range)) }
    guard values.count == 3, let partition = values[0], let region = values[1],
      let account = values[2], let function = context.resolve(Expr(.ref(name), range: expr.range))
    else { return nil }
    return "arn:\(partition):lambda:\(region):\(account):function:\(function)"
  }

  /// The function name and qualifier of a qualified function ARN
  /// (`arn:aws:lambda:us-east-1:123456789012:function:name:qualifier`).
  static func qualifiedArn(_ arn: String) -> (name: String, qualifier: String)? {
    let parts = arn.split(separator: ":", omittingEmptySubsequences: false)
    guard parts.count == 8, parts[5] == "function" else { return nil }
    return (String(parts[6]), String(parts[7]))
  }
}
