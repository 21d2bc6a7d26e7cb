import CFNParser

extension ElasticLoadBalancingV2 {
  /// `Ref` is the rule ARN, which the stack lists and Terraform imports by. The actions are the
  /// listener's (`actionRules`); each condition becomes a `condition` block. `IsDefault` has no
  /// Terraform counterpart (a rule Terraform writes is never the default one).
  static let listenerRule = ResourceMapping(
    "AWS::ElasticLoadBalancingV2::ListenerRule", to: "aws_lb_listener_rule", ref: "arn",
    attributes: ["RuleArn": "arn"],
    properties: [
      .argument("ListenerArn", "listener_arn"),
      .argument("Priority", "priority"),
      PropertyRule("Actions", .blocks("action", actionRules)),
      .custom("Conditions", conditions),
      .drop(
        "Transforms",
        "aws_lb_listener_rule (provider 5.100) has no host header or URL rewrites; add them with 'aws elbv2 modify-rule --transforms'"
      ),
    ])

  /// The legacy `Field` of a condition and the block its `Values` become.
  static let conditionFields = [
    "host-header": "host_header", "path-pattern": "path_pattern",
    "http-request-method": "http_request_method", "source-ip": "source_ip",
  ]

  static let regexReason =
    "aws_lb_listener_rule (provider 5.100) has no regular expression conditions; set them with 'aws elbv2 modify-rule'"

  /// `Conditions`: one `condition` block each, from its `…Config` object or from the legacy
  /// `Field` with `Values`.
  @Sendable static func conditions(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    guard
      let objects = builder.objects(
        of: member, computed: "a computed list of conditions cannot become condition blocks",
        notAnObject: "each condition must be written out")
    else { return }
    let schema = ProviderSchema.resource(builder.primary.type)?.block("condition")?.body
    for object in objects {
      let scope = RuleScope(
        target: builder.primary.path / "condition", schema: schema,
        at: object.element.path)
      let field = object.fields.first { $0.key == "Field" }?.value.stringValue
      let configured = object.fields.contains { $0.key.hasSuffix("Config") }
      var rules = conditionConfigRules
      rules.append(
        .custom("Field") { member, builder, _ in
          builder.record(
            member, target: scope.target, status: .transformed,
            note: "the field chose the condition's block", source: member.value)
        })
      rules.append(.drop("RegexValues", regexReason))
      rules.append(
        .custom("Values") { member, builder, parts in
          guard !configured else {
            builder.dropped(member, reason: "the condition's …Config gives its values")
            return
          }
          guard let field, let block = conditionFields[field] else {
            builder.unsupported(
              member,
              reason:
                "give the condition's values in its …Config (HostHeaderConfig, PathPatternConfig, HttpHeaderConfig, …): Field \(field ?? "(computed)") has no block of its own"
            )
            return
          }
          let value = builder.translate(
            member, as: .list(.string), target: scope.target / block / "values")
          var body = HCLBody()
          body.attribute("values", value)
          parts.block(HCLBlock(block, body: body))
        })
      var inner = BodyParts()
      builder.apply(rules, to: object.fields, in: scope, into: &inner)
      parts.block(HCLBlock("condition", body: inner.body))
    }
  }

  /// The `…Config` objects of a condition.
  static let conditionConfigRules: [PropertyRule] = [
    PropertyRule(
      "HostHeaderConfig",
      .block("host_header", [.argument("Values", "values"), .drop("RegexValues", regexReason)])),
    PropertyRule(
      "PathPatternConfig",
      .block("path_pattern", [.argument("Values", "values"), .drop("RegexValues", regexReason)])),
    PropertyRule(
      "HttpHeaderConfig",
      .block(
        "http_header",
        [
          .argument("HttpHeaderName", "http_header_name"), .argument("Values", "values"),
          .drop("RegexValues", regexReason),
        ])),
    PropertyRule(
      "HttpRequestMethodConfig", .block("http_request_method", [.argument("Values", "values")])),
    PropertyRule("SourceIpConfig", .block("source_ip", [.argument("Values", "values")])),
    .custom("QueryStringConfig") { member, builder, parts in
      guard case .object(let fields) = member.value.kind else {
        builder.report(member, .computedObject(block: "query_string"))
        return
      }
      let scope = RuleScope(
        target: builder.primary.path / "condition",
        schema: ProviderSchema.resource(builder.primary.type)?.block("condition")?.body,
        at: member.path)
      builder.record(
        member, target: scope.target / "query_string",
        status: .transformed, note: "each key and value became a query_string block",
        source: member.value)
      builder.apply(
        [
          PropertyRule(
            "Values",
            .blocks("query_string", [.argument("Key", "key"), .argument("Value", "value")]))
        ], to: fields, in: scope, into: &parts)
    },
  ]

  /// One `aws_lb_listener_certificate` per certificate: the first is the primary resource, the
  /// others resources of their own. `Ref` becomes Terraform's id,
  /// `<listener ARN>_<certificate ARN>`, which is also what Terraform imports by.
  static let listenerCertificate = ResourceMapping(
    "AWS::ElasticLoadBalancingV2::ListenerCertificate", to: "aws_lb_listener_certificate",
    ref: "id",
    properties: [
      // Both are written by `listenerCertificates`.
      .custom("ListenerArn") { _, _, _ in },
      .custom("Certificates") { _, _, _ in },
    ],
    importID: certificateImport(index: 0), finish: listenerCertificates)

  /// `<listener ARN>_<ARN of certificate index>`.
  static func certificateImport(index: Int) -> ImportID {
    .custom { context in
      guard let listener = context.property("ListenerArn"),
        case .list(let items)? = context.resource.property("Certificates")?.value.kind,
        index < items.count, case .object(let fields) = items[index].kind,
        let arn = fields.first(where: { $0.key == "CertificateArn" }),
        let certificate = context.resolve(arn.value)
      else { return nil }
      return "\(listener)_\(certificate)"
    }
  }

  static func listenerCertificates(_ builder: inout ResourceBuilder) {
    guard let listenerMember = builder.resource.property("ListenerArn"),
      let certificates = builder.resource.property("Certificates")
    else { return }
    let listener = builder.translate(
      listenerMember, as: .string, target: builder.primary.path / "listener_arn")
    guard
      let objects = builder.objects(
        of: RuleMember.property(certificates),
        computed: "a computed list of certificates cannot be converted",
        notAnObject: "each certificate must be written out with its CertificateArn")
    else { return }
    for object in objects {
      guard let arn = object.fields.first(where: { $0.key == "CertificateArn" }) else {
        builder.unsupported(object.element, reason: "the certificate has no CertificateArn")
        continue
      }
      let i = object.index
      var resource = builder.primary
      if i > 0 {
        let base = builder.primary.name + "_" + ExtraResources.suffix(for: arn.value, index: i)
        resource = ExtraResources.make(
          builder.primary.type,
          name: ExtraResources.uniqueName(base, type: builder.primary.type, builder),
          from: object.element.key, builder)
        resource.importID = certificateImport(index: i)
      }
      let value = builder.translate(
        object.element.field(arn), as: .string, target: resource.path / "certificate_arn")
      resource.content.argument("listener_arn", listener)
      resource.content.argument("certificate_arn", value)
      if i == 0 { builder.primary = resource } else { builder.extras.append(resource) }
    }
  }
}
