import CFNParser

extension EC2 {
  /// Key pairs, prefix lists, egress-only gateways, VPC CIDR blocks, placement groups and
  /// network interface attachments and permissions.
  static let smallMappings = [
    keyPair, prefixList, egressOnlyInternetGateway, vpcCidrBlock, placementGroup,
    networkInterfaceAttachment, networkInterfacePermission,
    .omitted(
      "AWS::EC2::SubnetCidrBlock",
      reason:
        "Terraform gives a subnet its IPv6 block with the ipv6_cidr_block argument of aws_subnet; set the subnet's Ipv6CidrBlock instead"
    ),
  ]

  /// `Ref` is the key name, which the stack lists and Terraform imports by. Terraform uploads a
  /// public key and cannot create a key pair as CloudFormation does without `PublicKeyMaterial`
  /// (keeping the private key in SSM at `/ec2/keypair/<key pair id>`): the public key then comes
  /// from a variable, with a warning saying how to fill it.
  static let keyPair = ResourceMapping(
    "AWS::EC2::KeyPair", to: "aws_key_pair", ref: "key_name",
    attributes: ["KeyFingerprint": "fingerprint", "KeyPairId": "key_pair_id"],
    properties: [
      .argument("KeyName", "key_name"),
      .argument("PublicKeyMaterial", "public_key"),
      .custom("KeyType") { member, builder, _ in
        builder.dropped(
          member,
          reason: builder.resource.property("PublicKeyMaterial") == nil
            ? "Terraform cannot create a key pair; make the public key with ssh-keygen -t \(member.value.stringValue ?? "rsa") (see public_key)"
            : "the key's type is that of PublicKeyMaterial")
      },
      .drop(
        "KeyFormat",
        "it is the format of a private key CloudFormation makes; Terraform makes none (see public_key)"
      ),
      .tags,
    ],
    finish: generatedKeyPair)

  static func generatedKeyPair(_ builder: inout ResourceBuilder) {
    guard builder.resource.property("PublicKeyMaterial") == nil else { return }
    let name = builder.translator.namer.reserveVariable(builder.primary.name + "_public_key")
    let variable = builder.translator.addVariable(
      AddedVariable(
        name: name, type: "string",
        description:
          "Public key of the key pair \(builder.logicalId), which CloudFormation created: an adopted stack's is what 'aws ec2 describe-key-pairs --key-names NAME --include-public-key' returns; a new stack's comes from ssh-keygen."
      ))
    builder.primary.content.argument(
      "public_key", variable,
      comments: [
        "cfn2tf: CloudFormation created this key pair (its private key is in SSM, /ec2/keypair/<key pair id>);",
        "Terraform only uploads public keys: set var.\(name)",
      ])
    builder.diagnostics.append(
      .warning(
        "'\(builder.logicalId)' has no PublicKeyMaterial: CloudFormation created the key pair, which Terraform cannot; its public key comes from the variable '\(name)'",
        at: builder.resource.range.start,
        notes: [
          .init(
            "when adopting the stack, set it to the live key's public key ('aws ec2 describe-key-pairs --key-names NAME --include-public-key'); otherwise make a key with ssh-keygen and keep its private key yourself"
          )
        ]))
    builder.ledger.append(
      LedgerEntry(
        kind: .addition, path: builder.templatePath(.here / "PublicKeyMaterial"),
        resourceType: builder.resource.type.value, location: builder.resource.range.start,
        target: builder.primary.path / "public_key", status: .approximated,
        note:
          "CloudFormation created the key pair; Terraform uploads the public key in var.\(name)",
        targetValue: "var.\(name)"))
  }

  /// `Ref` is the prefix list id. Terraform requires `max_entries`, which EC2 needs when it
  /// creates the list: when the template leaves it out, the number of entries is written.
  static let prefixList = ResourceMapping(
    "AWS::EC2::PrefixList", to: "aws_ec2_managed_prefix_list", ref: "id",
    attributes: [
      "PrefixListId": "id", "Arn": "arn", "OwnerId": "owner_id", "Version": "version",
    ],
    properties: [
      .argument("PrefixListName", "name"),
      .argument("AddressFamily", "address_family"),
      .argument("MaxEntries", "max_entries"),
      PropertyRule(
        "Entries",
        .blocks("entry", [.argument("Cidr", "cidr"), .argument("Description", "description")])),
      .tags,
    ],
    finish: { builder in
      guard builder.resource.property("MaxEntries") == nil else { return }
      var count = 0
      if case .list(let items)? = builder.resource.property("Entries")?.value.kind {
        count = items.count
      }
      builder.primary.content.arguments.items.append(
        .attribute(HCLAttribute("max_entries", .number(String(max(count, 1))))))
      builder.ledger.append(
        LedgerEntry(
          kind: .addition, path: builder.templatePath(.here / "MaxEntries"),
          resourceType: builder.resource.type.value, location: builder.resource.range.start,
          target: builder.primary.path / "max_entries", status: .approximated,
          note: "not set: Terraform requires it; the number of entries is written",
          targetValue: String(max(count, 1))))
    })

  static let egressOnlyInternetGateway = ResourceMapping(
    "AWS::EC2::EgressOnlyInternetGateway", to: "aws_egress_only_internet_gateway", ref: "id",
    attributes: ["Id": "id"],
    properties: [.argument("VpcId", "vpc_id"), .tags])

