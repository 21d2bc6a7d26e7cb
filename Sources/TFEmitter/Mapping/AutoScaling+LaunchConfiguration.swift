import CFNParser

extension AutoScaling {
  /// `AWS::AutoScaling::LaunchConfiguration` kept as an `aws_launch_configuration`
  /// (`--launch-configuration`).
  static let launchConfiguration = ResourceMapping(
    "AWS::AutoScaling::LaunchConfiguration", to: "aws_launch_configuration", ref: "name",
    properties: [
      .argument("LaunchConfigurationName", "name"),
      .argument("ImageId", "image_id"),
      .argument("InstanceType", "instance_type"),
      .argument("KeyName", "key_name"),
      .argument("SecurityGroups", "security_groups"),
      .argument("IamInstanceProfile", "iam_instance_profile"),
      .argument("InstanceMonitoring", "enable_monitoring"),
      .argument("EbsOptimized", "ebs_optimized"),
      .argument("AssociatePublicIpAddress", "associate_public_ip_address"),
      .argument("SpotPrice", "spot_price"),
      .argument("PlacementTenancy", "placement_tenancy"),
      .custom("UserData") { member, builder, parts in
        parts.argument("user_data", builder.userData(member.member, encoding: .plain))
      },
      .custom("BlockDeviceMappings", configurationDevices),
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
    finish: { builder in
      // Launch configurations cannot change: a new one replaces the old before it goes.
      builder.primary.lifecycle.attribute("create_before_destroy", .bool(true))
    })

  /// Each mapping becomes an `ephemeral_block_device` (instance store) or an `ebs_block_device`.
  @Sendable static func configurationDevices(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    guard
      let objects = builder.objects(
        of: member, computed: "a computed list of block devices is not supported",
        notAnObject: "each block device mapping must be written out")
    else { return }
    for object in objects {
      let (i, fields) = (object.index, object.fields)
      let isEphemeral = fields.contains { $0.key == "VirtualName" }
      let blockName = isEphemeral ? "ephemeral_block_device" : "ebs_block_device"
      var inner = BodyParts()
      let rules: [PropertyRule] = [
        .argument("DeviceName", "device_name"), .argument("VirtualName", "virtual_name"),
        .argument("NoDevice", "no_device"),
        PropertyRule("Ebs", .fields(EBSVolume.launchConfigurationRules)),
      ]
      builder.apply(
        rules, to: fields, in: builder.scope.block(blockName).at(member.path / i), into: &inner)
      parts.block(HCLBlock(blockName, body: inner.body))
    }
  }
}
