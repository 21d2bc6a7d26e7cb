import CFNParser

extension EC2 {
  static let volume = ResourceMapping(
    "AWS::EC2::Volume", to: "aws_ebs_volume", ref: "id",
    attributes: ["VolumeId": "id"],
    properties: [
      .argument("AvailabilityZone", "availability_zone"),
      .argument("Size", "size"),
      .argument("VolumeType", "type"),
      .argument("Iops", "iops"),
      .argument("Throughput", "throughput"),
      .argument("Encrypted", "encrypted"),
      .argument("KmsKeyId", "kms_key_id"),
      .argument("SnapshotId", "snapshot_id"),
      .argument("MultiAttachEnabled", "multi_attach_enabled"),
      .argument("OutpostArn", "outpost_arn"),
      .drop(
        "AutoEnableIO",
        "aws_ebs_volume cannot enable I/O automatically after a consistency check; set the volume attribute with the AWS CLI"
      ),
      .drop(
        "AvailabilityZoneId",
        "aws_ebs_volume takes a zone name only; give AvailabilityZone"),
      .drop(
        "SourceVolumeId", "copying a volume has no counterpart in aws_ebs_volume; use a snapshot"),
      .drop(
        "VolumeInitializationRate",
        "aws_ebs_volume has no volume initialization rate; the volume initializes at the default rate"
      ),
      .tags,
    ],
    finish: { builder in
      // DeletionPolicy Snapshot: Terraform can also take the final snapshot itself.
      if builder.resource.deletionPolicy?.value == "Snapshot" {
        builder.primary.content.argument(
          "final_snapshot", .bool(true), comments: ["cfn2tf: DeletionPolicy Snapshot"])
      }
    })

  static let volumeAttachment = ResourceMapping(
    "AWS::EC2::VolumeAttachment", to: "aws_volume_attachment", ref: "id",
    properties: [
      .argument("Device", "device_name"),
      .argument("VolumeId", "volume_id"),
      .argument("InstanceId", "instance_id"),
      .drop(
        "EbsCardIndex",
        "aws_volume_attachment has no EBS card index; the volume attaches through the default card"),
    ],
    importID: .custom { context in
      guard let device = context.property("Device"), let volume = context.property("VolumeId"),
        let instance = context.property("InstanceId")
      else { return nil }
      return "\(device):\(volume):\(instance)"
    })

  static let networkInterface = ResourceMapping(
    "AWS::EC2::NetworkInterface", to: "aws_network_interface", ref: "id",
    // The secondary addresses are the private ones but the primary.
    attributes: [
      "Id": "id", "PrimaryPrivateIpAddress": "private_ip",
      "SecondaryPrivateIpAddresses": "tolist(setsubtract(private_ips, [private_ip]))",
    ],
    properties: [
      .argument("SubnetId", "subnet_id"),
      .argument("Description", "description"),
      .argument("GroupSet", "security_groups"),
      .argument("InterfaceType", "interface_type"),
      .argument("PrivateIpAddress", "private_ip"),
      .custom("PrivateIpAddresses", privateIpAddresses),
      .argument("SecondaryPrivateIpAddressCount", "private_ips_count"),
      .argument("SourceDestCheck", "source_dest_check"),
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
      .argument("EnablePrimaryIpv6", "enable_primary_ipv6"),
      .drop(
        "ConnectionTrackingSpecification",
        "aws_network_interface has no connection tracking timeouts in the Terraform AWS provider 5.x"
      ),
      .drop(
        "PublicIpDnsHostnameTypeSpecification",
        "aws_network_interface has no public DNS hostname type"),
      .tags,
    ])

  /// `PrivateIpAddresses` (`[{PrivateIpAddress, Primary}]`): with a primary address marked, an
  /// ordered `private_ip_list` whose first address is the primary one; `private_ips` otherwise.
  @Sendable static func privateIpAddresses(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    guard case .list(let items) = member.value.kind else {
      builder.unsupported(member, reason: "a computed list cannot be converted; write the list out")
      return
    }
    let isPrimary = { (item: Expr) -> Bool in
      guard case .object(let fields) = item.kind else { return false }
      return fields.first(where: { $0.key == "Primary" })?.value.scalarText?.lowercased() == "true"
    }
    guard items.contains(where: isPrimary) else {
      listOfField(member, "PrivateIpAddress", as: "private_ips", &builder, &parts)
      return
    }
    let ordered = items.filter(isPrimary) + items.filter { !isPrimary($0) }
    parts.argument("private_ip_list_enabled", .bool(true))
    listOfField(
      member.with(value: Expr(.list(ordered), range: member.value.range)),
      "PrivateIpAddress", as: "private_ip_list", &builder, &parts)
  }

  /// A list of one-field objects (`[{Ipv6Address: "…"}]`) as a list of the field's values.
  static func listOfField(
    _ member: RuleMember, _ field: String, as argument: String,
    _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    guard case .list(let items) = member.value.kind else {
      builder.unsupported(member, reason: "a computed list cannot be converted; write the list out")
      return
    }
    var values: [Expr] = []
    for item in items {
      guard case .object(let fields) = item.kind,
        let value = fields.first(where: { $0.key == field })?.value
      else {
        builder.unsupported(member, reason: "each entry must be an object with \(field)")
        return
      }
      values.append(value)
    }
    builder.translator.begin()
    let value = HCLExpression.tuple(values.map { builder.translator.translate($0, as: .string) })
    builder.translator.transformed("list of \(field) objects became a list of strings")
    parts.argument(argument, value, comments: builder.approximationComment)
    builder.record(
      member, target: builder.primary.path / argument, status: builder.translator.status,
      note: builder.translator.note, source: member.value, value: value)
  }
}
