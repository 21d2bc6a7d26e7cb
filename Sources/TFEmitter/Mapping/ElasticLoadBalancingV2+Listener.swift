import CFNParser

extension ElasticLoadBalancingV2 {
  static let listener = ResourceMapping(
    "AWS::ElasticLoadBalancingV2::Listener", to: "aws_lb_listener", ref: "arn",
    attributes: ["ListenerArn": "arn"],
    properties: [
      .argument("LoadBalancerArn", "load_balancer_arn"),
      .argument("Port", "port"),
      .argument("Protocol", "protocol"),
      .argument("SslPolicy", "ssl_policy"),
      .custom("Certificates", certificates),
      .custom("AlpnPolicy", alpnPolicy),
      .custom("ListenerAttributes", listenerAttributes),
      PropertyRule("DefaultActions", .blocks("default_action", actionRules)),
      PropertyRule(
        "MutualAuthentication",
        .block(
          "mutual_authentication",
          [
            .argument("Mode", "mode"),
            .argument("TrustStoreArn", "trust_store_arn"),
            .argument("IgnoreClientCertificateExpiry", "ignore_client_certificate_expiry"),
            .argument("AdvertiseTrustStoreCaNames", "advertise_trust_store_ca_names"),
          ])),
    ])

  /// The rules of one action (`DefaultActions` entries).
  static let actionRules: [PropertyRule] = [
    .argument("Type", "type"),
    .argument("Order", "order"),
    .argument("TargetGroupArn", "target_group_arn"),
    PropertyRule(
      "ForwardConfig",
      .block(
        "forward",
        [
          PropertyRule(
            "TargetGroups",
            .blocks(
              "target_group", [.argument("TargetGroupArn", "arn"), .argument("Weight", "weight")])),
          PropertyRule(
            "TargetGroupStickinessConfig",
            .block(
              "stickiness",
              [.argument("Enabled", "enabled"), .argument("DurationSeconds", "duration")])),
        ])),
    PropertyRule(
      "RedirectConfig",
      .block(
        "redirect",
        [
          .argument("Host", "host"), .argument("Path", "path"), .argument("Port", "port"),
          .argument("Protocol", "protocol"), .argument("Query", "query"),
          .argument("StatusCode", "status_code"),
        ])),
    PropertyRule(
      "FixedResponseConfig",
      .block(
        "fixed_response",
        [
          .argument("ContentType", "content_type"), .argument("MessageBody", "message_body"),
          .argument("StatusCode", "status_code"),
        ])),
    PropertyRule(
      "AuthenticateCognitoConfig",
      .block(
        "authenticate_cognito",
        [
          .argument("UserPoolArn", "user_pool_arn"),
          .argument("UserPoolClientId", "user_pool_client_id"),
          .argument("UserPoolDomain", "user_pool_domain"),
        ] + authenticationRules)),
    PropertyRule(
      "AuthenticateOidcConfig",
      .block(
        "authenticate_oidc",
        [
          .argument("AuthorizationEndpoint", "authorization_endpoint"),
          .argument("ClientId", "client_id"),
          .custom("ClientSecret", clientSecret),
          .argument("Issuer", "issuer"),
          .argument("TokenEndpoint", "token_endpoint"),
          .argument("UserInfoEndpoint", "user_info_endpoint"),
          .drop(
            "UseExistingClientSecret",
            "Terraform always sends the client secret; give ClientSecret"),
        ] + authenticationRules)),
    .drop(
      "JwtValidationConfig",
      "aws_lb_listener and aws_lb_listener_rule (provider 5.100) have no JWT validation action; add it with 'aws elbv2 modify-listener' or 'modify-rule'"
    ),
  ]

