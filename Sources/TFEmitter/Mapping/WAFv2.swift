import CFNParser

/// `AWS::WAFv2::*`: web ACLs (their rules as `rule_json`), associations, IP sets, regex pattern
/// sets, rule groups (without their rules: see `ruleGroup`) and logging configurations.
package enum WAFv2: MappingFamily {
  /// The mappings of this family.
  static let mappings = [
    webACL, webACLAssociation, ipSet, regexPatternSet, ruleGroup, loggingConfiguration,
  ]

  /// `Fn::GetAtt` `Id`, `Arn` (and a web ACL's `Capacity`). `Ref` returns `NAME|ID|SCOPE`; the
  /// mapping tables name one attribute for `Ref` (the schema test allows no template there), so
  /// `Ref` is left unmapped and reported: use `Fn::GetAtt` `Id` or `Arn`, or
  /// `"${name}|${id}|${scope}"` by hand. Terraform imports `ID/NAME/SCOPE`.
  static let namedAttributes = [
    "Arn": "arn", "Id": "id", "Name": "name",
  ]

  /// The import id `ID/NAME/SCOPE`, from the physical id `NAME|ID|SCOPE`.
  static let idNameScope = ImportID.custom { context in
    let parts = context.physicalId?.split(separator: "|").map(String.init) ?? []
    guard parts.count == 3 else { return nil }
    return "\(parts[1])/\(parts[0])/\(parts[2])"
  }

  /// `AWS::WAFv2::WebACL`. The provider schema compiled into cfn2tf leaves out the recursive
  /// `rule` block on purpose; `Rules` becomes `rule_json`, the WAFv2 API's list of rules, which is
  /// the shape CloudFormation writes: the same names, the same nesting. The one difference is
  /// `ByteMatchStatement.SearchString`, a blob in the API (base64 in its JSON): it becomes
  /// `base64encode(…)`, and `SearchStringBase64` becomes `SearchString` as it is. The provider
  /// does not detect drift in `rule_json`.
  static let webACL = ResourceMapping(
    "AWS::WAFv2::WebACL", to: "aws_wafv2_web_acl", ref: nil,
    attributes: namedAttributes.merging(["Capacity": "capacity"]) { a, _ in a },
    properties: [
      .argument("Name", "name"),
      .argument("Scope", "scope"),
      .argument("Description", "description"),
      .argument("TokenDomains", "token_domains"),
      .custom("Rules", rules),
      PropertyRule(
        "DefaultAction",
        .block(
          "default_action",
          [
            PropertyRule(
              "Allow",
              .block("allow", [PropertyRule("CustomRequestHandling", customRequestHandling)])),
            PropertyRule(
              "Block",
              .block("block", [PropertyRule("CustomResponse", customResponse)])),
          ])),
      visibilityConfig,
      PropertyRule("CaptchaConfig", immunityTime("captcha_config")),
      PropertyRule("ChallengeConfig", immunityTime("challenge_config")),
      .custom("CustomResponseBodies", customResponseBodies),
      .custom("AssociationConfig", associationConfig),
      PropertyRule(
        "DataProtectionConfig",
        .block(
          "data_protection_config",
          [
            PropertyRule(
              "DataProtections",
              .blocks(
                "data_protection",
                [
                  .argument("Action", "action"),
                  .argument("ExcludeRateBasedDetails", "exclude_rate_based_details"),
                  .argument("ExcludeRuleMatchDetails", "exclude_rule_match_details"),
                  PropertyRule(
                    "Field",
                    .block(
                      "field",
                      [
                        .argument("FieldType", "field_type"),
                        .argument("FieldKeys", "field_keys"),
                      ])),
                ]))
          ])),
      ApiGateway.unsupported("ApplicationConfig", "aws_wafv2_web_acl", "application attributes"),
      ApiGateway.unsupported(
        "OnSourceDDoSProtectionConfig", "aws_wafv2_web_acl", "on-source DDoS protection"),
      .tags,
    ], importID: idNameScope,
    finish: { ExtraResources.requireName("name", unless: "Name", &$0) })

  /// `VisibilityConfig` → `visibility_config`.
  static let visibilityConfig = PropertyRule(
    "VisibilityConfig",
    .block(
      "visibility_config",
      [
        .argument("CloudWatchMetricsEnabled", "cloudwatch_metrics_enabled"),
        .argument("MetricName", "metric_name"),
        .argument("SampledRequestsEnabled", "sampled_requests_enabled"),
      ]))

  /// A captcha or challenge configuration.
  static func immunityTime(_ block: String) -> PropertyAction {
    .block(
      block,
      [
        PropertyRule(
          "ImmunityTimeProperty",
          .block("immunity_time_property", [.argument("ImmunityTime", "immunity_time")]))
      ])
  }

  /// `CustomRequestHandling` of an allow action.
  static let customRequestHandling = PropertyAction.block(
    "custom_request_handling",
    [
      PropertyRule(
        "InsertHeaders",
        .blocks("insert_header", [.argument("Name", "name"), .argument("Value", "value")]))
    ])

  /// `CustomResponse` of a block action.
  static let customResponse = PropertyAction.block(
    "custom_response",
    [
      .argument("ResponseCode", "response_code"),
      .argument("CustomResponseBodyKey", "custom_response_body_key"),
      PropertyRule(
        "ResponseHeaders",
        .blocks("response_header", [.argument("Name", "name"), .argument("Value", "value")])),
    ])

  /// `Rules`: `rule_json = jsonencode([...])`, the rules as the WAFv2 API reads them.
  @Sendable static func rules(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    builder.translator.begin()
    builder.translator.transformed(
      "the rules became rule_json, the WAFv2 API's JSON; SearchString is base64-encoded as the API wants"
    )
    let value = HCLExpression.call("jsonencode", [ruleContent(member.value, &builder.translator)])
    builder.record(
      member, target: builder.primary.path / "rule_json",
      status: builder.translator.status, note: builder.translator.note, source: member.value,
      value: value)
    parts.argument(
      "rule_json", value,
      comments: ["cfn2tf: the provider does not detect drift in rule_json"])
  }

  /// The JSON of rules: CloudFormation's, with `SearchString` base64-encoded.
  static func ruleContent(_ expr: Expr, _ translator: inout ExpressionTranslator) -> HCLExpression {
    switch expr.kind {
    case .object(let members)
    where !members.contains(where: { PolicyDocument.isOptional($0.value) }):
      return .object(
        members.map { member in
          switch member.key {
          case "SearchString":
            return HCLObjectItem(
              "SearchString",
              .call("base64encode", [translator.translate(member.value, as: .string)]))
          case "SearchStringBase64":
            return HCLObjectItem("SearchString", translator.translate(member.value, as: .string))
          default:
            return HCLObjectItem(member.key, ruleContent(member.value, &translator))
          }
        })
    case .list(let items) where !items.contains(where: PolicyDocument.isOptional):
      return .tuple(items.map { ruleContent($0, &translator) })
    default:
      return PolicyDocument.content(expr, &translator)
    }
  }

  /// `CustomResponseBodies`, a map from key to body: a `custom_response_body` block each.
  @Sendable static func customResponseBodies(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    guard case .object(let bodies) = member.value.kind else {
      builder.report(member, .computedList(block: "custom_response_body"))
      return
    }
    builder.record(
      member,
      target: builder.primary.path / "custom_response_body", status: .transformed,
      note: "each body became a custom_response_body block with its key")
    for body in bodies {
      guard case .object(let fields) = body.value.kind else {
        builder.report(
          member.field(body), .computedObject(block: "custom_response_body"))
        continue
      }
      var inner = BodyParts()
      inner.argument("key", .string(body.key))
      builder.apply(
        [.argument("ContentType", "content_type"), .argument("Content", "content")], to: fields,
        in: builder.scope.block("custom_response_body").at(member.path / body.key),
        into: &inner)
      parts.block(HCLBlock("custom_response_body", body: inner.body))
    }
  }

  /// `AssociationConfig.RequestBody`, a map from resource type to its inspection limit.
  @Sendable static func associationConfig(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    let blocks = [
      "API_GATEWAY": "api_gateway", "APP_RUNNER_SERVICE": "app_runner_service",
      "CLOUDFRONT": "cloudfront", "COGNITO_USER_POOL": "cognito_user_pool",
      "VERIFIED_ACCESS_INSTANCE": "verified_access_instance",
    ]
    guard case .object(let fields) = member.value.kind,
      let requestBody = fields.first(where: { $0.key == "RequestBody" }),
      case .object(let types) = requestBody.value.kind
    else {
      builder.report(member, .computedObject(block: "association_config"))
      return
    }
    builder.record(
      member,
      target: builder.primary.path / "association_config", status: .transformed,
      note: "each resource type of RequestBody became a block of request_body")
    var requestBlock = BodyParts()
    let scope = builder.scope.block("association_config").block("request_body")
    for type in types {
      guard let name = blocks[type.key], case .object(let limit) = type.value.kind else {
        builder.unsupported(
          RuleMember(type, in: member.path / "RequestBody"),
          reason: "not a resource type provider 5.100 knows, or not written out")
        continue
      }
      var inner = BodyParts()
      builder.apply(
        [.argument("DefaultSizeInspectionLimit", "default_size_inspection_limit")], to: limit,
        in: scope.block(name).at(member.path / "RequestBody" / type.key), into: &inner)
      requestBlock.block(HCLBlock(name, body: inner.body))
    }
    var association = HCLBody()
    association.block(HCLBlock("request_body", body: requestBlock.body))
    parts.block(HCLBlock("association_config", body: association))
  }
}
