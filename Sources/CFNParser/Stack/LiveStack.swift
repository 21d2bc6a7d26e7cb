/// What AWS says about a deployed stack: its resources (`describe-stack-resources` or
/// `list-stack-resources`) and, optionally, its description (`describe-stacks`), read from the JSON
/// the AWS CLI prints.
public struct LiveStack: Hashable, Sendable {
  /// One resource of the stack.
  public struct Resource: Hashable, Sendable {
    /// The logical id in the template.
    public var logicalId: String
    /// The physical id AWS reports (a name, an `sg-…` id, an ARN, …).
    public var physicalId: String?
    /// The CloudFormation type.
    public var type: String
    /// The resource's status, such as `CREATE_COMPLETE`.
    public var status: String?
    /// Where the entry is written in the file.
    public var location: SourceLocation

    /// Creates a resource.
    public init(
      logicalId: String, physicalId: String?, type: String, status: String?,
      location: SourceLocation
    ) {
      self.logicalId = logicalId
      self.physicalId = physicalId
      self.type = type
      self.status = status
      self.location = location
    }
  }

  /// One parameter value of the stack.
  public struct ParameterValue: Hashable, Sendable {
    /// The parameter's name.
    public var name: String
    /// The value; nil when AWS hides it (`NoEcho` parameters show `****`).
    public var value: String?
    /// Where the entry is written.
    public var location: SourceLocation

    /// Creates a parameter value.
    public init(name: String, value: String?, location: SourceLocation) {
      self.name = name
      self.value = value
      self.location = location
    }
  }

  /// The stack's name, when a file names it.
  public var name: String?
  /// The stack's id (an ARN, which names its region and account), when a file gives it.
  public var id: String?
  /// The resources, in the order listed.
  public var resources: [Resource]
  /// The parameter values, when the stack description was given.
  public var parameters: [ParameterValue]?
  /// The file of `aws cloudformation get-template` the template was read from, when it was
  /// (`--stack-template`), so that the runbook's commands read it the same way.
  public var templateFile: String?

  /// Creates a live stack.
  public init(
    name: String? = nil, id: String? = nil, resources: [Resource] = [],
    parameters: [ParameterValue]? = nil
  ) {
    self.name = name
    self.id = id
    self.resources = resources
    self.parameters = parameters
  }

  /// The resource with logical id `logicalId`.
  public func resource(_ logicalId: String) -> Resource? {
    resources.first { $0.logicalId == logicalId }
  }

  /// The physical id of `logicalId`.
  public func physicalId(of logicalId: String) -> String? { resource(logicalId)?.physicalId }

  /// The stack's partition, from its id (`arn:PARTITION:cloudformation:REGION:ACCOUNT:stack/…`).
  public var partition: String? { idField(1) }

  /// The stack's region, from its id.
  public var region: String? { idField(3) }

  /// The stack's account, from its id.
  public var accountId: String? { idField(4) }

  private func idField(_ index: Int) -> String? {
    guard let id else { return nil }
    let parts = id.split(separator: ":", omittingEmptySubsequences: false)
    return parts.count > index && !parts[index].isEmpty ? String(parts[index]) : nil
  }

  /// The live value of parameter `name`; nil when not given or hidden.
  public func parameterValue(_ name: String) -> String? {
    parameters?.first { $0.name == name }?.value
  }
}
