import CFNParser

extension ExpressionTranslator {
  /// `Ref` to a parameter or a resource.
  mutating func reference(_ name: String, at location: SourceLocation, as target: ValueType)
    -> HCLExpression
  {
    if let parameter = template.parameter(name) {
      return parameterReference(parameter, as: target)
    }
    guard let resource = targets[name], !resource.isMissing else {
      if let declared = template.resource(name),
        MappingRegistry.mapping(for: declared.type.value, options: ConversionOptions())?.omission
          != nil
      {
        // Left out (a wait condition handle): its physical id, which is what Ref gives, where a
        // stack is adopted, so that what reads it (user data) keeps its live value.
        approximated(
          "'Ref' to '\(name)', which is not converted: its live physical id where a stack is adopted (var.physical_names), empty otherwise"
        )
        let value = HCLExpression.call(
          "lookup", [physicalNames(for: name), .string(name), .string("")])
        return target.isList ? wrapInList(value) : value
      }
      // The graph, or the unsupported resource's own error, has already said what is wrong.
      approximated("'Ref' to '\(name)', which is not converted")
      return .null
    }
    guard let attribute = resource.refAttribute else {
      let type = template.resource(name)?.type.value ?? "resource"
      approximated("'Ref' to a \(type) has no Terraform counterpart; null is used")
      warn("'Ref' to '\(name)' (\(type)) has no Terraform counterpart; null is used", at: location)
      return .null
    }
    let expression = resource.expression(for: attribute)
    return target.isList ? wrapInList(expression) : expression
  }

  private mutating func wrapInList(_ expression: HCLExpression) -> HCLExpression {
    transformed("single value wrapped in a list")
    return .tuple([expression])
  }

  private mutating func parameterReference(_ parameter: Parameter, as target: ValueType)
    -> HCLExpression
  {
    let variable = namer.variable(forParameter: parameter.name)
    if sensitiveVariables.contains(variable) { touchesSecret = true }
    var expression = HCLExpression.variable(variable)
    if case .ssmParameter = parameter.type.value {
      ssmParameters.insert(parameter.name)
      transformed("SSM parameter type read through data \"aws_ssm_parameter\"")
      expression = .traversal(
        TerraformPath(.data(type: "aws_ssm_parameter", name: variable)) / "value")
      if parameter.type.value.isList {
        expression = .call("split", [.string(","), expression])
      }
    }
    let isList = parameter.type.value.isList
    switch (isList, target) {
    case (true, .string):
      transformed("list parameter joined with ','")
      return .call("join", [.string(","), expression])
    case (false, .list):
      return wrapInList(expression)
    default:
      return expression
    }
  }

  /// `Ref` to a pseudo parameter.
  mutating func pseudo(_ pseudo: PseudoParameter, at location: SourceLocation, as target: ValueType)
    -> HCLExpression
  {
    switch pseudo {
    case .region:
      transformed("AWS::Region became data.aws_region")
      return .attributeAccess(use(.region), "name")
    case .accountId:
      transformed("AWS::AccountId became data.aws_caller_identity")
      return .attributeAccess(use(.callerIdentity), "account_id")
    case .partition:
      transformed("AWS::Partition became data.aws_partition")
      return .attributeAccess(use(.partition), "partition")
    case .urlSuffix:
      transformed("AWS::URLSuffix became data.aws_partition")
      return .attributeAccess(use(.partition), "dns_suffix")
    case .stackName:
      transformed("AWS::StackName became var.\(Self.stackNameVariable)")
      return stackName()
    case .stackId:
      approximated(
        "AWS::StackId became var.\(Self.stackIdVariable) (an adopted stack's id); the stack name stands in when it is null"
      )
      let id = addVariable(
        AddedVariable(
          name: Self.stackIdVariable, type: "string",
          description:
            "The id that stands for the CloudFormation stack id (AWS::StackId); null gives the stack name. Adopting a stack sets its live id.",
          defaultValue: .null))
      return .call("coalesce", [id, stackName()])
    case .notificationARNs:
      transformed("AWS::NotificationARNs became a variable")
      let variable = addVariable(
        AddedVariable(
          name: "notification_arns", type: "list(string)",
          description:
            "SNS topic ARNs for notifications (AWS::NotificationARNs in CloudFormation).",
          defaultValue: .tuple([])))
      return target == .string ? .call("join", [.string(","), variable]) : variable
    case .noValue:
      transformed("AWS::NoValue became null")
      return .null
    }
  }

