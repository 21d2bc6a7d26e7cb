import CFNParser

/// Deployments and stages. A deployment's `StageName` (with `StageDescription`) creates a stage in
/// CloudFormation; here it becomes an `aws_api_gateway_stage` of its own (the provider deprecates
/// the deployment's `stage_name`), its method settings `aws_api_gateway_method_settings`.
extension ApiGateway {
  /// `AWS::ApiGateway::Deployment`. `Ref` is the deployment id. CloudFormation deploys once and
  /// never again until the deployment is replaced; as the provider advises, the deployment gets
  /// `triggers` (a hash of the API, its resources, methods and integrations in the template) and
  /// `create_before_destroy`, so a change to the API is deployed, and the stage moves to the new
  /// deployment before the old one is deleted.
  static let deployment = ResourceMapping(
    "AWS::ApiGateway::Deployment", to: "aws_api_gateway_deployment", ref: "id",
    attributes: ["DeploymentId": "id"],
    properties: [
      .argument("RestApiId", "rest_api_id"),
      .argument("Description", "description"),
      PropertyRule(
        "DeploymentCanarySettings",
        .block(
          "canary_settings",
          [
            .argument("PercentTraffic", "percent_traffic"),
            .argument("StageVariableOverrides", "stage_variable_overrides"),
            .argument("UseStageCache", "use_stage_cache"),
          ])),
      .custom("StageName", deploymentStage),
      // Written by deploymentStage, into the stage.
      .custom("StageDescription") { member, builder, _ in
        guard builder.resource.property("StageName") == nil else { return }
        builder.dropped(member, reason: "it describes the StageName stage, which is not set")
      },
    ], importID: underApi,
    finish: { builder in
      triggers(&builder)
      builder.primary.lifecycle.attribute("create_before_destroy", .bool(true))
    })

  /// The API's resources, methods and integrations in the template, hashed into `triggers`.
  static func triggers(_ builder: inout ResourceBuilder) {
    guard case .ref(let api) = builder.resource.property("RestApiId")?.value.kind,
      let apiTarget = builder.translator.targets[api], !apiTarget.isMissing
    else { return }
    var parts: [HCLExpression] = [.traversal(apiTarget.path)]
    let members = builder.translator.template.resources.filter { resource in
      ["AWS::ApiGateway::Resource", "AWS::ApiGateway::Method"].contains(resource.type.value)
        && {
          if case .ref(let name) = resource.property("RestApiId")?.value.kind { return name == api }
          return false
        }()
    }
    for resource in members {
      guard let target = builder.translator.targets[resource.logicalId], !target.isMissing
      else { continue }
      parts.append(.traversal(target.path))
      if resource.property("Integration") != nil {
        parts.append(.traversal(.resource("aws_api_gateway_integration", target.name)))
      }
    }
    let hash = HCLExpression.call("sha1", [.call("jsonencode", [.tuple(parts)])])
    builder.primary.content.arguments.comment([
      "cfn2tf: redeploys when the API changes (CloudFormation deploys only when the deployment is replaced)"
    ])
    builder.primary.content.arguments.attribute(
      "triggers", .object([HCLObjectItem("redeployment", hash)]))
  }

