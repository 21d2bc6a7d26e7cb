/// Where property rules are applied: the Terraform body being written (its address and its
/// provider schema) and the CloudFormation path of the members being read. Rules walk the
/// template and the schema together: a nested block's scope is derived from its parent's, so no
/// caller looks a schema up by hand.
package struct RuleScope {
  /// Where the body written into is: `aws_x.y`, or `aws_x.y.block` inside a nested block.
  package var target: TerraformPath
  /// The provider schema of that body; nil when the slice does not hold it.
  package var schema: BlockBody?
  /// The path of the object whose members are read, below the resource's `Properties`
  /// (`Listeners[0]`), or no steps at the top.
  package var path: RelativeTemplatePath

  /// A scope for `target` with `schema`, reading the members of the object at `path`.
  package init(target: TerraformPath, schema: BlockBody?, at path: RelativeTemplatePath = .here) {
    self.target = target
    self.schema = schema
    self.path = path
  }

  /// The top of Terraform resource `resource`: its schema from the provider schema slice.
  package static func resource(_ resource: TerraformResource, at path: RelativeTemplatePath = .here)
    -> RuleScope
  {
    .resource(type: resource.type, name: resource.name, at: path)
  }

  /// The top of Terraform resource `type.name`; a `type` of `data.TYPE` is a data source.
  package static func resource(
    type: String, name: String, at path: RelativeTemplatePath = .here
  ) -> RuleScope {
    let schema =
      type.hasPrefix("data.")
      ? ProviderSchema.dataSource(String(type.dropFirst(5))) : ProviderSchema.resource(type)
    return RuleScope(target: .resource(type, name), schema: schema, at: path)
  }

  /// Nested block `name` of this body, reading the members of the object at `relative` below
  /// this scope's path.
  package func block(_ name: String, reading relative: RelativeTemplatePath) -> RuleScope {
    RuleScope(target: target / name, schema: schema?.block(name)?.body, at: path + relative)
  }

  /// Nested block `name` of this body, reading the members of property `key` of this scope's
  /// object.
  package func block(_ name: String, reading key: String) -> RuleScope {
    block(name, reading: RelativeTemplatePath([.key(key)]))
  }

  /// Nested block `name` of this body, reading members at the same path (a block whose fields
  /// come from the parent object).
  package func block(_ name: String) -> RuleScope {
    RuleScope(target: target / name, schema: schema?.block(name)?.body, at: path)
  }

  /// This body, reading the members of the object at `relative` below this scope's path (an
  /// object whose fields become arguments of the body itself).
  package func reading(_ relative: RelativeTemplatePath) -> RuleScope {
    RuleScope(target: target, schema: schema, at: path + relative)
  }

  /// This body, reading the members of property `key` of this scope's object.
  package func reading(_ key: String) -> RuleScope {
    reading(RelativeTemplatePath([.key(key)]))
  }

  /// This body, reading members of the object at `path` (below the resource's `Properties`).
  package func at(_ path: RelativeTemplatePath) -> RuleScope {
    RuleScope(target: target, schema: schema, at: path)
  }

  /// The schema of argument `name` of this body, nil when it has none.
  package func attribute(_ name: String) -> AttributeSchema? { schema?.attribute(name) }
}
