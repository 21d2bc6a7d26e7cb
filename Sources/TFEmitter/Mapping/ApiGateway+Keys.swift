import CFNParser

/// API keys, usage plans and their keys, custom domain names and base path mappings.
extension ApiGateway {
  /// `AWS::ApiGateway::ApiKey`. `Ref` is the key id. CloudFormation creates a key disabled unless
  /// `Enabled` is true, Terraform enabled: an absent `Enabled` is written as false. A `Value`
  /// written in the template becomes a sensitive variable, its value not copied.
  static let apiKey = ResourceMapping(
    "AWS::ApiGateway::ApiKey", to: "aws_api_gateway_api_key", ref: "id",
    attributes: ["APIKeyId": "id"],
    properties: [
      .argument("Name", "name"),
      .argument("Description", "description"),
      .argument("CustomerId", "customer_id"),
      .argument("Enabled", "enabled"),
      .custom("Value", keyValue),
      .drop(
        "GenerateDistinctId",
        "deprecated and without effect: API Gateway always generates distinct key ids"),
      .custom("StageKeys") { member, builder, _ in
        builder.unsupported(
          member,
          reason:
            "aws_api_gateway_api_key (provider 5.x) has no stage keys: put the key in a usage plan (AWS::ApiGateway::UsagePlanKey) with the stages"
        )
      },
      .tags,
    ],
    finish: { builder in
      var content = builder.primary.content
      CloudFront.writeDefault(
        "enabled", .bool(false), for: "Enabled", in: &content, &builder,
        note: "not set: CloudFormation creates the key disabled; Terraform would enable it")
      builder.primary.content = content
      ExtraResources.requireName("name", unless: "Name", &builder)
    })

  /// `Value`: a `Ref` to a NoEcho parameter stays (its variable is sensitive); a key written in
  /// the template becomes a new sensitive variable, its value not copied.
  @Sendable static func keyValue(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    builder.translator.begin()
    let written = builder.translator.writesSecretText(member.value)
    var value = written ? .null : builder.translator.translate(member.value, as: .string)
    if written {
      let name = builder.translator.namer.reserveVariable(builder.primary.name + "_value")
      value = builder.translator.addVariable(
        AddedVariable(
          name: name, type: "string",
          description:
            "Value of the API key \(builder.logicalId); the template wrote it in plain text, and its value is not copied.",
          sensitive: true))
      builder.translator.sensitiveVariables.insert(name)
      builder.translator.touchesSecret = true
      builder.translator.transformed("the key written in the template became var.\(name)")
      builder.diagnostics.append(
        .warning(
          "the value of the API key '\(builder.logicalId)' is written in the template; it becomes the sensitive variable '\(name)'",
          at: member.keyRange.start,
          notes: [.init("set it from a secret store; the template's value is not copied")]))
    } else if !builder.translator.touchesSecret {
      builder.diagnostics.append(
        .warning(
          "the value of the API key '\(builder.logicalId)' does not come from a NoEcho parameter",
          at: member.keyRange.start,
          notes: [.init("mark the parameter NoEcho so that its variable is sensitive")]))
    }
    builder.record(
      member, target: builder.primary.path / "value",
      status: builder.translator.status, note: builder.translator.note, source: member.value,
      value: value, secret: true)
    parts.argument("value", value)
  }

  /// `AWS::ApiGateway::UsagePlan`. `Ref` is the plan id.
  static let usagePlan = ResourceMapping(
    "AWS::ApiGateway::UsagePlan", to: "aws_api_gateway_usage_plan", ref: "id",
    attributes: ["Id": "id"],
    properties: [
      .argument("UsagePlanName", "name"),
      .argument("Description", "description"),
      PropertyRule(
        "ApiStages",
        .blocks(
          "api_stages",
          [
            .argument("ApiId", "api_id"), .argument("Stage", "stage"),
            .custom("Throttle", stageThrottles),
          ])),
      PropertyRule(
        "Quota",
        .block(
          "quota_settings",
          [
            .argument("Limit", "limit"), .argument("Offset", "offset"),
            .argument("Period", "period"),
          ])),
      PropertyRule(
        "Throttle",
        .block(
          "throttle_settings",
          [.argument("BurstLimit", "burst_limit"), .argument("RateLimit", "rate_limit")])),
      .tags,
    ],
    finish: { ExtraResources.requireName("name", unless: "UsagePlanName", &$0) })