  /// `StageName`: an `aws_api_gateway_stage` on this deployment, with `StageDescription`.
  @Sendable static func deploymentStage(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    let type = "aws_api_gateway_stage"
    var stage = ExtraResources.make(
      type, name: ExtraResources.uniqueName(builder.primary.name, type: type, builder),
      from: member.key, builder)
    stage.content.argument("rest_api_id", ExtraResources.primary("rest_api_id", builder))
    stage.content.argument("deployment_id", ExtraResources.primary("id", builder))
    stage.content.argument(
      "stage_name", builder.translate(member, as: .string, target: stage.path / "stage_name"))
    if let api = builder.resource.property("RestApiId")?.value {
      stage.importID = .joined([.value(api), .value(member.value)], separator: "/")
    }
    builder.extras.append(stage)
    guard let property = builder.resource.property("StageDescription") else { return }
    let description = RuleMember.property(property)
    guard case .object(let fields) = description.value.kind else {
      builder.report(description, .computedSpread)
      return
    }
    builder.record(
      description, target: stage.path,
      status: .transformed, note: "its settings became the stage's and its method settings")
    let settingNames = methodSettingRules.map(\.property)
    var inner = BodyParts()
    builder.apply(
      stageSettings + [
        // The canary of the stage a deployment creates runs this deployment.
        .custom("CanarySetting") { [stage] member, builder, parts in
          guard case .object(let fields) = member.value.kind else {
            builder.report(member, .computedObject(block: "canary_settings"))
            return
          }
          let scope = RuleScope.resource(stage).block("canary_settings", reading: member.path)
          builder.record(
            member, target: scope.target, status: .transformed,
            note: "its deployment is this deployment")
          var inner = BodyParts()
          inner.argument("deployment_id", ExtraResources.primary("id", builder))
          builder.apply(
            [
              .argument("PercentTraffic", "percent_traffic"),
              .argument("StageVariableOverrides", "stage_variable_overrides"),
              .argument("UseStageCache", "use_stage_cache"),
            ], to: fields, in: scope, into: &inner)
          parts.block(HCLBlock("canary_settings", body: inner.body))
        },
        .custom("MethodSettings") { [stage] list, builder, _ in
          methodSettings(list, stage: stage, &builder)
        },
      ] + settingNames.map { name in .custom(name) { _, _, _ in } },
      to: fields, in: .resource(stage, at: description.path), into: &inner)
    let index = builder.extras.firstIndex { $0.address == stage.address } ?? 0
    builder.extras[index].content.arguments.items += inner.arguments.items
    builder.extras[index].content.blocks += inner.blocks
    let all = fields.filter { settingNames.contains($0.key) }
    guard !all.isEmpty else { return }
    builder.extras.append(
      methodSetting(
        "*/*", all, at: description, stage: stage, suffix: "all", &builder,
        note: "the stage's settings for every method became method settings for */*"))
  }

  /// One `aws_api_gateway_method_settings` of `stage` for `path`, its fields by
  /// `methodSettingRules`.
  static func methodSetting(
    _ path: String, _ fields: [ExprMember], at member: RuleMember, stage: TerraformResource,
    suffix: String, _ builder: inout ResourceBuilder, note: String
  ) -> TerraformResource {
    let type = "aws_api_gateway_method_settings"
    var resource = TerraformResource(
      type: type,
      name: ExtraResources.uniqueName(stage.name + "_" + suffix, type: type, builder),
      origin: builder.logicalId)
    resource.comments = ["\(builder.logicalId).\(member.key) (\(builder.resource.type.value))"]
    resource.content.argument("rest_api_id", .traversal(stage.path / "rest_api_id"))
    resource.content.argument("stage_name", .traversal(stage.path / "stage_name"))
    resource.content.argument("method_path", .string(path))
    if let api = builder.resource.property("RestApiId")?.value,
      let name = builder.resource.property("StageName")?.value
    {
      resource.importID = .joined([.value(api), .value(name), .literal(path)], separator: "/")
    } else {
      resource.importID = .notImportable(
        "created: the stage's name is not in the template; applying the settings again gives the same stage"
      )
    }
    var inner = BodyParts()
    let scope = RuleScope.resource(resource, at: member.path).block("settings")
    builder.apply(methodSettingRules, to: fields, in: scope, into: &inner)
    resource.content.block(HCLBlock("settings", body: inner.body))
    builder.record(
      member.path, at: fields.first?.keyRange.start, target: resource.path, status: .transformed,
      note: note)
    return resource
  }

