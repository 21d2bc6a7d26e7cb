import CFNParser

/// What a template value amounts to, for a variable's default.
enum DatomicValue {
  /// Written out.
  case literal(String)
  /// A parameter: its default (nil when it has none, or when it is NoEcho).
  case parameter(Parameter, defaultValue: String?)
  /// `AWS::Region`: the provider's region.
  case region
  /// `AWS::StackName`: the module's `name`.
  case stackName
  /// Computed at boot or otherwise not known before deployment.
  case computed
  /// A secret written in the template (`SecretScanner`): never a default.
  case secret

  /// The default a variable takes from it, if any.
  var defaultText: String? {
    switch self {
    case .literal(let text): text
    case .parameter(_, let value): value
    case .region, .stackName, .computed, .secret: nil
    }
  }

  /// The parameter behind the value, if any.
  var parameter: Parameter? {
    if case .parameter(let parameter, _) = self { return parameter }
    return nil
  }

  /// How the value was found, for the ledger.
  var origin: String {
    switch self {
    case .literal: "a literal"
    case .parameter(let parameter, _): "parameter \(parameter.name)"
    case .region: "AWS::Region"
    case .stackName: "AWS::StackName"
    case .computed: "a value computed at boot"
    case .secret: "a secret written in the template, which is not copied"
    }
  }
}

extension DatomicProfile {
  /// What a piece list (a property's value) amounts to.
  func value(of pieces: [ScriptLines.Piece]) -> DatomicValue {
    if let text = ScriptLines.Line(pieces: pieces, location: transactor.group.range.start).literal {
      return text.containsUTF8("`") || text.containsUTF8("$(") ? .computed : .literal(text)
    }
    if pieces.count == 1, case .value(let expr) = pieces[0] { return value(of: expr) }
    return .computed
  }

  /// What an expression amounts to: a literal, a parameter with its default, the region or the
  /// stack's name (which become the provider's region and `var.name`); anything else is computed.
  func value(of expr: Expr) -> DatomicValue {
    switch expr.kind {
    case .string, .number, .bool:
      return evaluator.evaluate(expr).text.map(DatomicValue.literal) ?? .computed
    case .pseudo(.region): return .region
    case .pseudo(.stackName): return .stackName
    case .ref(let name):
      guard let parameter = template.parameter(name) else { return .computed }
      let text = parameter.noEcho ? nil : evaluator.parameterText(parameter)
      return .parameter(parameter, defaultValue: text)
    default: return .computed
    }
  }

  /// The value of the transactor property `key`, if the template writes it.
  func propertyValue(_ key: String) -> DatomicValue? {
    transactor.property(key).map { isSecret($0) ? .secret : value(of: $0.value) }
  }

  /// True for a property whose name says it holds a secret (`license-key`) or whose line the
  /// secret scanner finds one on (a key id, a password in a JDBC URL).
  func isSecret(_ property: DatomicTransactor.Property) -> Bool {
    SecretScanner.isSecretName(property.key) || transactor.secretLines.contains(property.line)
  }

  /// The value of a property of the launch configuration or the group.
  func resourceValue(_ resource: Resource, _ name: String) -> DatomicValue? {
    resource.property(name).map { value(of: $0.value) }
  }

  /// A string list written out in the template (`["subnet-1", "subnet-2"]`), or a parameter's
  /// default split at its commas.
  func stringList(_ expr: Expr?) -> [String]? {
    guard let expr else { return nil }
    switch expr.kind {
    case .list(let items):
      let texts = items.compactMap(\.scalarText)
      return texts.count == items.count ? texts : nil
    case .ref(let name):
      guard let parameter = template.parameter(name),
        let text = evaluator.parameterText(parameter)
      else { return nil }
      return text.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
    default:
      return nil
    }
  }
}
