/// A decoded CloudFormation template: typed sections in source order, values as `Expr` trees.
public struct Template: Hashable, Sendable {
  /// The file name as the user gave it.
  public var fileName: String
  /// `AWSTemplateFormatVersion`.
  public var formatVersion: Located<String>?
  /// `Description`.
  public var description: Located<String>?
  /// `Metadata`, kept as written.
  public var metadata: JSONValue?
  /// `Parameters`, in source order.
  public var parameters: [Parameter] {
    didSet { parameterIndex = Self.index(parameters, by: \.name) }
  }
  /// `Mappings`, in source order.
  public var mappings: [Mapping] {
    didSet { mappingIndex = Self.index(mappings, by: \.name) }
  }
  /// `Conditions`, in source order.
  public var conditions: [ConditionDefinition] {
    didSet { conditionIndex = Self.index(conditions, by: \.name) }
  }
  /// `Resources`, in source order.
  public var resources: [Resource] {
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
  public var outputs: [Output]
  /// `Transform`: the macros CloudFormation runs on the template, in the order it runs them.
  public var transforms: [TemplateTransform] = []
  /// `Fn::Transform` written in place of a section's content or of a resource: what it stands for
  /// is known only once the macro has run.
  public var sectionTransforms: [TemplateTransform] = []
  /// `Globals`, SAM's defaults for its resources (with the serverless transform only).
  public var globals: JSONValue?
  /// Whether an `Fn::Transform` is written in a value (a resource's or an output's).
  public var callsMacros = false
  /// The whole document as read.
  public var root: JSONValue
  /// The document the sections are read from: `root` with `Fn::ForEach` loops expanded.
  public var document: JSONValue
  /// The `Fn::ForEach` loops expanded into `document`, innermost first.
  public var loops: [LoopExpansion] = []

  /// Creates a template.
  public init(
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
  public func parameter(_ name: String) -> Parameter? {
    parameterIndex[name].map { parameters[$0] }
  }
  /// The resource with logical id `logicalId`.
  public func resource(_ logicalId: String) -> Resource? {
    resourceIndex[logicalId].map { resources[$0] }
  }
  /// The mapping named `name`.
  public func mapping(_ name: String) -> Mapping? { mappingIndex[name].map { mappings[$0] } }
  /// The condition named `name`.
  public func condition(_ name: String) -> ConditionDefinition? {
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
public struct Parameter: Hashable, Sendable {
  /// The parameter's name.
  public var name: String
  /// Where the name is written.
  public var range: SourceRange
  /// The CloudFormation type, parsed.
  public var type: Located<ParameterType>
  /// `Description`.
  public var description: String?
  /// `Default`, as written (a string, or a number in generated templates).
  public var defaultValue: JSONValue?
  /// `AllowedValues`.
  public var allowedValues: [JSONValue]?
  /// `AllowedPattern`, the regular expression as written.
  public var allowedPattern: Located<String>?
  /// `MinLength`, as written.
  public var minLength: Located<String>?
  /// `MaxLength`, as written.
  public var maxLength: Located<String>?
  /// `MinValue`, as written.
  public var minValue: Located<String>?
  /// `MaxValue`, as written.
  public var maxValue: Located<String>?
  /// `NoEcho`.
  public var noEcho: Bool
  /// `ConstraintDescription`.
  public var constraintDescription: String?

  /// Creates a parameter.
  public init(name: String, range: SourceRange, type: Located<ParameterType>) {
    self.name = name
    self.range = range
    self.type = type
    self.noEcho = false
  }
}

/// A parameter's `Type`.
public enum ParameterType: Hashable, Sendable {
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
  public var name: String {
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
  public var isList: Bool {
    switch self {
    case .numberList, .commaDelimitedList, .awsSpecificList: true
    case .ssmParameter(let inner): inner.hasPrefix("List<") || inner == "CommaDelimitedList"
    case .string, .number, .awsSpecific: false
    }
  }
}

/// A two-level mapping: top-level keys to second-level keys to values.
public struct Mapping: Hashable, Sendable {
  /// One top-level key and its second-level entries.
  public struct Entry: Hashable, Sendable {
    /// The top-level key.
    public var key: String
    /// Where the key is written.
    public var range: SourceRange
    /// Second-level keys and values, in source order.
    public var values: [JSONMember]
  }

  /// The mapping's name.
  public var name: String
  /// Where the name is written.
  public var range: SourceRange
  /// The top-level entries in source order.
  public var entries: [Entry]
}

/// A named condition.
public struct ConditionDefinition: Hashable, Sendable {
  /// The condition's name.
  public var name: String
  /// Where the name is written.
  public var range: SourceRange
  /// The boolean expression.
  public var expression: Expr
}

/// A resource declaration.
public struct Resource: Hashable, Sendable {
  /// The logical id.
  public var logicalId: String
  /// Where the logical id is written.
  public var range: SourceRange
  /// `Type`, such as `AWS::AutoScaling::AutoScalingGroup`.
  public var type: Located<String>
  /// `Properties`, in source order.
  public var properties: [ExprMember]
  /// Where `Properties` is written, if it is.
  public var propertiesRange: SourceRange?
  /// `DependsOn`, a list even when written as one string.
  public var dependsOn: [Located<String>]
  /// `Condition`.
  public var condition: Located<String>?
  /// `DeletionPolicy`.
  public var deletionPolicy: Located<String>?
  /// `UpdateReplacePolicy`.
  public var updateReplacePolicy: Located<String>?
  /// The policies written as intrinsics (the language extensions allow them), by attribute name:
  /// `deletionPolicy` or `updateReplacePolicy` then holds the most retaining value they can give.
  public var policyExpressions: [String: Expr] = [:]
  /// `UpdatePolicy`, intrinsics decoded.
  public var updatePolicy: Expr?
  /// `CreationPolicy`, intrinsics decoded.
  public var creationPolicy: Expr?
  /// `Metadata`, intrinsics decoded.
  public var metadata: Expr?
  /// `Version`, as written (a string or a number; custom resources carry it).
  public var version: Located<String>?
  /// The keys CloudFormation does not know, each where it is written: ignored, with a warning.
  public var unknownAttributes: [Located<String>]
  /// The resource's whole object.
  public var value: JSONValue

  /// Creates a resource.
  public init(logicalId: String, range: SourceRange, type: Located<String>, value: JSONValue) {
    self.logicalId = logicalId
    self.range = range
    self.type = type
    self.properties = []
    self.dependsOn = []
    self.unknownAttributes = []
    self.value = value
  }

  /// The property named `name`.
  public func property(_ name: String) -> ExprMember? { properties.first { $0.key == name } }
}

/// A stack output.
public struct Output: Hashable, Sendable {
  /// The output's name.
  public var name: String
  /// Where the name is written.
  public var range: SourceRange
  /// `Value`.
  public var value: Expr
  /// `Description`.
  public var description: String?
  /// `Export.Name`.
  public var exportName: Expr?
  /// `Condition`.
  public var condition: Located<String>?
}
