import CFNParser

extension EC2 {
  /// The site-to-site VPN mappings.
  static let vpnMappings = [
    customerGateway, vpnGateway, vpnConnection, vpnConnectionRoute, vpnGatewayRoutePropagation,
  ]

  /// `Ref` is the customer gateway id. CloudFormation's default ASN, 65000, is written out when
  /// neither ASN is given.
  static let customerGateway = ResourceMapping(
    "AWS::EC2::CustomerGateway", to: "aws_customer_gateway", ref: "id",
    attributes: ["CustomerGatewayId": "id"],
    properties: [
      .argument("Type", "type"),
      .argument("IpAddress", "ip_address"),
      .argument("BgpAsn", "bgp_asn"),
      .argument("BgpAsnExtended", "bgp_asn_extended"),
      .argument("CertificateArn", "certificate_arn"),
      .argument("DeviceName", "device_name"),
      .tags,
    ],
    finish: { builder in
      guard builder.resource.property("BgpAsn") == nil,
        builder.resource.property("BgpAsnExtended") == nil
      else { return }
      builder.primary.content.argument(
        "bgp_asn", .string("65000"), comments: ["CloudFormation's default ASN"])
      builder.ledger.append(
        LedgerEntry(
          kind: .addition, path: builder.templatePath(.here / "BgpAsn"),
          resourceType: builder.resource.type.value, location: builder.resource.range.start,
          target: builder.primary.path / "bgp_asn", status: .transformed,
          note: "not set: CloudFormation's default, 65000, is written", targetValue: "\"65000\""))
    })

  /// `Ref` is the virtual private gateway id; it is attached to a VPC by an
  /// `AWS::EC2::VPCGatewayAttachment`.
  static let vpnGateway = ResourceMapping(
    "AWS::EC2::VPNGateway", to: "aws_vpn_gateway", ref: "id",
    attributes: ["VPNGatewayId": "id"],
    properties: [
      .custom("Type") { member, builder, _ in
        guard member.value.stringValue != "ipsec.1" else {
          builder.record(
            member, target: builder.primary.path,
            status: .transformed, note: "ipsec.1 is the only type, which aws_vpn_gateway makes",
            source: member.value)
          return
        }
        builder.unsupported(member, reason: "aws_vpn_gateway makes ipsec.1 gateways only")
      },
      .argument("AmazonSideAsn", "amazon_side_asn"),
      .tags,
    ])

  /// `Ref` is the VPN connection id. The tunnel options become the `tunnel1_*` and `tunnel2_*`
  /// arguments; a pre-shared key comes from a sensitive variable, never from the template.
  static let vpnConnection = ResourceMapping(
    "AWS::EC2::VPNConnection", to: "aws_vpn_connection", ref: "id",
    attributes: ["VpnConnectionId": "id"],
    properties: [
      .argument("Type", "type"),
      .argument("CustomerGatewayId", "customer_gateway_id"),
      .argument("VpnGatewayId", "vpn_gateway_id"),
      .argument("TransitGatewayId", "transit_gateway_id"),
      .argument("StaticRoutesOnly", "static_routes_only"),
      .argument("EnableAcceleration", "enable_acceleration"),
      .argument("LocalIpv4NetworkCidr", "local_ipv4_network_cidr"),
      .argument("LocalIpv6NetworkCidr", "local_ipv6_network_cidr"),
      .argument("RemoteIpv4NetworkCidr", "remote_ipv4_network_cidr"),
      .argument("RemoteIpv6NetworkCidr", "remote_ipv6_network_cidr"),
      .argument("OutsideIpAddressType", "outside_ip_address_type"),
      .argument("TransportTransitGatewayAttachmentId", "transport_transit_gateway_attachment_id"),
      .argument("TunnelInsideIpVersion", "tunnel_inside_ip_version"),
      .argument("PreSharedKeyStorage", "preshared_key_storage"),
      .custom("VpnTunnelOptionsSpecifications", tunnelOptions),
      .custom("TunnelBandwidth") { member, builder, _ in
        if member.value.stringValue == "standard" {
          builder.dropped(
            member,
            reason: "standard is the only bandwidth aws_vpn_connection (provider 5.100) makes")
        } else {
          builder.unsupported(
            member,
            reason:
              "aws_vpn_connection (provider 5.100) has no tunnel bandwidth: its tunnels are standard"
          )
        }
      },
      .drop(
        "VpnConcentratorId",
        "aws_vpn_connection (provider 5.100) has no VPN concentrator; the connection ends on the gateway"
      ),
      .tags,
    ])

