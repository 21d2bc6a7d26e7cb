import CFNParser

extension ResourceBuilder {
  /// Applies the mapping's property rules to the resource's properties, then its `finish` step.
  package mutating func applyRules() {
    var parts = primary.content
    apply(
      mapping.properties, to: resource.properties, schema: schema, pathPrefix: "",
      target: primary.address, into: &parts)
    primary.content = parts
    mapping.finish?(&self)
  }

  /// Applies `rules` to `members`, writing arguments and blocks into `parts`. Members without a
  /// rule are reported as unsupported.
  package mutating func apply(
    _ rules: [PropertyRule], to members: [ExprMember], schema: BlockBody?, pathPrefix: String,
    target: String, into parts: inout BodyParts
  ) {
    for rule in rules {
      guard let member = members.first(where: { $0.key == rule.property }) else { continue }
      apply(
        rule.action, member, schema: schema, pathPrefix: pathPrefix, target: target, into: &parts)
    }
    for member in members where !rules.contains(where: { $0.property == member.key }) {
      unsupported(
        member, pathPrefix: pathPrefix,
        reason: "cfn2tf has no rule for this property of \(mapping.cloudFormationType)")
    }
  }

  private mutating func apply(
    _ action: PropertyAction, _ member: ExprMember, schema: BlockBody?, pathPrefix: String,
    target: String, into parts: inout BodyParts
  ) {
    switch action {
    case .argument(let name):
      let type = Self.valueType(of: schema?.attribute(name)?.type)
      let value = translate(member, pathPrefix: pathPrefix, as: type, target: "\(target).\(name)")
      parts.argument(name, value, comments: approximationComment)
    case .block(let name, let rules):
      nestedBlock(
        name, rules, member, schema: schema?.block(name)?.body, pathPrefix: pathPrefix,
        target: target, into: &parts)
    case .blocks(let name, let rules):
      guard case .list(let items) = member.value.kind else {
        unsupported(
          member, pathPrefix: pathPrefix,
          reason: "a computed list cannot become '\(name)' blocks; write the list out")
        return
      }
      for (i, item) in items.enumerated() {
        let element = ExprMember(key: "\(member.key)[\(i)]", keyRange: member.keyRange, value: item)
        nestedBlock(
          name, rules, element, schema: schema?.block(name)?.body, pathPrefix: pathPrefix,
          target: target, into: &parts)
      }
    case .tagsMap(let name):
      if let tags = tagMap(member, pathPrefix: pathPrefix, target: "\(target).\(name)") {
        parts.argument(name, tags)
      }
    case .custom(let code):
      let prefixed = ExprMember(
        key: pathPrefix + member.key, keyRange: member.keyRange, value: member.value)
      code(prefixed, &self, &parts)
    case .drop(let reason):
      dropped(member, pathPrefix: pathPrefix, reason: reason)
    }
  }

  /// An object property as one nested block; `Fn::If` with `AWS::NoValue` on one side becomes a
  /// `dynamic` block.
  private mutating func nestedBlock(
    _ name: String, _ rules: [PropertyRule], _ member: ExprMember, schema: BlockBody?,
    pathPrefix: String, target: String, into parts: inout BodyParts
  ) {
    var condition: HCLExpression?
    var value = member.value
    if case .if(let name, let then, let otherwise) = value.kind {
      let local = HCLExpression.local(translator.namer.local(forCondition: name))
      if case .pseudo(.noValue) = otherwise.kind {
        condition = local
        value = then
      } else if case .pseudo(.noValue) = then.kind {
        condition = .binary(local, "==", .bool(false))
        value = otherwise
      }
    }
    guard case .object(let members) = value.kind else {
      unsupported(
        member, pathPrefix: pathPrefix,
        reason: "a computed value cannot become a '\(name)' block; write the object out")
      return
    }
    record(
      pathPrefix + member.key, at: member.keyRange.start, target: "\(target).\(name)",
      status: condition == nil ? .exact : .transformed,
      note: condition == nil ? "" : "Fn::If with AWS::NoValue became a dynamic block")
    var inner = BodyParts()
    apply(
      rules, to: members, schema: schema, pathPrefix: pathPrefix + member.key + ".",
      target: "\(target).\(name)", into: &inner)
    guard let condition else {
      parts.block(HCLBlock(name, body: inner.body))
      return
    }
    var dynamic = HCLBody()
    dynamic.attribute(
      "for_each", .conditional(condition, .tuple([.number("1")]), .tuple([])))
    dynamic.blankLine()
    dynamic.block(HCLBlock("content", body: inner.body))
    parts.block(HCLBlock("dynamic", [name], body: dynamic))
  }

  /// The Terraform value type for a schema type.
  package static func valueType(of schemaType: SchemaType?) -> ValueType {
    guard let schemaType else { return .any }
    switch schemaType {
    case .string: return .string
    case .number: return .number
    case .bool: return .bool
    case .list(let element), .set(let element): return .list(valueType(of: element))
    case .map(let element): return .map(valueType(of: element))
    case .dynamic, .object, .tuple: return .any
    }
  }
}
