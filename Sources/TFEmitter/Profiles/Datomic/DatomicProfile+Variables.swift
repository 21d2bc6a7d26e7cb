import CFNParser

extension DatomicProfile {
  /// Declares one variable, the input of the transactor property `property` when one is named
  /// (the user data's ledger entries name it); `value` (when given) supplies the default and, for
  /// a parameter, its description and validations, and is recorded as the variable's origin.
  mutating func declare(
    forProperty property: String? = nil, _ name: String, _ type: String, _ description: String,
    default fallback: HCLExpression? = nil,
    from value: DatomicValue? = nil, convert: (String) -> HCLExpression = { .string($0) },
    sensitive: Bool = false, validations: [(HCLExpression, String)] = []
  ) {
    var variable = VariableDeclaration(
      name: name, type: type, description: description, defaultValue: fallback,
      sensitive: sensitive, validations: validations)
    if let value {
      if let text = value.defaultText {
        variable.defaultValue = convert(text)
      } else if let parameter = value.parameter, !parameter.noEcho {
        // A parameter without a default is required in CloudFormation: so is the input.
        variable.defaultValue = nil
      }
      if let parameter = value.parameter {
        variable.comments = ["From parameter \(parameter.name)"]
        if parameter.noEcho { variable.sensitive = true }
        // Said once, however many inputs the parameter feeds.
        if parameter.noEcho, parameter.defaultValue != nil, parameterTargets[parameter.name] == nil
        {
          module.diagnostics.append(
            ModuleBuilder.noEchoDefaultWarning(
              parameter, variable: name, keepsModuleDefault: variable.defaultValue != nil))
        }
        variable.validations += ParameterValidation.validations(
          for: parameter, variable: name, nullable: variable.defaultValue == .null)
        if let unchecked = ParameterValidation.uncheckedPattern(of: parameter) {
          variable.comments.append(unchecked.comment)
          // Said once, however many inputs the parameter feeds.
          if parameterTargets[parameter.name] == nil {
            module.diagnostics.append(unchecked.warning)
          }
        }
        parameterTargets[parameter.name] = parameterTargets[parameter.name] ?? .variable(name)
      }
    }
    if let property {
      propertyTargets[property] =
        propertyTargets[property] ?? .variable(name)
    }
    module.variables.append(variable)
  }

  static func bool(_ text: String) -> HCLExpression { .bool(text.lowercased() == "true") }

  static func number(_ text: String) -> HCLExpression {
    ExpressionTranslator.isNumber(text) ? .number(text) : .string(text)
  }

  static func oneOf(_ name: String, _ values: [String]) -> (HCLExpression, String) {
    (
      .call("contains", .strings(values), .variable(name)),
      "The value of \(name) must be one of: \(values.joined(separator: ", "))."
    )
  }
}
