import CFNParser

extension DatomicProfile {
  /// `toset(list)` when `condition`, an empty set otherwise: `for_each` for optional rules.
  static func setIf(_ condition: HCLExpression, _ list: HCLExpression) -> HCLExpression {
    .when(condition, .call("toset", list), .call("toset", .tuple([])))
  }

  private static func ingressRule(
    _ name: String, comment: String, forEach: HCLExpression? = nil, count: HCLExpression? = nil,
    source: (String, HCLExpression), port: HCLExpression, description: HCLExpression
  ) -> [HCLItem] {
    [
      .comment(comment),
      .block(
        HCLBlock("resource", "aws_vpc_security_group_ingress_rule", name) {
          if let forEach { HCLItem.attribute("for_each", forEach) }
          if let count { HCLItem.attribute("count", count) }
          HCLBlank()
          HCLAttribute("security_group_id", .local("security_group_id"))
          HCLAttribute("description", description)
          HCLAttribute("ip_protocol", .string("tcp"))
          HCLAttribute("from_port", port)
          HCLAttribute("to_port", port)
          HCLAttribute(source.0, source.1)
          HCLAttribute("tags", .variable("tags"))
        }),
    ]
  }

  private static func egressRule(
    _ name: String, comment: String, count: HCLExpression, port: HCLExpression, description: String
  ) -> [HCLItem] {
    [
      .comment(comment),
      .block(
        HCLBlock("resource", "aws_vpc_security_group_egress_rule", name) {
          HCLAttribute("count", count)
          HCLBlank()
          HCLAttribute("security_group_id", .local("security_group_id"))
          HCLAttribute("description", .string(description))
          HCLAttribute("ip_protocol", .string("tcp"))
          HCLAttribute("from_port", port)
          HCLAttribute("to_port", port)
          HCLAttribute("cidr_ipv4", .string("0.0.0.0/0"))
          HCLAttribute("tags", .variable("tags"))
        }),
    ]
  }

  /// `security_group.tf`, recorded as what `ensure-cf` created.
  mutating func writeSecurityGroup() {
    let items = securityGroupItems
    module.write("security_group.tf", items)
    module.recordAddition(
      ofResource: "aws_security_group", in: items,
      "what ensure-cf created outside the template (create_security_group), with rules on port 4334"
    )
  }

  /// The transactor's security group (what `ensure-cf` made), its rules as separate resources.
  private var securityGroupItems: [[HCLItem]] {
    let createGroup = HCLExpression.variable("create_security_group")
    let create = HCLExpression.and(createGroup, .variable("manage_security_group_rules"))
    let port = HCLExpression.variable("port")
    return [
      [
        .comment(
          "What ensure-cf created as aws-security-group (the template's SecurityGroups name it).",
          "Rules are separate resources below; egress is limited to what the storage needs."),
        .block(
          HCLBlock("resource", "aws_security_group", "transactor") {
            HCLAttribute("count", .countIf(createGroup))
            HCLBlank()
            HCLAttribute("name", .variable("security_group_name"))
            HCLAttribute("description", .string("Provisioned by Datomic"))
            HCLAttribute("vpc_id", .local("vpc_id"))
            HCLAttribute("tags", .variable("tags"))
          }),
      ],
      Self.ingressRule(
        "self",
        comment: "Peers in the transactor's own group (ensure-cf's aws-ingress-groups default).",
        count: .countIf(.and(create, .variable("allow_ingress_from_self"))),
        source: ("referenced_security_group_id", .local("security_group_id")), port: port,
        description: .string("Datomic peers in this group")),
      Self.ingressRule(
        "peer_groups", comment: "Peers in other security groups.",
        forEach: Self.setIf(create, .variable("ingress_security_group_ids")),
        source: ("referenced_security_group_id", .ref("each.value")), port: port,
        description: .string("Datomic peers")),
      Self.ingressRule(
        "peer_cidrs", comment: "Peers by address range (aws-ingress-cidrs).",
        forEach: Self.setIf(create, .variable("ingress_cidr_blocks")),
        source: ("cidr_ipv4", .ref("each.value")), port: port,
        description: .string("Datomic peers")),
      Self.ingressRule(
        "ssh", comment: "SSH, only with a key pair.",
        forEach: Self.setIf(
          .and(create, .notEqual(.variable("key_name"), .null)), .variable("ssh_cidr_blocks")),
        source: ("cidr_ipv4", .ref("each.value")), port: .int(22), description: .string("SSH")),
      Self.egressRule(
        "https", comment: "AWS APIs over HTTPS: DynamoDB, S3 logs, CloudWatch, SSM.",
        count: .countIf(create), port: .int(443), description: "AWS APIs"),
      Self.egressRule(
        "sql", comment: "The SQL database of the sql protocol.",
        count: .countIf(.and(create, .equal(.variable("protocol"), .string("sql")))),
        port: .variable("sql_port"), description: "SQL storage"),
      Self.egressRule(
        "memcached", comment: "Memcached, when configured.",
        count: .countIf(.and(create, .notEqual(.variable("memcached"), .null))),
        port: .int(11211), description: "memcached"),
    ]
  }
}
