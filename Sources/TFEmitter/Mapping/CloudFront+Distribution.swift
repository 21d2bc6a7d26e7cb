import CFNParser

/// `AWS::CloudFront::Distribution`: the fields of `DistributionConfig` become the distribution's
/// arguments and blocks; its origins and origin groups are here, its cache behaviours in
/// `CloudFront+CacheBehaviors.swift`.
extension CloudFront {
  /// `Ref` is the distribution id. Blocks Terraform requires and CloudFormation does not are
  /// written with CloudFormation's defaults: `restrictions` with no geo restriction,
  /// `viewer_certificate` with CloudFront's default certificate; so is `http_version`, whose
  /// CloudFormation default (`http1.1`) is not Terraform's (`http2`).
  static let distribution = ResourceMapping(
    "AWS::CloudFront::Distribution", to: "aws_cloudfront_distribution", ref: "id",
    attributes: ["Id": "id", "DomainName": "domain_name"],
    properties: [.custom("DistributionConfig", distributionConfig), .tags])

  /// The rules for the fields of `DistributionConfig`.
  static let configRules: [PropertyRule] = [
    .argument("Enabled", "enabled"),
    .argument("Comment", "comment"),
    .argument("Aliases", "aliases"),
    .custom("CNAMEs", cnames),
    .argument("DefaultRootObject", "default_root_object"),
    .argument("HttpVersion", "http_version"),
    .argument("IPV6Enabled", "is_ipv6_enabled"),
    .argument("PriceClass", "price_class"),
    .argument("WebACLId", "web_acl_id"),
    .argument("Staging", "staging"),
    .argument("ContinuousDeploymentPolicyId", "continuous_deployment_policy_id"),
    .custom("Origins", origins),
    .custom("OriginGroups", originGroups),
    .custom("DefaultCacheBehavior", defaultCacheBehavior),
    .custom("CacheBehaviors", orderedCacheBehaviors),
    .custom("CustomErrorResponses", customErrorResponses),
    PropertyRule(
      "Logging",
      .block(
        "logging_config",
        [
          .argument("Bucket", "bucket"), .argument("Prefix", "prefix"),
          .argument("IncludeCookies", "include_cookies"),
        ])),
    PropertyRule(
      "Restrictions",
      .block(
        "restrictions",
        [
          PropertyRule(
            "GeoRestriction",
            .block(
              "geo_restriction",
              [
                .argument("RestrictionType", "restriction_type"),
                .argument("Locations", "locations"),
              ]))
        ])),
    PropertyRule(
      "ViewerCertificate",
      .block(
        "viewer_certificate",
        [
          .argument("AcmCertificateArn", "acm_certificate_arn"),
          .argument("IamCertificateId", "iam_certificate_id"),
          .argument("CloudFrontDefaultCertificate", "cloudfront_default_certificate"),
          .argument("MinimumProtocolVersion", "minimum_protocol_version"),
          .argument("SslSupportMethod", "ssl_support_method"),
        ])),
    .custom("S3Origin", legacyOrigin),
    .custom("CustomOrigin", legacyOrigin),
    unsupported("AnycastIpListId", "an Anycast static IP list"),
    unsupported("CacheTagConfig", "cache tags"),
    unsupported("ConnectionFunctionAssociation", "connection functions"),
    unsupported("ConnectionMode", "a connection mode (multi-tenant distributions)"),
    unsupported("TenantConfig", "tenant parameters (multi-tenant distributions)"),
    unsupported("ViewerMtlsConfig", "viewer mutual TLS"),
  ]

  /// A property the provider cannot express: a warning, since the distribution differs.
  static func unsupported(_ property: String, _ feature: String) -> PropertyRule {
    .custom(property) { member, builder, _ in
      builder.unsupported(
        member,
        reason:
          "aws_cloudfront_distribution (provider 5.100) has no \(feature): set it by hand after the apply, or keep the distribution in CloudFormation"
      )
    }
  }

  /// `DistributionConfig`: its fields by `configRules`, then the defaults Terraform needs.
  @Sendable static func distributionConfig(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    guard case .object(let fields) = member.value.kind else {
      builder.report(member, .computedSpread)
      return
    }
    builder.record(
      member, target: builder.primary.path,
      status: .transformed, note: "its fields became the distribution's arguments and blocks")
    builder.apply(configRules, to: fields, in: builder.scope.reading(member.path), into: &parts)
    let given = Set(fields.map(\.key))
    let address = builder.primary.path
    writeDefault(
      "http_version", .string("http1.1"), at: .here / "DistributionConfig" / "HttpVersion",
      in: &parts, &builder, present: given.contains("HttpVersion"),
      note: "not set: CloudFormation's default, http1.1, is written (Terraform's would be http2)")
    if !given.contains("Restrictions") {
      var geo = HCLBody()
      geo.attribute("restriction_type", .string("none"))
      var restrictions = HCLBody()
      restrictions.block(HCLBlock("geo_restriction", body: geo))
      parts.block(
        HCLBlock("restrictions", body: restrictions),
        comments: ["CloudFormation's default: Terraform requires the block"])
      builder.ledger.append(
        addition(
          .here / "DistributionConfig" / "Restrictions", target: address / "restrictions",
          builder,
          note: "not set: written as no geo restriction, CloudFormation's default"))
    }
    if !given.contains("ViewerCertificate") {
      var certificate = HCLBody()
      certificate.attribute("cloudfront_default_certificate", .bool(true))
      parts.block(
        HCLBlock("viewer_certificate", body: certificate),
        comments: ["CloudFormation's default: Terraform requires the block"])
      builder.ledger.append(
        addition(
          .here / "DistributionConfig" / "ViewerCertificate",
          target: address / "viewer_certificate", builder,
          note: "not set: written as CloudFront's default certificate"))
    }
  }

