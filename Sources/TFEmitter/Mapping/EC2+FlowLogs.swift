import CFNParser

extension EC2 {
  /// The flow log and DHCP options mappings.
  static let flowLogAndDhcpMappings = [flowLog, dhcpOptions, vpcDhcpOptionsAssociation]

  /// `ResourceId` with `ResourceType` becomes the one argument Terraform has for that kind of
  /// resource (`vpc_id`, `subnet_id`, `eni_id`, …). `Ref` is the flow log id. Both tools deliver
  /// to CloudWatch Logs and aggregate over 600 seconds by default.
  static let flowLog = ResourceMapping(
    "AWS::EC2::FlowLog", to: "aws_flow_log", ref: "id",
    attributes: ["Id": "id"],
    properties: [
      .custom("ResourceId", flowLogResource),
      .custom("ResourceType") { member, builder, _ in
        // Read by flowLogResource, which reports a type it cannot convert.
        let argument = flowLogArguments[member.value.stringValue ?? ""]
        builder.record(
          member,
          target: argument.map { builder.primary.path / $0 },
          status: argument == nil ? .unsupported : .transformed,
          note: argument == nil
            ? "no Terraform argument names a resource of this type"
            : "the resource type chose the argument ResourceId became",
          source: member.value)
      },
      .argument("TrafficType", "traffic_type"),
      .argument("LogDestinationType", "log_destination_type"),
      .argument("LogDestination", "log_destination"),
      .argument("LogGroupName", "log_group_name"),
      .argument("DeliverLogsPermissionArn", "iam_role_arn"),
      .argument("DeliverCrossAccountRole", "deliver_cross_account_role"),
      .argument("LogFormat", "log_format"),
      .argument("MaxAggregationInterval", "max_aggregation_interval"),
      PropertyRule(
        "DestinationOptions",
        .block(
          "destination_options",
          [
            .argument("FileFormat", "file_format"),
            .argument("HiveCompatiblePartitions", "hive_compatible_partitions"),
            .argument("PerHourPartition", "per_hour_partition"),
          ])),
      .tags,
    ])

  /// `ResourceType` → the argument that names a resource of that type.
  static let flowLogArguments = [
    "VPC": "vpc_id", "Subnet": "subnet_id", "NetworkInterface": "eni_id",
    "TransitGateway": "transit_gateway_id",
    "TransitGatewayAttachment": "transit_gateway_attachment_id",
  ]

  @Sendable static func flowLogResource(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    let type = builder.resource.property("ResourceType")?.value.stringValue
    guard let type, let argument = flowLogArguments[type] else {
      let reason =
        type == "RegionalNatGateway"
        ? "aws_flow_log (provider 5.100) cannot log a regional NAT gateway; create this flow log with the AWS CLI"
        : "give ResourceType literally (VPC, Subnet, NetworkInterface, TransitGateway or TransitGatewayAttachment): Terraform names the resource in an argument of its own for each type"
      builder.unsupported(member, reason: reason)
      return
    }
    let value = builder.translate(
      member, as: .string, target: builder.primary.path / argument)
    parts.argument(argument, value, comments: builder.approximationComment)
  }

  /// `Ref` is the DHCP options set id. The number-valued options are strings in Terraform.
  static let dhcpOptions = ResourceMapping(
    "AWS::EC2::DHCPOptions", to: "aws_vpc_dhcp_options", ref: "id",
    attributes: ["DhcpOptionsId": "id"],
    properties: [
      .argument("DomainName", "domain_name"),
      .argument("DomainNameServers", "domain_name_servers"),
      .argument("NtpServers", "ntp_servers"),
      .argument("NetbiosNameServers", "netbios_name_servers"),
      .argument("NetbiosNodeType", "netbios_node_type"),
      .argument("Ipv6AddressPreferredLeaseTime", "ipv6_address_preferred_lease_time"),
      .tags,
    ])

  /// Terraform imports the association by the VPC id; its id (what `Ref` becomes) is
  /// `<options set id>-<VPC id>`. Destroying it gives the VPC the default options set, as
  /// deleting it from the stack does. `DhcpOptionsId` may be `default` in both tools.
  static let vpcDhcpOptionsAssociation = ResourceMapping(
    "AWS::EC2::VPCDHCPOptionsAssociation", to: "aws_vpc_dhcp_options_association", ref: "id",
    properties: [
      .argument("VpcId", "vpc_id"),
      .argument("DhcpOptionsId", "dhcp_options_id"),
    ],
    importID: .custom { context in context.property("VpcId") })
}
