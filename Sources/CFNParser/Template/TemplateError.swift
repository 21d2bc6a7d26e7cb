/// What can be wrong with a template's structure or its intrinsic functions.
public enum TemplateError: Error, Hashable, Sendable, CustomStringConvertible {
  case rootNotObject(found: String)
  case unknownSection(String)
  case missingResources
  case wrongKind(what: String, expected: String, found: String)
  case missingKey(what: String, key: String)
  case unknownKey(what: String, key: String)
  case unknownFunction(String)
  case functionArguments(function: String, expected: String)
  case unknownParameterType(String)
  case invalidSubstitution(String)
  case emptyName(String)
  /// A template using rain modules; the evidence says where (`it has a 'Modules' section`).
  case rainModuleTemplate(String)
  /// A template using another rain directive (`Rain::Embed`).
  case rainTemplate(String)
  /// The event CloudFormation sends a macro (`requestId`, `fragment`), not a template.
  case macroEvent
  /// `Fn::ForEach` in a template without the `AWS::LanguageExtensions` transform.
  case loopWithoutTransform(String)
  /// A logical id written twice, by a loop or by two loops.
  case duplicateLogicalId(String)
  /// `Fn::GetAtt` of an attribute the resource's type does not have.
  case unknownAttribute(resource: String, type: String, attribute: String)

  /// The message of the diagnostic.
  public var description: String {
    switch self {
    case .rootNotObject(let found):
      "a template must be a JSON object, found \(found)"
    case .unknownSection(let name):
      "unknown top-level section '\(name)'"
    case .missingResources:
      "the template has no 'Resources' section"
    case .wrongKind(let what, let expected, let found):
      "\(what) must be \(expected), found \(found)"
    case .missingKey(let what, let key):
      "\(what) has no '\(key)'"
    case .unknownKey(let what, let key):
      "unknown key '\(key)' in \(what)"
    case .unknownFunction(let name):
      "unknown intrinsic function '\(name)'"
    case .functionArguments(let function, let expected):
      "'\(function)' takes \(expected)"
    case .unknownParameterType(let name):
      "unknown parameter type '\(name)'"
    case .invalidSubstitution(let text):
      "invalid substitution '\(text)' in 'Fn::Sub'"
    case .emptyName(let what):
      "\(what) must not be empty"
    case .rainModuleTemplate(let evidence):
      "this is a rain module template, not CloudFormation: \(evidence)"
    case .rainTemplate(let evidence):
      "this is a template for rain, not CloudFormation: \(evidence)"
    case .loopWithoutTransform(let key):
      "'\(key)' needs the AWS::LanguageExtensions transform"
    case .duplicateLogicalId(let name):
      "the logical id '\(name)' is written twice (a loop makes it again)"
    case .macroEvent:
      "this is the event CloudFormation sends a macro, not a template: its 'fragment' is the template"
    case .unknownAttribute(let resource, let type, let attribute):
      "'\(resource)' of type '\(type)' has no attribute '\(attribute)'"
    }
  }
}
