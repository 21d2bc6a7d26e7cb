import CFNParser

extension ModuleBuilder {
  /// Mappings and conditions become locals.
  mutating func buildLocals() {
    for mapping in template.mappings {
      let name = translator.namer.local(forMapping: mapping.name)
      locals.append(
        LocalDeclaration(
          name: name, comments: ["Mapping \(mapping.name)"], value: mappingValue(mapping)))
      let secrets = translator.secretMappingKeys.filter { $0.mapping == mapping.name }.map(\.key)
      ledger.record(
        LedgerEntry(
          kind: .mapping, path: .section("Mappings") / mapping.name,
          location: mapping.range.start, target: .local(name), status: .transformed,
          note: "the mapping became a map in locals"
            + (secrets.isEmpty
              ? ""
              : "; its secrets (\(secrets.sorted().map { "'\($0)'" }.joined(separator: ", "))) are not copied")
        ))
    }
    for condition in template.conditions {
      let name = translator.namer.local(forCondition: condition.name)
      translator.begin()
      translator.conditionBeingBuilt = condition.name
      let value = translator.condition(condition.expression)
      translator.conditionBeingBuilt = nil
      let hidden = translator.hidesWrittenSecret
      locals.append(
        LocalDeclaration(name: name, comments: ["Condition \(condition.name)"], value: value))
      ledger.record(
        LedgerEntry(
          kind: .condition, path: .section("Conditions") / condition.name,
          location: condition.range.start, target: .local(name), status: .transformed,
          note: "the condition became a boolean local; " + translator.note,
          sourceValue: hidden ? Redaction.placeholder : condition.expression.compactText,
          targetValue: hidden ? Redaction.placeholder : HCLPrinter.printExpression(value)))
    }
  }

  /// A mapping as a map of maps, without its secrets.
  func mappingValue(_ mapping: Mapping) -> HCLExpression {
    .object(
      mapping.entries.map { entry in
        HCLObjectItem(
          entry.key,
          .object(
            entry.values.filter {
              !translator.secretMappingKeys.contains(
                SecretMappingKey(mapping: mapping.name, key: $0.key))
            }.map { HCLObjectItem($0.key, Self.literal($0.value)) }))
      })
  }

  /// Leaves out of the mappings' locals the secrets found while converting resources.
  mutating func redactSecretMappings() {
    for mapping in template.mappings {
      let name = translator.namer.local(forMapping: mapping.name)
      guard let index = locals.firstIndex(where: { $0.name == name }) else { continue }
      locals[index].value = mappingValue(mapping)
    }
  }

  /// A literal JSON value as HCL.
  static func literal(_ value: JSONValue) -> HCLExpression {
    switch value.kind {
    case .null: .null
    case .bool(let b): .bool(b)
    case .number(let n): .number(n)
    case .string(let s): .string(s)
    case .array(let items): .tuple(items.map(literal))
    case .object(let members): .object(members.map { HCLObjectItem($0.key, literal($0.value)) })
    }
  }

  /// Outputs become outputs; a `Condition` makes the value null when false.
  mutating func buildOutputs() {
    for output in template.outputs {
      let name = translator.namer.output(forOutput: output.name)
      translator.begin()
      var value: HCLExpression
      if let kept = keptTemplate?.output(forTemplateOutput: output.name) {
        // Computed in CloudFormation (a macro): read from the stack that keeps it.
        value = .index(
          .traversal(.resource("aws_cloudformation_stack", keptStackName) / "outputs"),
          .string(kept))
        translator.transformed(
          "read from the output '\(kept)' of the stack that stays in CloudFormation")
      } else {
        value = translator.translate(output.value, as: .any)
      }
      if let condition = output.condition {
        value = .conditional(
          .local(translator.namer.local(forCondition: condition.value)), value, .null)
        translator.transformed("the output's Condition makes the value null when false")
      }
      var comments = ["Output \(output.name)"]
      if let export = output.exportName {
        comments.append(
          "cfn2tf: CloudFormation exports this value as \(export.compactText); Terraform has no exports: read the module output instead"
        )
        translator.approximated("the export became a module output")
      }
      let secret = translator.touchesSecret
      outputs.append(
        OutputDeclaration(
          name: name, comments: comments, description: output.description, value: value,
          sensitive: secret))
      ledger.record(
        LedgerEntry(
          kind: .output, path: .section("Outputs") / output.name, location: output.range.start,
          target: .output(name), status: translator.status, note: translator.note,
          sourceValue: secret ? Redaction.placeholder : output.value.compactText,
          targetValue: secret ? Redaction.placeholder : HCLPrinter.printExpression(value)))
    }
  }
}
