import CFNParser

extension CodeBuild {
  /// `Environment.EnvironmentVariables`: an `environment_variable` block each. A plain-text
  /// value the template writes out under a name that sounds secret (`API_TOKEN`) becomes a
  /// sensitive variable, as a Lambda function's environment does.
  @Sendable static func environmentVariables(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    guard case .list(let items) = member.value.kind else {
      builder.report(member, .computedList(block: "environment_variable"))
      return
    }
    let scope = builder.scope.block("environment", reading: "Environment")
    let target = scope.target / "environment_variable" / "value"
    for (index, item) in items.enumerated() {
      var rules: [PropertyRule] = [
        .argument("Name", "name"), .argument("Type", "type"), .argument("Value", "value"),
      ]
      if let name = secretName(item) {
        rules[2] = .custom("Value") { member, builder, parts in
          let value = secret(
            member, &builder, variable: builder.primary.name + "_" + Namer.snakeCase(name),
            what: "environment variable \(name)", target: target)
          parts.argument("value", value)
        }
      }
      let variable = RuleMember(
        ExprMember(key: "EnvironmentVariables", keyRange: member.keyRange, value: item),
        at: scope.path / "EnvironmentVariables" / index)
      builder.apply(
        .block("environment_variable", rules), to: variable, in: scope, into: &parts)
    }
  }

  /// The name of a plain-text environment variable whose name sounds secret and whose value the
  /// template writes (a literal, or built from one); nil for any other.
  static func secretName(_ variable: Expr) -> String? {
    guard case .object(let fields) = variable.kind,
      let name = fields.first(where: { $0.key == "Name" })?.value.stringValue,
      let value = fields.first(where: { $0.key == "Value" })?.value,
      value.scalarText.map({ !$0.isEmpty && !$0.hasPrefix("arn:") })
        ?? (!value.isLiteral && ExpressionTranslator.holdsWrittenText(value))
    else { return nil }
    let type = fields.first { $0.key == "Type" }?.value.stringValue ?? "PLAINTEXT"
    let lowered = name.lowercased()
    guard type == "PLAINTEXT", SecretScanner.secretWords.contains(where: { lowered.contains($0) })
    else { return nil }
    return name
  }

  /// `BuildBatchConfig`. Terraform requires the batch's service role, which CloudFormation may
  /// leave out: the project's `ServiceRole` is written then.
  @Sendable static func buildBatchConfig(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    guard case .object(let fields) = member.value.kind else {
      builder.report(member, .computedObject(block: "build_batch_config"))
      return
    }
    let scope = builder.scope.block("build_batch_config", reading: member.path)
    builder.record(
      member, target: scope.target, status: .exact, note: "")
    var inner = BodyParts()
    builder.apply(
      [
        .custom("ServiceRole", role("service_role", in: "build_batch_config")),
        .argument("CombineArtifacts", "combine_artifacts"),
        .argument("TimeoutInMins", "timeout_in_mins"),
        PropertyRule(
          "Restrictions",
          .block(
            "restrictions",
            [
              .argument("ComputeTypesAllowed", "compute_types_allowed"),
              .argument("MaximumBuildsAllowed", "maximum_builds_allowed"),
            ])),
        absent(
          "BatchReportMode",
          "build_batch_config (provider 5.100) has no report mode: a batch reports its builds' statuses to the source provider one by one (REPORT_INDIVIDUAL_BUILDS)"
        ),
      ], to: fields, in: scope, into: &inner)
    if !fields.contains(where: { $0.key == "ServiceRole" }),
      let role = builder.resource.property("ServiceRole")
    {
      builder.translator.begin()
      let value = roleArn(role.value, &builder)
      var items: [HCLItem] = [
        .comment([
          "cfn2tf: 'BuildBatchConfig.ServiceRole' is not set; Terraform requires it: the project's",
          "service role is written",
        ]),
        .attribute(HCLAttribute("service_role", value)),
      ]
      items += inner.arguments.items
      inner.arguments.items = items
      builder.ledger.append(
        LedgerEntry(
          kind: .addition, path: builder.templatePath(member.path / "ServiceRole"),
          resourceType: builder.resource.type.value, location: member.keyRange.start,
          target: scope.target / "service_role", status: .approximated,
          note:
            "not set: Terraform requires a batch service role; the project's ServiceRole is written",
          targetValue: HCLPrinter.printExpression(value)))
    }
    parts.block(HCLBlock("build_batch_config", body: inner.body))
  }

