import CFNParser

/// The cache behaviours of a distribution: `DefaultCacheBehavior` and `CacheBehaviors`. Terraform
/// requires the methods CloudFormation defaults to GET and HEAD; a behaviour with legacy
/// `ForwardedValues` and no `CachePolicyId` gets CloudFormation's TTLs (86400, 31536000 and 0
/// seconds) written out, and a `cookies` block (forward none) when it has none.
extension CloudFront {
  /// `DefaultCacheBehavior`: the `default_cache_behavior` block.
  @Sendable static func defaultCacheBehavior(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    cacheBehavior("default_cache_behavior", member, &builder, &parts)
  }

  /// `CacheBehaviors`: an `ordered_cache_behavior` block each, in order.
  @Sendable static func orderedCacheBehaviors(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    guard case .list(let items) = member.value.kind else {
      builder.report(member, .computedList(block: "ordered_cache_behavior"))
      return
    }
    for (index, item) in items.enumerated() {
      let element = member.element(index, item)
      cacheBehavior("ordered_cache_behavior", element, &builder, &parts)
    }
  }

  /// One cache behaviour as block `name`.
  static func cacheBehavior(
    _ name: String, _ member: RuleMember, _ builder: inout ResourceBuilder,
    _ parts: inout BodyParts
  ) {
    guard case .object(let fields) = member.value.kind else {
      builder.report(member, .computedObject(block: name))
      return
    }
    let scope = builder.scope.block(name, reading: member.path)
    var defaults: [(String, String, HCLExpression)] = [
      ("AllowedMethods", "allowed_methods", methods),
      ("CachedMethods", "cached_methods", methods),
    ]
    if !fields.contains(where: { $0.key == "CachePolicyId" }) {
      defaults += [
        ("DefaultTTL", "default_ttl", .number("86400")),
        ("MaxTTL", "max_ttl", .number("31536000")),
        ("MinTTL", "min_ttl", .number("0")),
      ]
    }
    withDefaults(
      name, member, scope, &builder, &parts, rules: behaviorRules(scope), defaults: defaults)
  }

  /// GET and HEAD.
  static let methods = HCLExpression.tuple([.string("GET"), .string("HEAD")])

  /// The rules of one cache behaviour, read in `scope`.
  static func behaviorRules(_ scope: RuleScope) -> [PropertyRule] {
    [
      .argument("PathPattern", "path_pattern"),
      .argument("TargetOriginId", "target_origin_id"),
      .argument("ViewerProtocolPolicy", "viewer_protocol_policy"),
      .argument("AllowedMethods", "allowed_methods"),
      .argument("CachedMethods", "cached_methods"),
      .argument("Compress", "compress"),
      .argument("CachePolicyId", "cache_policy_id"),
      .argument("OriginRequestPolicyId", "origin_request_policy_id"),
      .argument("ResponseHeadersPolicyId", "response_headers_policy_id"),
      .argument("RealtimeLogConfigArn", "realtime_log_config_arn"),
      .argument("FieldLevelEncryptionId", "field_level_encryption_id"),
      .argument("SmoothStreaming", "smooth_streaming"),
      .argument("TrustedKeyGroups", "trusted_key_groups"),
      .argument("TrustedSigners", "trusted_signers"),
      .argument("DefaultTTL", "default_ttl"),
      .argument("MaxTTL", "max_ttl"),
      .argument("MinTTL", "min_ttl"),
      .custom("ForwardedValues") { member, builder, parts in
        let inside = scope.block("forwarded_values", reading: "ForwardedValues")
        guard case .object(let fields) = member.value.kind else {
          builder.report(member, .computedObject(block: "forwarded_values"))
          return
        }
        builder.record(
          member, target: inside.target, status: .exact, note: "")
        var inner = BodyParts()
        builder.apply(
          [
            .argument("QueryString", "query_string"),
            .argument("QueryStringCacheKeys", "query_string_cache_keys"),
            .argument("Headers", "headers"),
            PropertyRule(
              "Cookies",
              .block(
                "cookies",
                [
                  .argument("Forward", "forward"),
                  .argument("WhitelistedNames", "whitelisted_names"),
                ])),
          ], to: fields, in: inside, into: &inner)
        if !fields.contains(where: { $0.key == "Cookies" }) {
          var cookies = HCLBody()
          cookies.attribute("forward", .string("none"))
          inner.block(
            HCLBlock("cookies", body: cookies),
            comments: ["CloudFormation's default: Terraform requires the block"])
          builder.ledger.append(
            addition(
              member.path / "Cookies", target: inside.target / "cookies", builder,
              note: "not set: written as forward none, CloudFormation's default"))
        }
        parts.block(HCLBlock("forwarded_values", body: inner.body))
      },
      PropertyRule(
        "FunctionAssociations",
        .blocks(
          "function_association",
          [.argument("EventType", "event_type"), .argument("FunctionARN", "function_arn")])),
      PropertyRule(
        "LambdaFunctionAssociations",
        .blocks(
          "lambda_function_association",
          [
            .argument("EventType", "event_type"), .argument("LambdaFunctionARN", "lambda_arn"),
            .argument("IncludeBody", "include_body"),
          ])),
      PropertyRule("GrpcConfig", .block("grpc_config", [.argument("Enabled", "enabled")])),
    ]
  }
}
