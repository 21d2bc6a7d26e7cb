import CFNParser

extension ResourceBuilder {
  /// Resource attributes: `Condition` becomes `count`, `DependsOn` becomes `depends_on`, deletion
  /// policies become `lifecycle` settings; policies the mapping did not handle are recorded as
  /// dropped, with the reason.
  package mutating func applyResourceAttributes(targets: [String: ResourceTarget]) {
    if let condition = resource.condition {
      let local = HCLExpression.local(translator.namer.local(forCondition: condition.value))
      let count = HCLExpression.conditional(local, .number("1"), .number("0"))
      primary.meta.items.insert(.attribute(HCLAttribute("count", count)), at: 0)
      for index in extras.indices where !hasCount(extras[index]) {
        extras[index].meta.items.insert(.attribute(HCLAttribute("count", count)), at: 0)
      }
      recordAttribute(
        "Condition", at: condition.location,
        target: .resource(primary.type, primary.name) / "count",
        status: .transformed, note: "the Condition became count = condition ? 1 : 0")
    }
    if !resource.dependsOn.isEmpty {
      let addresses = resource.dependsOn.compactMap { targets[$0.value] }.filter { !$0.isMissing }
        .map { HCLExpression.traversal($0.path) }
      // Dependencies that are left out (no Terraform counterpart) need no ordering.
      if !addresses.isEmpty { primary.meta.attribute("depends_on", .tuple(addresses)) }
      recordAttribute(
        "DependsOn", at: resource.dependsOn[0].location,
        target: .resource(primary.type, primary.name) / "depends_on",
        status: .exact, note: "")
    }
    deletionPolicies()
    for (name, value) in [
      ("UpdatePolicy", resource.updatePolicy), ("CreationPolicy", resource.creationPolicy),
      ("Metadata", resource.metadata),
    ] where !handledAttributes.contains(name) {
      guard let value else { continue }
      let reason = Self.dropReason(name, value)
      primary.comments.append("cfn2tf: '\(name)' is dropped: \(reason)")
      recordAttribute(name, at: value.location, target: nil, status: .dropped, note: reason)
    }
    if let version = resource.version {
      primary.comments.append("cfn2tf: 'Version' is dropped: \(Self.versionDropReason)")
      recordAttribute(
        "Version", at: version.location, target: nil, status: .dropped,
        note: Self.versionDropReason)
    }
    for key in resource.unknownAttributes {
      primary.comments.append("cfn2tf: '\(key.value)' is dropped: \(Self.unknownKeyDropReason)")
      recordAttribute(
        key.value, at: key.location, target: nil, status: .dropped,
        note: Self.unknownKeyDropReason)
    }
  }

  /// Why a resource's `Version` is dropped.
  package static let versionDropReason =
    "'Version' has no Terraform counterpart (CloudFormation reads it on custom resources only)"

  /// Why a resource-level key CloudFormation does not know is dropped.
  package static let unknownKeyDropReason =
    "CloudFormation does not know this resource attribute; it is ignored"

  private func hasCount(_ resource: TerraformResource) -> Bool {
    resource.meta.items.contains {
      if case .attribute(let a) = $0 { return a.name == "count" || a.name == "for_each" }
      return false
    }
  }

  static func dropReason(_ attribute: String, _ value: Expr) -> String {
    switch attribute {
    case "CreationPolicy":
      return "Terraform does not wait for cfn-signal; check the instances' health another way"
    case "UpdatePolicy":
      return "Terraform has no update policies for this resource type"
    default:
      if case .object(let members) = value.kind,
        members.contains(where: { $0.key == "AWS::CloudFormation::Init" })
      {
        return
          "cfn-init configuration has no Terraform counterpart: bake it into the image (Packer) or the user data"
      }
      return "resource metadata has no Terraform counterpart"
    }
  }

  private mutating func deletionPolicies() {
    if let policy = resource.deletionPolicy,
      let expression = resource.policyExpressions["DeletionPolicy"]
    {
      // Terraform's lifecycle takes literals only: the most retaining value the intrinsic gives.
      let retains = policy.value != "Delete"
      if retains, primary.kind != "data" {
        primary.lifecycle.attribute("prevent_destroy", .bool(true))
      }
      recordAttribute(
        "DeletionPolicy", at: policy.location,
        target: retains ? .resource(primary.type, primary.name) / "lifecycle" : nil,
        status: .approximated,
        note:
          "computed by \(expression.compactText); Terraform's lifecycle takes literals only, so the most retaining value it can give, \(policy.value), decides\(retains ? ": prevent_destroy" : "")"
      )
    } else if let policy = resource.deletionPolicy {
      switch policy.value {
      case _ where primary.kind == "data":
        // A resource read as a data source (a Lambda version) is never destroyed by Terraform.
        recordAttribute(
          "DeletionPolicy", at: policy.location, target: nil, status: .approximated,
          note:
            "\(policy.value) has no counterpart: the resource is read as a data source, which Terraform never destroys"
        )
      case "Delete":
        recordAttribute(
          "DeletionPolicy", at: policy.location, target: nil, status: .exact,
          note: "Terraform deletes resources on destroy, as CloudFormation's Delete does")
      default:
        primary.lifecycle.attribute("prevent_destroy", .bool(true))
        recordAttribute(
          "DeletionPolicy", at: policy.location,
          target: .resource(primary.type, primary.name) / "lifecycle",
          status: .approximated,
          note:
            "\(policy.value) became prevent_destroy: Terraform refuses to destroy the resource instead of leaving it behind; use a 'removed' block with destroy = false to let it go"
        )
      }
    }
    if let policy = resource.updateReplacePolicy {
      if let expression = resource.policyExpressions["UpdateReplacePolicy"] {
        recordAttribute(
          "UpdateReplacePolicy", at: policy.location, target: nil, status: .dropped,
          note:
            "computed by \(expression.compactText); Terraform always deletes the old resource when it replaces one"
        )
      } else if policy.value == "Delete" {
        recordAttribute(
          "UpdateReplacePolicy", at: policy.location, target: nil, status: .exact,
          note: "Terraform deletes the old resource on replacement, as Delete does")
      } else {
        primary.comments.append(
          "cfn2tf: UpdateReplacePolicy \(policy.value) has no counterpart: a replacement deletes the old resource"
        )
        recordAttribute(
          "UpdateReplacePolicy", at: policy.location, target: nil, status: .dropped,
          note: "Terraform always deletes the old resource when it replaces one")
      }
    }
  }

  /// Records a ledger entry about a resource attribute (`DependsOn`, `Condition`, …).
  package mutating func recordAttribute(
    _ name: String, at location: SourceLocation, target: TerraformPath?, status: LedgerStatus,
    note: String
  ) {
    ledger.append(
      LedgerEntry(
        kind: .attribute, path: .resource(logicalId) / name, resourceType: resource.type.value,
        location: location, target: target, status: status, note: note))
  }
}
