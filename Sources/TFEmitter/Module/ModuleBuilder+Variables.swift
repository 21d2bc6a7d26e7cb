import CFNParser

extension ModuleBuilder {
  /// One variable per parameter: typed, described, defaulted and validated as the parameter was.
  mutating func buildVariables() {
    for parameter in template.parameters {
      let name = translator.namer.variable(forParameter: parameter.name)
      let type = parameter.type.value
      var variable = VariableDeclaration(
        name: name, comments: ["Parameter \(parameter.name) (\(type.name))"],
        type: Self.typeExpression(type),
        description: parameter.description ?? "Parameter \(parameter.name) of the template.")
      var notes: [String] = []
      if let defaultValue = parameter.defaultValue {
        if parameter.noEcho {
          notes.append("the NoEcho default is not copied: the variable is required")
          diagnostics.append(Self.noEchoDefaultWarning(parameter, variable: name))
        } else {
          variable.defaultValue = convertDefault(defaultValue, of: parameter)
        }
      }
      variable.sensitive = parameter.noEcho
      // The pattern is scanned once for the validation, the warning and the ledger's note.
      let pattern = ParameterValidation.checkedPattern(of: parameter)
      variable.validations = ParameterValidation.validations(
        for: parameter, variable: name, pattern: pattern)
      let unchecked = ParameterValidation.uncheckedPattern(of: parameter, pattern: pattern)
      if let unchecked {
        variable.comments.append(unchecked.comment)
        diagnostics.append(unchecked.warning)
        notes.append(unchecked.note)
      }
      if case .ssmParameter = type {
        notes.append("the variable holds the SSM parameter name; data.aws_ssm_parameter reads it")
      }
      let validated = Self.validationNote(parameter, patternChecked: unchecked == nil)
      variables.append(variable)
      ledger.record(
        LedgerEntry(
          kind: .parameter, path: .section("Parameters") / parameter.name,
          location: parameter.range.start, target: .variable(name),
          status: unchecked != nil ? .approximated : notes.isEmpty ? .exact : .transformed,
          note: (["\(type.name) became \(variable.type)"] + validated + notes)
            .joined(separator: "; "),
          sourceValue: parameter.noEcho
            ? Redaction.placeholder : parameter.defaultValue?.compactText,
          targetValue: parameter.noEcho
            ? Redaction.placeholder : variable.defaultValue.map(HCLPrinter.printExpression)))
    }
  }

  /// What is said of a NoEcho parameter's default, which no generated file holds: where it is
  /// written and the variable to set instead, never the value.
  static func noEchoDefaultWarning(
    _ parameter: Parameter, variable: String, keepsModuleDefault: Bool = false
  ) -> Diagnostic {
    let variableDefault =
      keepsModuleDefault ? "keeps the module's own default" : "has no default"
    return .warning(
      "the default of NoEcho parameter '\(parameter.name)' is not copied: var.\(variable) \(variableDefault)",
      at: parameter.defaultValue?.location ?? parameter.range.start,
      notes: [
        .init(
          "set var.\(variable) (sensitive) when the module is used, from a secret store or a variables file kept out of version control"
        )
      ])
  }

  /// The constraints that became `validation` blocks, for the ledger; `patternChecked` is false
  /// when RE2 cannot read the `AllowedPattern` as Java does.
  static func validationNote(_ parameter: Parameter, patternChecked: Bool) -> [String] {
    let given: [(String, Bool)] = [
      ("AllowedValues", !(parameter.allowedValues ?? []).isEmpty),
      (
        "AllowedPattern",
        parameter.allowedPattern != nil && patternChecked
      ),
      ("MinLength", Int(parameter.minLength?.value ?? "") != nil),
      ("MaxLength", Int(parameter.maxLength?.value ?? "") != nil),
      ("MinValue", ExpressionTranslator.isNumber(parameter.minValue?.value ?? "")),
      ("MaxValue", ExpressionTranslator.isNumber(parameter.maxValue?.value ?? "")),
    ]
    let constraints = given.filter(\.1).map(\.0)
    return constraints.isEmpty ? [] : ["validated by \(constraints.joined(separator: ", "))"]
  }

  /// The Terraform type of a parameter type.
  static func typeExpression(_ type: ParameterType) -> String {
    switch type {
    case .string, .awsSpecific, .ssmParameter: "string"
    case .number: "number"
    case .numberList: "list(number)"
    case .commaDelimitedList, .awsSpecificList: "list(string)"
    }
  }

  /// The default converted to the variable's type: numbers for Number, lists for list types.
  private mutating func convertDefault(_ value: JSONValue, of parameter: Parameter) -> HCLExpression
  {
    let text: String
    switch value.kind {
    case .string(let s), .number(let s): text = s
    case .bool(let b): text = b ? "true" : "false"
    default:
      diagnostics.append(
        .error(
          "the default of parameter '\(parameter.name)' must be a string, found \(value.kindDescription)",
          at: value.location))
      return .null
    }
    switch parameter.type.value {
    case .number:
      return number(text, of: parameter, at: value.location)
    case .numberList:
      return .tuple(
        text.split(separator: ",", omittingEmptySubsequences: false).map {
          number(String($0), of: parameter, at: value.location)
        })
    case .commaDelimitedList, .awsSpecificList:
      return .tuple(
        text.split(separator: ",", omittingEmptySubsequences: false).map { .string(String($0)) })
    case .ssmParameter(let inner) where inner.hasPrefix("List<") || inner == "CommaDelimitedList":
      return .string(text)
    default:
      return .string(text)
    }
  }

  private mutating func number(_ text: String, of parameter: Parameter, at location: SourceLocation)
    -> HCLExpression
  {
    let trimmed = text.trimmingCharacters(in: " ")
    if ExpressionTranslator.isNumber(trimmed) { return .number(trimmed) }
    diagnostics.append(
      .error(
        "the default '\(text)' of Number parameter '\(parameter.name)' is not a number",
        at: location))
    return .null
  }

  /// Variables the translator added (stack name, import values, notification ARNs).
  mutating func addTranslatorVariables() {
    for name in translator.addedVariables.keys.sorted() {
      let added = translator.addedVariables[name]!
      variables.append(
        VariableDeclaration(
          name: added.name, comments: ["Added by cfn2tf"], type: added.type,
          description: added.description, defaultValue: added.defaultValue,
          sensitive: added.sensitive))
      ledger.record(
        LedgerEntry(
          kind: .addition, path: nil, target: .variable(added.name),
          status: .transformed, note: added.description))
    }
  }
}

extension StringProtocol {
  /// The text without `character` at either end.
  func trimmingCharacters(in character: Character) -> String {
    var s = Substring(self)
    while s.first == character { s.removeFirst() }
    while s.last == character { s.removeLast() }
    return String(s)
  }
}
