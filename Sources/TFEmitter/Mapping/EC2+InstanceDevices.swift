import CFNParser

extension EC2 {
  /// Device names that are taken to be the AMI's root device.
  static let rootDeviceNames: Set<String> = ["/dev/xvda", "/dev/sda1", "/dev/sda", "/dev/xvda1"]

  /// `BlockDeviceMappings`: instance-store devices (and suppressed ones) become
  /// `ephemeral_block_device`, EBS devices `ebs_block_device`, and the root device (recognised
  /// by its name) `root_block_device`.
  @Sendable static func instanceDevices(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    guard
      let objects = builder.objects(
        of: member, computed: "a computed list of block devices is not supported",
        notAnObject: "each block device mapping must be written out")
    else { return }
    let address = builder.primary.path
    for object in objects {
      let i = object.index
      let fields = object.fields
      let deviceName = fields.first { $0.key == "DeviceName" }?.value.stringValue ?? ""
      let blockName: String
      var rules: [PropertyRule]
      var comments: [String] = []
      if fields.contains(where: { $0.key == "VirtualName" || $0.key == "NoDevice" }) {
        blockName = "ephemeral_block_device"
        rules = [
          .argument("DeviceName", "device_name"), .argument("VirtualName", "virtual_name"),
          .custom("NoDevice") { member, builder, parts in
            parts.argument("no_device", .bool(true))
            builder.record(
              member,
              target: address / "ephemeral_block_device" / "no_device", status: .transformed,
              note: "NoDevice became no_device = true", source: member.value)
          },
          // An instance-store device takes no EBS field: each is reported on its own.
          PropertyRule("Ebs", .fields([])),
        ]
      } else if rootDeviceNames.contains(deviceName) {
        blockName = "root_block_device"
        let note = "\(deviceName) is taken to be the AMI's root device"
        comments = ["cfn2tf: approximated: \(note)"]
        rules =
          [
            .custom("DeviceName") { member, builder, _ in
              builder.record(
                member, target: address / "root_block_device",
                status: .approximated, note: note, source: member.value)
            }
          ] + [PropertyRule("Ebs", .fields(EBSVolume.rootRules))]
      } else {
        blockName = "ebs_block_device"
        rules = [
          .argument("DeviceName", "device_name"),
          PropertyRule("Ebs", .fields(EBSVolume.instanceRules)),
        ]
      }
      var inner = BodyParts()
      builder.apply(
        rules, to: fields, in: builder.scope.block(blockName).at(member.path / i), into: &inner)
      parts.block(HCLBlock(blockName, body: inner.body), comments: comments)
    }
  }

  /// `NetworkInterfaces`: an existing interface at device 0 becomes a `network_interface` block,
  /// one at another device an `aws_network_interface_attachment`; the primary interface created
  /// at launch becomes the instance's own arguments; a further interface created at launch
  /// becomes an `aws_network_interface` attached to the instance.
  @Sendable static func instanceInterfaces(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    guard
      let objects = builder.objects(
        of: member, computed: "a computed list of network interfaces is not supported",
        notAnObject: "each network interface must be written out")
    else { return }
    let address = builder.primary.path
    for object in objects {
      let (i, fields) = (object.index, object.fields)
      let deviceIndex = fields.first { $0.key == "DeviceIndex" }?.value.scalarText
      let isExisting = fields.contains { $0.key == "NetworkInterfaceId" }
      if isExisting, deviceIndex != "0" {
        existingInterface(fields, index: i, count: object.count, at: member.path / i, &builder)
      } else if isExisting {
        var inner = BodyParts()
        builder.apply(
          [
            .argument("NetworkInterfaceId", "network_interface_id"),
            .argument("DeviceIndex", "device_index"),
            .argument("NetworkCardIndex", "network_card_index"),
            .argument("DeleteOnTermination", "delete_on_termination"),
          ], to: fields, in: builder.scope.block("network_interface").at(member.path / i),
          into: &inner)
        parts.block(HCLBlock("network_interface", body: inner.body))
      } else if deviceIndex == "0" {
        builder.apply(
          primaryInterfaceRules(address), to: fields, in: builder.scope.at(member.path / i),
          into: &parts)
      } else {
        attachedInterface(fields, index: i, count: object.count, at: member.path / i, &builder)
      }
    }
  }

  /// The fields of the primary interface as arguments of the instance.
  static func primaryInterfaceRules(_ address: TerraformPath) -> [PropertyRule] {
    let kept = { (name: String, note: String) in
      PropertyRule.custom(name) { member, builder, _ in
        builder.record(
          member, target: address, status: .transformed,
          note: note, source: member.value)
      }
    }
    return [
      kept("DeviceIndex", "the primary interface became arguments of the instance"),
      .argument("SubnetId", "subnet_id"),
      .argument("GroupSet", "vpc_security_group_ids"),
      .argument("AssociatePublicIpAddress", "associate_public_ip_address"),
      .argument("PrivateIpAddress", "private_ip"),
      .argument("Ipv6AddressCount", "ipv6_address_count"),
      .custom("Ipv6Addresses") { member, builder, parts in
        listOfField(member, "Ipv6Address", as: "ipv6_addresses", &builder, &parts)
      },
      .custom("PrivateIpAddresses") { member, builder, parts in
        guard case .list(let items) = member.value.kind else {
          builder.unsupported(member, reason: "a computed address list is not supported")
          return
        }
        let secondary = items.filter { item in
          guard case .object(let fields) = item.kind else { return true }
          return fields.first { $0.key == "Primary" }?.value.scalarText?.lowercased() != "true"
        }
        listOfField(
          member.with(value: Expr(.list(secondary), range: member.value.range)),
          "PrivateIpAddress", as: "secondary_private_ips", &builder, &parts)
      },
      kept("DeleteOnTermination", "the primary interface is deleted with the instance"),
      .drop("Description", "aws_instance cannot describe its primary network interface"),
      .drop(
        "SecondaryPrivateIpAddressCount",
        "aws_instance takes secondary addresses, not a count; list them in secondary_private_ips"),
    ]
  }

