import CFNParser

extension KeptTemplate {
  /// The reduced template: sections in CloudFormation's usual order, each entry as written
  /// (converted resources' values read through parameters), then the outputs.
  func reducedBody(
    declarations: [JSONMember], mappings: Set<String>, conditions: Set<String>,
    keptOutputs: [CFNParser.Output]
  ) -> JSONValue {
    let root = template.document
    var sections: [(String, JSONValue)] = [
      ("AWSTemplateFormatVersion", string("2010-09-09")),
      (
        "Description",
        string(
          "The resources of \(template.fileName.split(separator: "/").last.map(String.init) ?? template.fileName) that stay in CloudFormation; cfn2tf's Terraform module deploys this stack and passes it what Terraform manages."
        )
      ),
    ]
    if let transform = root.member("Transform") { sections.append(("Transform", transform.value)) }
    if !declarations.isEmpty {
      sections.append(("Parameters", JSONValue(.object(declarations), range: root.range)))
    }
    let copied: [(String, Set<String>)] = [("Mappings", mappings), ("Conditions", conditions)]
    for (section, names) in copied where !names.isEmpty {
      let members = root[section]?.members?.filter { names.contains($0.key) } ?? []
      sections.append((section, JSONValue(.object(members), range: root.range)))
    }
    if let globals = root.member("Globals") { sections.append(("Globals", globals.value)) }
    let resources = plan.kept.compactMap { kept in
      template.resource(kept.logicalId).map {
        JSONMember(key: $0.logicalId, keyRange: $0.range, value: rewrite(resource: $0.value))
      }
    }
    sections.append(("Resources", JSONValue(.object(resources), range: root.range)))
    var outputMembers: [JSONMember] = []
    for output in outputs {
      switch output.source {
      case .output(let name):
        if let member = root["Outputs"]?.member(name) {
          outputMembers.append(
            JSONMember(key: name, keyRange: member.keyRange, value: rewrite(member.value)))
        }
      case .reference(let name):
        outputMembers.append(
          member(output.name, outputValue(["Ref": string(name)], of: name)))
      case .attribute(let resource, let attribute):
        let getAtt = JSONValue(.array([string(resource), string(attribute)]), range: root.range)
        outputMembers.append(
          member(output.name, outputValue(["Fn::GetAtt": getAtt], of: resource)))
      }
    }
    if !outputMembers.isEmpty {
      sections.append(("Outputs", JSONValue(.object(outputMembers), range: root.range)))
    }
    return object(sections)
  }

  /// `{"Value": value}`, with the `Condition` of the kept resource it reads.
  private func outputValue(_ value: KeyValuePairs<String, JSONValue>, of name: String) -> JSONValue
  {
    let owner = template.resource(name) == nil ? template.serverlessOwner(of: name) : name
    var members: [(String, JSONValue)] = []
    if let condition = owner.flatMap({ template.resource($0)?.condition }) {
      members.append(("Condition", string(condition.value)))
    }
    members.append(("Value", object(value.map { ($0.key, $0.value) })))
    return object(members)
  }

  /// A kept resource as written, but for `DependsOn` on converted resources (the stack's own
  /// `depends_on` says it) and the values it reads from them.
  private func rewrite(resource: JSONValue) -> JSONValue {
    var value = resource
    if let dependsOn = resource["DependsOn"] {
      let names = dependsOn.elements ?? [dependsOn]
      let kept = names.filter { $0.stringValue.map(plan.keptIds.contains) ?? true }
      if kept.isEmpty {
        value = value.removingMember("DependsOn")
      } else if kept.count != names.count {
        value = value.replacingMember("DependsOn") { _ in
          JSONValue(.array(kept), range: dependsOn.range)
        }
      }
    }
    return rewrite(value)
  }

  /// `value` with `Fn::GetAtt` of converted resources (both forms, and `${X.Attr}` in `Fn::Sub`)
  /// turned into the parameters that carry them.
  private func rewrite(_ value: JSONValue) -> JSONValue {
    switch value.kind {
    case .array(let items):
      return JSONValue(.array(items.map { rewrite($0) }), range: value.range)
    case .object(let members):
      if members.count == 1, let only = members.first {
        if only.key == "Fn::GetAtt", let parameter = attributeParameter(only.value) {
          return object([("Ref", string(parameter))])
        }
        if only.key == "Fn::Sub" { return rewriteSub(only, in: value) }
      }
      return value.mappingMembers {
        JSONMember(key: $0.key, keyRange: $0.keyRange, value: rewrite($0.value))
      }
    default:
      return value
    }
  }