  /// The variable that holds the live names of resources whose names CloudFormation generated;
  /// `logicalId` is recorded as one of them.
  mutating func physicalNames(for logicalId: String) -> HCLExpression {
    if !physicallyNamed.contains(logicalId) { physicallyNamed.append(logicalId) }
    return addVariable(
      AddedVariable(
        name: Self.physicalNamesVariable, type: "map(string)",
        description:
          "Names of resources whose names CloudFormation generated, by logical id; empty gives <stack_name>-<LogicalId>. Adopting a stack sets the live names.",
        defaultValue: .object([])))
  }

  mutating func stackName() -> HCLExpression {
    addVariable(
      AddedVariable(
        name: Self.stackNameVariable, type: "string",
        description:
          "Name that stands for the CloudFormation stack name (AWS::StackName) in names and tags."))
  }

  /// `Fn::GetAtt`.
  mutating func getAtt(
    _ resource: String, _ attribute: String, at location: SourceLocation,
    as valueType: ValueType = .string
  ) -> HCLExpression {
    guard let target = targets[resource], !target.isMissing else {
      guard let declared = template.resource(resource),
        MappingRegistry.mapping(for: declared.type.value, options: ConversionOptions())?.omission
          != nil
      else {
        // The graph, or the unsupported resource's own error, has already said what is wrong.
        approximated("'Fn::GetAtt' of '\(resource)', which is not converted")
        return .null
      }
      return attributeVariable(
        resource, attribute, as: valueType, at: location,
        reason: "'\(resource)' (\(declared.type.value)) is not converted")
    }
    if let mapped = target.attribute(named: attribute) {
      if mapped != attribute { transformed("GetAtt \(attribute) became .\(mapped)") }
      if Self.sensitiveAttributes.contains("\(target.type).\(mapped)")
        || ProviderSchema.resource(target.type)?.attribute(mapped)?.isSensitive == true
      {
        touchesSecret = true
      }
      return target.expression(for: mapped)
    }
    let type = template.resource(resource)?.type.value ?? "resource"
    return attributeVariable(
      resource, attribute, as: valueType, at: location,
      reason: "attribute '\(attribute)' of '\(resource)' (\(type)) has no Terraform counterpart")
  }

  /// A variable the user sets for `Fn::GetAtt [resource, attribute]` when Terraform has no
  /// value for it: stated in a warning and the ledger, one variable per attribute however often it
  /// is read (never a null that a later index would fail on).
  mutating func attributeVariable(
    _ resource: String, _ attribute: String, as target: ValueType, at location: SourceLocation,
    reason: String
  ) -> HCLExpression {
    let key = "\(resource).\(attribute)"
    let name =
      attributeVariables[key]
      ?? namer.reserveVariable(resource + "_" + attribute.replacing(".", with: "_"))
    attributeVariables[key] = name
    approximated("\(reason); var.\(name) stands for it")
    warn(
      "\(reason); var.\(name) stands for it", at: location,
      notes: [.init("set var.\(name) to the value the template read")])
    return addVariable(
      AddedVariable(
        name: name, type: target.isList ? "list(string)" : "string",
        description: "The value of Fn::GetAtt \(key), which Terraform does not give (\(reason))."))
  }

  /// Attributes the provider marks sensitive, besides those the schema slice marks.
  static let sensitiveAttributes: Set<String> = [
    "aws_iam_access_key.secret", "aws_iam_access_key.ses_smtp_password_v4",
    "aws_db_instance.password", "aws_ssm_parameter.value",
  ]

  /// `Fn::ImportValue`: a variable the user sets (exports do not cross Terraform state).
  mutating func importValue(_ name: Expr, at location: SourceLocation, as target: ValueType)
    -> HCLExpression
  {
    let exportName = name.stringValue ?? name.compactText
    approximated(
      "Fn::ImportValue became a variable: Terraform has no stack exports; pass the other stack's output"
    )
    // One variable per export, however often it is imported.
    let variable =
      importVariables[name.compactText]
      ?? namer.reserveVariable(name.stringValue.map { "import_" + $0 } ?? "import")
    importVariables[name.compactText] = variable
    return addVariable(
      AddedVariable(
        name: variable, type: target.isList ? "list(string)" : "string",
        description: "Value of the CloudFormation export '\(exportName)' (Fn::ImportValue)."))
  }
}