  /// An OIDC client secret: a `Ref` to a NoEcho parameter stays (its variable is sensitive); a
  /// secret written in the template becomes a new sensitive variable, its value not copied.
  @Sendable static func clientSecret(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    builder.translator.begin()
    let written = builder.translator.writesSecretText(member.value)
    var value = written ? .null : builder.translator.translate(member.value, as: .string)
    if written {
      let name = builder.translator.namer.reserveVariable(
        builder.primary.name + "_oidc_client_secret")
      value = builder.translator.addVariable(
        AddedVariable(
          name: name, type: "string",
          description:
            "OIDC client secret of \(builder.logicalId); the template wrote it in plain text, and its value is not copied.",
          sensitive: true))
      builder.translator.sensitiveVariables.insert(name)
      builder.translator.touchesSecret = true
      builder.translator.transformed("the secret written in the template became var.\(name)")
      builder.diagnostics.append(
        .warning(
          "the OIDC client secret of '\(builder.logicalId)' is written in the template; it becomes the sensitive variable '\(name)'",
          at: member.keyRange.start,
          notes: [.init("set it from a secret store; the template's value is not copied")]))
    } else if !builder.translator.touchesSecret {
      builder.diagnostics.append(
        .warning(
          "the OIDC client secret of '\(builder.logicalId)' does not come from a NoEcho parameter",
          at: member.keyRange.start,
          notes: [.init("mark the parameter NoEcho so that its variable is sensitive")]))
    }
    builder.record(
      member,
      target: builder.primary.path / "authenticate_oidc" / "client_secret",
      status: builder.translator.status, note: builder.translator.note, source: member.value,
      value: value, secret: true)
    parts.argument("client_secret", value)
  }

  static let authenticationRules: [PropertyRule] = [
    .argument("AuthenticationRequestExtraParams", "authentication_request_extra_params"),
    .argument("OnUnauthenticatedRequest", "on_unauthenticated_request"),
    .argument("Scope", "scope"),
    .argument("SessionCookieName", "session_cookie_name"),
    .argument("SessionTimeout", "session_timeout"),
  ]

  /// `Certificates` (`[{CertificateArn}]`): the listener takes one default certificate; further
  /// ones need `aws_lb_listener_certificate`, which cfn2tf does not write.
  @Sendable static func certificates(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    guard case .list(let items) = member.value.kind, let first = items.first,
      case .object(let fields) = first.kind,
      let arn = fields.first(where: { $0.key == "CertificateArn" })
    else {
      builder.unsupported(
        member, reason: "the certificates must be written out, each with CertificateArn")
      return
    }
    builder.translator.begin()
    let value = builder.translator.translate(arn.value, as: .string)
    builder.translator.transformed("the first certificate became certificate_arn")
    if items.count > 1 {
      builder.translator.approximated(
        "only the first certificate is the listener's; add the others with aws_lb_listener_certificate"
      )
    }
    parts.argument("certificate_arn", value, comments: builder.approximationComment)
    builder.record(
      member, target: builder.primary.path / "certificate_arn",
      status: builder.translator.status, note: builder.translator.note, source: member.value,
      value: value)
  }

  /// `AlpnPolicy` is a one-element list in CloudFormation, a string in Terraform.
  @Sendable static func alpnPolicy(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    var value = member.value
    if case .list(let items) = value.kind, items.count == 1 { value = items[0] }
    let translated = builder.translate(
      member.with(value: value), as: .string,
      target: builder.primary.path / "alpn_policy")
    parts.argument("alpn_policy", translated)
  }

  /// `ListenerAttributes`: each key names its argument with `_` for `.`
  /// (`tcp.idle_timeout.seconds` → `tcp_idle_timeout_seconds`), where the schema has one.
  @Sendable static func listenerAttributes(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    guard case .list(let items) = member.value.kind else {
      builder.unsupported(member, reason: "a computed attribute list cannot be converted")
      return
    }
    var table: [String: String] = [:]
    for item in items {
      guard case .object(let fields) = item.kind,
        let key = fields.first(where: { $0.key == "Key" })?.value.stringValue
      else { continue }
      let argument = key.replacing(".", with: "_")
      if builder.scope.attribute(argument)?.isArgument == true { table[key] = argument }
    }
    attributes(member, table, &builder, &parts)
  }
}
