/// A decoded CloudFormation template: typed sections in source order, values as `Expr` trees.
package struct Template: Hashable, Sendable {
  /// The file name as the user gave it.
  package var fileName: String
  /// `AWSTemplateFormatVersion`.
  package var formatVersion: Located<String>?
  /// `Description`.
  package var description: Located<String>?
  /// `Metadata`, kept as written.
  package var metadata: JSONValue?
  /// `Parameters`, in source order.
  package var parameters: [Parameter] {
    didSet { parameterIndex = Self.index(parameters, by: \.name) }
  }
  /// `Mappings`, in source order.
  package var mappings: [Mapping] {
    didSet { mappingIndex = Self.index(mappings, by: \.name) }
  }
  /// `Conditions`, in source order.
  package var conditions: [ConditionDefinition] {
    didSet { conditionIndex = Self.index(conditions, by: \.name) }
  }
  /// `Resources`, in source order.
  package var resources: [Resource] {
    didSet { resourceIndex = Self.index(resources, by: \.logicalId) }
  }
  /// The position of each parameter in `parameters`, by name.
  private var parameterIndex: [String: Int] = [:]
  /// The position of each mapping in `mappings`, by name.
  private var mappingIndex: [String: Int] = [:]
  /// The position of each condition in `conditions`, by name.
  private var conditionIndex: [String: Int] = [:]
  /// The position of each resource in `resources`, by logical id.
  private var resourceIndex: [String: Int] = [:]
  /// `Outputs`, in source order.
  package var outputs: [Output]
  /// `Transform`: the macros CloudFormation runs on the template, in the order it runs them.
  package var transforms: [TemplateTransform] = []
  /// `Fn::Transform` written in place of a section's content or of a resource: what it stands for
  /// is known only once the macro has run.
  package var sectionTransforms: [TemplateTransform] = []
  /// `Rules` and `Hooks`, the sections CloudFormation evaluates when it deploys the stack
  /// (assertions on the parameters, hooks run on the resources), as written, in document order.
  package var deploymentSections: [JSONMember] = []
  /// `Globals`, SAM's defaults for its resources (with the serverless transform only).
  package var globals: JSONValue?
  /// Whether an `Fn::Transform` is written in a value (a resource's or an output's).
  package var callsMacros = false
  /// The whole document as read.
  package var root: JSONValue
  /// The document the sections are read from: `root` with `Fn::ForEach` loops expanded.
  package var document: JSONValue
  /// The `Fn::ForEach` loops expanded into `document`, innermost first.
  package var loops: [LoopExpansion] = []

  /// Creates a template.
  package init(
    fileName: String, formatVersion: Located<String>? = nil, description: Located<String>? = nil,
    metadata: JSONValue? = nil, parameters: [Parameter] = [], mappings: [Mapping] = [],
    conditions: [ConditionDefinition] = [], resources: [Resource] = [], outputs: [Output] = [],
    root: JSONValue
  ) {
    self.fileName = fileName
    self.formatVersion = formatVersion
    self.description = description
    self.metadata = metadata
    self.parameters = parameters
    self.mappings = mappings
    self.conditions = conditions
    self.resources = resources
    self.parameterIndex = Self.index(parameters, by: \.name)
    self.mappingIndex = Self.index(mappings, by: \.name)
    self.conditionIndex = Self.index(conditions, by: \.name)
    self.resourceIndex = Self.index(resources, by: \.logicalId)
    self.outputs = outputs
    self.root = root
    self.document = root
  }

  /// The parameter named `name`.
  package func parameter(_ name: String) -> Parameter? {
    parameterIndex[name].map { parameters[$0] }
  }
  /// The resource with logical id `logicalId`.
  package func resource(_ logicalId: String) -> Resource? {
    resourceIndex[logicalId].map { resources[$0] }
  }
  /// The mapping named `name`.
  package func mapping(_ name: String) -> Mapping? { mappingIndex[name].map { mappings[$0] } }
  /// The condition named `name`.
  package func condition(_ name: String) -> ConditionDefinition? {
    conditionIndex[name].map { conditions[$0] }
  }

  /// The position of each element by its name (the first, when a name is written twice, as the
  /// linear search this replaces found it).
  private static func index<Element>(_ elements: [Element], by name: KeyPath<Element, String>)
    -> [String: Int]
  {
    var index: [String: Int] = [:]
    index.reserveCapacity(elements.count)
    for (position, element) in elements.enumerated() where index[element[keyPath: name]] == nil {
      index[element[keyPath: name]] = position
    }
    return index
  }
}

