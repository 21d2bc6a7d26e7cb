import CFNParser

extension EC2 {
  static let instance = ResourceMapping(
    "AWS::EC2::Instance", to: "aws_instance", ref: "id",
    attributes: [
      "InstanceId": "id", "PublicIp": "public_ip", "PrivateIp": "private_ip",
      "PublicDnsName": "public_dns", "PrivateDnsName": "private_dns",
      "AvailabilityZone": "availability_zone",
    ],
    properties: [
      .argument("ImageId", "ami"),
      .argument("InstanceType", "instance_type"),
      .argument("KeyName", "key_name"),
      .argument("AvailabilityZone", "availability_zone"),
      .argument("SubnetId", "subnet_id"),
      .argument("PrivateIpAddress", "private_ip"),
      .argument("SecurityGroupIds", "vpc_security_group_ids"),
      .custom("SecurityGroups", instanceSecurityGroups),
      .argument("IamInstanceProfile", "iam_instance_profile"),
      .custom("UserData") { member, builder, parts in
        parts.argument("user_data", builder.userData(member, encoding: .plain))
      },
      .argument("Monitoring", "monitoring"),
      .argument("EbsOptimized", "ebs_optimized"),
      .argument("SourceDestCheck", "source_dest_check"),
      .argument("Tenancy", "tenancy"),
      .argument("HostId", "host_id"),
      .argument("HostResourceGroupArn", "host_resource_group_arn"),
      .argument("PlacementGroupName", "placement_group"),
      .argument("DisableApiTermination", "disable_api_termination"),
      .argument("InstanceInitiatedShutdownBehavior", "instance_initiated_shutdown_behavior"),
      .argument("Ipv6AddressCount", "ipv6_address_count"),
      .custom("Ipv6Addresses") { member, builder, parts in
        listOfField(member, "Ipv6Address", as: "ipv6_addresses", &builder, &parts)
      },
      .custom("HibernationOptions") { member, builder, parts in
        flatten(member, into: &parts, builder: &builder, [("Configured", "hibernation")])
      },
      .tags,
      .custom("PropagateTagsToVolumeOnCreation", volumeTags),
      .custom("BlockDeviceMappings", instanceDevices),
      .custom("NetworkInterfaces", instanceInterfaces),
      .custom("Volumes", instanceVolumes),
      PropertyRule(
        "LaunchTemplate",
        .block(
          "launch_template",
          [
            .argument("LaunchTemplateId", "id"), .argument("LaunchTemplateName", "name"),
            .argument("Version", "version"),
          ])),
      PropertyRule(
        "CpuOptions",
        .block(
          "cpu_options",
          [.argument("CoreCount", "core_count"), .argument("ThreadsPerCore", "threads_per_core")])),
      PropertyRule(
        "CreditSpecification",
        .block("credit_specification", [.argument("CPUCredits", "cpu_credits")])),
      PropertyRule("EnclaveOptions", .block("enclave_options", [.argument("Enabled", "enabled")])),
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
        "PrivateDnsNameOptions",
        .block(
          "private_dns_name_options",
          [
            .argument("EnableResourceNameDnsAAAARecord", "enable_resource_name_dns_aaaa_record"),
            .argument("EnableResourceNameDnsARecord", "enable_resource_name_dns_a_record"),
            .argument("HostnameType", "hostname_type"),
          ])),
      .drop("KernelId", "aws_instance cannot set a kernel; the AMI's own kernel is used"),
      .drop("RamdiskId", "aws_instance cannot set a RAM disk; the AMI's own is used"),
      .drop("AdditionalInfo", "reserved by AWS; aws_instance has no counterpart"),
      .drop("Affinity", "aws_instance has no host affinity; use host_id to pin a Dedicated Host"),
      .drop("ElasticGpuSpecifications", "Elastic Graphics was retired in 2024"),
      .drop("ElasticInferenceAccelerators", "Elastic Inference was retired in 2024"),
      .drop(
        "LicenseSpecifications",
        "aws_instance cannot take license configurations; launch from a launch template that has them"
      ),
      .drop(
        "SsmAssociations",
        "SSM documents are associated with aws_ssm_association resources, which cfn2tf does not write"
      ),
    ],
    finish: defaultInstanceType)

  /// CloudFormation launches an `m1.small` when no type is given; Terraform needs the type.
  static func defaultInstanceType(_ builder: inout ResourceBuilder) {
    let resource = builder.resource
    guard resource.property("InstanceType") == nil, resource.property("LaunchTemplate") == nil
    else { return }
    let items = builder.primary.content.arguments.items
    let index = items.firstIndex {
      if case .attribute(let attribute) = $0 { return attribute.name == "ami" }
      return false
    }
    builder.primary.content.arguments.items.insert(
      .attribute(HCLAttribute("instance_type", .string("m1.small"))),
      at: index.map { $0 + 1 } ?? 0)
    builder.ledger.append(
      LedgerEntry(
        kind: .addition, path: TemplatePath.resource(builder.logicalId) / "InstanceType",
        resourceType: resource.type.value, location: resource.range.start,
        target: builder.primary.path / "instance_type", status: .transformed,
        note:
          "CloudFormation's default instance type (m1.small) is written out: Terraform needs one"))
  }

  /// Security groups given by name go to `security_groups` (names work in the default VPC only);
  /// groups of the template and groups given by id go to `vpc_security_group_ids`, with those of
  /// `SecurityGroupIds`.
  @Sendable static func instanceSecurityGroups(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    let address = builder.primary.path
    let split = SecurityGroupReferences.split(member.value, in: builder.translator)
    var targets: [TerraformPath] = []
    builder.translator.begin()
    if let ids = split.ids {
      let value = builder.translator.translate(ids, as: .list(.string))
      builder.translator.transformed("security groups of the template are given by id")
      merge(into: &parts, "vpc_security_group_ids", value)
      targets.append(address / "vpc_security_group_ids")
    }
    if let names = split.names {
      let value = builder.translator.translate(names, as: .list(.string))
      builder.translator.approximated(
        "security groups given by name: aws_instance accepts names in the default VPC only; prefer ids"
      )
      parts.argument(
        "security_groups", value,
        comments: builder.approximationComment.filter { $0.contains("given by name") })
      targets.append(address / "security_groups")
    }
    builder.record(
      member, target: targets.first,
      furtherTargets: Array(targets.dropFirst()),
      status: builder.translator.status, note: builder.translator.note, source: member.value)
  }

  /// Sets argument `name` to `value`, or, when it is already set, to both lists together.
  static func merge(into parts: inout BodyParts, _ name: String, _ value: HCLExpression) {
    for (index, item) in parts.arguments.items.enumerated() {
      guard case .attribute(let attribute) = item, attribute.name == name else { continue }
      let combined: HCLExpression
      if case .tuple(let first) = attribute.value, case .tuple(let second) = value {
        combined = .tuple(first + second)
      } else {
        combined = .call("concat", [attribute.value, value])
      }
      parts.arguments.items[index] = .attribute(HCLAttribute(name, combined))
      return
    }
    parts.argument(name, value)
  }

  /// `PropagateTagsToVolumeOnCreation`: the instance's tags become `volume_tags` too.
  @Sendable static func volumeTags(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    let tags = parts.arguments.items.lazy.compactMap { item -> HCLExpression? in
      if case .attribute(let attribute) = item, attribute.name == "tags" { return attribute.value }
      return nil
    }.first
    guard member.value.scalarText?.lowercased() == "true", let tags else {
      builder.dropped(
        member, reason: "there are no written-out tags to propagate, or propagation is off")
      return
    }
    parts.argument("volume_tags", tags)
    builder.record(
      member, target: builder.primary.path / "volume_tags",
      status: .transformed, note: "the instance's tags became volume_tags", source: member.value,
      value: tags)
  }

  /// `Volumes`: each `{Device, VolumeId}` becomes an `aws_volume_attachment`.
  @Sendable static func instanceVolumes(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    guard case .list(let items) = member.value.kind else {
      builder.unsupported(member, reason: "a computed volume list cannot be converted")
      return
    }
    for (i, item) in items.enumerated() {
      let element = member.element(i, item)
      guard case .object(let fields) = item.kind,
        let device = fields.first(where: { $0.key == "Device" }),
        let volume = fields.first(where: { $0.key == "VolumeId" })
      else {
        builder.unsupported(element, reason: "each volume needs Device and VolumeId")
        continue
      }
      let name = extraName(
        "\(builder.primary.name)_volume" + (items.count > 1 ? "_\(i + 1)" : ""),
        type: "aws_volume_attachment", builder: builder)
      var attachment = TerraformResource(
        type: "aws_volume_attachment", name: name, origin: builder.logicalId)
      attachment.comments = ["\(builder.logicalId).\(element.key) (AWS::EC2::Instance)"]
      // DEVICE_NAME:VOLUME_ID:INSTANCE_ID, the instance being this one.
      attachment.importID = .joined(
        [.value(device.value), .value(volume.value), .physicalId], separator: ":")
      builder.translator.begin()
      attachment.content.argument(
        "device_name", builder.translator.translate(device.value, as: .string))
      attachment.content.argument(
        "volume_id", builder.translator.translate(volume.value, as: .string))
      attachment.content.argument(
        "instance_id", reference(builder.primary.path, "id", in: builder))
      builder.translator.transformed("the volume became an aws_volume_attachment")
      builder.record(
        element, target: attachment.path,
        status: builder.translator.status, note: builder.translator.note, source: item)
      builder.extras.append(attachment)
    }
  }
}