  /// `MethodSettings`: an `aws_api_gateway_method_settings` each; `ResourcePath` (`/~1pets`,
  /// `/*`) and `HttpMethod` become Terraform's `method_path` (`pets/GET`, `*/*`).
  static func methodSettings(
    _ member: RuleMember, stage: TerraformResource, _ builder: inout ResourceBuilder
  ) {
    guard
      let objects = builder.objects(
        of: member, computed: "a computed list of method settings is not supported",
        notAnObject: "write the method setting out")
    else { return }
    for object in objects {
      let path = object.fields.first { $0.key == "ResourcePath" }?.value.stringValue ?? "/*"
      let method = object.fields.first { $0.key == "HttpMethod" }?.value.stringValue ?? "*"
      // The initial slash, then the encoded path (`~1` for `/`) without its leading slash.
      var resource = String(path.hasPrefix("/") ? path.dropFirst() : Substring(path))
      resource = resource.split(separator: "~1", omittingEmptySubsequences: false)
        .joined(separator: "/")
      if resource.hasPrefix("/") { resource.removeFirst() }
      let methodPath = "\(resource)/\(method)"
      let rules = methodSettingRules.map(\.property) + ["ResourcePath", "HttpMethod"]
      for field in object.fields where !rules.contains(field.key) {
        builder.report(
          object.element.field(field), .noRule("AWS::ApiGateway::Stage"))
      }
      for field in object.fields where ["ResourcePath", "HttpMethod"].contains(field.key) {
        if field.value.stringValue == nil {
          builder.unsupported(
            object.element.field(field),
            reason: "method_path is written from literal paths and methods only; write it out")
        } else {
          builder.record(
            object.element.field(field), target: nil,
            status: .transformed, note: "became method_path \(methodPath)", source: field.value)
        }
      }
      let settings = object.fields.filter { methodSettingRules.map(\.property).contains($0.key) }
      builder.extras.append(
        methodSetting(
          methodPath, settings, at: object.element, stage: stage,
          suffix: String(object.index + 1), &builder,
          note: "became method settings for \(methodPath)"))
    }
  }

  /// The settings of a stage, shared by `AWS::ApiGateway::Stage` and a deployment's
  /// `StageDescription`.
  static let stageSettings: [PropertyRule] = [
    .argument("Description", "description"),
    .argument("CacheClusterEnabled", "cache_cluster_enabled"),
    .argument("CacheClusterSize", "cache_cluster_size"),
    .argument("ClientCertificateId", "client_certificate_id"),
    .argument("DocumentationVersion", "documentation_version"),
    .argument("TracingEnabled", "xray_tracing_enabled"),
    .argument("Variables", "variables"),
    PropertyRule(
      "AccessLogSetting",
      .block(
        "access_log_settings",
        [.argument("DestinationArn", "destination_arn"), .argument("Format", "format")])),
    .tags,
  ]

  /// The fields of one method setting.
  static let methodSettingRules: [PropertyRule] = [
    .argument("LoggingLevel", "logging_level"),
    .argument("MetricsEnabled", "metrics_enabled"),
    .argument("DataTraceEnabled", "data_trace_enabled"),
    .argument("ThrottlingBurstLimit", "throttling_burst_limit"),
    .argument("ThrottlingRateLimit", "throttling_rate_limit"),
    .argument("CachingEnabled", "caching_enabled"),
    .argument("CacheTtlInSeconds", "cache_ttl_in_seconds"),
    .argument("CacheDataEncrypted", "cache_data_encrypted"),
  ]

  /// `AWS::ApiGateway::Stage`. `Ref` is the stage name. Without `StageName`, the name comes from
  /// `var.physical_names` or `<stack>-LogicalId`.
  static let stage = ResourceMapping(
    "AWS::ApiGateway::Stage", to: "aws_api_gateway_stage", ref: "stage_name",
    properties: [
      .argument("RestApiId", "rest_api_id"),
      .argument("StageName", "stage_name"),
      .argument("DeploymentId", "deployment_id"),
    ] + stageSettings + [
      PropertyRule(
        "CanarySetting",
        .block(
          "canary_settings",
          [
            .argument("DeploymentId", "deployment_id"),
            .argument("PercentTraffic", "percent_traffic"),
            .argument("StageVariableOverrides", "stage_variable_overrides"),
            .argument("UseStageCache", "use_stage_cache"),
          ])),
      .custom("MethodSettings") { member, builder, _ in
        methodSettings(member, stage: builder.primary, &builder)
      },
    ], importID: underApi,
    finish: { ExtraResources.requireName("stage_name", unless: "StageName", &$0) })
}