  /// `ApiStages[].Throttle`, a map from method path to limits: a `throttle` block each.
  @Sendable static func stageThrottles(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    guard case .object(let paths) = member.value.kind else {
      builder.report(member, .computedList(block: "throttle"))
      return
    }
    let target = builder.primary.path / "api_stages" / "throttle"
    builder.record(
      member, target: target, status: .transformed,
      note: "each method path became a throttle block")
    for path in paths {
      guard case .object(let limits) = path.value.kind else {
        builder.report(member.field(path), .computedObject(block: "throttle"))
        continue
      }
      var inner = BodyParts()
      inner.argument("path", .string(path.key))
      let scope = RuleScope.resource(builder.primary).block("api_stages").block("throttle")
      builder.apply(
        [.argument("BurstLimit", "burst_limit"), .argument("RateLimit", "rate_limit")],
        to: limits, in: scope.at(member.path / path.key), into: &inner)
      parts.block(HCLBlock("throttle", body: inner.body))
    }
  }

  /// `AWS::ApiGateway::UsagePlanKey`. `Ref` is the key id; Terraform imports it as
  /// `USAGE-PLAN-ID/KEY-ID`.
  static let usagePlanKey = ResourceMapping(
    "AWS::ApiGateway::UsagePlanKey", to: "aws_api_gateway_usage_plan_key", ref: "id",
    attributes: ["Id": "id"],
    properties: [
      .argument("UsagePlanId", "usage_plan_id"), .argument("KeyId", "key_id"),
      .argument("KeyType", "key_type"),
    ],
    importID: .custom { context in
      guard let plan = context.property("UsagePlanId"), let key = context.property("KeyId")
      else { return nil }
      return "\(plan)/\(key)"
    })

  /// `AWS::ApiGateway::DomainName`. `Ref` is the domain name.
  static let domainName = ResourceMapping(
    "AWS::ApiGateway::DomainName", to: "aws_api_gateway_domain_name", ref: "domain_name",
    attributes: [
      "DistributionDomainName": "cloudfront_domain_name",
      "DistributionHostedZoneId": "cloudfront_zone_id",
      "RegionalDomainName": "regional_domain_name", "RegionalHostedZoneId": "regional_zone_id",
      "DomainNameArn": "arn",
    ],
    properties: [
      .argument("DomainName", "domain_name"),
      .argument("CertificateArn", "certificate_arn"),
      .argument("RegionalCertificateArn", "regional_certificate_arn"),
      .argument("SecurityPolicy", "security_policy"),
      .argument("OwnershipVerificationCertificateArn", "ownership_verification_certificate_arn"),
      PropertyRule(
        "EndpointConfiguration",
        .block(
          "endpoint_configuration",
          [.argument("Types", "types"), .argument("IpAddressType", "ip_address_type")])),
      PropertyRule(
        "MutualTlsAuthentication",
        .block(
          "mutual_tls_authentication",
          [
            .argument("TruststoreUri", "truststore_uri"),
            .argument("TruststoreVersion", "truststore_version"),
          ])),
      unsupported("EndpointAccessMode", "aws_api_gateway_domain_name", "an endpoint access mode"),
      .custom("RoutingMode") { member, builder, _ in
        if member.value.stringValue == "BASE_PATH_MAPPING_ONLY" {
          builder.dropped(member, reason: "base path mappings are how Terraform's domains route")
        } else {
          builder.unsupported(
            member,
            reason: "aws_api_gateway_domain_name (provider 5.100) has no routing rules")
        }
      },
      .tags,
    ])

  /// `AWS::ApiGateway::BasePathMapping`: no `Ref` value is documented. Terraform imports it as
  /// `DOMAIN/BASE-PATH` (an empty base path for the root).
  static let basePathMapping = ResourceMapping(
    "AWS::ApiGateway::BasePathMapping", to: "aws_api_gateway_base_path_mapping", ref: nil,
    properties: [
      .argument("DomainName", "domain_name"),
      .argument("RestApiId", "api_id"),
      .argument("Stage", "stage_name"),
      .argument("BasePath", "base_path"),
    ],
    importID: .custom { context in
      guard let domain = context.property("DomainName") else { return nil }
      return "\(domain)/\(context.property("BasePath") ?? "")"
    })
}