  /// `VpnTunnelOptionsSpecifications` (one or two): tunnel n's options as `tunnel<n>_*`.
  @Sendable static func tunnelOptions(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    guard
      let objects = builder.objects(
        of: member, computed: "a computed list of tunnel options cannot be converted",
        notAnObject: "each tunnel's options must be written out")
    else { return }
    for object in objects {
      guard object.index < 2 else {
        builder.unsupported(object.element, reason: "a VPN connection has two tunnels")
        continue
      }
      builder.apply(
        tunnelRules("tunnel\(object.index + 1)_"), to: object.fields,
        in: builder.scope.reading(object.element.path), into: &parts)
    }
  }

  /// The options of one tunnel, as arguments named with `prefix`.
  static func tunnelRules(_ prefix: String) -> [PropertyRule] {
    let values = { (property: String, argument: String) in
      PropertyRule.custom(property) { member, builder, parts in
        listOfField(member, "Value", as: prefix + argument, &builder, &parts)
      }
    }
    return [
      .argument("TunnelInsideCidr", prefix + "inside_cidr"),
      .argument("TunnelInsideIpv6Cidr", prefix + "inside_ipv6_cidr"),
      .custom("PreSharedKey") { member, builder, parts in
        preSharedKey(member, argument: prefix + "preshared_key", &builder, &parts)
      },
      .argument("DPDTimeoutAction", prefix + "dpd_timeout_action"),
      .argument("DPDTimeoutSeconds", prefix + "dpd_timeout_seconds"),
      .argument("EnableTunnelLifecycleControl", prefix + "enable_tunnel_lifecycle_control"),
      values("IKEVersions", "ike_versions"),
      values("Phase1DHGroupNumbers", "phase1_dh_group_numbers"),
      values("Phase1EncryptionAlgorithms", "phase1_encryption_algorithms"),
      values("Phase1IntegrityAlgorithms", "phase1_integrity_algorithms"),
      .argument("Phase1LifetimeSeconds", prefix + "phase1_lifetime_seconds"),
      values("Phase2DHGroupNumbers", "phase2_dh_group_numbers"),
      values("Phase2EncryptionAlgorithms", "phase2_encryption_algorithms"),
      values("Phase2IntegrityAlgorithms", "phase2_integrity_algorithms"),
      .argument("Phase2LifetimeSeconds", prefix + "phase2_lifetime_seconds"),
      .argument("RekeyFuzzPercentage", prefix + "rekey_fuzz_percentage"),
      .argument("RekeyMarginTimeSeconds", prefix + "rekey_margin_time_seconds"),
      .argument("ReplayWindowSize", prefix + "replay_window_size"),
      .argument("StartupAction", prefix + "startup_action"),
      PropertyRule(
        "LogOptions",
        .block(
          prefix + "log_options",
          [
            PropertyRule(
              "CloudwatchLogOptions",
              .block(
                "cloudwatch_log_options",
                [
                  .argument("LogEnabled", "log_enabled"),
                  .argument("LogGroupArn", "log_group_arn"),
                  .argument("LogOutputFormat", "log_output_format"),
                  .drop("BgpLogEnabled", bgpLogReason),
                  .drop("BgpLogGroupArn", bgpLogReason),
                  .drop("BgpLogOutputFormat", bgpLogReason),
                ]))
          ])),
    ]
  }

  static let bgpLogReason =
    "aws_vpn_connection (provider 5.100) has no BGP logs; enable them with 'aws ec2 modify-vpn-tunnel-options'"

