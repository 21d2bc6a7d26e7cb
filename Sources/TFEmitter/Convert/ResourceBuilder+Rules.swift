import CFNParser

extension ResourceBuilder {
  /// Applies the mapping's property rules to the resource's properties, then its `finish` step.
  package mutating func applyRules() {
    var parts = primary.content
    apply(mapping.properties, to: resource.properties, in: .resource(primary), into: &parts)
    primary.content = parts
    mapping.finish?(&self)
  }

  /// Applies `rules` to `members` in `scope`, writing arguments and blocks into `parts`. Members
  /// without a rule are reported as unsupported.
  package mutating func apply(
    _ rules: [PropertyRule], to members: [ExprMember], in scope: RuleScope,
    into parts: inout BodyParts
  ) {
    for rule in rules {
      guard let member = members.first(where: { $0.key == rule.property }) else { continue }
      apply(rule.action, to: RuleMember(member, in: scope.path), in: scope, into: &parts)
    }
    for member in members where !rules.contains(where: { $0.property == member.key }) {
      report(member, in: scope, .noRule(mapping.cloudFormationType))
    }
  }

  /// Applies `action` to `member` (at its own path) in the body `scope` writes: the engine's
  /// step for each rule, and a custom rule's way to hand its member on to a block rule.
  package mutating func apply(
    _ action: PropertyAction, to member: RuleMember, in scope: RuleScope,
    into parts: inout BodyParts
  ) {
    switch action {
    case .argument(let name):
      let type = Self.valueType(of: scope.attribute(name)?.type)
      let value = translate(member, as: type, target: scope.target / name)
      parts.argument(name, value, comments: approximationComment)
    case .block(let name, let rules):
      nestedBlock(name, rules, member, in: scope, into: &parts)
    case .blocks(let name, let rules):
      guard case .list(let items) = member.value.kind else {
        report(member, .computedList(block: name))
        return
      }
      for (i, item) in items.enumerated() {
        nestedBlock(name, rules, member.element(i, item), in: scope, into: &parts)
      }
    case .fields(let rules):
      guard case .object(let members) = member.value.kind else {
        report(member, .noRule(mapping.cloudFormationType))
        return
      }
      apply(rules, to: members, in: scope.at(member.path), into: &parts)
    case .tagsMap(let name):
      if let tags = tagMap(member, target: scope.target / name) {
        parts.argument(name, tags)
      }
    case .custom(let code):
      code(member, &self, &parts)
    case .drop(let reason):
      report(member, .dropped(reason))
    }
  }

  /// An object property (`member`, read in `scope`) as one nested block; `Fn::If` with
  /// `AWS::NoValue` on one side becomes a `dynamic` block.
  private mutating func nestedBlock(
    _ name: String, _ rules: [PropertyRule], _ member: RuleMember, in scope: RuleScope,
    into parts: inout BodyParts
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
      report(member, .computedObject(block: name))
      return
    }
    let inside = scope.block(name).at(member.path)
    record(
      member, target: inside.target,
      status: condition == nil ? .exact : .transformed,
      note: condition == nil ? "" : "Fn::If with AWS::NoValue became a dynamic block")
    var inner = BodyParts()
    apply(rules, to: members, in: inside, into: &inner)
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
