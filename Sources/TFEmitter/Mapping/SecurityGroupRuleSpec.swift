import CFNParser

/// One security group rule of the template, translated: what both an inline `ingress`/`egress`
/// block of `aws_security_group` and an `aws_security_group_rule` are made of.
struct SecurityGroupRuleSpec {
  /// Which way the rule goes.
  enum Direction: String {
    case ingress
    case egress
  }

  var direction: Direction
  var fromPort: HCLExpression = .number("0")
  var toPort: HCLExpression = .number("0")
  var protocolValue: HCLExpression = .string("-1")
  var cidrBlocks: [HCLExpression] = []
  var ipv6CidrBlocks: [HCLExpression] = []
  var prefixListIds: [HCLExpression] = []
  /// The other security group (source or destination), by id.
  var group: HCLExpression?
  var description: HCLExpression?
  /// Comment lines for the generated block (approximations).
  var comments: [String] = []

  /// AWS's default egress rule of a new security group: everything, to anywhere over IPv4. (AWS
  /// adds a `::/0` rule as well only in a VPC with an IPv6 block, which a template cannot tell; the
  /// IPv4 rule is what a stack in the default VPC has, so adopting one plans no change.)
  static var allowAllEgress: SecurityGroupRuleSpec {
    var spec = SecurityGroupRuleSpec(direction: .egress)
    spec.cidrBlocks = [.string("0.0.0.0/0")]
    return spec
  }

  /// The body of an inline `ingress`/`egress` block.
  var inlineBody: HCLBody {
    var body = HCLBody()
    body.attribute("from_port", fromPort)
    body.attribute("to_port", toPort)
    body.attribute("protocol", protocolValue)
    appendSources(to: &body)
    if let group { body.attribute("security_groups", .tuple([group])) }
    if let description { body.attribute("description", description) }
    return body
  }

  /// The arguments of an `aws_security_group_rule` for the group `securityGroupId`.
  func ruleBody(securityGroupId: HCLExpression) -> HCLBody {
    var body = HCLBody()
    body.attribute("type", .string(direction.rawValue))
    body.attribute("security_group_id", securityGroupId)
    body.attribute("from_port", fromPort)
    body.attribute("to_port", toPort)
    body.attribute("protocol", protocolValue)
    appendSources(to: &body)
    if let group { body.attribute("source_security_group_id", group) }
    if let description { body.attribute("description", description) }
    return body
  }

  private func appendSources(to body: inout HCLBody) {
    if !cidrBlocks.isEmpty { body.attribute("cidr_blocks", .tuple(cidrBlocks)) }
    if !ipv6CidrBlocks.isEmpty { body.attribute("ipv6_cidr_blocks", .tuple(ipv6CidrBlocks)) }
    if !prefixListIds.isEmpty { body.attribute("prefix_list_ids", .tuple(prefixListIds)) }
  }

  /// What a protocol implies for the ports.
  enum ProtocolKind {
    /// `-1`: every protocol and port; Terraform wants both ports 0.
    case all
    /// ICMP or ICMPv6: the ports are type and code, -1 for all.
    case icmp
    /// TCP or UDP.
    case ports
    /// Another protocol number, or a protocol computed at deploy time.
    case other

    init(_ text: String?) {
      switch text?.lowercased() {
      case "-1", "all": self = .all
      case "icmp", "1", "icmpv6", "58": self = .icmp
      case "tcp", "6", "udp", "17": self = .ports
      default: self = .other
      }
    }

    /// The port Terraform needs when the template gives none.
    func defaultPort(isTo: Bool) -> String {
      switch self {
      case .icmp: "-1"
      case .ports: isTo ? "65535" : "0"
      case .all, .other: "0"
      }
    }
  }
}

extension SecurityGroupRuleSpec.Direction {
  /// The CloudFormation fields that name the other side of the rule.
  var groupIdField: String {
    self == .ingress ? "SourceSecurityGroupId" : "DestinationSecurityGroupId"
  }

  /// The CloudFormation field of the prefix list.
  var prefixListField: String {
    self == .ingress ? "SourcePrefixListId" : "DestinationPrefixListId"
  }

  /// Every field of a rule in this direction.
  var fields: [String] {
    var names = ["IpProtocol", "FromPort", "ToPort", "CidrIp", "CidrIpv6", prefixListField]
    names += [groupIdField, "Description"]
    if self == .ingress { names += ["SourceSecurityGroupName", "SourceSecurityGroupOwnerId"] }
    return names
  }
}
