/// Where property rules are applied: the Terraform body being written (its address and its
/// provider schema) and the CloudFormation path of the members being read. Rules walk the
/// template and the schema together: a nested block's scope is derived from its parent's, so no
/// caller looks a schema up by hand.
package struct RuleScope {
  /// Where the body written into is: `aws_x.y`, or `aws_x.y.block` inside a nested block.
  package var target: TerraformPath
  /// The provider schema of that body; nil when the slice does not hold it.
  package var schema: BlockBody?
  /// The path of the members read, relative to the resource's `Properties`, with a final dot
  /// (`Listeners[0].`), or empty at the top.
  package var pathPrefix: String

  /// A scope for `target` with `schema`, reading members at `pathPrefix`.
  package init(target: TerraformPath, schema: BlockBody?, pathPrefix: String = "") {
    self.target = target
    self.schema = schema
    self.pathPrefix = pathPrefix
  }

  /// The top of Terraform resource `resource`: its schema from the provider schema slice.
  package static func resource(_ resource: TerraformResource, pathPrefix: String = "")
    -> RuleScope
  {
    .resource(type: resource.type, name: resource.name, pathPrefix: pathPrefix)
  }

  /// The top of Terraform resource `type.name`; a `type` of `data.TYPE` is a data source.
  package static func resource(type: String, name: String, pathPrefix: String = "") -> RuleScope {
    let schema =
      type.hasPrefix("data.")
      ? ProviderSchema.dataSource(String(type.dropFirst(5))) : ProviderSchema.resource(type)
    return RuleScope(
      target: .resource(type, name), schema: schema, pathPrefix: pathPrefix)
  }

  /// Nested block `name` of this body, reading the members of property `key` (`key` is a
  /// member key such as `Ebs` or `Listeners[0]`, relative to this scope's path).
  package func block(_ name: String, reading key: String) -> RuleScope {
    RuleScope(
      target: target / name, schema: schema?.block(name)?.body,
      pathPrefix: pathPrefix + key + ".")
  }

  /// Nested block `name` of this body, reading members at the same path (a block whose fields
  /// come from the parent object).
  package func block(_ name: String) -> RuleScope {
    RuleScope(
      target: target / name, schema: schema?.block(name)?.body, pathPrefix: pathPrefix)
  }

  /// This body, reading the members of property `key` (an object whose fields become arguments of
  /// the body itself).
  package func reading(_ key: String) -> RuleScope {
    RuleScope(target: target, schema: schema, pathPrefix: pathPrefix + key + ".")
  }

  /// This body, reading members at `pathPrefix` (a full path with a final dot, or empty).
  package func at(_ pathPrefix: String) -> RuleScope {
    RuleScope(target: target, schema: schema, pathPrefix: pathPrefix)
  }

  /// The schema of argument `name` of this body, nil when it has none.
  package func attribute(_ name: String) -> AttributeSchema? { schema?.attribute(name) }
}
