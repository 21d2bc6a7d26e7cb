import CFNParser

extension ExtraResources {
  /// How a separate resource is tied to the resource it comes from: argument `argument` of the
  /// separate resource is attribute `attribute` of the primary one (`bucket = aws_s3_bucket.x.id`).
  struct Link: Sendable {
    /// The separate resource's argument.
    var argument: String
    /// The primary resource's attribute.
    var attribute: String
  }

  /// An object property that becomes a resource of its own, of `type`, tied to the primary
  /// resource by `link`, the object's fields written by `rules` (inside the nested block `block`
  /// when given). An `Fn::If` with `AWS::NoValue` on one side gives the separate resource a
  /// `count`. It is imported by `importID`, whose `format` names the id in a note when the
  /// resource exists only under an `Fn::If` (default: the primary's physical id).
  static func separate(
    _ type: String, link: Link, block: String? = nil, importID: ImportID = .physicalId,
    format: String = "<the physical id>", _ rules: [PropertyRule]
  ) -> PropertyCode {
    { member, builder, _ in
      var value = member.value
      var condition: HCLExpression?
      if PolicyDocument.isOptional(value),
        let element = elements(Expr(.list([value]), range: value.range), builder.translator)?
          .first
      {
        value = element.value
        condition = element.condition
      }
      guard case .object(let fields) = value.kind else {
        builder.unsupported(
          member, reason: "a computed configuration cannot become \(type); write it out")
        return
      }
      var resource = make(
        type, name: uniqueName(builder.primary.name, type: type, builder), from: member.key,
        builder)
      resource.content.argument(link.argument, primary(link.attribute, builder))
      if let count = count(condition, builder) { resource.meta.attribute("count", count) }
      resource.importID = .unlessConditional(importID, condition, format: format)
      let top = RuleScope.resource(resource, at: member.path)
      var inner = BodyParts()
      builder.apply(rules, to: fields, in: block.map { top.block($0) } ?? top, into: &inner)
      if let block {
        resource.content.block(HCLBlock(block, body: inner.body))
      } else {
        resource.content.arguments.items += inner.arguments.items
        resource.content.blocks += inner.blocks
      }
      builder.record(
        member, target: resource.path, status: .transformed,
        note: "became \(type)" + (condition == nil ? "" : " with a count for its Fn::If"))
      builder.extras.append(resource)
    }
  }
}