  /// An IPv6 block (Amazon's, a pool's or an IPAM pool's) becomes an
  /// `aws_vpc_ipv6_cidr_block_association`, an IPv4 block an
  /// `aws_vpc_ipv4_cidr_block_association`. `Ref` is the association id, which Terraform imports
  /// by. `IpSource` and `Ipv6AddressAttribute` exist for IPv6 blocks only.
  static let vpcCidrBlock: ResourceMapping = {
    var mapping = ResourceMapping(
      "AWS::EC2::VPCCidrBlock", to: "aws_vpc_ipv6_cidr_block_association", ref: "id",
      attributes: [
        "Id": "id", "IpSource": "ip_source", "Ipv6AddressAttribute": "ipv6_address_attribute",
      ],
      properties: [
        .argument("VpcId", "vpc_id"),
        .argument("CidrBlock", "cidr_block"),
        .argument("Ipv4IpamPoolId", "ipv4_ipam_pool_id"),
        .argument("Ipv4NetmaskLength", "ipv4_netmask_length"),
        .argument("AmazonProvidedIpv6CidrBlock", "assign_generated_ipv6_cidr_block"),
        .argument("Ipv6CidrBlock", "ipv6_cidr_block"),
        .argument("Ipv6Pool", "ipv6_pool"),
        .argument("Ipv6IpamPoolId", "ipv6_ipam_pool_id"),
        .argument("Ipv6NetmaskLength", "ipv6_netmask_length"),
        .drop(
          "Ipv6CidrBlockNetworkBorderGroup",
          "aws_vpc_ipv6_cidr_block_association (provider 5.100) has no network border group: the block comes from the region's own"
        ),
      ],
      importID: .custom { context in
        context.physicalId.map { String($0.split(separator: "|").first ?? Substring($0)) }
      })
    mapping.terraformTypeChoice = { resource in
      let ipv4 = ["CidrBlock", "Ipv4IpamPoolId", "Ipv4NetmaskLength"].contains {
        resource.property($0) != nil
      }
      return ipv4
        ? "aws_vpc_ipv4_cidr_block_association" : "aws_vpc_ipv6_cidr_block_association"
    }
    return mapping
  }()

  /// CloudFormation names the group (`GroupName` is read-only) and Terraform requires a name,
  /// so it is `<stack>-<LogicalId>` unless `var.physical_names` keeps the live one; `Ref` is the
  /// name, which Terraform imports by. Terraform requires a strategy too: EC2 makes a cluster
  /// group when none is given.
  static let placementGroup = ResourceMapping(
    "AWS::EC2::PlacementGroup", to: "aws_placement_group", ref: "name",
    attributes: ["GroupName": "name"],
    properties: [
      .argument("Strategy", "strategy"),
      .argument("PartitionCount", "partition_count"),
      .argument("SpreadLevel", "spread_level"),
      .tags,
    ],
    finish: { builder in
      if builder.resource.property("Strategy") == nil {
        builder.primary.content.arguments.items.insert(
          .attribute(HCLAttribute("strategy", .string("cluster"))), at: 0)
        builder.ledger.append(
          LedgerEntry(
            kind: .addition, path: builder.templatePath(.here / "Strategy"),
            resourceType: builder.resource.type.value, location: builder.resource.range.start,
            target: builder.primary.path / "strategy", status: .approximated,
            note:
              "not set: Terraform requires it; cluster, the group EC2 makes without a strategy, is written",
            targetValue: "\"cluster\""))
      }
      ExtraResources.requireName("name", unless: "GroupName", &builder)
    })

  /// `Ref` is the attachment id, which Terraform imports by. An interface attached this way is
  /// deleted with the instance in CloudFormation (`DeleteOnTermination` is true by default);
  /// Terraform cannot say so, and detaches it when it destroys the attachment.
  static let networkInterfaceAttachment = ResourceMapping(
    "AWS::EC2::NetworkInterfaceAttachment", to: "aws_network_interface_attachment", ref: "id",
    attributes: ["AttachmentId": "attachment_id"],
    properties: [
      .argument("InstanceId", "instance_id"),
      .argument("NetworkInterfaceId", "network_interface_id"),
      .argument("DeviceIndex", "device_index"),
      .drop(
        "DeleteOnTermination",
        "aws_network_interface_attachment cannot delete the interface with the instance; set it with 'aws ec2 modify-network-interface-attribute --attachment AttachmentId=…,DeleteOnTermination=true'"
      ),
      .drop(
        "EnaSrdSpecification",
        "aws_network_interface_attachment has no ENA Express settings; set them with 'aws ec2 modify-network-interface-attribute --ena-srd-specification'"
      ),
      .drop(
        "EnaQueueCount",
        "aws_network_interface_attachment has no ENA queue count; the interface gets the instance type's default"
      ),
    ],
    finish: { builder in
      guard builder.resource.property("DeleteOnTermination") == nil else { return }
      builder.primary.comments.append(
        "cfn2tf: approximated: CloudFormation deletes this interface with the instance (DeleteOnTermination defaults to true); Terraform leaves it"
      )
    })

  /// `Ref` is the permission id, which Terraform imports by.
  static let networkInterfacePermission = ResourceMapping(
    "AWS::EC2::NetworkInterfacePermission", to: "aws_network_interface_permission",
    ref: "network_interface_permission_id",
    attributes: ["Id": "network_interface_permission_id"],
    properties: [
      .argument("NetworkInterfaceId", "network_interface_id"),
      .argument("AwsAccountId", "aws_account_id"),
      .argument("Permission", "permission"),
    ])
}