  /// A ledger entry for a default cfn2tf writes.
  static func addition(
    _ path: RelativeTemplatePath, target: TerraformPath, _ builder: ResourceBuilder, note: String
  ) -> LedgerEntry {
    LedgerEntry(
      kind: .addition, path: builder.templatePath(path), resourceType: builder.resource.type.value,
      location: builder.resource.range.start, target: target, status: .transformed, note: note)
  }

  /// `CNAMEs`, the older name of `Aliases`.
  @Sendable static func cnames(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    if case .object(let fields) = builder.resource.property("DistributionConfig")?.value.kind,
      fields.contains(where: { $0.key == "Aliases" })
    {
      builder.unsupported(
        member, reason: "Aliases is set too: Terraform has one list, aliases; merge them")
      return
    }
    let target = builder.primary.path / "aliases"
    parts.argument("aliases", builder.translate(member, as: .list(.string), target: target))
  }

  /// `S3Origin` and `CustomOrigin`, the legacy single-origin form.
  @Sendable static func legacyOrigin(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    builder.unsupported(
      member,
      reason:
        "the legacy single-origin form has no origin id for the cache behaviours to name; write it as an entry of Origins"
    )
  }

  /// `Origins`: an `origin` block each.
  @Sendable static func origins(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    guard
      let objects = builder.objects(
        of: member, computed: MappingError.computedList(block: "origin").reason,
        notAnObject: "write the origin out")
    else { return }
    for object in objects {
      let scope = builder.scope.block("origin", reading: object.element.path)
      builder.record(
        object.element.path, at: member.keyRange.start, target: scope.target, status: .exact,
        note: "")
      var inner = BodyParts()
      builder.apply(originRules(scope), to: object.fields, in: scope, into: &inner)
      parts.block(HCLBlock("origin", body: inner.body))
    }
  }

  /// The rules of one origin, read in `scope`.
  static func originRules(_ scope: RuleScope) -> [PropertyRule] {
    [
      .argument("Id", "origin_id"),
      .argument("DomainName", "domain_name"),
      .argument("OriginPath", "origin_path"),
      .argument("OriginAccessControlId", "origin_access_control_id"),
      .argument("ConnectionAttempts", "connection_attempts"),
      .argument("ConnectionTimeout", "connection_timeout"),
      PropertyRule(
        "OriginCustomHeaders",
        .blocks(
          "custom_header", [.argument("HeaderName", "name"), .argument("HeaderValue", "value")])),
      .custom("CustomOriginConfig") { member, builder, parts in
        let inside = scope.block("custom_origin_config", reading: "CustomOriginConfig")
        withDefaults(
          "custom_origin_config", member, inside, &builder, &parts,
          rules: [
            .argument("HTTPPort", "http_port"),
            .argument("HTTPSPort", "https_port"),
            .argument("OriginProtocolPolicy", "origin_protocol_policy"),
            .argument("OriginSSLProtocols", "origin_ssl_protocols"),
            .argument("OriginKeepaliveTimeout", "origin_keepalive_timeout"),
            .argument("OriginReadTimeout", "origin_read_timeout"),
            unsupported("IpAddressType", "origin IP address type"),
            unsupported("OriginMtlsConfig", "origin mutual TLS"),
          ],
          defaults: [
            ("HTTPPort", "http_port", .number("80")),
            ("HTTPSPort", "https_port", .number("443")),
            (
              "OriginSSLProtocols", "origin_ssl_protocols",
              .tuple([.string("TLSv1"), .string("SSLv3")])
            ),
          ])
      },
      .custom("S3OriginConfig") { member, builder, parts in
        let inside = scope.block("s3_origin_config", reading: "S3OriginConfig")
        withDefaults(
          "s3_origin_config", member, inside, &builder, &parts,
          rules: [
            .argument("OriginAccessIdentity", "origin_access_identity"),
            unsupported("OriginReadTimeout", "read timeout for S3 origins"),
          ],
          defaults: [("OriginAccessIdentity", "origin_access_identity", .string(""))])
      },
      PropertyRule(
        "OriginShield",
        .block(
          "origin_shield",
          [
            .argument("Enabled", "enabled"),
            .argument("OriginShieldRegion", "origin_shield_region"),
          ]
        )),
      PropertyRule(
        "VpcOriginConfig",
        .block(
          "vpc_origin_config",
          [
            .argument("VpcOriginId", "vpc_origin_id"),
            .argument("OriginKeepaliveTimeout", "origin_keepalive_timeout"),
            .argument("OriginReadTimeout", "origin_read_timeout"),
            unsupported("OwnerAccountId", "VPC origins of another account"),
          ])),
      unsupported("ResponseCompletionTimeout", "response completion timeout"),
    ]
  }