  /// `Triggers`: an `aws_codebuild_webhook` for the project when `Webhook` is true (with a
  /// `count` when it is computed); no webhook otherwise, as in CloudFormation.
  @Sendable static func webhook(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    let type = "aws_codebuild_webhook"
    guard case .object(let fields) = member.value.kind else {
      builder.unsupported(
        member, reason: "computed triggers cannot become \(type); write the object out")
      return
    }
    let enabled = fields.first { $0.key == "Webhook" }
    let literal: Bool? =
      switch enabled?.value.kind {
      case .bool(let value): value
      case .string(let text) where ["true", "false"].contains(text.lowercased()):
        text.lowercased() == "true"
      case nil: false
      default: nil
      }
    if literal == false {
      for field in fields where field.key != "Webhook" {
        builder.dropped(
          member.field(field),
          reason: "Webhook is not true: CloudFormation creates no webhook, so this has no effect")
      }
      builder.record(
        member, target: nil, status: .exact,
        note: "Webhook is not true: no webhook, as CloudFormation creates none")
      return
    }
    var resource = ExtraResources.make(
      type, name: ExtraResources.uniqueName(builder.primary.name, type: type, builder),
      from: member.key, builder)
    resource.content.argument("project_name", ExtraResources.primary("name", builder))
    var condition: HCLExpression?
    if literal == nil, let enabled {
      condition = builder.translate(
        member.field(enabled), as: .bool, target: resource.path / "count")
    }
    if let count = ExtraResources.count(condition, builder) {
      resource.meta.attribute("count", count)
    }
    resource.importID = condition == nil ? .physicalId : .notImportable(conditionalWebhookImport)
    let scope = RuleScope.resource(resource, at: member.path)
    let address = resource.path
    var inner = BodyParts()
    builder.apply(
      [
        .custom("Webhook") { member, builder, _ in
          guard literal == true else { return }  // recorded as the count above
          builder.record(
            member, target: address, status: .transformed,
            note: "true: the project has an \(type)", source: member.value)
        },
        .argument("BuildType", "build_type"),
        .custom("FilterGroups", filterGroups(scope)),
        PropertyRule(
          "ScopeConfiguration",
          .block(
            "scope_configuration",
            [
              .argument("Name", "name"), .argument("Scope", "scope"),
              .argument("Domain", "domain"),
            ])),
        absent(
          "PullRequestBuildPolicy",
          "aws_codebuild_webhook (provider 5.100) has no pull request build policy: pull requests build without a comment's approval"
        ),
      ], to: fields, in: scope, into: &inner)
    resource.content.arguments.items += inner.arguments.items
    resource.content.blocks += inner.blocks
    builder.record(
      member, target: resource.path, status: .transformed,
      note: "became \(type)" + (condition == nil ? "" : " with a count for its Webhook"))
    builder.extras.append(resource)
  }

  /// Why a webhook under a computed `Webhook` is not imported.
  static let conditionalWebhookImport =
    "not imported: it exists only when Triggers.Webhook is true, which cfn2tf does not evaluate against the stack; if it is, import it by hand with the project name as its id"

  /// `Triggers.FilterGroups`, a list of lists of filters: a `filter_group` block each, holding
  /// a `filter` block per filter.
  static func filterGroups(_ scope: RuleScope) -> PropertyCode {
    { member, builder, parts in
      guard case .list(let groups) = member.value.kind else {
        builder.report(member, .computedList(block: "filter_group"))
        return
      }
      builder.record(
        member, target: scope.target / "filter_group",
        status: .transformed, note: "each list of filters became a filter_group block")
      let filter: [PropertyRule] = [
        .argument("Type", "type"), .argument("Pattern", "pattern"),
        .argument("ExcludeMatchedPattern", "exclude_matched_pattern"),
      ]
      for (index, group) in groups.enumerated() {
        let filterScope = scope.block("filter_group")
        let element = RuleMember(
          ExprMember(key: "FilterGroups", keyRange: member.keyRange, value: group),
          at: filterScope.path / "FilterGroups" / index)
        var inner = BodyParts()
        builder.apply(.blocks("filter", filter), to: element, in: filterScope, into: &inner)
        parts.block(HCLBlock("filter_group", body: inner.body))
      }
    }
  }
}
