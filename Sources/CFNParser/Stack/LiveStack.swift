/// What AWS says about a deployed stack: its resources (`describe-stack-resources` or
/// `list-stack-resources`) and, optionally, its description (`describe-stacks`), read from the JSON
/// the AWS CLI prints.
package struct LiveStack: Hashable, Sendable {
  /// One resource of the stack.
  package struct Resource: Hashable, Sendable {
    /// The logical id in the template.
    package var logicalId: String
    /// The physical id AWS reports (a name, an `sg-…` id, an ARN, …).
    package var physicalId: String?
    /// The CloudFormation type.
    package var type: String
    /// The resource's status, such as `CREATE_COMPLETE`.
    package var status: String?
    /// Where the entry is written in the file.
    package var location: SourceLocation

    /// Creates a resource.
    package init(
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
  package struct ParameterValue: Hashable, Sendable {
    /// The parameter's name.
    package var name: String
    /// The value; nil when AWS hides it (`NoEcho` parameters show `****`).
    package var value: String?
    /// Where the entry is written.
    package var location: SourceLocation

    /// Creates a parameter value.
    package init(name: String, value: String?, location: SourceLocation) {
      self.name = name
      self.value = value
      self.location = location
    }
  }

  /// The stack's name, when a file names it.
  package var name: String?
  /// The stack's id (an ARN, which names its region and account), when a file gives it.
  package var id: String?
  /// The resources, in the order listed.
  package var resources: [Resource]
  /// The parameter values, when the stack description was given.
  package var parameters: [ParameterValue]?
  /// The file of `aws cloudformation get-template` the template was read from, when it was
  /// (`--stack-template`), so that the runbook's commands read it the same way.
  package var templateFile: String?

  /// Creates a live stack.
  package init(
    name: String? = nil, id: String? = nil, resources: [Resource] = [],
    parameters: [ParameterValue]? = nil
  ) {
    self.name = name
    self.id = id
    self.resources = resources
    self.parameters = parameters
  }

  /// The resource with logical id `logicalId`.
  package func resource(_ logicalId: String) -> Resource? {
    resources.first { $0.logicalId == logicalId }
  }

  /// The physical id of `logicalId`.
  package func physicalId(of logicalId: String) -> String? { resource(logicalId)?.physicalId }

  /// The stack's partition, from its id (`arn:PARTITION:cloudformation:REGION:ACCOUNT:stack/…`).
  package var partition: String? { idField(1) }

  /// The stack's region, from its id.
  package var region: String? { idField(3) }

  /// The stack's account, from its id.
  package var accountId: String? { idField(4) }

  private func idField(_ index: Int) -> String? {
    guard let id else { return nil }
    let parts = id.split(separator: ":", omittingEmptySubsequences: false)
    return parts.count > index && !parts[index].isEmpty ? String(parts[index]) : nil
  }

  /// The live value of parameter `name`; nil when not given or hidden.
  package func parameterValue(_ name: String) -> String? {
    parameters?.first { $0.name == name }?.value
  }
}
