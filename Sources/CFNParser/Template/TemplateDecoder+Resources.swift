extension TemplateDecoder {
  /// The keys CloudFormation knows in a resource, sorted (cfn-lint's resource configuration
  /// schema, `data/schemas/other/resources/configuration.json`, lists the same ten).
  static let resourceAttributes = [
    "Condition", "CreationPolicy", "DeletionPolicy", "DependsOn", "Metadata", "Properties", "Type",
    "UpdatePolicy", "UpdateReplacePolicy", "Version",
  ]
  static let deletionPolicies = ["Delete", "Retain", "RetainExceptOnCreate", "Snapshot"]

  mutating func decodeResources(_ value: JSONValue, into template: inout Template) -> [Resource] {
    guard let members = object(value, "'Resources'") else { return [] }
    var resources: [Resource] = []
    resources.reserveCapacity(members.count)
    var seen: Set<String> = []
    var sawLoop = false
    for member in members {
      if recordSectionTransform(member, in: &template) { continue }
      // A loop still here was reported (no transform, or a malformed loop).
      if member.key.hasPrefix(LoopExpander.prefix) {
        sawLoop = true
        continue
      }
      // The reader refuses keys written twice in the text: these come from loops.
      if !seen.insert(member.key).inserted {
        error(.duplicateLogicalId(member.key), at: member.keyRange)
      }
      if let resource = decodeResource(member) { resources.append(resource) }
    }
    if seen.isEmpty, !sawLoop, template.sectionTransforms.isEmpty {
      error(
        .wrongKind(what: "'Resources'", expected: "at least one resource", found: "none"),
        at: value.range)
    }
    return resources
  }

  /// A key a loop writes again (the reader has reported those written twice in the text).
  mutating func reportRepeatedKeys(_ members: [JSONMember]) {
    var seen: Set<String> = []
    for member in members where !seen.insert(member.key).inserted {
      error(.duplicateLogicalId(member.key), at: member.keyRange)
    }
  }

  private mutating func decodeResource(_ member: JSONMember) -> Resource? {
    // Words for error messages, made only when one is written.
    lazy var what = "resource '\(member.key)'"
    guard let body = object(member.value, what) else { return nil }
    guard let typeValue = member.value["Type"] else {
      error(
        .missingKey(what: what, key: "Type"), at: member.keyRange,
        notes: [.init("add a \"Type\" such as \"AWS::EC2::Instance\"")])
      return nil
    }
    guard let type = string(typeValue, "the 'Type' of \(what)") else { return nil }
    var resource = Resource(
      logicalId: member.key, range: member.keyRange, type: type, value: member.value)
    for field in body {
      lazy var fieldWhat = "'\(field.key)' of \(what)"
      switch field.key {
      case "Type": break
      case "Properties":
        resource.propertiesRange = field.value.range
        guard let properties = object(field.value, fieldWhat) else { continue }
        resource.properties.reserveCapacity(properties.count)
        for property in properties {
          if let expression = decodeExpr(property.value, context: .property) {
            resource.properties.append(
              ExprMember(key: property.key, keyRange: property.keyRange, value: expression))
          }
        }
      case "DependsOn":
        if let single = field.value.stringValue {
          resource.dependsOn = [Located(single, at: field.value.range)]
        } else if let items = field.value.elements {
          resource.dependsOn = items.compactMap { string($0, "an entry of \(fieldWhat)") }
        } else {
          error(
            .wrongKind(
              what: fieldWhat, expected: "a string or a list of strings",
              found: field.value.kindDescription),
            at: field.value.range)
        }
      case "Condition":
        resource.condition = string(field.value, fieldWhat)
      case "DeletionPolicy", "UpdateReplacePolicy":
        var policy: Located<String>
        if field.value.members != nil,
          transforms.contains(where: { $0.kind == .languageExtensions })
        {
          guard let expression = decodeExpr(field.value, context: .property) else { continue }
          resource.policyExpressions[field.key] = expression
          policy = Located(Self.mostRetaining(expression), at: field.value.range)
        } else {
          guard let literal = string(field.value, fieldWhat) else { continue }
          policy = literal
        }
        if !Self.deletionPolicies.contains(policy.value) {
          error(
            .wrongKind(
              what: fieldWhat, expected: "one of \(Self.deletionPolicies.joined(separator: ", "))",
              found: "'\(policy.value)'"),
            at: policy.range)
        }
        if field.key == "DeletionPolicy" {
          resource.deletionPolicy = policy
        } else {
          resource.updateReplacePolicy = policy
        }
      case "UpdatePolicy":
        if object(field.value, fieldWhat) != nil {
          resource.updatePolicy = decodeExpr(field.value, context: .property)
        }
      case "CreationPolicy":
        if object(field.value, fieldWhat) != nil {
          resource.creationPolicy = decodeExpr(field.value, context: .property)
        }
      case "Metadata":
        resource.metadata = decodeExpr(field.value, context: .property)
      case "Version":
        switch field.value.kind {
        case .string(let text), .number(let text):
          resource.version = Located(text, at: field.value.range)
        default:
          error(
            .wrongKind(
              what: fieldWhat, expected: "a string or a number", found: field.value.kindDescription),
            at: field.value.range)
        }
      default:
        resource.unknownAttributes.append(Located(field.key, at: field.keyRange))
        // A key a macro reads is its input: it stays in CloudFormation with the resource.
        if transforms.contains(where: { $0.kind == .macro }) { continue }
        // Not CloudFormation: the conversion goes on without the key, and says so.
        let suggestion = Spelling.closest(to: field.key, in: Self.resourceAttributes)
        warning(
          TemplateError.unknownKey(what: what, key: field.key).description, at: field.keyRange,
          notes: (suggestion.map { [.init("did you mean '\($0)'?")] } ?? []) + [
            .init(
              "the key is ignored; a resource takes \(Self.resourceAttributes.map { "'\($0)'" }.joined(separator: ", "))"
            )
          ])
      }
    }
    return resource
  }

  /// The most retaining policy an intrinsic can give: the strongest of its literal branches, or
  /// `Retain` when a value is known only when the stack is created.
  static func mostRetaining(_ expression: Expr) -> String {
    let order = ["Delete", "Snapshot", "RetainExceptOnCreate", "Retain"]
    func values(_ e: Expr) -> [String] {
      switch e.kind {
      case .string(let s): return [s]
      case .if(_, let then, let otherwise): return values(then) + values(otherwise)
      default: return ["Retain"]
      }
    }
    return values(expression).max {
      (order.firstIndex(of: $0) ?? 3) < (order.firstIndex(of: $1) ?? 3)
    }
      ?? "Retain"
  }
}
