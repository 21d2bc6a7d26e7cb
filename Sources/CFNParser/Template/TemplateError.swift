/// What can be wrong with a template's structure or its intrinsic functions.
package enum TemplateError: Error, Hashable, Sendable, CustomStringConvertible {
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
  /// A `${` of `Fn::Sub` text with no `}`, by its 1-based line and column (in characters) in the
  /// text: the text itself is never quoted, since user data holds secrets.
  case unclosedSubstitution(line: Int, column: Int)
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
  /// A literal `Fn::Select` index that is not a whole number from 0 (`count` nil), or that is
  /// past the end of a written-out list of `count` values.
  case selectIndex(index: String, count: Int?)
  /// An intrinsic function's key written beside other keys, which CloudFormation refuses.
  case functionBesideKeys(function: String, other: String)
  /// A name CloudFormation refuses (`kind` is `resource`, `parameter`, `condition`, …).
  case invalidName(kind: String, name: String)
  /// A name given to both a parameter and a resource.
  case nameInTwoSections(String)
  /// A parameter's default that breaks one of its constraints (`is not one of its
  /// AllowedValues`); `value` is nil for a NoEcho parameter, whose value is never shown.
  case badDefault(parameter: String, value: String?, isElement: Bool, constraint: String)

  /// The message of the diagnostic.
  package var description: String {
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
    case .unclosedSubstitution(let line, let column):
      "unclosed substitution in 'Fn::Sub': the '${' at line \(line), column \(column) of its text has no '}'"
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
    case .selectIndex(let index, nil):
      "the index of 'Fn::Select' must be a whole number from 0, found '\(index)'"
    case .selectIndex(let index, let count?):
      "the index \(index) of 'Fn::Select' is past the end of its list of \(count) \(count == 1 ? "value" : "values")"
    case .functionBesideKeys(let function, let other):
      "'\(function)' must be the only key of its object, found '\(other)' beside it"
    case .invalidName(let kind, let name):
      "the \(kind) name '\(name)' is not alphanumeric"
    case .nameInTwoSections(let name):
      "'\(name)' names both a parameter and a resource"
    case .badDefault(let parameter, let value?, false, let constraint):
      "the default '\(value)' of parameter '\(parameter)' \(constraint)"
    case .badDefault(let parameter, let value?, true, let constraint):
      "the element '\(value)' of the default of parameter '\(parameter)' \(constraint)"
    case .badDefault(let parameter, nil, let isElement, let constraint):
      "\(isElement ? "an element of " : "")the default of NoEcho parameter '\(parameter)' \(constraint)"
    }
  }
}
