import CFNParser

/// Stages, deployments, domain names and API mappings of HTTP and WebSocket APIs.
extension ApiGatewayV2 {
  /// The settings of a route (a stage's default, or one route's).
  static let routeSettings: [PropertyRule] = [
    .argument("DataTraceEnabled", "data_trace_enabled"),
    .argument("DetailedMetricsEnabled", "detailed_metrics_enabled"),
    .argument("LoggingLevel", "logging_level"),
    .argument("ThrottlingBurstLimit", "throttling_burst_limit"),
    .argument("ThrottlingRateLimit", "throttling_rate_limit"),
  ]

  /// `AWS::ApiGatewayV2::Stage`. `Ref` is the stage name.
  static let stage = ResourceMapping(
    "AWS::ApiGatewayV2::Stage", to: "aws_apigatewayv2_stage", ref: "name",
    properties: [
      .argument("ApiId", "api_id"),
      .argument("StageName", "name"),
      .argument("Description", "description"),
      .argument("AutoDeploy", "auto_deploy"),
      .argument("DeploymentId", "deployment_id"),
      .argument("ClientCertificateId", "client_certificate_id"),
      .argument("StageVariables", "stage_variables"),
      PropertyRule(
        "AccessLogSettings",
        .block(
          "access_log_settings",
          [.argument("DestinationArn", "destination_arn"), .argument("Format", "format")])),
      PropertyRule("DefaultRouteSettings", .block("default_route_settings", routeSettings)),
      .custom("RouteSettings", stageRouteSettings),
      .argument("Tags", "tags"),
    ], importID: underApi)

  /// `RouteSettings`, a map from route key to settings: a `route_settings` block each.
  @Sendable static func stageRouteSettings(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    guard case .object(let routes) = member.value.kind else {
      builder.report(member, .computedList(block: "route_settings"))
      return
    }
    builder.record(
      member,
      target: builder.primary.path / "route_settings", status: .transformed,
      note: "each route became a route_settings block")
    for route in routes {
      guard case .object(let fields) = route.value.kind else {
        builder.report(
          member.field(route), .computedObject(block: "route_settings"))
        continue
      }
      var inner = BodyParts()
      inner.argument("route_key", .string(route.key))
      builder.apply(
        routeSettings, to: fields,
        in: builder.scope.block("route_settings").at(member.path / route.key), into: &inner)
      parts.block(HCLBlock("route_settings", body: inner.body))
    }
  }

  /// `AWS::ApiGatewayV2::Deployment`. `Ref` is the deployment id. As for REST APIs, the
  /// deployment gets `triggers` (the API's routes and integrations in the template) and
  /// `create_before_destroy`, as the provider advises: CloudFormation deploys only when the
  /// deployment is replaced.
  static let deployment = ResourceMapping(
    "AWS::ApiGatewayV2::Deployment", to: "aws_apigatewayv2_deployment", ref: "id",
    attributes: ["DeploymentId": "id"],
    properties: [
      .argument("ApiId", "api_id"),
      .argument("Description", "description"),
      .custom("StageName") { member, builder, _ in
        builder.unsupported(
          member,
          reason:
            "aws_apigatewayv2_deployment does not move a stage: set the stage's deployment_id to this deployment's id"
        )
      },
    ], importID: underApi,
    finish: { builder in
      triggers(&builder)
      builder.primary.lifecycle.attribute("create_before_destroy", .bool(true))
    })

  /// The API's routes and integrations in the template, hashed into `triggers`.
  static func triggers(_ builder: inout ResourceBuilder) {
    guard case .ref(let api) = builder.resource.property("ApiId")?.value.kind else { return }
    var parts: [HCLExpression] = []
    for resource in builder.translator.template.resources
    where ["AWS::ApiGatewayV2::Route", "AWS::ApiGatewayV2::Integration"].contains(
      resource.type.value)
    {
      guard case .ref(let name) = resource.property("ApiId")?.value.kind, name == api,
        let target = builder.translator.targets[resource.logicalId], !target.isMissing
      else { continue }
      parts.append(.traversal(target.path))
    }
    guard !parts.isEmpty else { return }
    builder.primary.content.arguments.comment([
      "cfn2tf: redeploys when the routes change (CloudFormation deploys only when the deployment is replaced)"
    ])
    builder.primary.content.arguments.attribute(
      "triggers",
      .object([
        HCLObjectItem("redeployment", .call("sha1", [.call("jsonencode", [.tuple(parts)])]))
      ]))
  }

