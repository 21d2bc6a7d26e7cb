import CFNParser

extension AutoScaling {
  /// `AWS::AutoScaling::LaunchConfiguration` as an `aws_launch_template` (the default).
  static let launchConfigurationAsTemplate = ResourceMapping(
    "AWS::AutoScaling::LaunchConfiguration", to: "aws_launch_template", ref: "name",
    properties: [
      .argument("LaunchConfigurationName", "name"),
      .argument("ImageId", "image_id"),
      .argument("InstanceType", "instance_type"),
      .argument("KeyName", "key_name"),
      .argument("KernelId", "kernel_id"),
      .argument("RamDiskId", "ram_disk_id"),
      .argument("EbsOptimized", "ebs_optimized"),
      .custom("SecurityGroups", launchTemplateSecurityGroups),
      .custom("IamInstanceProfile", instanceProfile),
      .custom("InstanceMonitoring", monitoring),
      .custom("UserData") { member, builder, parts in
        parts.argument("user_data", builder.userData(member, encoding: .base64))
      },
      .custom("AssociatePublicIpAddress", publicAddress),
      .custom("SpotPrice", spotPrice),
      .custom("PlacementTenancy", tenancy),
      PropertyRule("BlockDeviceMappings", .blocks("block_device_mappings", templateDeviceRules)),
      PropertyRule(
        "MetadataOptions",
        .block(
          "metadata_options",
          [
            .argument("HttpEndpoint", "http_endpoint"),
            .argument("HttpPutResponseHopLimit", "http_put_response_hop_limit"),
            .argument("HttpTokens", "http_tokens"),
          ])),
      .drop("ClassicLinkVPCId", "EC2-Classic was retired in 2023"),
      .drop("ClassicLinkVPCSecurityGroups", "EC2-Classic was retired in 2023"),
    ],
    importID: .notImportable(
      "created: a launch template replaces the launch configuration, which has no launch template to import; the group switches to it in place (convert with --launch-configuration to adopt the launch configuration as it is)"
    ),
    finish: moveSecurityGroupsIntoInterface)

  static let templateDeviceRules: [PropertyRule] = [
    .argument("DeviceName", "device_name"),
    .argument("VirtualName", "virtual_name"),
    .custom("NoDevice") { member, builder, parts in
      // A launch template suppresses a device with an empty no_device string.
      parts.argument("no_device", .string(""))
      builder.record(
        member, target: TerraformPath(.argument("block_device_mappings")) / "no_device",
        status: .transformed, note: "NoDevice became no_device = \"\"", source: member.value)
    },
    PropertyRule("Ebs", .block("ebs", EBSVolume.launchConfigurationRules)),
  ]

  /// Security groups given by id go to `vpc_security_group_ids`; by name, to
  /// `security_group_names` (names work only in the default VPC).
  @Sendable static func launchTemplateSecurityGroups(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    let address = builder.primary.path
    let split = SecurityGroupReferences.split(member.value, in: builder.translator)
    builder.translator.begin()
    if let ids = split.ids {
      let value = builder.translator.translate(ids, as: .list(.string))
      parts.argument("vpc_security_group_ids", value)
      builder.record(
        member, target: address / "vpc_security_group_ids",
        status: builder.translator.status, note: builder.translator.note, source: ids, value: value)
    }
    builder.translator.begin()
    if let names = split.names {
      let value = builder.translator.translate(names, as: .list(.string))
      builder.translator.approximated(
        "security groups given by name: a launch template accepts names in the default VPC only; prefer ids"
      )
      parts.argument(
        "security_group_names", value, comments: builder.approximationComment)
      builder.record(
        member, target: address / "security_group_names",
        status: builder.translator.status, note: builder.translator.note, source: names,
        value: value)
    }
  }

  /// `IamInstanceProfile`: a name or an ARN.
  @Sendable static func instanceProfile(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    let isArn: Bool
    switch member.value.kind {
    case .string(let s): isArn = s.hasPrefix("arn:")
    case .getAtt(_, let attribute): isArn = attribute == "Arn"
    default: isArn = false
    }
    let argument = isArn ? "arn" : "name"
    let value = builder.translate(
      member, as: .string, target: builder.primary.path / "iam_instance_profile" / argument)
    var body = HCLBody()
    body.attribute(argument, value)
    parts.block(HCLBlock("iam_instance_profile", body: body))
  }

  @Sendable static func monitoring(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    let value = builder.translate(
      member, as: .bool, target: builder.primary.path / "monitoring" / "enabled")
    var body = HCLBody()
    body.attribute("enabled", value)
    parts.block(HCLBlock("monitoring", body: body))
  }

  @Sendable static func publicAddress(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    let value = builder.translate(
      member, as: .string,
      target: builder.primary.path / "network_interfaces" / "associate_public_ip_address")
    var body = HCLBody()
    body.attribute("device_index", .number("0"))
    body.attribute("associate_public_ip_address", value)
    parts.block(HCLBlock("network_interfaces", body: body))
  }

  @Sendable static func spotPrice(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    let value = builder.translate(
      member, as: .string,
      target: builder.primary.path / "instance_market_options" / "spot_options" / "max_price")
    var spot = HCLBody()
    spot.attribute("max_price", value)
    var market = HCLBody()
    market.attribute("market_type", .string("spot"))
    market.blankLine()
    market.block(HCLBlock("spot_options", body: spot))
    parts.block(HCLBlock("instance_market_options", body: market))
  }

  @Sendable static func tenancy(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    let value = builder.translate(
      member, as: .string, target: builder.primary.path / "placement" / "tenancy")
    var body = HCLBody()
    body.attribute("tenancy", value)
    parts.block(HCLBlock("placement", body: body))
  }

  /// A launch template with a network interface block must name its security groups there.
  static func moveSecurityGroupsIntoInterface(_ builder: inout ResourceBuilder) {
    guard
      let index = builder.primary.content.blocks.firstIndex(where: {
        $0.block.type == "network_interfaces"
      })
    else { return }
    var arguments: [HCLItem] = []
    var moved: HCLExpression?
    for item in builder.primary.content.arguments.items {
      if case .attribute(let attribute) = item, attribute.name == "vpc_security_group_ids" {
        moved = attribute.value
      } else {
        arguments.append(item)
      }
    }
    guard let moved else { return }
    builder.primary.content.arguments.items = arguments
    builder.primary.content.blocks[index].block.body.attribute("security_groups", moved)
  }
}
