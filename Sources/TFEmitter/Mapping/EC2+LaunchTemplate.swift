import CFNParser

extension EC2 {
  /// `AWS::EC2::LaunchTemplate`: the fields of `LaunchTemplateData` become the arguments and
  /// blocks of the `aws_launch_template` itself (see `launchTemplateDataRules`). `Ref` is the
  /// template id, as are the ids the stack lists and Terraform imports by. Neither tool moves the
  /// default version when an update makes a new one (it stays version 1), so
  /// `update_default_version` is left unset. A template without a `LaunchTemplateName` gets a
  /// name from Terraform, as it does from CloudFormation; an import keeps the live one.
  static let launchTemplate = ResourceMapping(
    "AWS::EC2::LaunchTemplate", to: "aws_launch_template", ref: "id",
    attributes: [
      "LaunchTemplateId": "id", "LatestVersionNumber": "latest_version",
      "DefaultVersionNumber": "default_version",
    ],
    properties: [
      .argument("LaunchTemplateName", "name"),
      .argument("VersionDescription", "description"),
      .custom("LaunchTemplateData", ExtraResources.flattened(launchTemplateDataRules)),
      .custom("TagSpecifications", launchTemplateTags),
    ],
    finish: AutoScaling.moveSecurityGroupsIntoInterface)

  /// `TagSpecifications` of the template itself (`ResourceType` `launch-template`): its tags.
  @Sendable static func launchTemplateTags(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    guard case .list(let items) = member.value.kind, items.count == 1,
      case .object(let fields) = items[0].kind,
      let tags = fields.first(where: { $0.key == "Tags" })
    else {
      builder.unsupported(
        member,
        reason: "write out one tag specification with its Tags: they become the template's tags")
      return
    }
    let type = fields.first { $0.key == "ResourceType" }?.value.stringValue
    guard type == nil || type == "launch-template" else {
      builder.unsupported(
        member, reason: "a launch template's own tag specification is for launch-template")
      return
    }
    let element = RuleMember(tags, in: member.path / 0)
    if let map = builder.tagMap(element, target: builder.primary.path / "tags") {
      parts.argument("tags", map)
    }
  }