  /// `AWS::ApiGatewayV2::DomainName`. `Ref` is the domain name. `RegionalDomainName` and
  /// `RegionalHostedZoneId` are `domain_name_configuration[0].target_domain_name` and
  /// `.hosted_zone_id` in Terraform, which a mapping table cannot name: they are not mapped.
  /// The endpoint type and security policy Terraform requires are CloudFormation's defaults
  /// (`REGIONAL`, `TLS_1_2`) when not set.
  static let domainName = ResourceMapping(
    "AWS::ApiGatewayV2::DomainName", to: "aws_apigatewayv2_domain_name", ref: "domain_name",
    attributes: ["DomainNameArn": "arn"],
    properties: [
      .argument("DomainName", "domain_name"),
      .custom("DomainNameConfigurations", domainNameConfigurations),
      PropertyRule(
        "MutualTlsAuthentication",
        .block(
          "mutual_tls_authentication",
          [
            .argument("TruststoreUri", "truststore_uri"),
            .argument("TruststoreVersion", "truststore_version"),
          ])),
      .custom("RoutingMode") { member, builder, _ in
        if member.value.stringValue == "API_MAPPING_ONLY" {
          builder.dropped(member, reason: "API mappings are how Terraform's domains route")
        } else {
          builder.unsupported(
            member, reason: "aws_apigatewayv2_domain_name (provider 5.100) has no routing rules")
        }
      },
      .argument("Tags", "tags"),
    ])

  /// `DomainNameConfigurations`: the `domain_name_configuration` block (Terraform takes one).
  @Sendable static func domainNameConfigurations(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    guard case .list(let items) = member.value.kind else {
      builder.report(member, .computedList(block: "domain_name_configuration"))
      return
    }
    for (index, item) in items.enumerated() {
      let element = member.element(index, item)
      guard index == 0 else {
        builder.unsupported(
          element, reason: "aws_apigatewayv2_domain_name takes one domain name configuration")
        continue
      }
      CloudFront.withDefaults(
        "domain_name_configuration", element,
        builder.scope.block("domain_name_configuration", reading: element.path), &builder, &parts,
        rules: [
          .argument("CertificateArn", "certificate_arn"),
          .argument("EndpointType", "endpoint_type"),
          .argument("SecurityPolicy", "security_policy"),
          .argument("IpAddressType", "ip_address_type"),
          .argument(
            "OwnershipVerificationCertificateArn", "ownership_verification_certificate_arn"),
          .drop(
            "CertificateName",
            "only a label of imported certificates; Terraform reads it from the certificate"),
        ],
        defaults: [
          ("EndpointType", "endpoint_type", .string("REGIONAL")),
          ("SecurityPolicy", "security_policy", .string("TLS_1_2")),
        ])
    }
  }

  /// `AWS::ApiGatewayV2::ApiMapping`. `Ref` is the mapping id; Terraform imports it as
  /// `MAPPING-ID/DOMAIN`.
  static let apiMapping = ResourceMapping(
    "AWS::ApiGatewayV2::ApiMapping", to: "aws_apigatewayv2_api_mapping", ref: "id",
    attributes: ["ApiMappingId": "id"],
    properties: [
      .argument("ApiId", "api_id"), .argument("DomainName", "domain_name"),
      .argument("Stage", "stage"), .argument("ApiMappingKey", "api_mapping_key"),
    ],
    importID: .custom { context in
      guard let id = context.physicalId, let domain = context.property("DomainName") else {
        return nil
      }
      return "\(id)/\(domain)"
    })
}
