/// Evaluates a template with given parameter values (defaults otherwise) into concrete values:
/// the CloudFormation side of an equivalence check.
package struct TemplateEvaluator: Sendable {
  /// The template.
  package let template: Template
  /// Parameter values by name, as CloudFormation receives them (text; lists comma-separated).
  package let parameters: [String: String]
  /// Pseudo parameter values (`AWS::Region`, `AWS::StackName`, …).
  package let pseudo: [PseudoParameter: String]
  /// Physical ids by logical id, once the stack exists: a `Ref` to one of these resources is its
  /// id; to any other resource, unknown.
  package let physicalIds: [String: String]
  /// Parameters whose values are hidden (a live stack's `NoEcho` values): unknown, not their
  /// defaults.
  package let hiddenParameters: Set<String>

  /// Creates an evaluator; `values` holds parameters by name and pseudo parameters by their
  /// `AWS::…` names.
  package init(
    template: Template, values: [String: String], physicalIds: [String: String] = [:],
    hiddenParameters: Set<String> = []
  ) {
    self.template = template
    self.physicalIds = physicalIds
    self.hiddenParameters = hiddenParameters
    var parameters: [String: String] = [:]
    var pseudo: [PseudoParameter: String] = [:]
    for (name, value) in values {
      if let p = PseudoParameter(rawValue: name) {
        pseudo[p] = value
      } else {
        parameters[name] = value
      }
    }
    self.parameters = parameters
    self.pseudo = pseudo
  }

  /// The value of parameter `parameter`: given, or its default.
  package func parameterValue(_ parameter: Parameter) -> Value {
    if hiddenParameters.contains(parameter.name) {
      return .unknown("parameter \(parameter.name) is hidden")
    }
    guard let text = parameterText(parameter) else {
      return .unknown("parameter \(parameter.name) has no value")
    }
    switch parameter.type.value {
    case .number: return .number(text)
    case .numberList:
      return .list(
        text.split(separator: ",", omittingEmptySubsequences: false).map { .number(String($0)) })
    default:
      if case .ssmParameter = parameter.type.value {
        return .unknown("parameter \(parameter.name) is read from SSM")
      }
      if parameter.type.value.isList {
        return .list(
          text.split(separator: ",", omittingEmptySubsequences: false).map { .string(String($0)) })
      }
      return .string(text)
    }
  }

  /// The text CloudFormation receives for parameter `parameter`, whatever its type: the value
  /// given, or its default (a list's items comma-separated, as written); nil when it is hidden or
  /// has neither.
  package func parameterText(_ parameter: Parameter) -> String? {
    if hiddenParameters.contains(parameter.name) { return nil }
    return parameters[parameter.name] ?? parameter.defaultValue.flatMap(Self.text)
  }

  /// The text of a scalar JSON value: a string, a number as written, a boolean.
  static func text(_ json: JSONValue) -> String? {
    switch json.kind {
    case .string(let s), .number(let s): s
    case .bool(let b): b ? "true" : "false"
    default: nil
    }
  }

  /// Whether condition `name` holds; nil when it depends on something unknown.
  package func condition(_ name: String) -> Bool? {
    guard let definition = template.condition(name) else { return nil }
    if case .bool(let b) = evaluate(definition.expression) { return b }
    return nil
  }

  /// Whether resource `resource` is created (its condition holds, or it has none).
  package func isCreated(_ resource: Resource) -> Bool? {
    guard let condition = resource.condition else { return true }
    return self.condition(condition.value)
  }
}
