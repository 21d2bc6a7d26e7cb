import CFNParser

extension ElastiCache {
  /// A name or engine that ElastiCache stores in lower case, and that Terraform accepts in lower
  /// case only: a written name is lowered.
  static func lowercased(_ argument: String) -> PropertyCode {
    { member, builder, parts in
      let target = builder.primary.path / argument
      guard let text = member.value.stringValue, text != text.lowercased() else {
        parts.argument(argument, builder.translate(member, as: .string, target: target))
        return
      }
      let value = HCLExpression.string(text.lowercased())
      builder.record(
        member, target: target, status: .transformed,
        note: "ElastiCache stores it in lower case; Terraform accepts only that",
        source: member.value, value: value)
      parts.argument(argument, value)
    }
  }

  /// The name Terraform requires and CloudFormation generates when `property` is not set (see
  /// `ExtraResources.requireName`), in lower case as ElastiCache stores it.
  static func requireLowercaseName(
    _ argument: String, unless property: String, _ builder: inout ResourceBuilder
  ) {
    guard builder.resource.property(property) == nil else { return }
    ExtraResources.requireName(argument, unless: property, &builder)
    builder.primary.content.arguments.items = builder.primary.content.arguments.items.map {
      guard case .attribute(let attribute) = $0, attribute.name == argument else { return $0 }
      return .attribute(HCLAttribute(argument, .call("lower", [attribute.value])))
    }
  }

  /// CloudFormation applies a change to a cluster or replication group at once; Terraform, unless
  /// told, in the next maintenance window.
  static func applyImmediately(_ builder: inout ResourceBuilder) {
    builder.primary.content.argument(
      "apply_immediately", .bool(true),
      comments: ["CloudFormation applies changes at once, not in the maintenance window"])
    builder.ledger.append(
      LedgerEntry(
        kind: .addition, path: TemplatePath.resource(builder.logicalId) / "ApplyImmediately",
        resourceType: builder.resource.type.value, location: builder.resource.range.start,
        target: builder.primary.path / "apply_immediately", status: .transformed,
        note:
          "written: CloudFormation applies changes at once; Terraform would wait for the maintenance window",
        targetValue: "true"))
  }

  /// `DeletionPolicy: Snapshot` keeps a final snapshot of a Redis or Valkey cache, named after the
  /// `argument` the cache's id is written in (the policy also becomes `prevent_destroy`).
  static func finalSnapshot(after argument: String, _ builder: inout ResourceBuilder) {
    guard builder.resource.deletionPolicy?.value == "Snapshot" else { return }
    let id = builder.primary.content.arguments.items.lazy.compactMap {
      if case .attribute(let attribute) = $0, attribute.name == argument {
        attribute.value
      } else {
        nil
      }
    }.first
    guard let id else { return }
    let name: HCLExpression =
      switch id {
      case .string(let text): .string(text + "-final-snapshot")
      default: .template([.interpolation(id), .literal("-final-snapshot")])
      }
    builder.primary.content.argument(
      "final_snapshot_identifier", name,
      comments: ["DeletionPolicy Snapshot: ElastiCache takes a final snapshot on deletion"])
  }

  /// `UpdatePolicy.UseOnlineResharding`: Terraform always changes the number of node groups of a
  /// replication group online, where CloudFormation, without the policy, replaces the group.
  static func onlineResharding(_ builder: inout ResourceBuilder) {
    guard let policy = builder.resource.updatePolicy else { return }
    builder.handledAttributes.insert("UpdatePolicy")
    let online =
      if case .object(let members) = policy.kind,
        members.count == 1, members[0].key == "UseOnlineResharding",
        members[0].value.kind == .bool(true)
      {
        true
      } else {
        false
      }
    builder.recordAttribute(
      "UpdatePolicy", at: policy.location, target: nil, status: online ? .exact : .approximated,
      note: online
        ? "Terraform changes the number of node groups online, as UseOnlineResharding does"
        : "Terraform changes the number of node groups online, where CloudFormation would replace the group"
    )
  }

  /// A KMS key Terraform takes by ARN: a `Ref` to a key of the template (its id) becomes the
  /// key's `arn`, which ElastiCache reports (an id would differ from it on every plan).
  static func kmsKeyArn(_ argument: String) -> PropertyCode {
    { member, builder, parts in
      let target = builder.primary.path / argument
      if case .ref(let name) = member.value.kind,
        builder.translator.template.resource(name)?.type.value == "AWS::KMS::Key",
        let key = builder.translator.targets[name], !key.isMissing
      {
        let value = key.expression(for: "arn")
        builder.record(
          member, target: target, status: .transformed,
          note: "Ref to the key (its id) became its arn", source: member.value, value: value)
        parts.argument(argument, value)
        return
      }
      parts.argument(argument, builder.translate(member, as: .string, target: target))
    }
  }
}
