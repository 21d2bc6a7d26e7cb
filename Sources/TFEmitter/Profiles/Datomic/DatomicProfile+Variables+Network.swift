import CFNParser

extension DatomicProfile {
  /// The security group `ensure-cf` made, and who may reach port 4334.
  mutating func buildNetworkVariables() {
    let groupsExpr = transactor.launchConfiguration.property("SecurityGroups")?.value
    let groups = stringList(groupsExpr) ?? []
    if case .ref(let name)? = groupsExpr?.kind, template.parameter(name) != nil {
      let target =
        groups.contains { $0.hasPrefix("sg-") } ? "security_group_ids" : "security_group_name"
      parameterTargets[name] = parameterTargets[name] ?? .variable(target)
    }
    let ids = groups.filter { $0.hasPrefix("sg-") }
    let names = groups.filter { !$0.hasPrefix("sg-") && !$0.isEmpty }
    declare(
      "create_security_group", "bool",
      "Create the transactor's security group (what ensure-cf did); false reuses security_group_name.",
      default: .bool(true))
    declare(
      forProperty: "aws-security-group", "security_group_name", "string",
      "Name of the transactor's security group (created, or looked up when create_security_group is false).",
      default: .string(propertyValue("aws-security-group")?.defaultText ?? names.first ?? "datomic")
    )
    declare(
      "security_group_ids", "list(string)", "Further security groups for the transactor, by id.",
      default: .strings(ids))
    declare(
      "manage_security_group_rules", "bool",
      "Manage the group's rules below; false leaves an adopted group's rules as they are.",
      default: .bool(true))
    declare(
      "allow_ingress_from_self", "bool",
      "Let members of the transactor's own group reach port 4334 (ensure-cf's default: peers join the group).",
      default: .bool(true))
    declare(
      "ingress_security_group_ids", "list(string)",
      "Security groups of peers allowed to reach the transactor's port.", default: .tuple([]))
    declare(
      forProperty: "aws-ingress-cidrs", "ingress_cidr_blocks", "list(string)",
      "CIDR blocks allowed to reach the transactor's port; never wider than you list here.",
      default: .strings(
        (propertyValue("aws-ingress-cidrs")?.defaultText ?? "").split(separator: ",").map(
          String.init)))
  }
}