  private func attributeParameter(_ argument: JSONValue) -> String? {
    if let text = argument.stringValue { return attributeParameters[text] }
    guard let items = argument.elements, items.count == 2,
      let resource = items[0].stringValue, let attribute = items[1].stringValue
    else { return nil }
    return attributeParameters["\(resource).\(attribute)"]
  }

  /// `Fn::Sub` with `${X.Attr}` of converted resources written `${XAttr}`, the parameter's name.
  private func rewriteSub(_ sub: JSONMember, in value: JSONValue) -> JSONValue {
    var text = sub.value
    var variables: JSONValue?
    if let items = sub.value.elements, items.count == 2 {
      text = items[0]
      variables = items[1]
    }
    let local = Set(variables?.members?.map(\.key) ?? [])
    let rewritten = text.stringValue.map {
      Self.substitutingAttributes(in: $0) { name in
        local.contains(name) ? nil : attributeParameters[name]
      }
    }
    let newText = rewritten.map { JSONValue(.string($0), range: text.range) } ?? text
    let argument: JSONValue
    if let variables {
      argument = JSONValue(.array([newText, rewrite(variables)]), range: sub.value.range)
    } else {
      argument = newText
    }
    return JSONValue(
      .object([JSONMember(key: sub.key, keyRange: sub.keyRange, value: argument)]),
      range: value.range)
  }

  /// `text` with each `${name}` for which `replacement` gives a name written with that name;
  /// `${!…}` (a literal) is left as it is.
  static func substitutingAttributes(in text: String, _ replacement: (String) -> String?)
    -> String
  {
    var out = ""
    for piece in Interpolation.scan(text, as: .cloudFormationSub) {
      switch piece {
      case .text(let literal), .unclosed(let literal, _): out += literal
      case .escaped(_, let range): out += text[range]
      case .placeholder(let inside, let range):
        if let new = replacement(inside.trimmingCharacters(in: " ")) {
          out += "${\(new)}"
        } else {
          out += text[range]
        }
      }
    }
    return out
  }

  /// The capabilities CloudFormation requires: IAM ones when IAM resources (or what makes them:
  /// SAM resources, nested stacks, a macro's output) stay, `CAPABILITY_AUTO_EXPAND` with a macro.
  static func capabilities(_ template: Template, plan: KeptStackPlan) -> [String] {
    let types = plan.kept.compactMap { template.resource($0.logicalId)?.type.value }
    let expands =
      plan.wholeTemplate != nil || !template.transforms.isEmpty
      || types.contains { $0.hasPrefix(Template.serverlessTypePrefix) }
      || types.contains("AWS::CloudFormation::Stack")
      || plan.kept.contains { if case .macro = $0.reason { true } else { false } }
    let iam =
      expands
      || types.contains { $0.hasPrefix("AWS::IAM::") || $0.hasPrefix("AWS::SSO::") }
    return (iam ? ["CAPABILITY_IAM", "CAPABILITY_NAMED_IAM"] : [])
      + (expands ? ["CAPABILITY_AUTO_EXPAND"] : [])
  }

  func string(_ text: String) -> JSONValue { JSONValue(.string(text), range: template.root.range) }

  func object(_ members: [(String, JSONValue)]) -> JSONValue {
    JSONValue(.object(members.map { member($0.0, $0.1) }), range: template.root.range)
  }

  func member(_ key: String, _ value: JSONValue) -> JSONMember {
    JSONMember(key: key, keyRange: template.root.range, value: value)
  }
}

extension JSONMember {
  /// A parameter declaration without its `Default` when it is `NoEcho`: a secret never reaches a
  /// generated file.
  func withoutNoEchoDefault() -> JSONMember {
    let noEcho = value["NoEcho"]
    let isSecret =
      noEcho.map {
        if case .bool(true) = $0.kind { return true }
        return $0.stringValue?.lowercased() == "true"
      } ?? false
    guard isSecret else { return self }
    return JSONMember(key: key, keyRange: keyRange, value: value.removingMember("Default"))
  }
}