  /// An existing interface at a further device: an `aws_network_interface_attachment`.
  static func existingInterface(
    _ fields: [ExprMember], index: Int, count: Int, at path: RelativeTemplatePath,
    _ builder: inout ResourceBuilder
  ) {
    let type = "aws_network_interface_attachment"
    let name = extraName(
      "\(builder.primary.name)_interface" + (count > 1 ? "_\(index + 1)" : ""), type: type,
      builder: builder)
    var attachment = TerraformResource(type: type, name: name, origin: builder.logicalId)
    attachment.importID = .notImportable(
      "not imported: Terraform imports an interface attachment by its id (eni-attach-…), which the stack does not list; find it with 'aws ec2 describe-network-interfaces --network-interface-ids ENI --query NetworkInterfaces[0].Attachment.AttachmentId' and import it by hand (creating it fails: the interface is attached)"
    )
    var inner = BodyParts()
    inner.argument("instance_id", reference(builder.primary.path, "id", in: builder))
    builder.apply(
      [
        .argument("NetworkInterfaceId", "network_interface_id"),
        .argument("DeviceIndex", "device_index"),
        .drop(
          "DeleteOnTermination",
          "an interface attached after launch stays when the instance is terminated"),
        .drop("NetworkCardIndex", "aws_network_interface_attachment has no network card index"),
      ], to: fields, in: .resource(attachment, at: path), into: &inner)
    attachment.comments = [
      "\(builder.logicalId).\(path) (AWS::EC2::Instance)",
      "cfn2tf: approximated: the interface is attached after launch, not at launch",
    ]
    attachment.content = inner
    recordAttachedLater(path, target: attachment.path, &builder)
    builder.extras.append(attachment)
  }

  /// The ledger entry of an interface that Terraform attaches after launch.
  static func recordAttachedLater(
    _ path: RelativeTemplatePath, target: TerraformPath, _ builder: inout ResourceBuilder
  ) {
    builder.record(
      path, at: builder.resource.property("NetworkInterfaces")?.keyRange.start,
      target: target, status: .approximated,
      note: "the interface is attached after launch, not at launch")
  }

  /// A further interface created at launch: an `aws_network_interface` with an `attachment`.
  static func attachedInterface(
    _ fields: [ExprMember], index: Int, count: Int, at path: RelativeTemplatePath,
    _ builder: inout ResourceBuilder
  ) {
    let name = extraName(
      "\(builder.primary.name)_interface" + (count > 1 ? "_\(index + 1)" : ""),
      type: "aws_network_interface", builder: builder)
    var interface = TerraformResource(
      type: "aws_network_interface", name: name, origin: builder.logicalId)
    interface.importID = .notImportable(
      "created: the instance made this interface at launch and the stack does not list its id; find it with 'aws ec2 describe-instances --instance-ids INSTANCE --query Reservations[0].Instances[0].NetworkInterfaces' (by DeviceIndex) and import it by hand with that eni-… id; otherwise Terraform creates another interface, whose attachment at the taken device index fails"
    )
    var inner = BodyParts()
    var attachment = HCLBody()
    attachment.attribute("instance", reference(builder.primary.path, "id", in: builder))
    builder.apply(
      [
        .argument("SubnetId", "subnet_id"),
        .argument("GroupSet", "security_groups"),
        .argument("Description", "description"),
        .argument("PrivateIpAddress", "private_ip"),
        .argument("SecondaryPrivateIpAddressCount", "private_ips_count"),
        .argument("Ipv6AddressCount", "ipv6_address_count"),
        .custom("DeviceIndex") { member, builder, parts in
          // Moved into the attachment block below.
          parts.argument(
            "device_index",
            builder.translate(
              member, as: .number,
              target: .resource("aws_network_interface", name) / "attachment" / "device_index"))
        },
        .drop(
          "DeleteOnTermination",
          "Terraform deletes the interface itself when it is destroyed"),
      ], to: fields, in: .resource(interface, at: path), into: &inner)
    inner.arguments.items.removeAll { item in
      guard case .attribute(let attribute) = item, attribute.name == "device_index" else {
        return false
      }
      attachment.attribute("device_index", attribute.value)
      return true
    }
    inner.block(HCLBlock("attachment", body: attachment))
    interface.comments = [
      "\(builder.logicalId).\(path) (AWS::EC2::Instance)",
      "cfn2tf: approximated: the interface is attached after launch, not at launch",
    ]
    interface.content = inner
    recordAttachedLater(path, target: interface.path, &builder)
    builder.extras.append(interface)
  }
}