  /// An object property as nested block `name` written in `scope`, by `rules`, and each default
  /// (`property`, `argument`, value) the template leaves out written as CloudFormation's.
  static func withDefaults(
    _ name: String, _ member: RuleMember, _ scope: RuleScope, _ builder: inout ResourceBuilder,
    _ parts: inout BodyParts, rules: [PropertyRule],
    defaults: [(String, String, HCLExpression)]
  ) {
    guard case .object(let fields) = member.value.kind else {
      builder.report(member, .computedObject(block: name))
      return
    }
    builder.record(
      member, target: scope.target, status: .exact, note: "")
    var inner = BodyParts()
    builder.apply(rules, to: fields, in: scope.at(member.path), into: &inner)
    for (property, argument, value) in defaults
    where !fields.contains(where: { $0.key == property }) {
      writeDefault(
        argument, value, at: member.path / property, in: &inner, &builder,
        target: scope.target / argument, present: false,
        note: "not set: CloudFormation's default, \(HCLPrinter.printExpression(value)), is written")
    }
    parts.block(HCLBlock(name, body: inner.body))
  }

  /// `CustomErrorResponses`: a `custom_error_response` block each; an absent
  /// `ErrorCachingMinTTL` is written as CloudFormation's 300 seconds.
  @Sendable static func customErrorResponses(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    guard case .list(let items) = member.value.kind else {
      builder.report(member, .computedList(block: "custom_error_response"))
      return
    }
    for (index, item) in items.enumerated() {
      let element = member.element(index, item)
      withDefaults(
        "custom_error_response", element,
        builder.scope.block("custom_error_response", reading: element.path), &builder, &parts,
        rules: [
          .argument("ErrorCode", "error_code"),
          .argument("ResponseCode", "response_code"),
          .argument("ResponsePagePath", "response_page_path"),
          .argument("ErrorCachingMinTTL", "error_caching_min_ttl"),
        ],
        defaults: [("ErrorCachingMinTTL", "error_caching_min_ttl", .number("300"))])
    }
  }

  /// `OriginGroups`: `Items`, an `origin_group` block each (`Quantity` is their count).
  @Sendable static func originGroups(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    guard case .object(let fields) = member.value.kind else {
      builder.report(member, .computedObject(block: "origin_group"))
      return
    }
    let scope = builder.scope.reading(member.path)
    builder.apply(
      [
        .drop("Quantity", "Terraform counts the origin groups itself"),
        .custom("Items") { items, builder, parts in
          guard
            let objects = builder.objects(
              of: items, computed: MappingError.computedList(block: "origin_group").reason,
              notAnObject: "write the origin group out")
          else { return }
          for object in objects {
            let group = builder.scope.block("origin_group", reading: object.element.path)
            builder.record(
              object.element.path, at: items.keyRange.start, target: group.target, status: .exact,
              note: "")
            var inner = BodyParts()
            builder.apply(originGroupRules(group), to: object.fields, in: group, into: &inner)
            parts.block(HCLBlock("origin_group", body: inner.body))
          }
        },
      ], to: fields, in: scope, into: &parts)
  }

  /// The rules of one origin group, read in `scope`.
  static func originGroupRules(_ scope: RuleScope) -> [PropertyRule] {
    [
      .argument("Id", "origin_id"),
      PropertyRule(
        "FailoverCriteria",
        .block(
          "failover_criteria",
          [
            .custom(
              "StatusCodes",
              ExtraResources.flattened(
                [
                  .argument("Items", "status_codes"),
                  .drop("Quantity", "Terraform counts the status codes itself"),
                ], in: ["origin_group", "failover_criteria"]))
          ])),
      .custom("Members") { member, builder, parts in
        guard case .object(let fields) = member.value.kind,
          let items = fields.first(where: { $0.key == "Items" }),
          case .list(let list) = items.value.kind
        else {
          builder.report(member, .computedList(block: "member"))
          return
        }
        builder.record(
          member, target: scope.target / "member",
          status: .transformed, note: "each of its Items became a member block")
        for (index, item) in list.enumerated() {
          let element = member.field(items).element(index, item)
          guard case .object(let origin) = item.kind else {
            builder.report(element, .computedObject(block: "member"))
            continue
          }
          var inner = BodyParts()
          builder.apply(
            [.argument("OriginId", "origin_id")], to: origin,
            in: scope.block("member", reading: .here / "Members" / "Items" / index), into: &inner)
          parts.block(HCLBlock("member", body: inner.body))
        }
      },
      .custom("SelectionCriteria") { member, builder, _ in
        if member.value.stringValue == "default" {
          builder.dropped(member, reason: "default is how Terraform's origin groups select")
        } else {
          builder.unsupported(
            member,
            reason:
              "aws_cloudfront_distribution (provider 5.100) has no selection criteria: the group fails over by default"
          )
        }
      },
    ]
  }
}