/// A template parameter.
package struct Parameter: Hashable, Sendable {
  /// The parameter's name.
  package var name: String
  /// Where the name is written.
  package var range: SourceRange
  /// The CloudFormation type, parsed.
  package var type: Located<ParameterType>
  /// `Description`.
  package var description: String?
  /// `Default`, as written (a string, or a number in generated templates).
  package var defaultValue: JSONValue?
  /// `AllowedValues`.
  package var allowedValues: [JSONValue]?
  /// `AllowedPattern`, the regular expression as written.
  package var allowedPattern: Located<String>?
  /// `MinLength`, as written.
  package var minLength: Located<String>?
  /// `MaxLength`, as written.
  package var maxLength: Located<String>?
  /// `MinValue`, as written.
  package var minValue: Located<String>?
  /// `MaxValue`, as written.
  package var maxValue: Located<String>?
  /// `NoEcho`.
  package var noEcho: Bool
  /// `ConstraintDescription`.
  package var constraintDescription: String?

  /// Creates a parameter.
  package init(name: String, range: SourceRange, type: Located<ParameterType>) {
    self.name = name
    self.range = range
    self.type = type
    self.noEcho = false
  }
}

/// A parameter's `Type`.
package enum ParameterType: Hashable, Sendable {
  case string
  case number
  case numberList
  case commaDelimitedList
  /// An AWS-specific type such as `AWS::EC2::KeyPair::KeyName`: a string checked by AWS.
  case awsSpecific(String)
  /// `List<AWS::EC2::Subnet::Id>` and the like.
  case awsSpecificList(String)
  /// `AWS::SSM::Parameter::Value<…>`: the value is read from SSM.
  case ssmParameter(String)

  /// The type as CloudFormation spells it.
  package var name: String {
    switch self {
    case .string: "String"
    case .number: "Number"
    case .numberList: "List<Number>"
    case .commaDelimitedList: "CommaDelimitedList"
    case .awsSpecific(let name): name
    case .awsSpecificList(let name): "List<\(name)>"
    case .ssmParameter(let inner): "AWS::SSM::Parameter::Value<\(inner)>"
    }
  }

  /// True for types whose value is a list.
  package var isList: Bool {
    switch self {
    case .numberList, .commaDelimitedList, .awsSpecificList: true
    case .ssmParameter(let inner): inner.hasPrefix("List<") || inner == "CommaDelimitedList"
    case .string, .number, .awsSpecific: false
    }
  }
}

/// A two-level mapping: top-level keys to second-level keys to values.
package struct Mapping: Hashable, Sendable {
  /// One top-level key and its second-level entries.
  package struct Entry: Hashable, Sendable {
    /// The top-level key.
    package var key: String
    /// Where the key is written.
    package var range: SourceRange
    /// Second-level keys and values, in source order.
    package var values: [JSONMember]
  }

  /// The mapping's name.
  package var name: String
  /// Where the name is written.
  package var range: SourceRange
  /// The top-level entries in source order.
  package var entries: [Entry]
}

/// A named condition.
package struct ConditionDefinition: Hashable, Sendable {
  /// The condition's name.
  package var name: String
  /// Where the name is written.
  package var range: SourceRange
  /// The boolean expression.
  package var expression: Expr
}

/// A resource declaration.
package struct Resource: Hashable, Sendable {
  /// The logical id.
  package var logicalId: String
  /// Where the logical id is written.
  package var range: SourceRange
  /// `Type`, such as `AWS::AutoScaling::AutoScalingGroup`.
  package var type: Located<String>
  /// `Properties`, in source order.
  package var properties: [ExprMember]
  /// Where `Properties` is written, if it is.
  package var propertiesRange: SourceRange?
  /// `DependsOn`, a list even when written as one string.
  package var dependsOn: [Located<String>]
  /// `Condition`.
  package var condition: Located<String>?
  /// `DeletionPolicy`.
  package var deletionPolicy: Located<String>?
  /// `UpdateReplacePolicy`.
  package var updateReplacePolicy: Located<String>?
  /// The policies written as intrinsics (the language extensions allow them), by attribute name:
  /// `deletionPolicy` or `updateReplacePolicy` then holds the most retaining value they can give.
  package var policyExpressions: [String: Expr] = [:]
  /// `UpdatePolicy`, intrinsics decoded.
  package var updatePolicy: Expr?
  /// `CreationPolicy`, intrinsics decoded.
  package var creationPolicy: Expr?
  /// `Metadata`, intrinsics decoded.
  package var metadata: Expr?
  /// `Version`, as written (a string or a number; custom resources carry it).
  package var version: Located<String>?
  /// The keys CloudFormation does not know, each where it is written: ignored, with a warning.
  package var unknownAttributes: [Located<String>]
  /// The resource's whole object.
  package var value: JSONValue

  /// Creates a resource.
  package init(logicalId: String, range: SourceRange, type: Located<String>, value: JSONValue) {
    self.logicalId = logicalId
    self.range = range
    self.type = type
    self.properties = []
    self.dependsOn = []
    self.unknownAttributes = []
    self.value = value
  }

  /// The property named `name`.
  package func property(_ name: String) -> ExprMember? { properties.first { $0.key == name } }
}

/// A stack output.
package struct Output: Hashable, Sendable {
  /// The output's name.
  package var name: String
  /// Where the name is written.
  package var range: SourceRange
  /// `Value`.
  package var value: Expr
  /// `Description`.
  package var description: String?
  /// `Export.Name`.
  package var exportName: Expr?
  /// `Condition`.
  package var condition: Located<String>?
}
