import CFNParser

extension ElasticLoadBalancingV2 {
  /// Health check properties are flat in CloudFormation and one `health_check` block here.
  static let targetGroup = ResourceMapping(
    "AWS::ElasticLoadBalancingV2::TargetGroup", to: "aws_lb_target_group", ref: "arn",
    attributes: [
      "TargetGroupArn": "arn", "TargetGroupFullName": "arn_suffix", "TargetGroupName": "name",
      "LoadBalancerArns": "load_balancer_arns",
    ],
    properties: [
      .argument("Name", "name"),
      .argument("TargetType", "target_type"),
      .argument("Port", "port"),
      .argument("Protocol", "protocol"),
      .argument("ProtocolVersion", "protocol_version"),
      .argument("IpAddressType", "ip_address_type"),
      .argument("VpcId", "vpc_id"),
      .custom("TargetGroupAttributes") { member, builder, parts in
        attributes(member, targetGroupAttributes, &builder, &parts)
      },
      .tags,
      healthCheck("HealthCheckEnabled", "enabled"),
      healthCheck("HealthCheckProtocol", "protocol"),
      healthCheck("HealthCheckPort", "port"),
      healthCheck("HealthCheckPath", "path"),
      healthCheck("HealthCheckIntervalSeconds", "interval"),
      healthCheck("HealthCheckTimeoutSeconds", "timeout"),
      healthCheck("HealthyThresholdCount", "healthy_threshold"),
      healthCheck("UnhealthyThresholdCount", "unhealthy_threshold"),
      .custom("Matcher") { member, builder, parts in
        guard case .object(let fields) = member.value.kind,
          let code = fields.first(where: { $0.key == "HttpCode" || $0.key == "GrpcCode" })
        else {
          builder.unsupported(
            member, reason: "the matcher needs a written-out HttpCode or GrpcCode")
          return
        }
        let value = builder.translate(
          member.with(value: code.value), as: .string,
          target: builder.primary.path / "health_check" / "matcher")
        addToHealthCheck("matcher", value, &parts)
      },
      .custom("Targets", targets),
      .drop(
        "TargetControlPort",
        "aws_lb_target_group has no target control port in the Terraform AWS provider 5.x"),
    ],
    finish: healthCheckDefaults)

  /// Target group attribute keys and where they go.
  static let targetGroupAttributes: [String: String] = [
    "deregistration_delay.timeout_seconds": "deregistration_delay",
    "deregistration_delay.connection_termination.enabled": "connection_termination",
    "slow_start.duration_seconds": "slow_start",
    "load_balancing.algorithm.type": "load_balancing_algorithm_type",
    "load_balancing.algorithm.anomaly_mitigation": "load_balancing_anomaly_mitigation",
    "load_balancing.cross_zone.enabled": "load_balancing_cross_zone_enabled",
    "proxy_protocol_v2.enabled": "proxy_protocol_v2",
    "preserve_client_ip.enabled": "preserve_client_ip",
    "lambda.multi_value_headers.enabled": "lambda_multi_value_headers_enabled",
    "stickiness.enabled": "stickiness.enabled",
    "stickiness.type": "stickiness.type",
    "stickiness.lb_cookie.duration_seconds": "stickiness.cookie_duration",
    "stickiness.app_cookie.duration_seconds": "stickiness.cookie_duration",
    "stickiness.app_cookie.cookie_name": "stickiness.cookie_name",
  ]

  static func healthCheck(_ property: String, _ argument: String) -> PropertyRule {
    .custom(property) { member, builder, parts in
      let type = ResourceBuilder.valueType(
        of: builder.scope.schema?.lookup(path: ["health_check", argument])?.type)
      let value = builder.translate(
        member, as: type, target: builder.primary.path / "health_check" / argument)
      addToHealthCheck(argument, value, &parts)
    }
  }

  /// Adds `name = value` to the `health_check` block, made when it is not there yet.
  static func addToHealthCheck(_ name: String, _ value: HCLExpression, _ parts: inout BodyParts) {
    if let index = parts.blocks.firstIndex(where: { $0.block.type == "health_check" }) {
      parts.blocks[index].block.body.attribute(name, value)
    } else {
      var body = HCLBody()
      body.attribute(name, value)
      parts.block(HCLBlock("health_check", body: body))
    }
  }

  /// Elastic Load Balancing counts 5 successes and 2 failures (5 for Lambda targets) when the
  /// template says nothing; Terraform's defaults are 3 and 3, so the service's are written out.
  static func healthCheckDefaults(_ builder: inout ResourceBuilder) {
    let resource = builder.resource
    let isLambda = resource.property("TargetType")?.value.stringValue == "lambda"
    for (property, argument, value) in [
      ("HealthyThresholdCount", "healthy_threshold", "5"),
      ("UnhealthyThresholdCount", "unhealthy_threshold", isLambda ? "5" : "2"),
    ] where resource.property(property) == nil {
      addToHealthCheck(argument, .number(value), &builder.primary.content)
      builder.ledger.append(
        LedgerEntry(
          kind: .addition, path: TemplatePath.resource(builder.logicalId) / property,
          resourceType: resource.type.value, location: resource.range.start,
          target: builder.primary.path / "health_check" / argument, status: .transformed,
          note: "Elastic Load Balancing's default (\(value)) is written out: Terraform's is 3"))
    }
  }

  /// `Targets`: each `{Id, Port, AvailabilityZone}` becomes an `aws_lb_target_group_attachment`.
  @Sendable static func targets(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    guard case .list(let items) = member.value.kind else {
      builder.unsupported(member, reason: "a computed target list cannot be converted")
      return
    }
    let type = "aws_lb_target_group_attachment"
    for (i, item) in items.enumerated() {
      let element = member.element(i, item)
      guard case .object(let fields) = item.kind else {
        builder.unsupported(element, reason: "each target must be written out")
        continue
      }
      let name = EC2.extraName(
        "\(builder.primary.name)_target" + (items.count > 1 ? "_\(i + 1)" : ""), type: type,
        builder: builder)
      var attachment = TerraformResource(type: type, name: name, origin: builder.logicalId)
      attachment.comments = ["\(builder.logicalId).\(element.key) (\(builder.resource.type.value))"]
      attachment.importID = .notImportable(
        "created: the Terraform AWS provider cannot import \(type); registering a registered target changes nothing"
      )
      var inner = BodyParts()
      inner.argument(
        "target_group_arn", EC2.reference(builder.primary.path, "arn", in: builder))
      builder.apply(
        [
          .argument("Id", "target_id"), .argument("Port", "port"),
          .argument("AvailabilityZone", "availability_zone"),
        ], to: fields, in: .resource(attachment, at: member.path / i), into: &inner)
      attachment.content = inner
      builder.extras.append(attachment)
    }
  }
}