  /// The fields of `LaunchTemplateData`.
  static let launchTemplateDataRules: [PropertyRule] = [
    .argument("ImageId", "image_id"),
    .argument("InstanceType", "instance_type"),
    .argument("KeyName", "key_name"),
    .argument("KernelId", "kernel_id"),
    .argument("RamDiskId", "ram_disk_id"),
    .argument("EbsOptimized", "ebs_optimized"),
    .argument("DisableApiStop", "disable_api_stop"),
    .argument("DisableApiTermination", "disable_api_termination"),
    .argument("InstanceInitiatedShutdownBehavior", "instance_initiated_shutdown_behavior"),
    .argument("SecurityGroupIds", "vpc_security_group_ids"),
    .custom("SecurityGroups", AutoScaling.launchTemplateSecurityGroups),
    .custom("UserData") { member, builder, parts in
      parts.argument("user_data", builder.userData(member, encoding: .base64))
    },
    PropertyRule("BlockDeviceMappings", .blocks("block_device_mappings", launchTemplateDevices)),
    PropertyRule(
      "IamInstanceProfile",
      .block("iam_instance_profile", [.argument("Arn", "arn"), .argument("Name", "name")])),
    PropertyRule("Monitoring", .block("monitoring", [.argument("Enabled", "enabled")])),
    PropertyRule(
      "MetadataOptions",
      .block(
        "metadata_options",
        [
          .argument("HttpEndpoint", "http_endpoint"),
          .argument("HttpProtocolIpv6", "http_protocol_ipv6"),
          .argument("HttpPutResponseHopLimit", "http_put_response_hop_limit"),
          .argument("HttpTokens", "http_tokens"),
          .argument("InstanceMetadataTags", "instance_metadata_tags"),
        ])),
    PropertyRule(
      "CpuOptions",
      .block(
        "cpu_options",
        [
          .argument("AmdSevSnp", "amd_sev_snp"), .argument("CoreCount", "core_count"),
          .argument("ThreadsPerCore", "threads_per_core"),
        ])),
    PropertyRule(
      "CreditSpecification",
      .block("credit_specification", [.argument("CpuCredits", "cpu_credits")])
    ),
    PropertyRule("EnclaveOptions", .block("enclave_options", [.argument("Enabled", "enabled")])),
    PropertyRule(
      "HibernationOptions", .block("hibernation_options", [.argument("Configured", "configured")])),
    PropertyRule(
      "MaintenanceOptions",
      .block("maintenance_options", [.argument("AutoRecovery", "auto_recovery")])),
    PropertyRule(
      "CapacityReservationSpecification",
      .block(
        "capacity_reservation_specification",
        [
          .argument("CapacityReservationPreference", "capacity_reservation_preference"),
          PropertyRule(
            "CapacityReservationTarget",
            .block(
              "capacity_reservation_target",
              [
                .argument("CapacityReservationId", "capacity_reservation_id"),
                .argument(
                  "CapacityReservationResourceGroupArn", "capacity_reservation_resource_group_arn"),
              ])),
        ])),
    PropertyRule(
      "InstanceMarketOptions",
      .block(
        "instance_market_options",
        [
          .argument("MarketType", "market_type"),
          PropertyRule(
            "SpotOptions",
            .block(
              "spot_options",
              [
                .argument("BlockDurationMinutes", "block_duration_minutes"),
                .argument("InstanceInterruptionBehavior", "instance_interruption_behavior"),
                .argument("MaxPrice", "max_price"),
                .argument("SpotInstanceType", "spot_instance_type"),
                .argument("ValidUntil", "valid_until"),
              ])),
        ])),
    PropertyRule("InstanceRequirements", .block("instance_requirements", instanceRequirementRules)),
    PropertyRule(
      "LicenseSpecifications",
      .blocks(
        "license_specification", [.argument("LicenseConfigurationArn", "license_configuration_arn")]
      )
    ),
    PropertyRule("NetworkInterfaces", .blocks("network_interfaces", launchTemplateInterfaceRules)),
    PropertyRule(
      "Placement",
      .block(
        "placement",
        [
          .argument("Affinity", "affinity"),
          .argument("AvailabilityZone", "availability_zone"),
          .argument("GroupName", "group_name"),
          .drop(
            "GroupId",
            "aws_launch_template (provider 5.100) names the placement group by name only; give GroupName"
          ),
          .argument("HostId", "host_id"),
          .argument("HostResourceGroupArn", "host_resource_group_arn"),
          .argument("PartitionNumber", "partition_number"),
          .argument("SpreadDomain", "spread_domain"),
          .argument("Tenancy", "tenancy"),
        ])),
    PropertyRule(
      "PrivateDnsNameOptions",
      .block(
        "private_dns_name_options",
        [
          .argument("EnableResourceNameDnsAAAARecord", "enable_resource_name_dns_aaaa_record"),
          .argument("EnableResourceNameDnsARecord", "enable_resource_name_dns_a_record"),
          .argument("HostnameType", "hostname_type"),
        ])),
    PropertyRule(
      "TagSpecifications",
      .blocks(
        "tag_specifications",
        [.argument("ResourceType", "resource_type"), PropertyRule("Tags", .tagsMap("tags"))])),
    .drop("ElasticGpuSpecifications", "Elastic Graphics was retired in 2024"),
    .drop("ElasticInferenceAccelerators", "Elastic Inference was retired in 2024"),
    .drop(
      "NetworkPerformanceOptions",
      "aws_launch_template (provider 5.100) has no network performance options; instances get the default bandwidth weighting"
    ),
  ]

  /// `BlockDeviceMappings` of a launch template: `NoDevice` is a string in both tools.
  static let launchTemplateDevices: [PropertyRule] = [
    .argument("DeviceName", "device_name"),
    .argument("VirtualName", "virtual_name"),
    .argument("NoDevice", "no_device"),
    PropertyRule("Ebs", .block("ebs", EBSVolume.launchTemplateRules)),
  ]
}
