import CFNParser

extension ModuleBuilder {
  /// One warning per type that stays in CloudFormation (or one for a macro that keeps the whole
  /// template), and the ledger entries of the template's transforms and `Globals`.
  mutating func warnAboutKept() {
    let address = "aws_cloudformation_stack.\(keptStackName)"
    let how = Diagnostic.Note(
      "the module deploys them as '\(address)' from \(Self.keptTemplatePath); '--no-fallback' makes this an error"
    )
    if let whole = keptPlan.wholeTemplate {
      diagnostics.append(
        .warning(
          "\(whole.reason ?? "the macro '\(whole.name)' may rewrite any part of the template"): all of it stays in CloudFormation",
          at: whole.range.start,
          notes: [
            how,
            .init(
              "for a conversion resource by resource, convert the template the macro made: 'aws cloudformation get-template --stack-name NAME --template-stage Processed'"
            ),
          ]))
    } else {
      var types: [String] = []
      var byType: [String: [Resource]] = [:]
      for (logicalId, _) in keptPlan.kept {
        guard let resource = template.resource(logicalId) else { continue }
        if byType[resource.type.value] == nil { types.append(resource.type.value) }
        byType[resource.type.value, default: []].append(resource)
      }
      for type in types {
        let members = byType[type] ?? []
        guard let first = members.first,
          let reason = keptPlan.kept.first(where: { $0.logicalId == first.logicalId })?.reason
        else { continue }
        let names = members.map { "'\($0.logicalId)'" }.joined(separator: ", ")
        let count = members.count == 1 ? "resource" : "\(members.count) resources"
        diagnostics.append(
          .warning(
            "\(count) of type '\(type)' stay\(members.count == 1 ? "s" : "") in CloudFormation (\(reason.note)): \(names)",
            at: first.type.location, notes: [how]))
      }
    }
  }

  /// The ledger entries of `Transform`, `Fn::ForEach` loops and `Globals`.
  mutating func recordTransforms() {
    let target =
      keptTemplate == nil ? nil : TerraformPath.resource("aws_cloudformation_stack", keptStackName)
    for transform in template.transforms {
      let handled = transform.kind == .languageExtensions
      ledger.record(
        LedgerEntry(
          kind: .section, path: .section("Transform"), location: transform.range.start,
          target: handled ? nil : target, status: handled || target == nil ? .transformed : .kept,
          note: handled
            ? "cfn2tf reads the language extensions itself"
            : target == nil
              ? "the macro '\(transform.name)' rewrites nothing here: no resource needs it"
              : "the macro '\(transform.name)' runs in CloudFormation, on the kept template",
          sourceValue: transform.name))
    }
    for loop in template.loops {
      ledger.record(
        LedgerEntry(
          kind: .section, path: .section(loop.key), location: loop.range.start,
          status: .transformed,
          note:
            "expanded over \(loop.elements.count) value(s) as CloudFormation expands it: \(loop.keys.joined(separator: ", "))",
          sourceValue: "[" + loop.elements.map(JSONValue.quoted).joined(separator: ",") + "]"))
    }
    for transform in template.sectionTransforms {
      ledger.record(
        LedgerEntry(
          kind: .section, path: .section(transform.reason == nil ? "Fn::Transform" : "Fn::ForEach"),
          location: transform.range.start, target: target, status: .kept,
          note: (transform.reason ?? "the macro '\(transform.name)' writes part of the template")
            + "; all of it stays in CloudFormation",
          sourceValue: transform.name))
    }
    if let globals = template.root.member("Globals") {
      ledger.record(
        LedgerEntry(
          kind: .section, path: .section("Globals"), location: globals.keyRange.start,
          target: target,
          status: .kept, note: "SAM's defaults apply to the SAM resources the kept stack holds"))
    }
  }

  /// With `--no-fallback`, each macro is an error: what it rewrites cannot become Terraform.
  mutating func refuseTransforms() {
    let transforms = template.transforms.filter { $0.kind != .languageExtensions }
    for transform in transforms + template.sectionTransforms {
      diagnostics.append(
        .error(
          "the macro '\(transform.name)' rewrites the template in CloudFormation; Terraform cannot run it",
          at: transform.range.start,
          notes: [
            .init(
              "without '--no-fallback', what it rewrites stays in CloudFormation as a stack the module deploys; or convert the processed template: 'aws cloudformation get-template --stack-name NAME --template-stage Processed'"
            )
          ]))
    }
  }
}
