import CFNParser

/// What stays in CloudFormation: the module deploys it as one `aws_cloudformation_stack`, passes
/// it the values of converted resources as parameters, and reads what converted resources and
/// outputs need from its outputs.
extension ModuleBuilder {
  /// Where the kept template is written in the module.
  static let keptTemplatePath = "cloudformation/kept.json"

  /// How expressions reach kept resources (and the names the serverless transform makes from
  /// them): the stack's outputs. Added to `targets`, which already holds the converted ones.
  static func keptTargets(
    _ kept: KeptTemplate, plan: KeptStackPlan, stack: String,
    targets: inout [String: ResourceTarget]
  ) {
    var names = plan.kept.map(\.logicalId)
    for output in kept.outputs {
      if case .reference(let name) = output.source, !plan.keptIds.contains(name) {
        names.append(name)
      } else if case .attribute(let name, _) = output.source, !plan.keptIds.contains(name),
        !names.contains(name)
      {
        names.append(name)
      }
    }
    for name in names {
      var attributes: [String: String] = [:]
      for output in kept.outputs {
        if case .attribute(name, let attribute) = output.source {
          attributes[attribute] = #"outputs["\#(output.name)"]"#
        }
      }
      targets[name] = ResourceTarget(
        type: "aws_cloudformation_stack", name: stack,
        refAttribute: kept.output(for: name).map { #"outputs["\#($0)"]"# },
        attributes: attributes, isConditional: false)
    }
  }

  /// The ledger entries of a kept resource: the resource, each property and each attribute, all
  /// kept in CloudFormation with it.
  mutating func recordKept(_ resource: Resource, reason: KeptReason) {
    let address = TerraformPath.resource("aws_cloudformation_stack", keptStackName)
    let type = resource.type.value
    ledger.record(
      LedgerEntry(
        kind: .resource, path: .resource(resource.logicalId), resourceType: type,
        location: resource.range.start, target: address, status: .kept,
        note: "kept in CloudFormation: \(reason.note); \(address) deploys it"))
    for property in resource.properties {
      ledger.record(
        LedgerEntry(
          kind: .property, path: .property(property.key, of: resource.logicalId),
          resourceType: type, location: property.keyRange.start, target: address, status: .kept,
          note: "kept in CloudFormation with its resource"))
    }
    for member in resource.value.members ?? [] where member.key != "Type" {
      guard member.key != "Properties" else { continue }
      ledger.record(
        LedgerEntry(
          kind: .attribute, path: .resource(resource.logicalId) / member.key, resourceType: type,
          location: member.keyRange.start, target: address, status: .kept,
          note: "kept in CloudFormation with its resource"))
    }
  }

  /// The `aws_cloudformation_stack` of the kept resources, its template file, the warnings (one
  /// per type) and the ledger entries of the transforms.
  mutating func buildKeptStack() {
    guard let kept = keptTemplate else { return }
    var stack = TerraformResource(
      type: "aws_cloudformation_stack", name: keptStackName, origin: nil)
    stack.comments = keptComments()
    let dependencies = kept.dependencies.compactMap { translator.targets[$0] }
      .filter { !$0.isMissing }.map { HCLExpression.traversal($0.path) }
    if !dependencies.isEmpty { stack.meta.attribute("depends_on", .tuple(dependencies)) }
    translator.begin()
    stack.content.argument("name", translator.stackName())
    stack.content.argument(
      "template_body",
      .call(
        "file",
        [
          .template([
            .interpolation(.reference("path.module")), .literal("/\(Self.keptTemplatePath)"),
          ])
        ]))
    let parameters = kept.parameters.map { parameter in
      HCLObjectItem(parameter.name, keptParameterValue(parameter.source))
    }
    if !parameters.isEmpty { stack.content.argument("parameters", .object(parameters)) }
    if !kept.capabilities.isEmpty {
      stack.content.argument("capabilities", .tuple(kept.capabilities.map(HCLExpression.string)))
    }
    resources.append(stack)
    templateFiles.append(
      GeneratedFile(path: Self.keptTemplatePath, contents: Self.keptTemplateText(kept.body)))
    ledger.record(
      LedgerEntry(
        kind: .addition, path: nil, target: stack.path, status: .kept,
        note:
          "the stack that keeps \(keptPlan.kept.count) resource(s) in CloudFormation, from \(Self.keptTemplatePath)"
      ))
    warnAboutKept()
  }

  /// The text of the kept template: indented JSON, or compact when that does not fit
  /// `template_body`'s 51,200 bytes (a warning says what to do when even that does not).
  static func keptTemplateText(_ body: JSONValue) -> String {
    let pretty = body.prettyText + "\n"
    return pretty.utf8.count <= keptTemplateLimit ? pretty : body.compactText + "\n"
  }

  /// The largest template CloudFormation takes inline (`TemplateBody`).
  static let keptTemplateLimit = 51_200

  /// The Terraform value a kept template parameter is given.
  private mutating func keptParameterValue(_ source: KeptTemplate.Source) -> HCLExpression {
    switch source {
    case .parameter(let name):
      guard let parameter = template.parameter(name) else { return .string("") }
      let variable = HCLExpression.variable(translator.namer.variable(forParameter: name))
      // An SSM-typed parameter is passed on as the parameter's name: CloudFormation reads it.
      if case .ssmParameter = parameter.type.value { return variable }
      return parameter.type.value.isList ? .call("join", [.string(","), variable]) : variable
    case .reference(let name):
      return nonNull(
        translator.translate(Expr(.ref(name), range: template.root.range), as: .string), of: name)
    case .attribute(let resource, let attribute):
      var value = translator.translate(
        Expr(.getAtt(resource: resource, attribute: attribute), range: template.root.range),
        as: .string)
      if isListAttribute(resource, attribute) { value = .call("join", [.string(","), value]) }
      return nonNull(value, of: resource)
    }
  }

  /// `value`, or `""` where it may be null: CloudFormation parameters are strings.
  private func nonNull(_ value: HCLExpression, of resource: String) -> HCLExpression {
    if value == .null { return .string("") }
    guard translator.targets[resource]?.isConditional == true else { return value }
    return .call("try", [.call("coalesce", [value]), .string("")])
  }

  /// True when `Fn::GetAtt [resource, attribute]` of a converted resource is a list in Terraform.
  func isListAttribute(_ resource: String, _ attribute: String) -> Bool {
    Self.isListAttribute(resource, attribute, targets: translator.targets)
  }

  /// True when `Fn::GetAtt [resource, attribute]` of a converted resource is a list in Terraform.
  static func isListAttribute(
    _ resource: String, _ attribute: String, targets: [String: ResourceTarget]
  ) -> Bool {
    guard let target = targets[resource], !target.isMissing,
      let mapped = target.attribute(named: attribute)
    else { return false }
    if mapped.hasPrefix("tolist(") || mapped.hasPrefix("[for ") { return true }
    guard mapped.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }),
      let type = ProviderSchema.resource(target.type)?.lookup(mapped)?.type
    else { return false }
    switch type {
    case .list, .set, .tuple: return true
    default: return false
    }
  }

  private func keptComments() -> [String] {
    var lines = ["Kept in CloudFormation (\(Self.keptTemplatePath)):"]
    if let whole = keptPlan.wholeTemplate {
      lines.append(
        (whole.reason ?? "the macro '\(whole.name)' may rewrite the whole template")
          + ", so all of it stays")
    }
    for (logicalId, reason) in keptPlan.kept {
      let type = template.resource(logicalId)?.type.value ?? ""
      lines.append("  \(logicalId) (\(type)): \(reason.note)")
    }
    return keptPlan.wholeTemplate == nil ? lines : Array(lines.prefix(2))
  }
}
