import CFNParser

/// `AWS::ElasticLoadBalancingV2::*`: application and network load balancers, target groups,
/// listeners, listener rules and listener certificates, as `aws_lb`, `aws_lb_target_group`,
/// `aws_lb_listener`, `aws_lb_listener_rule` and `aws_lb_listener_certificate`. `Ref` gives the
/// ARN of each of the first four, which is also what the stack lists and what Terraform imports
/// them by.
package enum ElasticLoadBalancingV2: MappingFamily {
  /// The mappings of this family.
  static let mappings: [ResourceMapping] = [
    loadBalancer, targetGroup, listener, listenerRule, listenerCertificate,
  ]

  static let loadBalancer = ResourceMapping(
    "AWS::ElasticLoadBalancingV2::LoadBalancer", to: "aws_lb", ref: "arn",
    attributes: [
      "LoadBalancerArn": "arn", "DNSName": "dns_name", "CanonicalHostedZoneID": "zone_id",
      "LoadBalancerFullName": "arn_suffix", "LoadBalancerName": "name",
      "SecurityGroups": "security_groups",
    ],
    properties: [
      .argument("Name", "name"),
      .argument("Type", "load_balancer_type"),
      .custom("Scheme", ElasticLoadBalancing.scheme),
      .argument("IpAddressType", "ip_address_type"),
      .argument("Subnets", "subnets"),
      .argument("SecurityGroups", "security_groups"),
      .argument(
        "EnforceSecurityGroupInboundRulesOnPrivateLinkTraffic",
        "enforce_security_group_inbound_rules_on_private_link_traffic"),
      .custom("LoadBalancerAttributes") { member, builder, parts in
        attributes(member, loadBalancerAttributes, &builder, &parts)
      },
      .tags,
      PropertyRule(
        "SubnetMappings",
        .blocks(
          "subnet_mapping",
          [
            .argument("SubnetId", "subnet_id"),
            .argument("AllocationId", "allocation_id"),
            .argument("PrivateIPv4Address", "private_ipv4_address"),
            .argument("IPv6Address", "ipv6_address"),
            .drop(
              "SourceNatIpv6Prefix",
              "aws_lb has no source NAT prefix in the Terraform AWS provider 5.x"),
          ])),
      PropertyRule(
        "MinimumLoadBalancerCapacity",
        .block("minimum_load_balancer_capacity", [.argument("CapacityUnits", "capacity_units")])),
      .custom("Ipv4IpamPoolId") { member, builder, parts in
        let value = builder.translate(
          member, as: .string, target: builder.primary.path / "ipam_pools" / "ipv4_ipam_pool_id")
        var body = HCLBody()
        body.attribute("ipv4_ipam_pool_id", value)
        parts.block(HCLBlock("ipam_pools", body: body))
      },
      .drop(
        "EnablePrefixForIpv6SourceNat",
        "aws_lb has no source NAT for IPv6 in the Terraform AWS provider 5.x"),
      .drop(
        "EnableCapacityReservationProvisionStabilize",
        "aws_lb has no capacity reservation settings in the Terraform AWS provider 5.x"),
    ])

  /// Load balancer attribute keys and where they go: an argument, or `block.argument`.
  static let loadBalancerAttributes: [String: String] = [
    "deletion_protection.enabled": "enable_deletion_protection",
    "idle_timeout.timeout_seconds": "idle_timeout",
    "routing.http2.enabled": "enable_http2",
    "load_balancing.cross_zone.enabled": "enable_cross_zone_load_balancing",
    "routing.http.drop_invalid_header_fields.enabled": "drop_invalid_header_fields",
    "routing.http.desync_mitigation_mode": "desync_mitigation_mode",
    "routing.http.preserve_host_header.enabled": "preserve_host_header",
    "routing.http.x_amzn_tls_version_and_cipher_suite.enabled":
      "enable_tls_version_and_cipher_suite_headers",
    "routing.http.xff_client_port.enabled": "enable_xff_client_port",
    "routing.http.xff_header_processing.mode": "xff_header_processing_mode",
    "waf.fail_open.enabled": "enable_waf_fail_open",
    "client_keep_alive.seconds": "client_keep_alive",
    "zonal_shift.config.enabled": "enable_zonal_shift",
    "dns_record.client_routing_policy": "dns_record_client_routing_policy",
    "access_logs.s3.enabled": "access_logs.enabled",
    "access_logs.s3.bucket": "access_logs.bucket",
    "access_logs.s3.prefix": "access_logs.prefix",
    "connection_logs.s3.enabled": "connection_logs.enabled",
    "connection_logs.s3.bucket": "connection_logs.bucket",
    "connection_logs.s3.prefix": "connection_logs.prefix",
  ]

  /// `LoadBalancerAttributes`/`TargetGroupAttributes` (`[{Key, Value}]`): each key becomes the
  /// argument `table` names for it, typed by the schema; keys with no counterpart are reported.
  static func attributes(
    _ member: RuleMember, _ table: [String: String], _ builder: inout ResourceBuilder,
    _ parts: inout BodyParts
  ) {
    guard case .list(let items) = member.value.kind else {
      builder.unsupported(member, reason: "a computed attribute list cannot be converted")
      return
    }
    let address = builder.primary.path
    var nested: [(name: String, body: HCLBody)] = []
    for (i, item) in items.enumerated() {
      let element = member.element(i, item)
      guard case .object(let fields) = item.kind,
        let key = fields.first(where: { $0.key == "Key" })?.value.stringValue,
        let value = fields.first(where: { $0.key == "Value" })?.value
      else {
        builder.unsupported(element, reason: "each attribute needs a written-out Key and a Value")
        continue
      }
      guard let argument = table[key] else {
        builder.unsupported(
          element, reason: "the attribute '\(key)' has no counterpart in \(address)")
        continue
      }
      let path = argument.split(separator: ".").map(String.init)
      let schemaType = builder.scope.schema?.lookup(path: path)?.type
      let translated = builder.translate(
        element.with(value: value), as: ResourceBuilder.valueType(of: schemaType),
        target: address / path)
      if path.count == 2 {
        if let index = nested.firstIndex(where: { $0.name == path[0] }) {
          nested[index].body.attribute(path[1], translated)
        } else {
          var body = HCLBody()
          body.attribute(path[1], translated)
          nested.append((path[0], body))
        }
      } else {
        parts.argument(argument, translated, comments: builder.approximationComment)
      }
    }
    for (name, body) in nested {
      var body = body
      if name == "stickiness", !body.items.contains(where: { isAttribute($0, "type") }) {
        // Terraform needs the type; Elastic Load Balancing's default is the load balancer cookie.
        body.attribute("type", .string("lb_cookie"))
      }
      parts.block(HCLBlock(name, body: body))
    }
  }

  static func isAttribute(_ item: HCLItem, _ name: String) -> Bool {
    if case .attribute(let attribute) = item { return attribute.name == name }
    return false
  }
}
