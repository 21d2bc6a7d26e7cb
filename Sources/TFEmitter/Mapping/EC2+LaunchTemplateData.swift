import CFNParser

extension EC2 {
  /// A `{Min, Max}` range as a block.
  static func range(_ property: String, _ block: String) -> PropertyRule {
    PropertyRule(property, .block(block, [.argument("Min", "min"), .argument("Max", "max")]))
  }

  /// `InstanceRequirements` (attribute-based instance type selection).
  static let instanceRequirementRules: [PropertyRule] = [
    range("VCpuCount", "vcpu_count"),
    range("MemoryMiB", "memory_mib"),
    range("MemoryGiBPerVCpu", "memory_gib_per_vcpu"),
    range("AcceleratorCount", "accelerator_count"),
    range("AcceleratorTotalMemoryMiB", "accelerator_total_memory_mib"),
    range("BaselineEbsBandwidthMbps", "baseline_ebs_bandwidth_mbps"),
    range("NetworkBandwidthGbps", "network_bandwidth_gbps"),
    range("NetworkInterfaceCount", "network_interface_count"),
    range("TotalLocalStorageGB", "total_local_storage_gb"),
    .argument("AcceleratorManufacturers", "accelerator_manufacturers"),
    .argument("AcceleratorNames", "accelerator_names"),
    .argument("AcceleratorTypes", "accelerator_types"),
    .argument("AllowedInstanceTypes", "allowed_instance_types"),
    .argument("ExcludedInstanceTypes", "excluded_instance_types"),
    .argument("BareMetal", "bare_metal"),
    .argument("BurstablePerformance", "burstable_performance"),
    .argument("CpuManufacturers", "cpu_manufacturers"),
    .argument("InstanceGenerations", "instance_generations"),
    .argument("LocalStorage", "local_storage"),
    .argument("LocalStorageTypes", "local_storage_types"),
    .argument(
      "MaxSpotPriceAsPercentageOfOptimalOnDemandPrice",
      "max_spot_price_as_percentage_of_optimal_on_demand_price"),
    .argument(
      "OnDemandMaxPricePercentageOverLowestPrice",
      "on_demand_max_price_percentage_over_lowest_price"),
    .argument(
      "SpotMaxPricePercentageOverLowestPrice", "spot_max_price_percentage_over_lowest_price"),
    .argument("RequireHibernateSupport", "require_hibernate_support"),
    .drop(
      "BaselinePerformanceFactors",
      "aws_launch_template (provider 5.100) has no baseline performance factors; list the instance families in AllowedInstanceTypes instead"
    ),
  ]

  /// `NetworkInterfaces` of a launch template.
  static let launchTemplateInterfaceRules: [PropertyRule] = [
    .argument("DeviceIndex", "device_index"),
    .argument("NetworkCardIndex", "network_card_index"),
    .argument("NetworkInterfaceId", "network_interface_id"),
    .argument("SubnetId", "subnet_id"),
    .argument("Groups", "security_groups"),
    .argument("Description", "description"),
    .argument("InterfaceType", "interface_type"),
    .argument("AssociatePublicIpAddress", "associate_public_ip_address"),
    .argument("AssociateCarrierIpAddress", "associate_carrier_ip_address"),
    .argument("DeleteOnTermination", "delete_on_termination"),
    .argument("PrivateIpAddress", "private_ip_address"),
    .custom("PrivateIpAddresses", interfaceAddresses),
    .argument("SecondaryPrivateIpAddressCount", "ipv4_address_count"),
    .argument("Ipv4PrefixCount", "ipv4_prefix_count"),
    .custom("Ipv4Prefixes") { member, builder, parts in
      listOfField(member, "Ipv4Prefix", as: "ipv4_prefixes", &builder, &parts)
    },
    .argument("Ipv6AddressCount", "ipv6_address_count"),
    .custom("Ipv6Addresses") { member, builder, parts in
      listOfField(member, "Ipv6Address", as: "ipv6_addresses", &builder, &parts)
    },
    .argument("Ipv6PrefixCount", "ipv6_prefix_count"),
    .custom("Ipv6Prefixes") { member, builder, parts in
      listOfField(member, "Ipv6Prefix", as: "ipv6_prefixes", &builder, &parts)
    },
    .argument("PrimaryIpv6", "primary_ipv6"),
    PropertyRule(
      "ConnectionTrackingSpecification",
      .block(
        "connection_tracking_specification",
        [
          .argument("TcpEstablishedTimeout", "tcp_established_timeout"),
          .argument("UdpStreamTimeout", "udp_stream_timeout"),
          .argument("UdpTimeout", "udp_timeout"),
        ])),
    PropertyRule(
      "EnaSrdSpecification",
      .block(
        "ena_srd_specification",
        [
          .argument("EnaSrdEnabled", "ena_srd_enabled"),
          PropertyRule(
            "EnaSrdUdpSpecification",
            .block(
              "ena_srd_udp_specification", [.argument("EnaSrdUdpEnabled", "ena_srd_udp_enabled")])
          ),
        ])),
    .drop(
      "EnaQueueCount",
      "aws_launch_template (provider 5.100) has no ENA queue count; the interface gets the instance type's default"
    ),
  ]

  /// `PrivateIpAddresses` (`[{PrivateIpAddress, Primary}]`): the primary address is the
  /// interface's `private_ip_address` (unless `PrivateIpAddress` gives it), the others its
  /// `ipv4_addresses`.
  @Sendable static func interfaceAddresses(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    guard case .list(let items) = member.value.kind else {
      builder.unsupported(member, reason: "a computed address list cannot be converted")
      return
    }
    let isPrimary = { (item: Expr) -> Bool in
      guard case .object(let fields) = item.kind else { return false }
      return fields.first { $0.key == "Primary" }?.value.scalarText?.lowercased() == "true"
    }
    let hasAddress = parts.arguments.items.contains {
      if case .attribute(let attribute) = $0 { return attribute.name == "private_ip_address" }
      return false
    }
    if !hasAddress, let primary = items.first(where: isPrimary),
      case .object(let fields) = primary.kind,
      let address = fields.first(where: { $0.key == "PrivateIpAddress" })
    {
      let value = builder.translate(
        member.with(value: address.value), as: .string,
        target: builder.primary.path / "network_interfaces" / "private_ip_address")
      parts.argument("private_ip_address", value)
    }
    let secondary = items.filter { !isPrimary($0) }
    guard !secondary.isEmpty else { return }
    listOfField(
      member.with(value: Expr(.list(secondary), range: member.value.range)),
      "PrivateIpAddress", as: "ipv4_addresses", &builder, &parts)
  }
}