  /// A tunnel's pre-shared key: a `Ref` to a NoEcho parameter stays (its variable is sensitive);
  /// a key written in the template becomes a new sensitive variable, its value not copied.
  static func preSharedKey(
    _ member: RuleMember, argument: String, _ builder: inout ResourceBuilder,
    _ parts: inout BodyParts
  ) {
    builder.translator.begin()
    let written = builder.translator.writesSecretText(member.value)
    var value = written ? .null : builder.translator.translate(member.value, as: .string)
    if written {
      let name = builder.translator.namer.reserveVariable(builder.primary.name + "_" + argument)
      value = builder.translator.addVariable(
        AddedVariable(
          name: name, type: "string",
          description:
            "Pre-shared key of a tunnel of the VPN connection \(builder.logicalId); the template wrote it in plain text, and its value is not copied.",
          sensitive: true))
      builder.translator.sensitiveVariables.insert(name)
      builder.translator.touchesSecret = true
      builder.translator.transformed("the key written in the template became var.\(name)")
      builder.diagnostics.append(
        .warning(
          "a pre-shared key of '\(builder.logicalId)' is written in the template; it becomes the sensitive variable '\(name)'",
          at: member.keyRange.start,
          notes: [.init("set it from a secret store; the template's value is not copied")]))
    } else if !builder.translator.touchesSecret {
      builder.diagnostics.append(
        .warning(
          "a pre-shared key of '\(builder.logicalId)' does not come from a NoEcho parameter",
          at: member.keyRange.start,
          notes: [.init("mark the parameter NoEcho so that its variable is sensitive")]))
    }
    builder.record(
      member, target: builder.primary.path / argument, status: builder.translator.status,
      note: builder.translator.note, source: member.value, value: value, secret: true)
    parts.argument(argument, value)
  }

  /// Terraform cannot import static VPN routes.
  static let vpnConnectionRoute = ResourceMapping(
    "AWS::EC2::VPNConnectionRoute", to: "aws_vpn_connection_route", ref: "id",
    properties: [
      .argument("VpnConnectionId", "vpn_connection_id"),
      .argument("DestinationCidrBlock", "destination_cidr_block"),
    ],
    importID: .notImportable(
      "created: the Terraform AWS provider cannot import aws_vpn_connection_route; if the apply says the route exists, delete it with 'aws ec2 delete-vpn-connection-route' and apply again"
    ))

  /// One `aws_vpn_gateway_route_propagation` per route table: the first is the primary
  /// resource, the others resources of their own. `Ref` (CloudFormation's own id) has no
  /// Terraform counterpart. Enabling a propagation that is enabled changes nothing, so none is
  /// imported.
  static let vpnGatewayRoutePropagation = ResourceMapping(
    "AWS::EC2::VPNGatewayRoutePropagation", to: "aws_vpn_gateway_route_propagation", ref: nil,
    properties: [
      // Both are written by `routePropagations`.
      .custom("VpnGatewayId") { _, _, _ in },
      .custom("RouteTableIds") { _, _, _ in },
    ],
    importID: .notImportable(propagationImport), finish: routePropagations)

  static let propagationImport =
    "created: enabling a route propagation that is enabled changes nothing"

  static func routePropagations(_ builder: inout ResourceBuilder) {
    guard let gatewayMember = builder.resource.property("VpnGatewayId"),
      let tables = builder.resource.property("RouteTableIds")
    else { return }
    let gateway = builder.translate(
      gatewayMember, as: .string, target: builder.primary.path / "vpn_gateway_id")
    guard let elements = ExtraResources.elements(tables.value, builder.translator),
      !elements.isEmpty
    else {
      builder.unsupported(tables, reason: "a computed list of route tables; write the list out")
      return
    }
    for (i, element) in elements.enumerated() {
      var resource = builder.primary
      if i > 0 {
        let base = builder.primary.name + "_" + ExtraResources.suffix(for: element.value, index: i)
        resource = ExtraResources.make(
          builder.primary.type,
          name: ExtraResources.uniqueName(base, type: builder.primary.type, builder),
          from: "RouteTableIds[\(i)]", builder)
        resource.importID = .notImportable(propagationImport)
        if let count = ExtraResources.count(element.condition, builder) {
          resource.meta.attribute("count", count)
        }
      }
      builder.translator.begin()
      let table = builder.translator.translate(element.value, as: .string)
      resource.content.argument("vpn_gateway_id", gateway)
      resource.content.argument("route_table_id", table)
      builder.translator.transformed("each route table became a route propagation")
      let entry =
        elements.count == 1
        ? RuleMember.property(tables) : RuleMember.property(tables).element(i, element.value)
      builder.record(
        entry, target: resource.path / "route_table_id", status: builder.translator.status,
        note: builder.translator.note, source: element.value, value: table)
      if i == 0 { builder.primary = resource } else { builder.extras.append(resource) }
    }
  }
}
