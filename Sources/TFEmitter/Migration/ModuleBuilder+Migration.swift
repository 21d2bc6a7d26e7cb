import CFNParser

extension ModuleBuilder {
  /// The migration of a live stack into this module: an import for every resource with a
  /// physical counterpart, the parameters' live values, and what has no counterpart.
  func migrationPlan(_ stack: LiveStack) -> MigrationPlan {
    var plan = MigrationPlan(moduleName: "stack", stack: stack, template: template)
    let evaluator = LiveEvaluator(template: template, stack: stack)
    for resource in resources where resource.kind == "resource" {
      let address = plan.address(of: resource)
      if keptTemplate != nil, resource.path == .resource("aws_cloudformation_stack", keptStackName)
      {
        adoptKeptStack(stack, address: address, into: &plan)
        continue
      }
      guard let origin = resource.origin, let declared = template.resource(origin) else {
        plan.unmatched.append(.init(address: address, outcome: "created: cfn2tf adds it"))
        continue
      }
      guard stack.resource(origin) != nil else {
        let outcome =
          declared.condition != nil
          ? "nothing when its condition is false (the stack has no \(origin)); created otherwise"
          : "created: the stack lists no \(origin)"
        plan.unmatched.append(.init(address: address, outcome: outcome))
        continue
      }
      if keptTemplate != nil,
        HCLPrinter.print(HCLBody(resource.items)).contains(
          "aws_cloudformation_stack.\(keptStackName).outputs")
      {
        plan.expectedChanges.append(
          "`\(address)`: what it reads from the kept stack's outputs shows as known after apply: the stack has those outputs once it is updated; the values are the ones it has now"
        )
      }
      switch resource.importID ?? .notImportable("cfn2tf has no import rule for it") {
      case .physicalId:
        guard let id = stack.physicalId(of: origin) else {
          plan.unmatched.append(
            .init(address: address, outcome: "created: \(origin) has no physical id"))
          continue
        }
        plan.imports.append(
          .init(address: address, id: .string(id), comment: "\(origin) (\(declared.type.value))"))
      case .custom(let rule):
        guard let id = rule(evaluator.context(for: declared)) else {
          plan.unmatched.append(
            .init(
              address: address,
              outcome:
                "created, unless you import it by hand: its import id needs values the stack does not list"
            ))
          continue
        }
        plan.imports.append(
          .init(address: address, id: .string(id), comment: "\(origin) (\(declared.type.value))"))
      case .lookup(let lookup):
        guard let arguments = lookup.arguments(evaluator.context(for: declared)) else {
          plan.unmatched.append(
            .init(address: address, outcome: "created: \(origin) has no physical id"))
          continue
        }
        let source = HCLBlock(
          "data", [lookup.dataSource, resource.name],
          body: HCLBody(arguments.map { .attribute(HCLAttribute($0.name, .string($0.value))) }))
        plan.dataSources.append(source)
        plan.imports.append(
          .init(
            address: address,
            id: .traversal(.data(lookup.dataSource, resource.name) / lookup.attribute),
            comment: "\(origin) (\(declared.type.value)), found by data.\(lookup.dataSource)"))
      case .notImportable(let reason):
        plan.unmatched.append(.init(address: address, outcome: reason))
      }
    }
    plan.keepArguments = options.keptResources.flatMap { ["--keep", $0] }
    plan.launchConfigurations = template.resources.filter {
      $0.type.value == "AWS::AutoScaling::LaunchConfiguration"
        && !keptPlan.keptIds.contains($0.logicalId)
    }.map(\.logicalId)
    for (logicalId, reason) in keptPlan.kept {
      let type = template.resource(logicalId)?.type.value ?? ""
      plan.kept.append("\(logicalId) (\(type)): \(reason.note)")
    }
    for live in stack.resources where template.resource(live.logicalId) == nil {
      plan.notConverted.append("\(live.logicalId) (\(live.type)): not in the template")
    }
    plan.values = liveValues(stack, secrets: &plan.secrets)
    let named = translator.physicallyNamed.compactMap { id in
      stack.physicalId(of: id).map { HCLObjectItem(id, .string($0)) }
    }
    if !named.isEmpty {
      plan.values.append(
        .init(
          variable: ExpressionTranslator.physicalNamesVariable, value: .object(named),
          comment: "The live names CloudFormation generated: nothing is renamed or replaced"))
    }
    if translator.addedVariables[ExpressionTranslator.stackIdVariable] != nil, let id = stack.id {
      plan.values.append(
        .init(
          variable: ExpressionTranslator.stackIdVariable, value: .string(id),
          comment: "AWS::StackId"))
    }
    if translator.addedVariables[ExpressionTranslator.stackNameVariable] != nil,
      let name = stack.name
    {
      plan.values.append(
        .init(
          variable: ExpressionTranslator.stackNameVariable, value: .string(name),
          comment: "AWS::StackName"))
    }
    return plan
  }

  /// The stack itself becomes the stack that keeps what stays in CloudFormation: imported by its
  /// name, then updated to the kept template.
  private func adoptKeptStack(
    _ stack: LiveStack, address: TerraformPath, into plan: inout MigrationPlan
  ) {
    guard let name = stack.name else {
      plan.unmatched.append(
        .init(
          address: address,
          outcome:
            "created, unless you import it by hand: the stack's name is not known (give '--stack-description')"
        ))
      return
    }
    plan.imports.append(
      .init(
        address: address, id: .string(name),
        comment: "The stack itself: it keeps what stays in CloudFormation"))
    plan.expectedChanges.append(
      "`\(address)`: updated in place: its template becomes \(Self.keptTemplatePath), which holds only what stays in CloudFormation; the resources Terraform adopts leave the stack and, retained by step 1, stay in place"
    )
  }

  /// The live parameter values, converted to each variable's type.
  func liveValues(_ stack: LiveStack, secrets: inout [(variable: String, parameter: String)])
    -> [MigrationPlan.Value]
  {
    var values: [MigrationPlan.Value] = []
    for parameter in template.parameters {
      let variable = translator.namer.variable(forParameter: parameter.name)
      guard let value = stack.parameterValue(parameter.name) else {
        if parameter.noEcho, stack.parameters != nil { secrets.append((variable, parameter.name)) }
        continue
      }
      values.append(
        .init(
          variable: variable, value: Self.typed(value, parameter.type.value),
          comment: "Parameter \(parameter.name)"))
    }
    return values
  }

  /// A parameter's text as the value of its variable's type.
  static func typed(_ text: String, _ type: ParameterType) -> HCLExpression {
    switch type {
    case .number where ExpressionTranslator.isNumber(text): return .number(text)
    case .numberList:
      return .tuple(
        text.split(separator: ",", omittingEmptySubsequences: false).map {
          ExpressionTranslator.isNumber(String($0)) ? .number(String($0)) : .string(String($0))
        })
    case .commaDelimitedList, .awsSpecificList:
      return .tuple(
        text.split(separator: ",", omittingEmptySubsequences: false).map { .string(String($0)) })
    default:
      return .string(text)
    }
  }
}
