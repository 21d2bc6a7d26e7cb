import CFNParser

extension ResourceBuilder {
  /// `Tags` `[{Key, Value}]` as a map, keys in source order. Nil (after a warning) when the list
  /// is computed.
  package mutating func tagMap(_ member: RuleMember, target: TerraformPath) -> HCLExpression? {
    guard let tags = tagList(member) else { return nil }
    translator.begin()
    var items: [HCLObjectItem] = []
    for tag in tags {
      let value = translator.translate(tag.value, as: .string)
      if let key = tag.key.stringValue {
        items.append(HCLObjectItem(key, value))
      } else {
        items.append(
          HCLObjectItem(key: .expression(translator.translate(tag.key, as: .string)), value: value))
      }
    }
    translator.transformed("list of Key/Value became a map")
    let expression = HCLExpression.object(items)
    record(
      member, target: target, status: translator.status, note: translator.note,
      source: member.value, value: expression,
      secret: translator.touchesSecret)
    return expression
  }

  /// `tagMap(_:target:)` for a member at the top of the resource's `Properties`.
  package mutating func tagMap(_ member: ExprMember, target: TerraformPath) -> HCLExpression? {
    tagMap(RuleMember.property(member), target: target)
  }

  /// `tagList(_:)` for a member at the top of the resource's `Properties`.
  package mutating func tagList(_ member: ExprMember) -> [Tag]? {
    tagList(RuleMember.property(member))
  }

  /// One tag of a `Tags` list.
  package struct Tag {
    /// `Key`.
    package var key: Expr
    /// `Value`.
    package var value: Expr
    /// `PropagateAtLaunch`, where given.
    package var propagateAtLaunch: Expr?
  }

  /// The tags of a written-out `Tags` list; nil, after an unsupported entry, otherwise.
  package mutating func tagList(_ member: RuleMember) -> [Tag]? {
    guard case .list(let items) = member.value.kind else {
      unsupported(member, reason: "computed tag lists are not supported")
      return nil
    }
    var tags: [Tag] = []
    for item in items {
      guard case .object(let fields) = item.kind,
        let key = fields.first(where: { $0.key == "Key" })?.value,
        let value = fields.first(where: { $0.key == "Value" })?.value
      else {
        unsupported(member, reason: "each tag must be an object with Key and Value")
        return nil
      }
      tags.append(
        Tag(
          key: key, value: value,
          propagateAtLaunch: fields.first(where: { $0.key == "PropagateAtLaunch" })?.value))
    }
    return tags
  }
}
