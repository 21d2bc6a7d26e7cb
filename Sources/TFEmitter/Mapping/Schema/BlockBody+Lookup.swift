extension BlockBody {
  /// The element an argument path names, such as `["launch_template", "id"]` or
  /// `["block_device_mappings", "ebs", "volume_size"]`, or `nil` when the schema has no such path.
  ///
  /// Each component names an attribute or a nested block of the body before it. Past an attribute
  /// whose type is an object, or a list or set of objects, the components name the object's fields
  /// (as in `["ingress", "from_port"]` for `aws_security_group`). An empty path names nothing.
  package func lookup(path: [String]) -> SchemaElement? {
    guard let first = path.first else { return nil }
    let rest = path.dropFirst()
    if let attribute = attribute(first) {
      guard !rest.isEmpty else { return .attribute(attribute) }
      var type = attribute.type
      for name in rest {
        guard let field = type.field(name) else { return nil }
        type = field.type
      }
      return .field(path: path, type: type)
    }
    if let block = block(first) {
      guard !rest.isEmpty else { return .block(block) }
      return block.body.lookup(path: Array(rest))
    }
    return nil
  }

  /// The element a dotted argument path such as `block_device_mappings.ebs.volume_size` names.
  package func lookup(_ dottedPath: String) -> SchemaElement? {
    lookup(
      path: dottedPath.split(separator: ".", omittingEmptySubsequences: false).map(String.init))
  }
}

/// What an argument path in the provider schema names.
package enum SchemaElement: Hashable, Sendable {
  /// An attribute of a body.
  case attribute(AttributeSchema)
  /// A nested block type.
  case block(BlockSchema)
  /// A field inside an object-typed attribute, with the full path that reached it and its type.
  case field(path: [String], type: SchemaType)

  /// The value type of an attribute or field; `nil` for a block.
  package var type: SchemaType? {
    switch self {
    case .attribute(let attribute): attribute.type
    case .block: nil
    case .field(_, let type): type
    }
  }
}
