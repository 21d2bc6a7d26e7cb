import CFNParser

/// `AWS::ElasticLoadBalancing::LoadBalancer`: classic load balancers, as `aws_elb` with their
/// policies as separate resources.
package enum ElasticLoadBalancing: MappingFamily {
  /// The mappings of this family.
  static let mappings: [ResourceMapping] = [loadBalancer]

  /// `Ref` gives the name. `CanonicalHostedZoneName` is the load balancer's DNS name for an
  /// internet-facing load balancer, which is what `dns_name` holds.
  static let loadBalancer = ResourceMapping(
    "AWS::ElasticLoadBalancing::LoadBalancer", to: "aws_elb", ref: "name",
    attributes: [
      "DNSName": "dns_name", "CanonicalHostedZoneName": "dns_name",
      "CanonicalHostedZoneNameID": "zone_id",
      "SourceSecurityGroup.GroupName": "source_security_group",
    ],
    properties: [
      .argument("LoadBalancerName", "name"),
      .custom("Scheme", scheme),
      .argument("AvailabilityZones", "availability_zones"),
      .argument("Subnets", "subnets"),
      .argument("SecurityGroups", "security_groups"),
      .argument("Instances", "instances"),
      .argument("CrossZone", "cross_zone_load_balancing"),
      .custom("ConnectionDrainingPolicy") { member, builder, parts in
        EC2.flatten(
          member, into: &parts, builder: &builder,
          [("Enabled", "connection_draining"), ("Timeout", "connection_draining_timeout")])
      },
      .custom("ConnectionSettings") { member, builder, parts in
        EC2.flatten(
          member, into: &parts, builder: &builder, [("IdleTimeout", "idle_timeout")])
      },
      .tags,
      .custom("Listeners", listeners),
      PropertyRule(
        "HealthCheck",
        .block(
          "health_check",
          [
            .argument("Target", "target"),
            .argument("HealthyThreshold", "healthy_threshold"),
            .argument("UnhealthyThreshold", "unhealthy_threshold"),
            .argument("Interval", "interval"),
            .argument("Timeout", "timeout"),
          ])),
      PropertyRule(
        "AccessLoggingPolicy",
        .block(
          "access_logs",
          [
            .argument("S3BucketName", "bucket"),
            .argument("S3BucketPrefix", "bucket_prefix"),
            .argument("EmitInterval", "interval"),
            .argument("Enabled", "enabled"),
          ])),
      .custom("LBCookieStickinessPolicy") { member, builder, _ in
        stickinessPolicies(member, app: false, &builder)
      },
      .custom("AppCookieStickinessPolicy") { member, builder, _ in
        stickinessPolicies(member, app: true, &builder)
      },
      .custom("Policies", policies),
      .drop(
        "SourceSecurityGroup",
        "it is chosen by Elastic Load Balancing; read it from source_security_group"),
    ],
    finish: { builder in
      if builder.resource.property("CrossZone") == nil {
        // CloudFormation's default is off; Terraform's is on.
        builder.primary.content.arguments.items.insert(
          .attribute(HCLAttribute("cross_zone_load_balancing", .bool(false))),
          at: crossZoneIndex(builder.primary.content.arguments))
        builder.ledger.append(
          LedgerEntry(
            kind: .addition, path: TemplatePath.resource(builder.logicalId) / "CrossZone",
            resourceType: builder.resource.type.value,
            location: builder.resource.range.start,
            target: builder.primary.path / "cross_zone_load_balancing", status: .transformed,
            note: "CloudFormation's default (off) is written out: Terraform's default is on"))
      }
    })

  /// Where `cross_zone_load_balancing` goes when the template leaves it out: after the
  /// arguments it follows in the rule order.
  static func crossZoneIndex(_ body: HCLBody) -> Int {
    let before: Set<String> = [
      "name", "internal", "availability_zones", "subnets", "security_groups", "instances",
    ]
    var index = 0
    for (i, item) in body.items.enumerated() {
      if case .attribute(let attribute) = item, before.contains(attribute.name) { index = i + 1 }
    }
    return index
  }

  /// `Scheme` `internal` becomes `internal = true`.
  @Sendable static func scheme(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    let target = builder.primary.path / "internal"
    builder.translator.begin()
    let value: HCLExpression
    if let text = member.value.stringValue {
      value = .bool(text == "internal")
    } else {
      value = .binary(
        builder.translator.translate(member.value, as: .string), "==", .string("internal"))
    }
    builder.translator.transformed("Scheme became internal = (Scheme == \"internal\")")
    parts.argument("internal", value)
    builder.record(
      member, target: target, status: builder.translator.status,
      note: builder.translator.note, source: member.value, value: value)
  }

  /// `Listeners`: one `listener` block each. A listener without `InstanceProtocol` talks to the
  /// instances in the front end's protocol, HTTPS and SSL decrypted to HTTP and TCP.
  @Sendable static func listeners(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    guard
      let objects = builder.objects(
        of: member, computed: "a computed listener list cannot become listener blocks",
        notAnObject: "each listener must be written out")
    else { return }
    let address = builder.primary.path
    for object in objects {
      let (i, fields) = (object.index, object.fields)
      var inner = BodyParts()
      builder.apply(
        [
          .argument("InstancePort", "instance_port"),
          .argument("InstanceProtocol", "instance_protocol"),
          .argument("LoadBalancerPort", "lb_port"),
          .argument("Protocol", "lb_protocol"),
          .argument("SSLCertificateId", "ssl_certificate_id"),
          .custom("PolicyNames") { member, builder, _ in
            // Policies name their listeners (see stickinessPolicies and policies).
            builder.record(
              member, target: nil, status: .transformed,
              note: "each named policy is attached to this listener by its own resource",
              source: member.value)
          },
        ], to: fields, in: builder.scope.block("listener").at(member.path / i), into: &inner)
      if !fields.contains(where: { $0.key == "InstanceProtocol" }),
        let front = fields.first(where: { $0.key == "Protocol" })
      {
        builder.translator.begin()
        let value: HCLExpression
        switch front.value.stringValue?.uppercased() {
        case "HTTPS": value = .string("HTTP")
        case "SSL": value = .string("TCP")
        case let text?: value = .string(text)
        case nil: value = builder.translator.translate(front.value, as: .string)
        }
        inner.arguments.items.insert(
          .attribute(HCLAttribute("instance_protocol", value)),
          at: min(1, inner.arguments.items.count))
        builder.ledger.append(
          LedgerEntry(
            kind: .addition, path: builder.templatePath(member.path / i / "InstanceProtocol"),
            resourceType: builder.resource.type.value, location: front.keyRange.start,
            target: address / "listener" / "instance_protocol", status: .transformed,
            note: "Terraform needs the instance protocol; CloudFormation's default is written out"))
      }
      parts.block(HCLBlock("listener", body: inner.body))
    }
  }
}
