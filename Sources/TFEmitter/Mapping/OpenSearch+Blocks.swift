import CFNParser

extension OpenSearch {
  /// A default CloudFormation (or the service) applies to a property Terraform requires:
  /// property, argument, value.
  typealias Default = (property: String, argument: String, value: HCLExpression)

  /// An object property as nested block `name` of the primary resource, by `rules` (an `Fn::If`
  /// with `AWS::NoValue` on one side becomes a `dynamic` block, as for any block), with each of
  /// `defaults` written where the object leaves its property out: arguments Terraform requires
  /// and CloudFormation does not.
  static func block(
    _ name: String, _ rules: [PropertyRule], defaults: [Default] = [],
    comment: String = "CloudFormation's default"
  ) -> PropertyCode {
    { member, builder, parts in
      var written = BodyParts()
      builder.apply(.block(name, rules), to: member, in: builder.scope, into: &written)
      for (comments, block) in written.blocks {
        var block = block
        var added: [Default] = []
        if block.type == name {
          added = addDefaults(defaults, to: &block.body, comment: comment)
        } else if block.type == "dynamic", block.labels == [name] {
          block.body.items = block.body.items.map { item in
            guard case .block(var content) = item, content.type == "content" else { return item }
            added = addDefaults(defaults, to: &content.body, comment: comment)
            return .block(content)
          }
        }
        for item in added {
          builder.ledger.append(
            LedgerEntry(
              kind: .addition, path: builder.templatePath(member.path / item.property),
              resourceType: builder.resource.type.value, location: member.keyRange.start,
              target: builder.primary.path / name / item.argument, status: .transformed,
              note:
                "not set: \(HCLPrinter.printExpression(item.value)) is written (Terraform requires it): \(comment)",
              targetValue: HCLPrinter.printExpression(item.value)))
        }
        parts.block(block, comments: comments)
      }
    }
  }

  /// Writes each of `defaults` whose argument `body` lacks at its top, under `comment`; returns
  /// those written.
  private static func addDefaults(
    _ defaults: [Default], to body: inout HCLBody, comment: String
  ) -> [Default] {
    let present = Set(
      body.items.compactMap { item -> String? in
        if case .attribute(let attribute) = item { return attribute.name }
        return nil
      })
    let missing = defaults.filter { !present.contains($0.argument) }
    guard !missing.isEmpty else { return [] }
    var items: [HCLItem] = [.comment([comment])]
    items += missing.map { .attribute(HCLAttribute($0.argument, $0.value)) }
    body.items = items + body.items
    return missing
  }

  /// `EBSOptions`: `ebs_options` by `rules`. `ebs_enabled`, which Terraform requires, is false
  /// (OpenSearch's default) when absent, unless the options size the volumes, which only
  /// attached volumes have.
  static func ebs(_ rules: [PropertyRule]) -> PropertyCode {
    { member, builder, parts in
      let sizes = ["VolumeType", "VolumeSize", "Iops", "Throughput"]
      var fields: [ExprMember] = []
      switch member.value.kind {
      case .object(let members): fields = members
      case .if(_, let then, let otherwise):
        for case .object(let members) in [then.kind, otherwise.kind] { fields += members }
      default: break
      }
      let sized = fields.contains { sizes.contains($0.key) }
      let code = block(
        "ebs_options", rules, defaults: [("EBSEnabled", "ebs_enabled", .bool(sized))],
        comment: sized
          ? "the volume options given are for attached EBS volumes" : "CloudFormation's default")
      code(member, &builder, &parts)
    }
  }

  /// A KMS key that the domain's `block` takes by ARN: a `Ref` to a key of the template (its id)
  /// becomes the key's `arn`, which the service reports (an id would differ on every plan).
  static func keyArn(_ argument: String, in block: String) -> PropertyCode {
    { member, builder, parts in
      let target = builder.primary.path / block / argument
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
