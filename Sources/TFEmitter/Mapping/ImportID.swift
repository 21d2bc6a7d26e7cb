import CFNParser

/// How the `import` block id of a mapped resource is formed from the live stack (used by
/// migrations: `cfn2tf convert --stack-resources`).
package enum ImportID: Sendable {
  /// The physical id CloudFormation reports (a name, an `sg-…` id, …) is the import id.
  case physicalId
  /// Composed from the stack: the closure returns nil when something it needs is unknown.
  case custom(@Sendable (ImportContext) -> String?)
  /// Found at plan time by a data source of the migration root, when the stack lists something
  /// else than the import id (an Elastic IP's address, which finds its allocation id).
  case lookup(ImportLookup)
  /// The resource cannot be imported, for the reason given.
  case notImportable(String)
}

/// A data source that finds a resource's import id: `data "TYPE" "NAME" { ARGUMENTS }`, the id
/// being its attribute `attribute`.
package struct ImportLookup: Sendable {
  /// The data source type, such as `aws_eip`.
  package var dataSource: String
  /// The attribute that is the import id.
  package var attribute: String
  /// The data source's arguments for a resource of the stack; nil when they are not known.
  package var arguments: @Sendable (ImportContext) -> [(name: String, value: String)]?

  /// Creates a lookup.
  package init(
    dataSource: String, attribute: String,
    arguments: @escaping @Sendable (ImportContext) -> [(name: String, value: String)]?
  ) {
    self.dataSource = dataSource
    self.attribute = attribute
    self.arguments = arguments
  }
}

/// What an import id rule can see: the resource's physical id, and a resolver for expressions
/// (a `Ref` to another resource resolves to that resource's physical id, a parameter to its live
/// value, a literal to itself).
package struct ImportContext: Sendable {
  /// The physical id of the resource, if the stack lists it.
  package var physicalId: String?
  /// The resource.
  package var resource: Resource
  /// Evaluates an expression against the live stack; nil when it cannot.
  package var resolve: @Sendable (Expr) -> String?

  /// Creates a context.
  package init(
    physicalId: String?, resource: Resource, resolve: @escaping @Sendable (Expr) -> String?
  ) {
    self.physicalId = physicalId
    self.resource = resource
    self.resolve = resolve
  }

  /// The resolved value of property `name`.
  package func property(_ name: String) -> String? {
    resource.property(name).flatMap { resolve($0.value) }
  }
}
